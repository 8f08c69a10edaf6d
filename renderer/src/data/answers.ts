// Runs in the renderer. Reads and writes of answers: each edit is saved at once, in one transaction.
import { diffRows } from '../../../shared/audit/diff';
import { type Answer, type AssessmentId, isAnswered } from '../../../shared/domain/assessment';
import { auditRows, auditTables, readAuditTail } from './audit';
import { database } from './database';
import { writableAssessment } from './writable';

/** Name of the User Timing measure of each answer save, from the call to the committed transaction. */
export const AnswerSaveMeasure = 'jointcheck:answer-save';

export type AnswerKey = { readonly assessmentId: AssessmentId; readonly packId: string; readonly itemId: string };
export type AnswerPatch = Partial<Pick<Answer, 'value' | 'note' | 'risk'>>;
/** A patch, or a function of the stored answer giving one: for changes that build on what is stored (one risk factor of several). */
export type AnswerChange = AnswerPatch | ((stored: Answer) => AnswerPatch);

/** Merges one change into the item's answer, marks the assessment as changed and logs the changed fields, atomically. */
export async function saveAnswer(key: AnswerKey, change: AnswerChange): Promise<void> {
  const db = database();
  const start = performance.now();
  const stamp = new Date().toISOString();
  await db.transaction('rw', [db.answers, db.assessments, ...auditTables(db)], async () => {
    // All reads, then all writes, in parallel: two round trips keep the save short.
    const [existing, assessment, tail] = await Promise.all([db.answers.get([key.assessmentId, key.itemId]), writableAssessment(key.assessmentId), readAuditTail(key.assessmentId)]);
    const stored: Answer = existing ?? { ...key, value: null, note: '', risk: null, recheck: false, updatedAt: stamp };
    // Any edit means the item has been looked at again on this visit.
    const next: Answer = { ...stored, ...(typeof change === 'function' ? change(stored) : change), recheck: false, updatedAt: stamp };
    const delta = Number(isAnswered(next)) - Number(isAnswered(existing));
    const logged = auditRows(tail, key.assessmentId, stamp, diffRows('answer', `${key.packId}/${key.itemId}`, stored, next));
    await Promise.all([
      db.answers.put(next),
      db.assessments.put({ ...assessment, updatedAt: stamp, answeredCount: assessment.answeredCount + delta }),
      ...(logged.length > 0 ? [db.auditLog.bulkAdd(logged)] : []),
    ]);
  });
  // DevTools and `npm run bench` read save latency from this measure.
  performance.measure(AnswerSaveMeasure, { start });
}

export async function answersOf(assessmentId: AssessmentId): Promise<Answer[]> {
  return database().answers.where('assessmentId').equals(assessmentId).toArray();
}

