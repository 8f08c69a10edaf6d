// Runs everywhere (pure). A follow-up visit: a new assessment of the same site that starts from what the earlier one left.
import { type Answer, type Assessment, type AssessmentId, isAnswered } from '../domain/assessment';
import { type Action, isOpenAction, type Positions } from '../domain/record';
import type { AssessmentBundle } from '../format/assessmentFile';

export type FollowUpOptions = {
  /** Id of the new assessment. */
  readonly newId: AssessmentId;
  /** ISO instant stamped on every new row. */
  readonly now: string;
  /** Date of the follow-up visit, `YYYY-MM-DD`. */
  readonly date: string;
  /** A fresh id for each carried-over action, called once per action in the earlier record's order. */
  readonly idFor: () => string;
};

/**
 * The follow-up visit's bundle, built from the earlier one without touching it.
 *
 * Carried over, because the committee goes back to the same place to see what changed:
 * - the workplace, AI systems (same ids and dates), participants, pinned pack versions, risk method and title;
 * - every answer that holds something, flagged `recheck` so the walk-through asks for a second look;
 * - open actions (planned, in progress) as new actions pointing back through `carriedFrom`, unverified;
 * - open disagreements, with both sides' positions as they stood: nothing settled them, so they are still on the table.
 *
 * Left with the earlier visit, because they record that visit and nothing later:
 * - done and verified actions, settled disagreements (their outcome is the earlier record's);
 * - meetings (who met when) and evidence (photos and documents of the site as it was then);
 * - the recommendations' dates (a new round of recommendations starts; the response time stays);
 * - where an imported copy came from: the follow-up is this committee's own, and can be edited.
 */
export function startFollowUp(earlier: AssessmentBundle, options: FollowUpOptions): AssessmentBundle {
  const { newId, now, date, idFor } = options;
  const before = earlier.assessment;

  const answers = earlier.answers.filter(holdsSomething).map(
    (a): Answer => ({
      assessmentId: newId,
      packId: a.packId,
      itemId: a.itemId,
      value: a.value,
      note: a.note,
      risk: a.risk ? { methodId: a.risk.methodId, values: { ...a.risk.values } } : null,
      recheck: true,
      updatedAt: now,
    }),
  );

  const actions = earlier.actions.filter(isOpenAction).map(
    (a): Action => ({
      ...a,
      id: idFor(),
      assessmentId: newId,
      item: a.item ? { ...a.item } : null,
      verification: null,
      carriedFrom: a.id,
      createdAt: now,
      updatedAt: now,
    }),
  );

  const positions = earlier.positions
    .filter((p) => p.status === 'open')
    .map(
      (p): Positions => ({
        ...p,
        assessmentId: newId,
        worker: copySide(p.worker),
        employer: copySide(p.employer),
        updatedAt: now,
      }),
    );

  const assessment: Assessment = {
    id: newId,
    title: before.title,
    workplace: { ...before.workplace },
    systems: before.systems.map((s) => ({ ...s })),
    participants: before.participants.map((p) => ({ ...p })),
    date,
    packs: before.packs.map((p) => ({ ...p })),
    riskMethodId: before.riskMethodId,
    status: 'active',
    answeredCount: answers.filter(isAnswered).length,
    recommendations: { sentDate: '', responseDays: before.recommendations.responseDays, answeredDate: '' },
    followUpOf: before.id,
    importedFrom: null,
    createdAt: now,
    updatedAt: now,
  };

  return { assessment, answers, evidence: [], positions, actions, meetings: [] };
}

/** A cleared answer (no value, note or rating) has nothing to look at again. */
function holdsSomething(a: Answer): boolean {
  return isAnswered(a) || a.note.trim() !== '' || a.risk !== null;
}

function copySide(side: Positions['worker']): Positions['worker'] {
  if (!side) return null;
  return { ...side, risk: side.risk ? { methodId: side.risk.methodId, values: { ...side.risk.values } } : null };
}
