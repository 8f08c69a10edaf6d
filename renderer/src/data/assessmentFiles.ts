// Runs in the renderer. Moving one assessment in and out of the app as an assessment file (and, with its files, an evidence pack).
import type { AuditEntry } from '../../../shared/audit/entry';
import { diffRows } from '../../../shared/audit/diff';
import { type Assessment, type AssessmentId, type ImportedFrom, isAnswered } from '../../../shared/domain/assessment';
import { type AssessmentBundle, serializeAssessmentFile } from '../../../shared/format/assessmentFile';
import { toFileName } from '../../../shared/format/fileName';
import type { EvidenceFileRow } from '../db/db';
import { appendAudit, auditTables, storeImportedAudit } from './audit';
import { bundleOf } from './bundle';
import { database } from './database';

export async function exportAssessmentFile(id: AssessmentId, appVersion: string): Promise<{ name: string; bytes: Uint8Array<ArrayBuffer> }> {
  const bundle = await bundleOf(id);
  const { assessment } = bundle;
  const text = serializeAssessmentFile(bundle, appVersion, new Date().toISOString());
  const base = toFileName(assessment.title || assessment.workplace.name, 'assessment');
  return { name: `${base} ${assessment.date}.jointcheck.json`, bytes: new TextEncoder().encode(text) };
}

export type ImportOutcome = { readonly id: AssessmentId; readonly asCopy: boolean };

/** The bytes of evidence files that came with the assessment (from a pack), by evidence id. */
export type ImportedFiles = ReadonlyMap<string, { readonly file: Blob; readonly original: Blob | null }>;

/**
 * Adds the assessment with its whole record in one transaction. An assessment with the same id
 * already here is never overwritten: the import becomes a copy with new ids, and the user is told.
 * With `importedFrom` (an evidence pack) the assessment is stored read-only, with the pack's change history
 * (`auditLog`) as it came; otherwise its history starts with an entry recording what it was created with.
 */
export async function addAssessmentBundle(
  bundle: AssessmentBundle,
  options: { readonly files?: ImportedFiles; readonly importedFrom?: ImportedFrom; readonly auditLog?: readonly AuditEntry[] } = {},
): Promise<ImportOutcome> {
  const db = database();
  const tables = [db.assessments, db.answers, db.evidence, db.evidenceFiles, db.positions, db.actions, db.meetings, ...auditTables(db)];
  return db.transaction('rw', tables, async () => {
    const asCopy = (await db.assessments.get(bundle.assessment.id)) !== undefined;
    const id = asCopy ? (crypto.randomUUID() as AssessmentId) : bundle.assessment.id;
    // Row ids are unique across assessments, so a copy gets fresh ones too, as does a file whose row ids are taken.
    const taken = async (table: typeof db.evidence | typeof db.actions | typeof db.meetings, rows: readonly { readonly id: string }[]): Promise<boolean> =>
      (await table.bulkGet(rows.map((row) => row.id))).some((row) => row !== undefined);
    const freshIds = asCopy || (await taken(db.evidence, bundle.evidence)) || (await taken(db.actions, bundle.actions)) || (await taken(db.meetings, bundle.meetings));
    const fresh = (rowId: string): string => (freshIds ? crypto.randomUUID() : rowId);
    const now = new Date().toISOString();
    const answers = bundle.answers.map((a) => ({ ...a, assessmentId: id }));
    const evidence = bundle.evidence.map((e) => ({ ...e, assessmentId: id, id: fresh(e.id), sourceId: e.id }));
    const fileRows: EvidenceFileRow[] = evidence.flatMap(({ sourceId, id: evidenceId }) => {
      const files = options.files?.get(sourceId);
      if (!files) return [];
      const rows: EvidenceFileRow[] = [{ id: evidenceId, evidenceId, assessmentId: id, data: files.file }];
      if (files.original) rows.push({ id: `${evidenceId}/original`, evidenceId, assessmentId: id, data: files.original });
      return rows;
    });
    const assessment: Assessment = {
      ...bundle.assessment,
      id,
      status: 'active',
      answeredCount: answers.filter(isAnswered).length,
      updatedAt: now,
      importedFrom: options.importedFrom ?? null,
    };
    await db.assessments.add(assessment);
    if (options.importedFrom) await storeImportedAudit(id, options.auditLog ?? []);
    else await appendAudit(id, now, diffRows('assessment', id, null, assessment));
    await db.answers.bulkAdd(answers);
    await db.evidence.bulkAdd(evidence.map(({ sourceId: _s, ...e }) => e));
    await db.evidenceFiles.bulkAdd(fileRows);
    await db.positions.bulkAdd(bundle.positions.map((p) => ({ ...p, assessmentId: id })));
    await db.actions.bulkAdd(bundle.actions.map((a) => ({ ...a, assessmentId: id, id: fresh(a.id) })));
    await db.meetings.bulkAdd(bundle.meetings.map((m) => ({ ...m, assessmentId: id, id: fresh(m.id) })));
    return { id, asCopy };
  });
}
