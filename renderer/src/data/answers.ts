// Runs in the renderer. Reads and writes of answers: each edit is saved at once, in one transaction.
import { type Answer, type AssessmentId, isAnswered } from '../../../shared/domain/assessment';
import { database } from './database';

export type AnswerKey = { readonly assessmentId: AssessmentId; readonly packId: string; readonly itemId: string };
export type AnswerPatch = Partial<Pick<Answer, 'value' | 'note' | 'risk'>>;

/** Merges one change into the item's answer and marks the assessment as changed, atomically. */
export async function saveAnswer(key: AnswerKey, patch: AnswerPatch): Promise<void> {
  const db = database();
  const stamp = new Date().toISOString();
  await db.transaction('rw', db.answers, db.assessments, async () => {
    const existing = await db.answers.get([key.assessmentId, key.itemId]);
    const base: Answer = existing ?? { ...key, value: null, note: '', risk: null, updatedAt: stamp };
    const next: Answer = { ...base, ...patch, updatedAt: stamp };
    await db.answers.put(next);
    const delta = Number(isAnswered(next)) - Number(isAnswered(existing));
    const assessment = await db.assessments.get(key.assessmentId);
    if (!assessment) throw new Error('This assessment no longer exists.');
    await db.assessments.update(key.assessmentId, { updatedAt: stamp, answeredCount: assessment.answeredCount + delta });
  });
}

export async function answersOf(assessmentId: AssessmentId): Promise<Answer[]> {
  return database().answers.where('assessmentId').equals(assessmentId).toArray();
}

