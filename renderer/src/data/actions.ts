// Runs in the renderer. The action plan: measures with owners and deadlines, verified by the other side.
import type { AssessmentId } from '../../../shared/domain/assessment';
import { type Action, type Actor, type ItemRef, otherSide, type Priority } from '../../../shared/domain/record';
import { database } from './database';
import { changeRecord } from './writable';

/** What a user edits directly; status 'verified' and the verification come only through verifyAction. */
export type ActionPatch = Partial<Pick<Action, 'description' | 'control' | 'owner' | 'ownerSide' | 'dueDate' | 'budget' | 'priority'>> & {
  readonly status?: Exclude<Action['status'], 'verified'>;
};

export class VerificationError extends Error {
  override name = 'VerificationError';
}

export async function addAction(assessmentId: AssessmentId, item: ItemRef, priority: Priority, description = ''): Promise<Action> {
  const db = database();
  return changeRecord(assessmentId, [db.actions], async (stamp) => {
    const action: Action = {
      id: crypto.randomUUID(),
      assessmentId,
      item,
      description,
      control: 'organise',
      owner: '',
      ownerSide: 'employer',
      dueDate: '',
      budget: '',
      priority,
      status: 'planned',
      verification: null,
      carriedFrom: null,
      createdAt: stamp,
      updatedAt: stamp,
    };
    await db.actions.add(action);
    return action;
  });
}

function changeAction(action: Pick<Action, 'id' | 'assessmentId'>, change: (current: Action) => Partial<Action>): Promise<void> {
  const db = database();
  return changeRecord(action.assessmentId, [db.actions], async (stamp) => {
    const current = await db.actions.get(action.id);
    if (!current) throw new Error('This action no longer exists.');
    await db.actions.put({ ...current, ...change(current), updatedAt: stamp });
  });
}

/** Moving a verified action back to an earlier status withdraws its verification: it no longer holds. */
export function updateAction(action: Pick<Action, 'id' | 'assessmentId'>, patch: ActionPatch): Promise<void> {
  return changeAction(action, (current) => (patch.status && current.status === 'verified' ? { ...patch, verification: null } : patch));
}

/**
 * Records that a member of the side other than the owner's checked the done action. A check by the
 * owner's own side is refused: the point of verification is that the other side confirms it.
 */
export function verifyAction(action: Pick<Action, 'id' | 'assessmentId'>, by: Actor, date: string, note: string): Promise<void> {
  return changeAction(action, (current) => {
    if (current.status !== 'done') throw new VerificationError('Only an action marked done can be verified. Mark it done first.');
    if (by.side !== otherSide(current.ownerSide)) throw new VerificationError(`Verification must come from the ${otherSide(current.ownerSide)} side, not the ${by.side} side.`);
    return { status: 'verified', verification: { by, date, note } };
  });
}

export async function removeAction(action: Pick<Action, 'id' | 'assessmentId'>): Promise<void> {
  const db = database();
  await changeRecord(action.assessmentId, [db.actions], () => db.actions.delete(action.id));
}
