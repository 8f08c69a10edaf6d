// Runs in the renderer. The one check every write to an assessment passes: imported copies are read-only.
import type { Table } from 'dexie';
import type { Assessment, AssessmentId } from '../../../shared/domain/assessment';
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
 * assessments, and marks the assessment as changed together with the change.
 */
export async function changeRecord<T>(assessmentId: AssessmentId, tables: readonly Table[], work: (stamp: string) => Promise<T>): Promise<T> {
  const db = database();
  return db.transaction('rw', [db.assessments, ...tables], async () => {
    const assessment = await writableAssessment(assessmentId);
    const stamp = new Date().toISOString();
    const result = await work(stamp);
    await db.assessments.put({ ...assessment, updatedAt: stamp });
    return result;
  });
}
