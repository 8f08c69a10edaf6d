// Runs everywhere (pure). The bias audit: selection or scoring rates, impact ratios, four-fifths flags, significance and fragility per category.
/*
 * Method (29 CFR 1607.4(D); NYC Rules 6 RCNY 5-300/5-301 for Local Law 144):
 * - selection rate = selected / people in the category; for scores, the scoring rate = share of the category
 *   scoring strictly above the median of the whole sample (scores equal to the median do not count);
 * - impact ratio = rate / the highest rate among the categories of the same attribute (or of the
 *   intersectional categories); flagged when below 0.8, compared in whole numbers so exactly 0.8 is not flagged;
 * - each category is tested against the highest-rate one: Fisher's exact test when any expected cell count is
 *   below 5, else the two-proportion z-test (pooled), both two-sided at the chosen significance level;
 * - "fragile" when one more or one fewer selected person, in the category or in the reference, reverses the flag
 *   (the Uniform Guidelines warn against conclusions that one person would change);
 * - a category under 2% of the analysed records may be excluded with a stated reason; it stays listed with its counts.
 */
import type { CsvTable } from '../../format/csv';
import { type BiasInputError, type BiasMappingInput, DefaultUnknownValues, prepareRecords, type PreparedRecords } from './records';
import { type BiasAuditResult, BiasAuditVersion, type BiasCategory, type BiasComparison, FragilityChanges, type SignificanceTest } from './result';
import { fisherExactTwoSided, minExpectedCount, type TwoByTwo, twoProportionZTest } from './stats';

export type BiasExclusion = { readonly category: string; readonly reason: string };

export type BiasAuditOptions = {
  /** Categories to leave out of the comparison, each under 2% of the analysed records and with a reason. */
  readonly exclusions?: readonly BiasExclusion[];
  /** Values (besides blank) that mean the category is unknown; default ["unknown"]. */
  readonly unknownValues?: readonly string[];
  /** Default 0.05. */
  readonly significanceLevel?: number;
};

export type BiasAuditError = BiasInputError | { readonly code: 'bad-exclusion'; readonly message: string };
export type BiasAuditOutcome = { readonly ok: true; readonly result: BiasAuditResult } | { readonly ok: false; readonly error: BiasAuditError };

const FourFifths = { numerator: 4, denominator: 5 } as const;
const MinimumShareForInclusion = { numerator: 1, denominator: 50 } as const;

export const BiasCaveat = {
  en: 'The impact ratio is a screening indicator, not a finding of discrimination. The four-fifths rule comes from the US Uniform Guidelines (29 CFR 1607.4(D)); impact ratios and scoring rates follow the New York City Local Law 144 rules. EU equality law sets no numeric threshold: read the ratio together with the counts, the significance test and the fragility warning, and ask why the rates differ.',
  ko: '영향비(impact ratio)는 차별 여부를 판정하는 값이 아니라 더 살펴볼 곳을 가려내는 선별 지표입니다. 5분의 4 규칙은 미국 통일지침(29 CFR 1607.4(D))에서, 영향비와 점수 기준 비율 산정 방식은 뉴욕시 지방법 144호 시행규칙에서 가져왔습니다. EU 평등법에는 정해진 수치 기준이 없습니다. 영향비는 인원수, 유의성 검정 결과, 취약성 경고와 함께 읽고, 비율이 왜 다른지 확인하십시오.',
} as const;

type Tally = { key: string; values: string[]; n: number; s: number };

/** Exact comparison of s1/n1 with s2/n2 without rounding. */
const compareRates = (s1: number, n1: number, s2: number, n2: number): number => s1 * n2 - s2 * n1;
/** Below four-fifths of the reference rate, in whole numbers: 5·s·nr < 4·sr·n. */
const belowFourFifths = (s: number, n: number, sr: number, nr: number): boolean => FourFifths.denominator * s * nr < FourFifths.numerator * sr * n;

function significance(table: TwoByTwo, level: number): SignificanceTest {
  const minExpected = minExpectedCount(table);
  if (minExpected < 5) {
    const p = fisherExactTwoSided(table);
    return { method: 'fisher-exact', p, z: null, minExpected, significant: p < level };
  }
  const { z, p } = twoProportionZTest(table);
  return { method: 'two-proportion-z', p, z, minExpected, significant: p < level };
}

/** The first one-person change that reverses the flag, if any. */
function fragility(c: Tally, ref: Tally, flag: boolean): BiasCategory['fragility'] {
  const variants: Record<(typeof FragilityChanges)[number], [number, number]> = {
    'compared+1': [c.s + 1, ref.s],
    'compared-1': [c.s - 1, ref.s],
    'reference+1': [c.s, ref.s + 1],
    'reference-1': [c.s, ref.s - 1],
  };
  for (const change of FragilityChanges) {
    const [s, sr] = variants[change];
    if (s < 0 || s > c.n || sr < 0 || sr > ref.n || sr === 0) continue;
    if (belowFourFifths(s, c.n, sr, ref.n) !== flag) return { change, impactRatio: s / c.n / (sr / ref.n) };
  }
  return null;
}

function tallies(prepared: PreparedRecords, attributes: readonly number[]): { tallies: Tally[]; unknown: number } {
  const byKey = new Map<string, Tally>();
  let unknown = 0;
  for (const record of prepared.records) {
    const values = attributes.map((a) => record.values[a]!);
    if (values.some((v) => v === null)) {
      unknown += record.n;
      continue;
    }
    const key = values.join('\u0000');
    const tally = byKey.get(key) ?? { key, values: values.map((v, i) => prepared.spellings[attributes[i]!]!.get(v!)!), n: 0, s: 0 };
    tally.n += record.n;
    tally.s += record.s;
    byKey.set(key, tally);
  }
  const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
  const sorted = [...byKey.values()].sort((x, y) => {
    for (let i = 0; i < x.values.length; i++) {
      const order = collator.compare(x.values[i]!, y.values[i]!);
      if (order !== 0) return order;
    }
    return 0;
  });
  return { tallies: sorted, unknown };
}

