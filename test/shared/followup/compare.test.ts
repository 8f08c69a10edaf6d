import { describe, expect, it } from 'vitest';
import type { AssessmentId } from '../../../shared/domain/assessment';
import type { AssessmentBundle } from '../../../shared/format/assessmentFile';
import { compareAssessments, type ItemComparison, isChanged, riskChange } from '../../../shared/followup/compare';
import { startFollowUp } from '../../../shared/followup/startFollowUp';
import { type Pack, PackSchema } from '../../../shared/packs/schema';
import { miniPack } from '../../support/miniPack';
import { action, answer, assessment, bundle, kinney, matrix } from './bundles';

/** Version 2 of the mini pack: m-01 reworded, m-02 retired, m-05 added. */
function miniPackV2(): Pack {
  const v1 = miniPack('mini', 1);
  const [m01, , m03, m04] = v1.sections[0]!.items;
  return PackSchema.parse({
    ...v1,
    version: 2,
    sections: [{ ...v1.sections[0]!, items: [{ ...m01!, question: { en: 'Question m-01, reworded?', ko: 'Question m-01 (ko)' } }, m03, m04, { ...m01!, id: 'm-05' }] }],
  });
}

const byItem = (items: readonly ItemComparison[], itemId: string): ItemComparison => items.find((i) => i.itemId === itemId)!;

describe('compareAssessments: answers and risk levels', () => {
  const earlier = bundle(assessment('a1'), {
    answers: [
      answer('a1', 'm-01', 'no', matrix(4, 4)), // high
      answer('a1', 'm-02', 'yes', matrix(1, 2)), // low
      answer('a1', 'm-03', 'bad', matrix(5, 5)), // very high
      answer('a1', 'm-04', 12, matrix(2, 2)), // low
    ],
  });
  // The later visit switched to the Kinney method: levels still compare by rank.
  const later = bundle(assessment('a2', { riskMethodId: 'oira-kinney', date: '2026-07-01', followUpOf: 'a1' as AssessmentId }), {
    answers: [
      answer('a2', 'm-01', 'no', kinney(5, 7, 10), { recheck: true }), // 350: high
      answer('a2', 'm-02', 'partly', kinney(5, 7, 5)), // 175: high
      answer('a2', 'm-03', 'fine', kinney(1, 1, 1)), // 1: low
      answer('a2', 'm-04', 12, null),
    ],
  });
  const result = compareAssessments(earlier, later, [miniPack()]);

  it('lists every item of the pinned packs, answers side by side', () => {
    expect(result.items.map((i) => i.itemId)).toEqual(['m-01', 'm-02', 'm-03', 'm-04']);
    expect(byItem(result.items, 'm-02')).toMatchObject({ presence: 'both', earlierValue: 'yes', laterValue: 'partly', answerChanged: true });
    expect(byItem(result.items, 'm-01')).toMatchObject({ earlierValue: 'no', laterValue: 'no', answerChanged: false });
    expect(byItem(result.items, 'm-04')).toMatchObject({ earlierValue: 12, laterValue: 12, answerChanged: false });
  });

  it('rates each visit with its own method and compares the levels by rank', () => {
    expect(byItem(result.items, 'm-01')).toMatchObject({ earlierLevel: 'high', laterLevel: 'high', riskChange: 'same' });
    expect(byItem(result.items, 'm-02')).toMatchObject({ earlierLevel: 'low', laterLevel: 'high', riskChange: 'up' });
    expect(byItem(result.items, 'm-03')).toMatchObject({ earlierLevel: 'very-high', laterLevel: 'low', riskChange: 'down' });
    expect(byItem(result.items, 'm-04')).toMatchObject({ earlierLevel: 'low', laterLevel: null, riskChange: 'removed' });
  });

  it('ignores a rating made with another method than the visit uses, as the summary does', () => {
    const stale = bundle(later.assessment, { answers: [answer('a2', 'm-01', 'no', matrix(5, 5))] });
    expect(byItem(compareAssessments(earlier, stale, [miniPack()]).items, 'm-01')).toMatchObject({ laterLevel: null, riskChange: 'removed' });
  });

  it('marks carried answers nobody has looked at again', () => {
    expect(result.items.filter((i) => i.stillToRecheck).map((i) => i.itemId)).toEqual(['m-01']);
  });

  it('counts the changes', () => {
    expect(result.summary).toMatchObject({ items: 4, answersChanged: 2, riskUp: 1, riskDown: 1, riskNew: 0, riskRemoved: 1, stillToRecheck: 1, questionsChanged: 0 });
  });

  it('reads blank text as unanswered and a rating on one side only as new', () => {
    const a = bundle(assessment('a1'), { answers: [answer('a1', 'm-01', '   ')] });
    const b = bundle(assessment('a2'), { answers: [answer('a2', 'm-01', null, matrix(3, 3))] });
    expect(byItem(compareAssessments(a, b, [miniPack()]).items, 'm-01')).toMatchObject({ earlierValue: null, laterValue: null, answerChanged: false, riskChange: 'new' });
    expect(byItem(compareAssessments(a, b, [miniPack()]).items, 'm-02')).toMatchObject({ riskChange: 'unrated', answerChanged: false });
  });
});

