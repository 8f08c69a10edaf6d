// Runs in the renderer (no DOM). What the action plan screen shows: filters, counts, item groups and gaps without an action.
import type { Answer } from '../../../../shared/domain/assessment';
import { type Action, type ActionStatus, isOpenAction, isOverdue, type ItemRef, type JointSide } from '../../../../shared/domain/record';
import { isConcern } from '../../../../shared/scoring/score';
import type { Item, Pack } from '../../../../shared/packs/schema';
import type { RiskLevel, RiskMethod } from '../../../../shared/risk/methods';
import { rateRisk } from '../../../../shared/risk/rate';

/** Select values that can never be a pack id (pack ids are lower-case words and hyphens). */
export const AllScope = '*all';
export const WholeScope = '*whole';

export type ActionFilter = {
  /** A status, 'open' (planned or in progress), or 'all'. */
  readonly status: ActionStatus | 'open' | 'all';
  readonly overdueOnly: boolean;
  /** AllScope, WholeScope (actions for the assessment as a whole) or a pack id. */
  readonly scope: string;
  readonly side: JointSide | 'all';
};

export const NoFilter: ActionFilter = { status: 'all', overdueOnly: false, scope: AllScope, side: 'all' };

export function isFiltered(filter: ActionFilter): boolean {
  return filter.status !== 'all' || filter.overdueOnly || filter.scope !== AllScope || filter.side !== 'all';
}

export function matchesFilter(action: Action, filter: ActionFilter, today: string): boolean {
  if (filter.status === 'open' ? !isOpenAction(action) : filter.status !== 'all' && action.status !== filter.status) return false;
  if (filter.overdueOnly && !isOverdue(action, today)) return false;
  if (filter.side !== 'all' && action.ownerSide !== filter.side) return false;
  if (filter.scope === AllScope) return true;
  return filter.scope === WholeScope ? action.item === null : action.item?.packId === filter.scope;
}

export type ActionCounts = { readonly open: number; readonly overdue: number; readonly done: number; readonly verified: number };

export function countActions(actions: readonly Action[], today: string): ActionCounts {
  return {
    open: actions.filter(isOpenAction).length,
    overdue: actions.filter((a) => isOverdue(a, today)).length,
    done: actions.filter((a) => a.status === 'done').length,
    verified: actions.filter((a) => a.status === 'verified').length,
  };
}

export const itemKey = (ref: { readonly packId: string; readonly itemId: string }): string => `${ref.packId}/${ref.itemId}`;

/** An item where the walk-through shows it: its pack, its number ("2.3") and its place among all items. */
export type ItemPlace = { readonly pack: Pack; readonly item: Item; readonly number: string; readonly order: number };

/** Every item of the packs, keyed like AssessmentView.answerByItem, numbered as the walk-through numbers them. */
export function itemPlaces(packs: readonly Pack[]): ReadonlyMap<string, ItemPlace> {
  const places = new Map<string, ItemPlace>();
  for (const pack of packs)
    pack.sections.forEach((section, si) =>
      section.items.forEach((item, ii) => places.set(itemKey({ packId: pack.id, itemId: item.id }), { pack, item, number: `${si + 1}.${ii + 1}`, order: places.size })),
    );
  return places;
}

export type ItemGroup = {
  readonly key: string;
  readonly ref: NonNullable<ItemRef>;
  /** Undefined when the item's checklist is no longer chosen for this assessment (its actions are kept). */
  readonly place: ItemPlace | undefined;
  readonly actions: Action[];
};

/** Actions about one item each, grouped by item; the assessment's own actions (item null) are left out. */
export function groupByItem(actions: readonly Action[], places: ReadonlyMap<string, ItemPlace>): ItemGroup[] {
  const groups = new Map<string, ItemGroup>();
  for (const action of actions) {
    if (!action.item) continue;
    const key = itemKey(action.item);
    const group = groups.get(key) ?? { key, ref: action.item, place: places.get(key), actions: [] };
    group.actions.push(action);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** Groups holding an overdue action first, then in checklist order; items of checklists no longer chosen last. */
export function compareGroups(today: string): (a: ItemGroup, b: ItemGroup) => number {
  const overdue = (g: ItemGroup): number => Number(g.actions.some((a) => isOverdue(a, today)));
  const order = (g: ItemGroup): number => g.place?.order ?? Number.MAX_SAFE_INTEGER;
  return (a, b) => overdue(b) - overdue(a) || order(a) - order(b) || a.key.localeCompare(b.key);
}

export function itemRiskLevel(answer: Pick<Answer, 'risk'> | undefined, method: RiskMethod): RiskLevel | null {
  return rateRisk(method, answer?.risk)?.level ?? null;
}

export type NeedingAction = { readonly place: ItemPlace; readonly level: RiskLevel | null; readonly gap: boolean };

/** Items answered with a gap or rated high or very high that have no action yet: what the plan is still missing. */
export function itemsNeedingAction(
  places: ReadonlyMap<string, ItemPlace>,
  answerByItem: ReadonlyMap<string, Answer>,
  actions: readonly Action[],
  method: RiskMethod,
): NeedingAction[] {
  const covered = new Set(actions.flatMap((a) => (a.item ? [itemKey(a.item)] : [])));
  const found: NeedingAction[] = [];
  for (const [key, place] of places) {
    const answer = answerByItem.get(key);
    if (!answer || covered.has(key)) continue;
    const level = itemRiskLevel(answer, method);
    const gap = isConcern(place.pack, place.item.id, answer.value);
    if (gap || level === 'high' || level === 'very-high') found.push({ place, level, gap });
  }
  return found;
}