function categoryId(columns: readonly string[], values: readonly string[]): string {
  return values.map((v, i) => `${columns[i]}=${v}`).join(' & ');
}

function compare(prepared: PreparedRecords, attributes: readonly number[], exclusions: ReadonlyMap<string, string>, level: number): BiasComparison {
  const columns = attributes.map((a) => prepared.mapping.groupColumns[a]!);
  const { tallies: list, unknown } = tallies(prepared, attributes);
  const analysed = prepared.inputs.analysed;
  const ids = list.map((t) => categoryId(columns, t.values));
  const included = list.filter((_, i) => !exclusions.has(ids[i]!));
  const reference = included.reduce<Tally | null>((best, t) => (best === null || compareRates(t.s, t.n, best.s, best.n) > 0 ? t : best), null);
  const ratiosUndefined = reference === null ? 'all-excluded' : reference.s === 0 ? 'no-one-selected' : null;
  const categories = list.map((t, i): BiasCategory => {
    const reason = exclusions.get(ids[i]!);
    const base = { id: ids[i]!, name: t.values.join(' × '), values: t.values, count: t.n, selected: t.s, rate: t.s / t.n, share: t.n / analysed, isReference: t === reference };
    if (reason !== undefined || reference === null || ratiosUndefined !== null) {
      return { ...base, impactRatio: null, flag: null, test: null, fragile: null, fragility: null, excluded: reason === undefined ? null : { reason } };
    }
    if (t === reference) return { ...base, impactRatio: 1, flag: false, test: null, fragile: null, fragility: null, excluded: null };
    const flag = belowFourFifths(t.s, t.n, reference.s, reference.n);
    const fragile = fragility(t, reference, flag);
    return {
      ...base,
      impactRatio: t.s / t.n / (reference.s / reference.n),
      flag,
      test: significance({ a: t.s, n1: t.n, b: reference.s, n2: reference.n }, level),
      fragile: fragile !== null,
      fragility: fragile,
      excluded: null,
    };
  });
  return {
    attribute: attributes.length === 1 ? columns[0]! : 'intersectional',
    intersectional: attributes.length > 1,
    referenceId: reference === null ? null : ids[list.indexOf(reference)]!,
    ratiosUndefined,
    unknown,
    categories,
  };
}

/** Checks each exclusion names an existing category under 2% of the analysed records and gives a reason. */
function checkExclusions(comparisons: readonly BiasComparison[], exclusions: readonly BiasExclusion[], analysed: number): BiasAuditError | null {
  const all = comparisons.flatMap((c) => c.categories);
  for (const exclusion of exclusions) {
    const category = all.find((c) => c.id === exclusion.category);
    if (!category) return { code: 'bad-exclusion', message: `Cannot exclude "${exclusion.category}": there is no such category. Categories are named like ${all.slice(0, 3).map((c) => `"${c.id}"`).join(', ')}.` };
    if (exclusion.reason.trim() === '') return { code: 'bad-exclusion', message: `Excluding "${exclusion.category}" needs a stated reason.` };
    if (category.count * MinimumShareForInclusion.denominator >= analysed * MinimumShareForInclusion.numerator) {
      return { code: 'bad-exclusion', message: `Cannot exclude "${exclusion.category}": it holds ${(category.share * 100).toFixed(1)}% of the analysed records, and only categories under 2% may be excluded.` };
    }
  }
  return null;
}

/** Runs the audit on a parsed CSV table. Every figure in the result can be traced to the counts it lists. */
export function runBiasAudit(table: CsvTable, mapping: BiasMappingInput, options: BiasAuditOptions = {}): BiasAuditOutcome {
  const unknownValues = options.unknownValues ?? DefaultUnknownValues;
  const level = options.significanceLevel ?? 0.05;
  const exclusions = (options.exclusions ?? []).map((e) => ({ category: e.category, reason: e.reason.trim() }));
  const prepared = prepareRecords(table, mapping, unknownValues);
  if (!prepared.ok) return prepared;
  const p = prepared.prepared;
  const attributeSets = p.mapping.groupColumns.map((_, i) => [i]);
  if (attributeSets.length > 1) attributeSets.push(p.mapping.groupColumns.map((_, i) => i));
  const none = new Map<string, string>();
  const error = checkExclusions(attributeSets.map((set) => compare(p, set, none, level)), exclusions, p.inputs.analysed);
  if (error) return { ok: false, error };
  const excluded = new Map(exclusions.map((e) => [e.category, e.reason]));
  const comparisons = attributeSets.map((set) => compare(p, set, excluded, level));
  const judged = comparisons.flatMap((c) => c.categories).filter((c) => c.excluded === null);
  return {
    ok: true,
    result: {
      instrument: 'bias-audit',
      version: BiasAuditVersion,
      mapping: p.mapping,
      options: { threshold: 0.8, significanceLevel: level, unknownValues: [...unknownValues], exclusions },
      inputs: p.inputs,
      comparisons,
      summary: {
        categories: judged.length,
        belowFourFifths: judged.filter((c) => c.flag === true).length,
        significant: judged.filter((c) => c.test?.significant === true).length,
        fragile: judged.filter((c) => c.fragile === true).length,
      },
      caveat: { ...BiasCaveat },
    },
  };
}
