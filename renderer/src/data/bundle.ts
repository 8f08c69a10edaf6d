// Runs in the renderer. One assessment with its whole working record, read in one consistent snapshot.
import type { AssessmentId } from '../../../shared/domain/assessment';
import type { AssessmentBundle } from '../../../shared/format/assessmentFile';
import { database } from './database';

export async function bundleOf(id: AssessmentId): Promise<AssessmentBundle> {
  const db = database();
  return db.transaction('r', [db.assessments, db.answers, db.evidence, db.positions, db.actions, db.meetings], async () => {
    const assessment = await db.assessments.get(id);
    if (!assessment) throw new Error('This assessment no longer exists.');
    const [answers, evidence, positions, actions, meetings] = await Promise.all([
      db.answers.where('assessmentId').equals(id).toArray(),
      db.evidence.where('assessmentId').equals(id).toArray(),
      db.positions.where('assessmentId').equals(id).toArray(),
      db.actions.where('assessmentId').equals(id).toArray(),
      db.meetings.where('assessmentId').equals(id).toArray(),
    ]);
    return { assessment, answers, evidence, positions, actions, meetings };
  });
}
