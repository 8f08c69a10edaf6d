// Runs in the renderer. Moving one assessment in and out of the app as an assessment file.
import { type Answer, type AssessmentId, isAnswered } from '../../../shared/domain/assessment';
import { type AssessmentFile, serializeAssessmentFile } from '../../../shared/format/assessmentFile';
import { toFileName } from '../../../shared/format/fileName';
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

/**
 * Adds the file's assessment in one transaction. An assessment with the same id already here is never
 * overwritten: the import becomes a copy with a new id, and the user is told.
 */
export async function importAssessmentFile(file: AssessmentFile): Promise<ImportOutcome> {
  const db = database();
  return db.transaction('rw', db.assessments, db.answers, async () => {
    const asCopy = (await db.assessments.get(file.assessment.id)) !== undefined;
    const id = asCopy ? (crypto.randomUUID() as AssessmentId) : file.assessment.id;
    const answers: Answer[] = file.answers.map((a) => ({ ...a, assessmentId: id }));
    const now = new Date().toISOString();
    await db.assessments.add({ ...file.assessment, id, status: 'active', answeredCount: answers.filter(isAnswered).length, updatedAt: now });
    await db.answers.bulkAdd(answers);
    return { id, asCopy };
  });
}