describe('compareAssessments: different pack versions', () => {
  const earlier = bundle(assessment('a1'), { answers: [answer('a1', 'm-01', 'no'), answer('a1', 'm-02', 'no', matrix(4, 4))] });
  const later = bundle(assessment('a2', { packs: [{ packId: 'mini', version: 2 }] }), { answers: [answer('a2', 'm-01', 'yes'), answer('a2', 'm-05', 'partly', matrix(5, 4))] });
  const result = compareAssessments(earlier, later, [miniPack(), miniPackV2()]);

  it('matches items by id across versions, later version first, then retired items', () => {
    expect(result.items.map((i) => [i.itemId, i.presence])).toEqual([
      ['m-01', 'both'],
      ['m-03', 'both'],
      ['m-04', 'both'],
      ['m-05', 'later-only'],
      ['m-02', 'earlier-only'],
    ]);
  });

  it('shows what an item only one visit had says on that side', () => {
    expect(byItem(result.items, 'm-02')).toMatchObject({ earlierValue: 'no', laterValue: null, answerChanged: true, earlierLevel: 'high', riskChange: 'removed' });
    expect(byItem(result.items, 'm-05')).toMatchObject({ earlierValue: null, laterValue: 'partly', laterLevel: 'very-high', riskChange: 'new' });
  });

  it('flags a question whose wording changed between versions', () => {
    expect(result.items.filter((i) => i.questionChanged).map((i) => i.itemId)).toEqual(['m-01']);
    expect(result.summary.questionsChanged).toBe(1);
  });

  it('ignores an answer to an item the visit’s own pack version does not have', () => {
    const strayLater = bundle(later.assessment, { answers: [answer('a2', 'm-02', 'yes')] });
    expect(byItem(compareAssessments(earlier, strayLater, [miniPack(), miniPackV2()]).items, 'm-02').laterValue).toBeNull();
  });

  it('lists pack versions it was not given and leaves their items out', () => {
    const partial = compareAssessments(earlier, later, [miniPack()]);
    expect(partial.missingPacks).toEqual([{ packId: 'mini', version: 2 }]);
    expect(partial.items.every((i) => i.presence === 'earlier-only')).toBe(true);
  });
});

describe('compareAssessments: per checklist', () => {
  it('gives each visit’s figures, and null where a visit did not use the checklist', () => {
    const earlier = bundle(assessment('a1'), { answers: [answer('a1', 'm-01', 'no', matrix(4, 4)), answer('a1', 'm-02', 'no'), answer('a1', 'm-03', 'fine', matrix(5, 5))] });
    const later = bundle(assessment('a2', { packs: [{ packId: 'mini', version: 1 }, { packId: 'other', version: 1 }] }), { answers: [answer('a2', 'm-01', 'yes')] });
    const { domains } = compareAssessments(earlier, later, [miniPack(), miniPack('other')]);
    expect(domains.map((d) => d.packId)).toEqual(['mini', 'other']);
    expect(domains[0]!.title.en).toBe('Mini pack');
    // m-01 is both a concern and a high risk: counted once among the flagged.
    expect(domains[0]!.earlier).toMatchObject({ total: 4, answered: 3, concerns: 2, highRisks: 2, flagged: 3, flaggedShare: 0.75 });
    expect(domains[0]!.later).toMatchObject({ answered: 1, concerns: 0, highRisks: 0, flagged: 0, flaggedShare: 0 });
    expect(domains[1]).toMatchObject({ earlier: null, later: { total: 4, answered: 0 } });
  });
});

