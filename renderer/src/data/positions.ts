// Runs in the renderer. Each side's position on an item where the committee disagrees.
import type { AssessmentId } from '../../../shared/domain/assessment';
import type { JointSide, Positions, SidePosition } from '../../../shared/domain/record';
import { database } from './database';
import { changeRecord } from './writable';

export type PositionKey = { readonly assessmentId: AssessmentId; readonly packId: string; readonly itemId: string };
export type SidePatch = Partial<Pick<SidePosition, 'text' | 'risk'>>;

/** Applies a change to the stored row inside the transaction, starting an open disagreement if there is none. */
function changePositions(key: PositionKey, change: (current: Positions, stamp: string) => Partial<Positions>): Promise<void> {
  const db = database();
  return changeRecord(key.assessmentId, [db.positions], async (stamp) => {
    const current: Positions = (await db.positions.get([key.assessmentId, key.itemId])) ?? { ...key, worker: null, employer: null, status: 'open', outcome: '', updatedAt: stamp };
    await db.positions.put({ ...current, ...change(current, stamp), updatedAt: stamp });
  });
}

/** Records or edits one side's position; `recordedBy` is the member at the keyboard. */
export function saveSidePosition(key: PositionKey, side: JointSide, patch: SidePatch | ((stored: SidePosition) => SidePatch), recordedBy: string): Promise<void> {
  return changePositions(key, (current, stamp) => {
    const stored: SidePosition = current[side] ?? { text: '', risk: null, recordedBy, updatedAt: stamp };
    const next = typeof patch === 'function' ? patch(stored) : patch;
    return { [side]: { ...stored, ...next, recordedBy, updatedAt: stamp } };
  });
}

export function settlePositions(key: PositionKey, outcome: string): Promise<void> {
  return changePositions(key, () => ({ status: 'settled', outcome }));
}

export function reopenPositions(key: PositionKey): Promise<void> {
  return changePositions(key, () => ({ status: 'open' }));
}

export function saveOutcome(key: PositionKey, outcome: string): Promise<void> {
  return changePositions(key, () => ({ outcome }));
}

/** Removes the item's disagreement record entirely (recorded by mistake). */
export async function removePositions(key: PositionKey): Promise<void> {
  const db = database();
  await changeRecord(key.assessmentId, [db.positions], () => db.positions.delete([key.assessmentId, key.itemId]));
}

export function countDisagreements(positions: readonly Positions[]): { readonly open: number; readonly settled: number } {
  const open = positions.filter((p) => p.status === 'open').length;
  return { open, settled: positions.length - open };
}
