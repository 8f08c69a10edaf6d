import { describe, expect, it } from 'vitest';
import { trendSeries } from '../../../shared/followup/trendSeries';
import { miniPack } from '../../support/miniPack';
import { answer, assessment, bundle, kinney, matrix } from './bundles';

describe('trendSeries', () => {
  const first = bundle(assessment('v1', { date: '2026-01-10' }), { answers: [answer('v1', 'm-01', 'no'), answer('v1', 'm-02', 'partly', matrix(4, 4)), answer('v1', 'm-03', 'fine', matrix(5, 5))] });
  const second = bundle(assessment('v2', { date: '2026-04-10', packs: [{ packId: 'mini', version: 1 }, { packId: 'other', version: 1 }] }), {
    answers: [answer('v2', 'm-01', 'yes'), answer('v2', 'm-02', 'partly', matrix(2, 2)), answer('v2', 'm-01', 'no', null, { packId: 'other' })],
  });
  const third = bundle(assessment('v3', { date: '2026-07-10', riskMethodId: 'oira-kinney', packs: [{ packId: 'other', version: 1 }, { packId: 'mini', version: 1 }] }), {
    answers: [answer('v3', 'm-01', 'yes', kinney(1, 1, 1))],
  });

  it('puts the visits in date order whatever order they come in', () => {
    const series = trendSeries([third, first, second], [miniPack(), miniPack('other')]);
    expect(series.visits.map((v) => [v.assessmentId, v.date])).toEqual([
      ['v1', '2026-01-10'],
      ['v2', '2026-04-10'],
      ['v3', '2026-07-10'],
    ]);
  });

  it('gives each checklist the share of items with a concern or a high risk at every visit, counted once per item', () => {
    const series = trendSeries([first, second, third], [miniPack(), miniPack('other')]);
    expect(series.domains.map((d) => d.packId)).toEqual(['other', 'mini']);
    const mini = series.domains.find((d) => d.packId === 'mini')!;
    // Visit 1: m-01 concern, m-02 concern and high (once), m-03 very high: 3 of 4.
    expect(mini.points.map((p) => p && [p.flagged, p.flaggedShare])).toEqual([
      [3, 0.75],
      [1, 0.25],
      [0, 0],
    ]);
    expect(mini.points[0]).toMatchObject({ concerns: 2, highRisks: 2, answered: 3, total: 4 });
  });

  it('leaves a gap where a visit did not use the checklist', () => {
    const other = trendSeries([first, second, third], [miniPack(), miniPack('other')]).domains.find((d) => d.packId === 'other')!;
    expect(other.points.map((p) => p && p.flagged)).toEqual([null, 1, 0]);
  });
});
