// Runs in the renderer. Which assessment on this computer a report's content fingerprint belongs to.
import type { Assessment } from '../../../shared/domain/assessment';
import { contentFingerprint } from '../../../shared/format/assessmentFile';
import { bundleOf } from './bundle';
import { listAssessments } from './assessments';
import { database } from './database';

export type FingerprintMatch =
  | { readonly kind: 'matches'; readonly assessment: Assessment }
  /** A report of this assessment was made here with that fingerprint, but its data has changed since. */
  | { readonly kind: 'changed'; readonly assessment: Assessment }
  | { readonly kind: 'unknown' };

export async function matchFingerprint(fingerprint: string): Promise<FingerprintMatch> {
  const db = database();
  const reported = await db.reports.where('fingerprint').equals(fingerprint).first();
  const assessments = await listAssessments();
  // Reports made here point straight at their assessment; otherwise every assessment is fingerprinted.
  const candidates = reported ? assessments.filter((a) => a.id === reported.assessmentId) : assessments;
  for (const assessment of candidates) {
    if ((await contentFingerprint(await bundleOf(assessment.id))) === fingerprint) return { kind: 'matches', assessment };
  }
  const changed = reported && candidates[0];
  return changed ? { kind: 'changed', assessment: changed } : { kind: 'unknown' };
}
