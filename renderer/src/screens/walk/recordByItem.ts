// Runs in the renderer. Each item's share of the working record, with a key that changes only when that share does.
import type { Action, Evidence, Positions } from '../../../../shared/domain/record';
import type { AssessmentView } from '../../hooks/useAssessment';

export type ItemRecord = { positions: Positions | undefined; evidence: Evidence[]; actions: Action[]; key: string };

export function recordByItem(view: Pick<AssessmentView, 'positions' | 'evidence' | 'actions' | 'assessment'>): ReadonlyMap<string, ItemRecord> {
  const map = new Map<string, ItemRecord>();
  const entry = (packId: string, itemId: string): ItemRecord => {
    const k = `${packId}/${itemId}`;
    let found = map.get(k);
    if (!found) map.set(k, (found = { positions: undefined, evidence: [], actions: [], key: '' }));
    return found;
  };
  for (const p of view.positions) entry(p.packId, p.itemId).positions = p;
  for (const e of [...view.evidence].sort((a, b) => a.addedAt.localeCompare(b.addedAt))) if (e.item) entry(e.item.packId, e.item.itemId).evidence.push(e);
  for (const a of view.actions) if (a.item) entry(a.item.packId, a.item.itemId).actions.push(a);
  // Participants feed the verification choices of an item's actions, so they are part of every key.
  const people = view.assessment.participants.map((p) => `${p.id}:${p.side}:${p.name}`).join(',');
  for (const r of map.values()) {
    r.key = [r.positions?.updatedAt ?? '', ...r.evidence.map((e) => `${e.id}:${e.caption}`), ...r.actions.map((a) => `${a.id}:${a.updatedAt}`), people].join('|');
  }
  return map;
}
