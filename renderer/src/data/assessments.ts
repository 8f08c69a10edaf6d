// Runs in the renderer. Reads and writes of assessments; every write is one transaction.
import { diffRows } from '../../../shared/audit/diff';
import { type Assessment, type AssessmentId, DefaultResponseDays, type NewAssessmentInput } from '../../../shared/domain/assessment';
import { appendAudit, auditTables } from './audit';
import { database } from './database';
import { writableAssessment } from './writable';

const now = (): string => new Date().toISOString();

/** Creates the assessment and the first entry of its change history (what it started with). */
export async function createAssessment(input: NewAssessmentInput): Promise<AssessmentId> {
  const db = database();
  const id = crypto.randomUUID() as AssessmentId;
  const stamp = now();
  const assessment: Assessment = { recommendations: { sentDate: '', responseDays: DefaultResponseDays, answeredDate: '' }, followUpOf: null, importedFrom: null, ...input, id, status: 'active', answeredCount: 0, createdAt: stamp, updatedAt: stamp };
  await db.transaction('rw', [db.assessments, ...auditTables(db)], async () => {
    await db.assessments.add(assessment);
    await appendAudit(id, stamp, diffRows('assessment', id, null, assessment));
  });
  return id;
}

/**
 * Applies a change to the stored record inside one transaction, so quick edits never work from a stale copy.
 * Content changes are logged field by field; archiving is this computer's filing and is not.
 */
async function modifyAssessment(id: AssessmentId, change: (current: Assessment) => Partial<Assessment>, scope: 'content' | 'bookkeeping' = 'content'): Promise<void> {
  const db = database();
  await db.transaction('rw', [db.assessments, ...auditTables(db)], async () => {
    // Archiving is the user's filing on this machine, allowed on read-only imports too; content is not.
    const current = scope === 'content' ? await writableAssessment(id) : await db.assessments.get(id);
    if (!current) throw new Error('This assessment no longer exists.');
    const stamp = now();
    const next: Assessment = { ...current, ...change(current), updatedAt: stamp };
    await Promise.all([db.assessments.put(next), scope === 'content' ? appendAudit(id, stamp, diffRows('assessment', id, current, next)) : undefined]);
  });
}

export function updateAssessment(id: AssessmentId, patch: Partial<NewAssessmentInput & Pick<Assessment, 'recommendations'>>): Promise<void> {
  return modifyAssessment(id, () => patch);
}

export function setArchived(id: AssessmentId, archived: boolean): Promise<void> {
  return modifyAssessment(id, () => ({ status: archived ? 'archived' : 'active' }), 'bookkeeping');
}

/** Deletes the assessment with everything recorded around it (answers, evidence, positions, actions, meetings, reports, surveys and their responses, its change history), or nothing. */
export async function deleteAssessment(id: AssessmentId): Promise<void> {
  const db = database();
  const tables = [db.answers, db.evidence, db.evidenceFiles, db.positions, db.actions, db.meetings, db.reports, db.surveys, db.surveyResponses, db.auditLog];
  await db.transaction('rw', [db.assessments, ...tables], async () => {
    await Promise.all(tables.map((table) => table.where('assessmentId').equals(id).delete()));
    await db.assessments.delete(id);
  });
}

export async function getAssessment(id: AssessmentId): Promise<Assessment | undefined> {
  return database().assessments.get(id);
}

/** Newest first. The list shows every assessment, so it reads the (small) records, never their answers. */
export async function listAssessments(): Promise<Assessment[]> {
  return database().assessments.orderBy('updatedAt').reverse().toArray();
}

type ListField = 'systems' | 'participants';
type Entry<F extends ListField> = Assessment[F][number];

function changeList<F extends ListField>(id: AssessmentId, field: F, change: (list: Entry<F>[]) => Entry<F>[]): Promise<void> {
  return modifyAssessment(id, (current) => ({ [field]: change([...current[field]]) }));
}

export function addListEntry<F extends ListField>(id: AssessmentId, field: F, entry: Entry<F>): Promise<void> {
  return changeList(id, field, (list) => [...list, entry]);
}

export function updateListEntry<F extends ListField>(id: AssessmentId, field: F, entryId: string, patch: Partial<Entry<F>>): Promise<void> {
  return changeList(id, field, (list) => list.map((e) => (e.id === entryId ? { ...e, ...patch } : e)));
}

export function removeListEntry(id: AssessmentId, field: ListField, entryId: string): Promise<void> {
  return changeList(id, field, (list) => list.filter((e) => e.id !== entryId));
}

export function updateWorkplace(id: AssessmentId, field: keyof Assessment['workplace'], value: string): Promise<void> {
  return modifyAssessment(id, (current) => ({ workplace: { ...current.workplace, [field]: value } }));
}
