// Runs everywhere (pure). What changed between two visits to the same site: answers, risk levels, actions, per checklist.
import { type Answer, isAnswered } from '../domain/assessment';
import { type Action, isOpenAction } from '../domain/record';
import type { AssessmentBundle } from '../format/assessmentFile';
import type { Localized } from '../i18n/localized';
import { type Item, type Pack, type PackRef, packItems } from '../packs/schema';
import { type RiskLevel, RiskLevels, type RiskMethod, riskMethod } from '../risk/methods';
import { rateRisk } from '../risk/rate';
import { type DomainFigures, domainFigures } from './domainFigures';

/**
 * How an item's risk level moved. `new`: rated only in the later visit; `removed`: rated only in the
 * earlier one; `unrated`: rated in neither.
 */
export type RiskChange = 'up' | 'down' | 'same' | 'new' | 'removed' | 'unrated';

/** Which visit's pinned pack versions hold the item (a later version may add or retire items). */
export type ItemPresence = 'both' | 'earlier-only' | 'later-only';

export type ItemComparison = {
  readonly packId: string;
  readonly itemId: string;
  readonly presence: ItemPresence;
  /** The answer's value, or null when unanswered (or the item is not in that visit's pack version). */
  readonly earlierValue: Answer['value'];
  readonly laterValue: Answer['value'];
  readonly answerChanged: boolean;
  readonly earlierLevel: RiskLevel | null;
  readonly laterLevel: RiskLevel | null;
  readonly riskChange: RiskChange;
  /** Carried over to the later visit and not looked at again yet. */
  readonly stillToRecheck: boolean;
  /** The question reads differently in the two pinned pack versions, so a changed answer may answer a changed question. */
  readonly questionChanged: boolean;
};

/** An earlier action and its continuation in the later visit (null when the later visit has none). */
export type ActionPair = { readonly earlier: Action; readonly later: Action | null };

export type ActionComparison = {
  /** Open at the earlier visit and done or verified since, in either record. */
  readonly closedSinceEarlier: readonly ActionPair[];
  /** Open at the earlier visit and still open: carried over and not closed, or never carried over. */
  readonly stillOpen: readonly ActionPair[];
  /** Later actions that continue no action of the earlier visit. */
  readonly new: readonly Action[];
};

export type DomainComparison = {
  readonly packId: string;
  /** From the later visit's pack version when it has the pack. */
  readonly title: Localized;
  /** Null when that visit did not use this checklist. */
  readonly earlier: DomainFigures | null;
  readonly later: DomainFigures | null;
};

export type ComparisonSummary = {
  readonly items: number;
  readonly answersChanged: number;
  readonly riskUp: number;
  readonly riskDown: number;
  readonly riskNew: number;
  readonly riskRemoved: number;
  readonly stillToRecheck: number;
  readonly questionsChanged: number;
  readonly actionsClosed: number;
  readonly actionsStillOpen: number;
  readonly actionsNew: number;
};

export type Comparison = {
  readonly items: readonly ItemComparison[];
  readonly actions: ActionComparison;
  readonly domains: readonly DomainComparison[];
  readonly summary: ComparisonSummary;
  /** Pinned pack versions that were not supplied (made by a newer build): their items are left out. */
  readonly missingPacks: readonly PackRef[];
};

/** Worth showing under "changed only": a different answer or a risk level that moved, appeared or went. */
export function isChanged(item: ItemComparison): boolean {
  return item.answerChanged || (item.riskChange !== 'same' && item.riskChange !== 'unrated');
}

/**
 * Compares two visits item by item (matched by pack id and item id, whatever the pack versions) and
 * action by action (matched through `carriedFrom`). Each side is rated with its own risk method;
 * levels compare by their rank in the shared level scale, so a change of method still reads as up or
 * down. Actions are matched only through direct `carriedFrom` links: comparing the first visit with
 * the third shows the third's carried actions as new.
 *
 * @param packs every pack version either visit pinned; items of versions not given are left out and listed in `missingPacks`.
 */
