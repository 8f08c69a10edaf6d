import { describe, expect, it } from 'vitest';
import type { Answer, AssessmentId } from '../../shared/domain/assessment';
import { Matrix5x5, OiraKinney } from '../../shared/risk/methods';
import { scoreAssessment } from '../../shared/scoring/score';
import { miniPack } from '../support/miniPack';

const answer = (itemId: string, value: Answer['value'], risk: Answer['risk'] = null, packId = 'mini'): Answer => ({
  assessmentId: 'a' as AssessmentId,
  packId,
  itemId,
  value,
  note: '',
  risk,
  recheck: false,
  updatedAt: '2026-01-01T00:00:00.000Z',
});
const matrix = (likelihood: number, severity: number): Answer['risk'] => ({ methodId: 'matrix-5x5', values: { likelihood, severity } });

describe('scoreAssessment', () => {
  it('counts answered, concerns and unknowns per pack', () => {
    const score = scoreAssessment([miniPack()], [answer('m-01', 'no'), answer('m-02', 'unknown'), answer('m-03', 'bad'), answer('m-04', null, matrix(1, 1))], Matrix5x5);
    expect(score.packs[0]).toMatchObject({ total: 4, answered: 3, concerns: 2, unknowns: 1, rated: 1 });
    expect(score.total).toBe(4);
    expect(score.answered).toBe(3);
  });

  it('counts a number answer of zero as answered and an empty text as not', () => {
    const score = scoreAssessment([miniPack()], [answer('m-04', 0), answer('m-01', '  ')], Matrix5x5);
    expect(score.answered).toBe(1);
  });

  it('counts levels, fills the heat map and lists high risks highest first', () => {
    const score = scoreAssessment(
      [miniPack()],
      [answer('m-01', 'no', matrix(4, 4)), answer('m-02', 'partly', matrix(5, 5)), answer('m-03', 'fine', matrix(1, 2))],
      Matrix5x5,
    );
    expect(score.levels).toEqual({ low: 1, medium: 0, high: 1, 'very-high': 1 });
    expect(score.heatMap?.[3]?.[3]).toBe(1);
    expect(score.heatMap?.[4]?.[4]).toBe(1);
    expect(score.heatMap?.[0]?.[1]).toBe(1);
    expect(score.highRisks.map((r) => r.itemId)).toEqual(['m-02', 'm-01']);
  });

  it('ignores answers to items not in the pinned version and ratings made with another method', () => {
    const score = scoreAssessment([miniPack()], [answer('gone-01', 'yes'), answer('m-01', 'yes', matrix(5, 5)), answer('m-01', 'yes', null, 'other')], OiraKinney);
    expect(score.answered).toBe(1);
    expect(score.packs[0]!.rated).toBe(0);
    expect(score.heatMap).toBeNull();
  });
});