describe('compareAssessments: actions', () => {
  const earlier = bundle(assessment('a1'), {
    actions: [
      action('a1', 'e-closed-later', 'planned'),
      action('a1', 'e-verified-later', 'in-progress'),
      action('a1', 'e-still-open', 'planned'),
      action('a1', 'e-closed-in-earlier', 'planned'),
      action('a1', 'e-done-before', 'done'),
    ],
  });

  function laterVisit(): AssessmentBundle {
    let n = 0;
    const next = startFollowUp(earlier, { newId: 'a2' as AssessmentId, now: '2026-07-01T00:00:00.000Z', date: '2026-07-01', idFor: () => `l-${++n}` });
    const carried = (from: string) => next.actions.find((a) => a.carriedFrom === from)!;
    return {
      ...next,
      actions: [
        { ...carried('e-closed-later'), status: 'done' },
        { ...carried('e-verified-later'), status: 'verified', verification: { by: { name: 'Kim Minji', side: 'worker' }, date: '2026-06-30', note: '' } },
        carried('e-still-open'),
        carried('e-closed-in-earlier'),
        action('a2', 'l-new', 'planned'),
      ],
    };
  }

  it('finds earlier actions closed since, through carriedFrom, whichever record was updated', () => {
    const closedInEarlierRecord = { ...earlier, actions: earlier.actions.map((a) => (a.id === 'e-closed-in-earlier' ? { ...a, status: 'done' as const } : a)) };
    const { actions } = compareAssessments(closedInEarlierRecord, laterVisit(), [miniPack()]);
    expect(actions.closedSinceEarlier.map((p) => [p.earlier.id, p.later?.status])).toEqual([
      ['e-closed-later', 'done'],
      ['e-verified-later', 'verified'],
      ['e-closed-in-earlier', 'planned'],
    ]);
    expect(actions.stillOpen.map((p) => [p.earlier.id, p.later?.id])).toEqual([['e-still-open', 'l-3']]);
    expect(actions.new.map((a) => a.id)).toEqual(['l-new']);
  });

  it('does not list actions that were already closed at the earlier visit', () => {
    const { actions } = compareAssessments(earlier, laterVisit(), [miniPack()]);
    const listed = [...actions.closedSinceEarlier, ...actions.stillOpen].map((p) => p.earlier.id);
    expect(listed).not.toContain('e-done-before');
  });

  it('treats open earlier actions with no continuation as still open, and unlinked later actions as new', () => {
    const unrelated = bundle(assessment('a3'), { actions: [action('a3', 'x-1', 'done')] });
    const { actions, summary } = compareAssessments(earlier, unrelated, [miniPack()]);
    expect(actions.stillOpen.map((p) => [p.earlier.id, p.later])).toEqual([
      ['e-closed-later', null],
      ['e-verified-later', null],
      ['e-still-open', null],
      ['e-closed-in-earlier', null],
    ]);
    expect(actions.closedSinceEarlier).toEqual([]);
    expect(summary).toMatchObject({ actionsClosed: 0, actionsStillOpen: 4, actionsNew: 1 });
  });
});

describe('isChanged and riskChange', () => {
  it('counts a different answer or a moved, new or removed level as a change', () => {
    const base = { riskChange: 'same', answerChanged: false } as const;
    const item = (patch: Partial<ItemComparison>) => ({ ...({} as ItemComparison), ...base, ...patch });
    expect(isChanged(item({}))).toBe(false);
    expect(isChanged(item({ riskChange: 'unrated' }))).toBe(false);
    expect(isChanged(item({ answerChanged: true }))).toBe(true);
    for (const change of ['up', 'down', 'new', 'removed'] as const) expect(isChanged(item({ riskChange: change }))).toBe(true);
  });

  it('orders levels low, medium, high, very high', () => {
    expect(riskChange('high', 'very-high')).toBe('up');
    expect(riskChange('medium', 'low')).toBe('down');
    expect(riskChange(null, null)).toBe('unrated');
  });
});
