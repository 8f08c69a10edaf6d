// Runs everywhere (pure). The stored shape of a psychosocial survey result: plain JSON with no figure for any suppressed group or cell.
import { z } from 'zod';
import { LocalizedSchema } from '../../i18n/localized';
import { QuestionnaireIds } from './questionnaire';

export const SurveyResultVersion = 1;

const Count = z.number().int().min(0);
const Score = z.number().min(1).max(5);

export const SuppressionReasons = ['fewer-than-minimum', 'differencing'] as const;

/** A suppressed group or cell: its reason and message only, never a number that belongs to it. */
const SuppressedSchema = z.strictObject({
  suppressed: z.literal(true),
  reason: z.enum(SuppressionReasons),
  message: LocalizedSchema,
});

export const ScaleCellSchema = z.union([
  z.strictObject({
    scaleId: z.string().max(64),
    suppressed: z.literal(false),
    /** Respondents with a score on this scale (at least half its items answered). */
    n: Count,
    mean: Score,
    sd: z.number().min(0),
    /** Respondents whose scale score rounds to 1, 2, 3, 4 and 5 (halves round up). */
    distribution: z.array(Count).length(5),
  }),
  SuppressedSchema.extend({ scaleId: z.string().max(64) }),
]);
export type ScaleCell = z.infer<typeof ScaleCellSchema>;

export const SurveyGroupSchema = z.union([
  z.strictObject({
    /** The group's value; null for respondents who gave none. */
    group: z.string().max(100).nullable(),
    suppressed: z.literal(false),
    respondents: Count,
    scales: z.array(ScaleCellSchema),
  }),
  SuppressedSchema.extend({ group: z.string().max(100).nullable() }),
]);
export type SurveyGroup = z.infer<typeof SurveyGroupSchema>;

export const ResponseRateBands = ['low', 'adequate', 'desirable', 'good', 'very-good'] as const;
export type ResponseRateBand = (typeof ResponseRateBands)[number];

export const SurveyResultSchema = z.strictObject({
  instrument: z.literal('psychosocial-survey'),
  version: z.literal(SurveyResultVersion),
  questionnaire: z.strictObject({ id: z.enum(QuestionnaireIds), version: z.number().int().min(1) }),
  options: z.strictObject({
    minGroupSize: z.number().int().min(5),
    lowScoreThreshold: Score,
    invited: z.number().int().min(1).nullable(),
    /** The CSV column the groups came from, if any. */
    groupColumn: z.string().max(200).nullable(),
  }),
  responses: Count,
  responseRate: z.strictObject({ invited: z.number().int().min(1), rate: z.number().min(0).max(1), band: z.enum(ResponseRateBands) }).nullable(),
  overall: SurveyGroupSchema,
  /** Empty when the responses carry no groups. */
  groups: z.array(SurveyGroupSchema),
  /** Scales whose mean is below the threshold, overall (group null) and in each group shown. */
  needsAction: z.array(z.strictObject({ scaleId: z.string().max(64), group: z.string().max(100).nullable(), overall: z.boolean(), mean: Score })),
  /** How the responses were read, when they came from a file. */
  inputs: z
    .strictObject({
      rows: Count,
      emptyRows: Count,
      invalidAnswers: Count,
      missingItems: z.array(z.string().max(64)),
      ignoredColumns: z.array(z.string().max(200)),
    })
    .nullable(),
  suppressionNote: LocalizedSchema,
});
export type SurveyResult = z.infer<typeof SurveyResultSchema>;
