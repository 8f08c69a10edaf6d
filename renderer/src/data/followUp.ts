// Runs in the renderer. Starting a follow-up visit from an earlier assessment of the same site.
import type { AssessmentId } from '../../../shared/domain/assessment';
import { localToday } from '../../../shared/domain/today';
import { startFollowUp } from '../../../shared/followup/startFollowUp';
import { addAssessmentBundle } from './assessmentFiles';
import { bundleOf } from './bundle';

/** Creates the follow-up (earlier answers to re-check, open actions and disagreements carried over) and returns its id. */
export async function startFollowUpVisit(earlierId: AssessmentId): Promise<AssessmentId> {
  const bundle = startFollowUp(await bundleOf(earlierId), {
    newId: crypto.randomUUID() as AssessmentId,
    now: new Date().toISOString(),
    date: localToday(),
    idFor: () => crypto.randomUUID(),
  });
  return (await addAssessmentBundle(bundle)).id;
}
