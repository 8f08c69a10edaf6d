// Runs in the renderer. Moves an assessment to a newer version of one of its packs in one transaction:
// the plan is worked out again from what is stored at that moment, so no edit made meanwhile is lost.
import type { AssessmentId } from '../../../../shared/domain/assessment';
import type { Actor } from '../../../../shared/domain/record';
import type { Language } from '../../../../shared/i18n/localized';
import { applyPackMigration, planPackMigration } from '../../../../shared/packs/migrate';
import { findPack } from '../../../../shared/packs/registry';
import { bundleOf } from '../../data/bundle';
import { database } from '../../data/database';
import { writableAssessment } from '../../data/writable';

export type MoveRequest = { readonly assessmentId: AssessmentId; readonly packId: string; readonly toVersion: number; readonly lang: Language; readonly by: Actor };

/** Resolves the id of the summary note added to the assessment's evidence. */
export async function moveToPackVersion(request: MoveRequest): Promise<string> {
  const db = database();
  const summaryId = crypto.randomUUID();
  const toPack = findPack({ packId: request.packId, version: request.toVersion });
  if (!toPack) throw new Error(`This JointCheck does not have version ${request.toVersion} of ${request.packId}.`);
  await db.transaction('rw', [db.assessments, db.answers, db.evidence, db.evidenceFiles, db.positions, db.actions, db.meetings], async () => {
    await writableAssessment(request.assessmentId);
    const bundle = await bundleOf(request.assessmentId);
    const pinned = bundle.assessment.packs.find((p) => p.packId === request.packId);
    const fromPack = pinned ? findPack(pinned) : undefined;
    if (!pinned || !fromPack) throw new Error('This assessment does not use that checklist any more.');
    if (pinned.version >= toPack.version) throw new Error(`This assessment already uses version ${pinned.version} of the checklist.`);
    const plan = planPackMigration(bundle, fromPack, toPack);
    const { bundle: next, summary } = applyPackMigration(bundle, plan, fromPack, toPack, { now: new Date().toISOString(), lang: request.lang, by: request.by, summaryId });
    const id = request.assessmentId;
    await db.answers.where('assessmentId').equals(id).delete();
    await db.answers.bulkAdd([...next.answers]);
    await db.positions.where('assessmentId').equals(id).delete();
    await db.positions.bulkAdd([...next.positions]);
    await db.evidence.bulkPut([...next.evidence]);
    await db.actions.bulkPut([...next.actions]);
    await db.evidenceFiles.add({ id: summaryId, evidenceId: summaryId, assessmentId: id, data: new Blob([summary.bytes], { type: summary.evidence.file.mediaType }) });
    await db.assessments.put(next.assessment);
  });
  return summaryId;
}