export function compareAssessments(earlier: AssessmentBundle, later: AssessmentBundle, packs: readonly Pack[]): Comparison {
  const missingPacks: PackRef[] = [];
  const sideOf = (bundle: AssessmentBundle): Side => {
    const pinned = new Map<string, Pack>();
    for (const ref of bundle.assessment.packs) {
      const pack = packs.find((p) => p.id === ref.packId && p.version === ref.version);
      if (pack) pinned.set(pack.id, pack);
      else missingPacks.push(ref);
    }
    return { pinned, method: riskMethod(bundle.assessment.riskMethodId), answers: new Map(bundle.answers.map((a) => [`${a.packId}/${a.itemId}`, a])) };
  };
  const before = sideOf(earlier);
  const after = sideOf(later);

  const items: ItemComparison[] = [];
  const domains: DomainComparison[] = [];
  for (const packId of unionInOrder([...after.pinned.keys()], [...before.pinned.keys()])) {
    const earlierPack = before.pinned.get(packId);
    const laterPack = after.pinned.get(packId);
    const earlierItems = new Map((earlierPack ? packItems(earlierPack) : []).map((i) => [i.id, i]));
    const laterItems = new Map((laterPack ? packItems(laterPack) : []).map((i) => [i.id, i]));
    for (const itemId of unionInOrder([...laterItems.keys()], [...earlierItems.keys()])) {
      items.push(compareItem(packId, itemId, earlierItems.get(itemId), laterItems.get(itemId), before, after));
    }
    domains.push({
      packId,
      title: (laterPack ?? earlierPack)!.title,
      earlier: earlierPack ? domainFigures(earlierPack, earlier.answers, before.method) : null,
      later: laterPack ? domainFigures(laterPack, later.answers, after.method) : null,
    });
  }

  const actions = compareActions(earlier.actions, later.actions);
  const count = (test: (i: ItemComparison) => boolean): number => items.filter(test).length;
  const summary: ComparisonSummary = {
    items: items.length,
    answersChanged: count((i) => i.answerChanged),
    riskUp: count((i) => i.riskChange === 'up'),
    riskDown: count((i) => i.riskChange === 'down'),
    riskNew: count((i) => i.riskChange === 'new'),
    riskRemoved: count((i) => i.riskChange === 'removed'),
    stillToRecheck: count((i) => i.stillToRecheck),
    questionsChanged: count((i) => i.questionChanged),
    actionsClosed: actions.closedSinceEarlier.length,
    actionsStillOpen: actions.stillOpen.length,
    actionsNew: actions.new.length,
  };
  return { items, actions, domains, summary, missingPacks };
}

type Side = {
  /** Pinned pack versions this comparison has, by pack id. */
  readonly pinned: ReadonlyMap<string, Pack>;
  readonly method: RiskMethod;
  readonly answers: ReadonlyMap<string, Answer>;
};

function compareItem(packId: string, itemId: string, earlierItem: Item | undefined, laterItem: Item | undefined, before: Side, after: Side): ItemComparison {
  // An answer counts only where its visit's pack version has the item, as in the summary's scoring.
  const earlierAnswer = earlierItem ? before.answers.get(`${packId}/${itemId}`) : undefined;
  const laterAnswer = laterItem ? after.answers.get(`${packId}/${itemId}`) : undefined;
  const earlierValue = valueOf(earlierAnswer);
  const laterValue = valueOf(laterAnswer);
  const earlierLevel = rateRisk(before.method, earlierAnswer?.risk)?.level ?? null;
  const laterLevel = rateRisk(after.method, laterAnswer?.risk)?.level ?? null;
  return {
    packId,
    itemId,
    presence: earlierItem && laterItem ? 'both' : earlierItem ? 'earlier-only' : 'later-only',
    earlierValue,
    laterValue,
    answerChanged: earlierValue !== laterValue,
    earlierLevel,
    laterLevel,
    riskChange: riskChange(earlierLevel, laterLevel),
    stillToRecheck: laterAnswer?.recheck === true,
    questionChanged: !!earlierItem && !!laterItem && (earlierItem.question.en !== laterItem.question.en || earlierItem.question.ko !== laterItem.question.ko),
  };
}

/** Blank text reads as unanswered, as everywhere else. */
function valueOf(answer: Answer | undefined): Answer['value'] {
  return answer && isAnswered(answer) ? answer.value : null;
}

export function riskChange(earlier: RiskLevel | null, later: RiskLevel | null): RiskChange {
  if (earlier === null) return later === null ? 'unrated' : 'new';
  if (later === null) return 'removed';
  const delta = RiskLevels.indexOf(later) - RiskLevels.indexOf(earlier);
  return delta > 0 ? 'up' : delta < 0 ? 'down' : 'same';
}

function compareActions(earlier: readonly Action[], later: readonly Action[]): ActionComparison {
  const earlierIds = new Set(earlier.map((a) => a.id));
  const continuation = new Map<string, Action>();
  for (const a of later) if (a.carriedFrom !== null && earlierIds.has(a.carriedFrom) && !continuation.has(a.carriedFrom)) continuation.set(a.carriedFrom, a);

  const closedSinceEarlier: ActionPair[] = [];
  const stillOpen: ActionPair[] = [];
  for (const action of earlier) {
    const next = continuation.get(action.id) ?? null;
    // Carried over means it was open when the later visit started; closing it in either record since then counts.
    if (next && (!isOpenAction(next) || !isOpenAction(action))) closedSinceEarlier.push({ earlier: action, later: next });
    else if (isOpenAction(action)) stillOpen.push({ earlier: action, later: next });
  }
  const continued = new Set(continuation.values());
  return { closedSinceEarlier, stillOpen, new: later.filter((a) => !continued.has(a)) };
}

/** First list's order, then what only the second list has, in its order. */
function unionInOrder(first: readonly string[], second: readonly string[]): string[] {
  const seen = new Set(first);
  return [...first, ...second.filter((k) => !seen.has(k))];
}
