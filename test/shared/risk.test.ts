import { describe, expect, it } from 'vitest';
import { Matrix5x5, OiraFrench, OiraKinney, RiskMethodSchema, RiskMethods, riskMethod } from '../../shared/risk/methods';
import { rateRisk } from '../../shared/risk/rate';

const rate = (method: typeof Matrix5x5 | typeof OiraKinney | typeof OiraFrench, values: Record<string, number>) => rateRisk(method, { methodId: method.id, values });

describe('risk methods', () => {
  it('are valid data', () => {
    for (const m of RiskMethods) expect(RiskMethodSchema.safeParse(m).success).toBe(true);
  });

  it('band the 5x5 matrix at 4, 9 and 16', () => {
    expect(rate(Matrix5x5, { likelihood: 1, severity: 4 })).toEqual({ score: 4, level: 'low' });
    expect(rate(Matrix5x5, { likelihood: 5, severity: 1 })?.level).toBe('medium');
    expect(rate(Matrix5x5, { likelihood: 3, severity: 3 })?.level).toBe('medium');
    expect(rate(Matrix5x5, { likelihood: 2, severity: 5 })?.level).toBe('high');
    expect(rate(Matrix5x5, { likelihood: 4, severity: 4 })?.level).toBe('high');
    expect(rate(Matrix5x5, { likelihood: 4, severity: 5 })).toEqual({ score: 20, level: 'very-high' });
  });

  it('band the Kinney method at 15 and 50', () => {
    expect(rate(OiraKinney, { probability: 3, frequency: 4, severity: 1 })).toEqual({ score: 12, level: 'low' });
    expect(rate(OiraKinney, { probability: 1, frequency: 4, severity: 5 })).toEqual({ score: 20, level: 'medium' });
    expect(rate(OiraKinney, { probability: 5, frequency: 1, severity: 10 })).toEqual({ score: 50, level: 'medium' });
    expect(rate(OiraKinney, { probability: 3, frequency: 4, severity: 5 })).toEqual({ score: 60, level: 'high' });
  });

  it('band the French method below 10 and above 45', () => {
    expect(rate(OiraFrench, { frequency: 9, severity: 1 })).toEqual({ score: 9, level: 'low' });
    expect(rate(OiraFrench, { frequency: 1, severity: 10 })).toEqual({ score: 10, level: 'medium' });
    expect(rate(OiraFrench, { frequency: 9, severity: 5 })).toEqual({ score: 45, level: 'medium' });
    expect(rate(OiraFrench, { frequency: 7, severity: 7 })).toEqual({ score: 49, level: 'high' });
  });

  it('give no level until every factor is rated, or for another method or an invalid level', () => {
    expect(rate(Matrix5x5, { likelihood: 3 })).toBeNull();
    expect(rateRisk(Matrix5x5, { methodId: 'oira-french', values: { likelihood: 3, severity: 3 } })).toBeNull();
    expect(rate(Matrix5x5, { likelihood: 6, severity: 3 })).toBeNull();
    expect(rateRisk(Matrix5x5, null)).toBeNull();
  });

  it('fall back to the default for an unknown method id', () => {
    expect(riskMethod('nope').id).toBe('matrix-5x5');
  });
});

describe('withFactor', () => {
  it('sets and clears one factor, and starts afresh for another method', async () => {
    const { withFactor, sameRating } = await import('../../shared/risk/rate');
    const one = withFactor(null, 'matrix-5x5', 'likelihood', 3);
    const two = withFactor(one, 'matrix-5x5', 'severity', 2);
    expect(two).toEqual({ methodId: 'matrix-5x5', values: { likelihood: 3, severity: 2 } });
    expect(withFactor(one, 'matrix-5x5', 'likelihood', null)).toBeNull();
    expect(withFactor(two, 'oira-french', 'frequency', 7)).toEqual({ methodId: 'oira-french', values: { frequency: 7 } });
    expect(sameRating(two, { methodId: 'matrix-5x5', values: { severity: 2, likelihood: 3 } })).toBe(true);
    expect(sameRating(two, one)).toBe(false);
  });
});
