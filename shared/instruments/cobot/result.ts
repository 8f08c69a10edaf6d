// Runs everywhere (pure). The stored shapes of the cobot checks (force/pressure comparison, separation distance): plain JSON, validated on read.
import { z } from 'zod';
import { LocalizedSchema } from '../../i18n/localized';
import { ContactTypes } from './bodyRegions';

export const CobotResultVersion = 1;

const NonNegative = z.number().min(0);

export const QuantityCheckSchema = z.strictObject({
  quantity: z.enum(['force', 'pressure']),
  unit: z.enum(['N', 'N/cm²']),
  measured: NonNegative.nullable(),
  limit: z.number().positive().nullable(),
  /** Which of the table's values was used: the general one, the one for the sex asked for, or the lower of the two by sex. */
  limitBasis: z.enum(['general', 'female', 'male', 'lower-of-female-and-male']).nullable(),
  verdict: z.enum(['pass', 'fail', 'no-limit', 'not-measured']),
  /** limit − measured: positive is room to spare, negative is the excess. */
  marginAbsolute: z.number().nullable(),
  /** The same as a percentage of the limit. */
  marginPercent: z.number().nullable(),
});
export type QuantityCheck = z.infer<typeof QuantityCheckSchema>;

export const CobotPflResultSchema = z.strictObject({
  instrument: z.literal('cobot-pfl'),
  version: z.literal(CobotResultVersion),
  table: z.strictObject({
    sourceName: z.string().max(500),
    licence: z.string().max(200),
    url: z.string().max(2000).nullable(),
    example: z.boolean(),
  }),
  sex: z.enum(['female', 'male']).nullable(),
  measurements: z.array(
    z.strictObject({
      label: z.string().max(200).nullable(),
      region: z.string().max(64),
      regionName: LocalizedSchema,
      contact: z.enum(ContactTypes),
      /** fail if any quantity fails; incomplete if none fails but one has no limit in the table. */
      verdict: z.enum(['pass', 'fail', 'incomplete']),
      force: QuantityCheckSchema,
      pressure: QuantityCheckSchema,
    }),
  ),
  summary: z.strictObject({ measurements: z.number().int().min(0), pass: z.number().int().min(0), fail: z.number().int().min(0), incomplete: z.number().int().min(0) }),
  caveat: LocalizedSchema,
});
export type CobotPflResult = z.infer<typeof CobotPflResultSchema>;

export const SsmTermSchema = z.strictObject({
  symbol: z.enum(['S_h', 'S_r', 'S_s', 'C', 'Z_d', 'Z_r']),
  valueMm: NonNegative,
  formula: z.string().max(200),
  explanation: LocalizedSchema,
});
export type SsmTerm = z.infer<typeof SsmTermSchema>;

export const CobotSsmResultSchema = z.strictObject({
  instrument: z.literal('cobot-ssm'),
  version: z.literal(CobotResultVersion),
  inputs: z.strictObject({
    humanSpeedMmS: z.number().positive(),
    humanSpeedSource: z.enum(['given', 'iso13855-walking', 'iso13855-reaching']),
    robotSpeedMmS: NonNegative,
    reactionTimeS: NonNegative,
    stoppingTimeS: NonNegative,
    stoppingDistanceMm: NonNegative,
    intrusionDistanceMm: NonNegative,
    humanPositionUncertaintyMm: NonNegative,
    robotPositionUncertaintyMm: NonNegative,
    actualSeparationMm: NonNegative.nullable(),
  }),
  terms: z.array(SsmTermSchema).length(6),
  /** S_p = S_h + S_r + S_s + C + Z_d + Z_r, in millimetres. */
  protectiveSeparationMm: NonNegative,
  /** Whether the separation the application keeps is at least S_p; null when none was given. */
  verdict: z.enum(['sufficient', 'insufficient']).nullable(),
  source: LocalizedSchema,
});
export type CobotSsmResult = z.infer<typeof CobotSsmResultSchema>;
