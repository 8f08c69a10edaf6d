// Runs everywhere (pure). The two significance tests of the bias audit: Fisher's exact test and the two-proportion z-test.
/*
 * Implemented here rather than taken from a package: @stdlib's erfc and gammaln pull in their native-addon
 * loader (fs, path) as dependencies, jStat is unmaintained, and simple-statistics has no Fisher test. Both
 * functions are checked against scipy in test/shared/instruments/stats.test.ts.
 */

/** Two-by-two table: `a` of `n1` selected in the compared group, `b` of `n2` in the reference group. */
export type TwoByTwo = { readonly a: number; readonly n1: number; readonly b: number; readonly n2: number };

const SmallFactorials = (() => {
  const table = new Float64Array(256);
  for (let k = 2; k < table.length; k++) table[k] = table[k - 1]! + Math.log(k);
  return table;
})();

/** ln(n!), exact summation below 256 and Stirling's series above (error far below double precision there). */
export function logFactorial(n: number): number {
  if (n < SmallFactorials.length) return SmallFactorials[n]!;
  const inv = 1 / n;
  const inv2 = inv * inv;
  return n * Math.log(n) - n + 0.5 * Math.log(2 * Math.PI * n) + inv * (1 / 12 - inv2 * (1 / 360 - inv2 * (1 / 1260 - inv2 / 1680)));
}

/**
 * Complementary error function to near double precision: the positive-term series of erf below 2, the
 * continued fraction of erfc from 2 (where 1 - erf would lose the small tail to rounding).
 */
export function erfc(x: number): number {
  if (x < 0) return 2 - erfc(-x);
  if (x < 2) {
    // erf(x) = 2/sqrt(pi) * exp(-x^2) * sum_k (2x^2)^k x / (1*3*...*(2k+1))
    let term = x;
    let sum = x;
    for (let k = 1; k < 200 && term > sum * 1e-17; k++) {
      term *= (2 * x * x) / (2 * k + 1);
      sum += term;
    }
    return 1 - (2 / Math.sqrt(Math.PI)) * Math.exp(-x * x) * sum;
  }
  // Modified Lentz evaluation of erfc(x) = exp(-x^2)/sqrt(pi) * 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + ...)))).
  const tiny = 1e-300;
  let f = x;
  let c = x;
  let d = 0;
  for (let k = 1; k < 500; k++) {
    const a = k / 2;
    d = x + a * d;
    d = d === 0 ? tiny : d;
    c = x + a / c;
    c = c === 0 ? tiny : c;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-x * x) / (Math.sqrt(Math.PI) * f);
}

/** P(|Z| >= |z|) for a standard normal Z. */
export function twoSidedNormalP(z: number): number {
  return erfc(Math.abs(z) / Math.SQRT2);
}

/** The smallest expected cell count of the table under independence (the usual rule for choosing the test). */
export function minExpectedCount(t: TwoByTwo): number {
  const total = t.n1 + t.n2;
  if (total === 0) return 0;
  const selected = t.a + t.b;
  const rejected = total - selected;
  return Math.min(t.n1, t.n2) * Math.min(selected, rejected) / total;
}

/**
 * Fisher's exact test, two-sided as scipy.stats.fisher_exact computes it: the sum of the probabilities of all
 * tables with the same margins that are no more likely than the one observed (with a relative tolerance of
 * 1e-7 so that equally likely tables are not lost to rounding).
 */
export function fisherExactTwoSided(t: TwoByTwo): number {
  const selected = t.a + t.b;
  const lo = Math.max(0, selected - t.n2);
  const hi = Math.min(t.n1, selected);
  // Log-probabilities up to the constant ln(n1! n2! selected! rejected! / total!), which cancels: the tail is
  // divided by the sum over all tables, summed relative to the most likely one (so the only possible table gives 1).
  const logP = (x: number): number => -logFactorial(x) - logFactorial(t.n1 - x) - logFactorial(selected - x) - logFactorial(t.n2 - selected + x);
  const threshold = logP(t.a) + Math.log1p(1e-7);
  // The distribution is unimodal, so each side of the mode is summed outward until its terms vanish, and where the
  // tables no more likely than the observed one begin is found by bisection: a few hundred steps even for counts
  // in the billions, where one step per possible table ran out of memory.
  const mode = Math.min(hi, Math.max(lo, Math.floor(((t.n1 + 1) * (selected + 1)) / (t.n1 + t.n2 + 2))));
  const top = logP(mode);
  const sumOutward = (from: number, step: 1 | -1): number => {
    let sum = 0;
    for (let x = from; x >= lo && x <= hi; x += step) {
      const weight = Math.exp(logP(x) - top);
      sum += weight;
      if (weight < NegligibleTerm * sum) break;
    }
    return sum;
  };
  const all = sumOutward(mode, -1) + sumOutward(mode + 1, 1);
  const below = firstAsUnlikely(mode, lo, (x) => logP(x) <= threshold);
  const above = firstAsUnlikely(mode + 1, hi, (x) => logP(x) <= threshold);
  const tail = (below === null ? 0 : sumOutward(below, -1)) + (above === null ? 0 : sumOutward(above, 1));
  return Math.min(1, tail / all);
}

/** A term this small next to the sum so far ends a tail: the terms after it shrink faster still (log-concavity). */
const NegligibleTerm = 1e-20;

/**
 * Going from `near` (next to the mode) towards `far`, the first x where `unlikely` holds, or null. It holds from some
 * point on, since probabilities only fall away from the mode.
 */
function firstAsUnlikely(near: number, far: number, unlikely: (x: number) => boolean): number | null {
  const step = far >= near ? 1 : -1;
  if ((far - near) * step < 0 || !unlikely(far)) return null;
  let [likely, found] = [near - step, far];
  while (Math.abs(found - likely) > 1) {
    const middle = likely + step * Math.floor(Math.abs(found - likely) / 2);
    if (unlikely(middle)) found = middle;
    else likely = middle;
  }
  return found;
}

/** Two-proportion z-test with the pooled proportion, two-sided. z is positive when the compared group's rate is higher. */
export function twoProportionZTest(t: TwoByTwo): { readonly z: number; readonly p: number } {
  const p1 = t.a / t.n1;
  const p2 = t.b / t.n2;
  const pooled = (t.a + t.b) / (t.n1 + t.n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / t.n1 + 1 / t.n2));
  if (se === 0) return { z: 0, p: 1 };
  const z = (p1 - p2) / se;
  return { z, p: twoSidedNormalP(z) };
}
