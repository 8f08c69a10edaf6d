// Runs in the renderer. The one check every write to an assessment passes: imported copies are read-only.
import type { Table } from 'dexie';
import type { Assessment, AssessmentId } from '../../../shared/domain/assessment';
import { appendAudit, auditTables, recordChanges } from './audit';
import { database } from './database';

/** An assessment that came in someone else's evidence pack: the record of their visit, not to be edited here. */
export class ReadOnlyAssessmentError extends Error {
  constructor() {
    super('This assessment was imported from an evidence pack and is read-only. Start a follow-up visit from it to work on it.');
    this.name = 'ReadOnlyAssessmentError';
  }
}

/** Reads the assessment inside the caller's transaction and refuses writes to missing or read-only ones. */
export async function writableAssessment(id: AssessmentId): Promise<Assessment> {
  const assessment = await database().assessments.get(id);
  if (!assessment) throw new Error('This assessment no longer exists.');
  if (assessment.importedFrom) throw new ReadOnlyAssessmentError();
  return assessment;
}

/**
 * Runs one change to an assessment's working record in a single transaction: refuses read-only
 * assessments, marks the assessment as changed, and logs each changed field in its change history,
 * all together with the change.
 */
export async function changeRecord<T>(assessmentId: AssessmentId, tables: readonly Table[], work: (stamp: string) => Promise<T>): Promise<T> {
  const db = database();
  return db.transaction('rw', [db.assessments, ...auditTables(db), ...tables], async () => {
    const assessment = await writableAssessment(assessmentId);
    const stamp = new Date().toISOString();
    const { result, changes } = await recordChanges(() => work(stamp));
    await Promise.all([db.assessments.put({ ...assessment, updatedAt: stamp }), appendAudit(assessmentId, stamp, changes)]);
    return result;
  });
}
