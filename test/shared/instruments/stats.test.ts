// The bias audit's statistics against reference values computed with scipy 1.17.1 (the calls are named at each table).
import { describe, expect, it } from 'vitest';
import { erfc, fisherExactTwoSided, logFactorial, minExpectedCount, twoProportionZTest, twoSidedNormalP } from '../../../shared/instruments/bias/stats';

/** Relative agreement, the way p-values spanning many orders of magnitude must be compared. */
function close(actual: number, expected: number, relative = 1e-12): void {
  expect(Math.abs(actual - expected), `${actual} vs ${expected}`).toBeLessThanOrEqual(Math.abs(expected) * relative);
}

describe('erfc and the normal tail', () => {
  // scipy.special.erfc(x)
  const erfcReference: [number, number][] = [
    [0.1, 0.8875370839817152],
    [0.5, 0.4795001221869535],
    [1.0, 0.15729920705028516],
    [1.5, 0.03389485352468927],
    [1.9999, 0.00467980209297061],
    [2.0, 0.004677734981047266],
    [2.5, 0.00040695201744495886],
    [3.0, 2.2090496998585445e-5],
    [4.0, 1.541725790028002e-8],
    [6.0, 2.1519736712498913e-17],
    [10.0, 2.0884875837625446e-45],
    [26.0, 5.663192408856145e-296],
  ];
  it.each(erfcReference)('erfc(%f) agrees with scipy to 1e-12 relative', (x, expected) => close(erfc(x), expected));

  it('is symmetric: erfc(-x) = 2 - erfc(x)', () => {
    expect(erfc(-1)).toBeCloseTo(2 - 0.15729920705028516, 15);
    expect(erfc(0)).toBe(1);
  });

  // 2 * scipy.stats.norm.sf(z)
  const tails: [number, number][] = [
    [0.5, 0.6170750774519738],
    [1.959963984540054, 0.05],
    [2.5758293035489, 0.01000000000000002],
    [3.2905267314919255, 0.0009999999999998903],
    [6.0, 1.973175290075389e-9],
  ];
  it.each(tails)('two-sided p for z = %f agrees with scipy', (z, expected) => {
    close(twoSidedNormalP(z), expected, 1e-11);
    close(twoSidedNormalP(-z), expected, 1e-11);
  });
});

describe('logFactorial', () => {
  it('matches exact sums below 256 and Stirling above (scipy.special.gammaln(n + 1))', () => {
    close(logFactorial(255), 1161.7121011184006, 1e-14);
    close(logFactorial(256), 1167.2572785628804, 1e-14);
    close(logFactorial(1_000_000), 12815518.384658169, 1e-14);
    expect(logFactorial(0)).toBe(0);
    expect(logFactorial(1)).toBe(0);
  });
});

describe("Fisher's exact test, two-sided", () => {
  // scipy.stats.fisher_exact([[a, n1 - a], [b, n2 - b]], alternative='two-sided')[1]
  const reference: [number, number, number, number, number][] = [
    [1, 10, 9, 10, 0.001093333910671372],
    [3, 4, 1, 4, 0.48571428571428565],
    [0, 1, 28, 50, 0.4509803921568627],
    [0, 1, 18, 30, 0.4193548387096775],
    [1, 5, 3, 5, 0.5238095238095238],
    [2, 7, 9, 12, 0.07394617766134794],
    [0, 3, 60, 100, 0.06978190680290186],
    [5, 5, 10, 10, 1.0],
    [0, 20, 0, 30, 1.0],
    [12, 15, 5, 15, 0.025327687033676136],
  ];
  it.each(reference)('%i of %i against %i of %i agrees with scipy', (a, n1, b, n2, expected) => close(fisherExactTwoSided({ a, n1, b, n2 }), expected, 1e-10));
});

describe('two-proportion z-test, pooled, two-sided', () => {
  // z = (p1 - p2) / sqrt(p(1 - p)(1/n1 + 1/n2)) with the pooled p; p-value 2 * scipy.stats.norm.sf(abs(z))
  const reference: [number, number, number, number, number, number][] = [
    [45, 100, 60, 100, -2.1239769762143657, 0.033672068856345855],
    [48, 100, 60, 100, -1.7025130615174968, 0.08865923208274731],
    [51, 100, 60, 100, -1.2805631922245346, 0.20034713548490346],
    [16, 40, 28, 50, -1.5088670723086361, 0.13133275604372371],
    [4, 15, 18, 30, -2.1087058391832496, 0.03496998050977699],
    [555, 1181, 667, 1390, -0.5017085186301136, 0.6158725713966653],
  ];
  it.each(reference)('%i of %i against %i of %i agrees with scipy', (a, n1, b, n2, z, p) => {
    const result = twoProportionZTest({ a, n1, b, n2 });
    close(result.z, z, 1e-12);
    close(result.p, p, 1e-11);
  });

  it('gives p = 1 when nobody or everybody was selected (no variance)', () => {
    expect(twoProportionZTest({ a: 0, n1: 10, b: 0, n2: 10 })).toEqual({ z: 0, p: 1 });
    expect(twoProportionZTest({ a: 10, n1: 10, b: 10, n2: 10 })).toEqual({ z: 0, p: 1 });
  });
});

describe('minExpectedCount', () => {
  it('is the smallest cell expected under independence', () => {
    // [[1, 4], [3, 2]]: row totals 5 and 5, column totals 4 and 6, N = 10: smallest 5 * 4 / 10 = 2.
    expect(minExpectedCount({ a: 1, n1: 5, b: 3, n2: 5 })).toBe(2);
    expect(minExpectedCount({ a: 45, n1: 100, b: 60, n2: 100 })).toBe(47.5);
  });
});
