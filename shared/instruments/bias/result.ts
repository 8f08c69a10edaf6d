// Runs everywhere (pure). The stored shape of a bias audit: plain JSON, validated when read back from evidence or a pack.
import { z } from 'zod';
import { LocalizedSchema } from '../../i18n/localized';

export const BiasAuditVersion = 1;

const Column = z.string().min(1).max(200);
const Count = z.number().int().min(0);
const Rate = z.number().min(0).max(1);

export const SelectedOutcomeSchema = z.strictObject({
  kind: z.literal('selected'),
  column: Column,
  /** Values (compared ignoring case and surrounding spaces) that mean "selected". */
  yesValues: z.array(z.string().max(200)).min(1).max(50),
  /** Values that mean "not selected"; null when every other non-blank value counts as not selected. */
  noValues: z.array(z.string().max(200)).max(50).nullable(),
});

export const ScoreOutcomeSchema = z.strictObject({ kind: z.literal('score'), column: Column });

export const BiasMappingSchema = z.discriminatedUnion('layout', [
  z.strictObject({
    layout: z.literal('per-person'),
    groupColumns: z.array(Column).min(1).max(6),
    outcome: z.discriminatedUnion('kind', [SelectedOutcomeSchema, ScoreOutcomeSchema]),
  }),
  z.strictObject({
    layout: z.literal('counts'),
    groupColumns: z.array(Column).min(1).max(6),
    /** People in the row's category. */
    countColumn: Column,
    /** How many of them were selected. */
    selectedColumn: Column,
  }),
]);
export type BiasMapping = z.infer<typeof BiasMappingSchema>;

const SignificanceTestSchema = z.strictObject({
  /** Fisher's exact test when any expected cell count is below 5, otherwise the two-proportion z-test; both two-sided. */
  method: z.enum(['fisher-exact', 'two-proportion-z']),
  p: z.number().min(0).max(1),
  z: z.number().nullable(),
  minExpected: z.number().min(0),
  significant: z.boolean(),
});
export type SignificanceTest = z.infer<typeof SignificanceTestSchema>;

export const FragilityChanges = ['compared+1', 'compared-1', 'reference+1', 'reference-1'] as const;

export const BiasCategorySchema = z.strictObject({
  /** Stable identifier, `column=value` joined with ` & ` for intersectional categories; exclusions name it. */
  id: z.string().max(2000),
  name: z.string().max(2000),
  values: z.array(z.string().max(500)),
  count: Count,
  selected: Count,
  rate: Rate,
  /** Share of the analysed records, for the 2% exclusion rule. */
  share: Rate,
  isReference: z.boolean(),
  /** Rate divided by the reference rate; null when the category is excluded or no category has anyone selected. */
  impactRatio: z.number().min(0).nullable(),
  /** True when the impact ratio is below 0.8 (exactly 0.8 is not below); null when there is no ratio. */
  flag: z.boolean().nullable(),
  test: SignificanceTestSchema.nullable(),
  /** True when one more or one fewer selected person, here or in the reference category, would reverse the flag. */
  fragile: z.boolean().nullable(),
  /** The first such change and the impact ratio it would give. */
  fragility: z.strictObject({ change: z.enum(FragilityChanges), impactRatio: z.number().min(0) }).nullable(),
  excluded: z.strictObject({ reason: z.string().min(1).max(2000) }).nullable(),
});
export type BiasCategory = z.infer<typeof BiasCategorySchema>;

export const BiasComparisonSchema = z.strictObject({
  /** A group column, or "intersectional" for all group columns combined. */
  attribute: z.string().max(2000),
  intersectional: z.boolean(),
  referenceId: z.string().max(2000).nullable(),
  /** Why impact ratios could not be computed, if they could not. */
  ratiosUndefined: z.enum(['no-one-selected', 'all-excluded']).nullable(),
  /** Analysed records whose value for this attribute is blank or unknown (listed here, left out of the categories). */
  unknown: Count,
  categories: z.array(BiasCategorySchema),
});
export type BiasComparison = z.infer<typeof BiasComparisonSchema>;

export const BiasAuditResultSchema = z.strictObject({
  instrument: z.literal('bias-audit'),
  version: z.literal(BiasAuditVersion),
  mapping: BiasMappingSchema,
  options: z.strictObject({
    threshold: z.literal(0.8),
    significanceLevel: z.number().gt(0).lt(1),
    unknownValues: z.array(z.string().max(200)).max(50),
    exclusions: z.array(z.strictObject({ category: z.string().max(2000), reason: z.string().min(1).max(2000) })).max(500),
  }),
  inputs: z.strictObject({
    /** Data rows in the file (the header not counted). */
    rows: Count,
    /** People in the file: rows, or the sum of the count column. */
    records: Count,
    /** People with a usable outcome: the basis of every rate. */
    analysed: Count,
    outcomeMissing: Count,
    outcomeUnparseable: Count,
    /** Lines of the file whose outcome was blank or unreadable (at most 20). */
    problemLines: z.array(z.number().int().min(1)).max(20),
    /** Distinct outcome values seen, with what they were taken to mean (per-person yes/no outcomes; at most 50). */
    outcomeValues: z.array(z.strictObject({ value: z.string().max(200), count: Count, meaning: z.enum(['selected', 'not-selected', 'unparseable']) })).max(50),
    /** Score outcomes: the median of every usable score, and how many scores equal it (they count as not above). */
    median: z.number().nullable(),
    atMedian: Count.nullable(),
  }),
  comparisons: z.array(BiasComparisonSchema),
  summary: z.strictObject({ categories: Count, belowFourFifths: Count, significant: Count, fragile: Count }),
  caveat: LocalizedSchema,
});
export type BiasAuditResult = z.infer<typeof BiasAuditResultSchema>;
