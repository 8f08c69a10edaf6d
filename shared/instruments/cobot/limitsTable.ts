// Runs everywhere (pure). A user-loadable table of body-region force and pressure limits, with its source and licence, validated with clear errors.
/*
 * JointCheck ships no limit values: the ISO table is copyrighted, many public copies carry wrong numbers, and
 * we could not verify the openly licensed values of Behrens et al. (2022) here. A committee loads the table it
 * has the right to use, and every comparison names that table's source. A table marked `example` holds values
 * for trying the tool out only, and every result made with it says so.
 */
import { z } from 'zod';
import { BodyRegions, ContactTypes } from './bodyRegions';

export const PflLimitsFormat = 'jointcheck-pfl-limits';
export const PflLimitsVersion = 1;

const Limit = z.number().positive().max(100_000).nullable().default(null);

const SexLimitsSchema = z.strictObject({ maxForceN: Limit, maxPressureNcm2: Limit }).nullable().default(null);

export const PflLimitRowSchema = z.strictObject({
  region: z.string().min(1).max(64),
  contact: z.enum(ContactTypes),
  /** Newtons. */
  maxForceN: Limit,
  /** Newtons per square centimetre. */
  maxPressureNcm2: Limit,
  /** Where the source gives separate limits by sex. */
  female: SexLimitsSchema,
  male: SexLimitsSchema,
});
export type PflLimitRow = z.infer<typeof PflLimitRowSchema>;

export const PflLimitsTableSchema = z
  .strictObject({
    format: z.literal(PflLimitsFormat),
    formatVersion: z.literal(PflLimitsVersion),
    source: z.strictObject({
      name: z.string().trim().min(1).max(500),
      /** The licence under which the values may be used, e.g. "CC BY 4.0". */
      licence: z.string().trim().min(1).max(200),
      url: z.string().max(2000).nullable().default(null),
      citation: z.string().max(2000).nullable().default(null),
    }),
    /** True for a table of made-up values that only shows the format: not for use. */
    example: z.boolean(),
    note: z.string().max(4000).nullable().default(null),
    /** Body locations of the source that are not in the built-in list (a study may use its own). */
    customRegions: z.array(z.strictObject({ id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/), name: z.strictObject({ en: z.string().min(1).max(200), ko: z.string().min(1).max(200) }) })).max(200).default([]),
    limits: z.array(PflLimitRowSchema).max(1000),
  })
  .superRefine((table, ctx) => {
    const known = new Set([...BodyRegions.map((r) => r.id), ...table.customRegions.map((r) => r.id)]);
    const seen = new Set<string>();
    table.limits.forEach((row, i) => {
      if (!known.has(row.region)) {
        ctx.addIssue({ code: 'custom', path: ['limits', i, 'region'], message: `"${row.region}" is not a body region. Use a built-in id (${BodyRegions.slice(0, 4).map((r) => r.id).join(', ')}, …) or declare it under customRegions.` });
      }
      const key = `${row.region}/${row.contact}`;
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['limits', i], message: `${row.region} with ${row.contact} contact appears twice; keep one row per region and contact type.` });
      seen.add(key);
      const values = [row.maxForceN, row.maxPressureNcm2, row.female?.maxForceN, row.female?.maxPressureNcm2, row.male?.maxForceN, row.male?.maxPressureNcm2];
      if (values.every((v) => v === null || v === undefined)) ctx.addIssue({ code: 'custom', path: ['limits', i], message: 'the row gives no limit; give a maximum force, a maximum pressure, or both.' });
    });
  });
export type PflLimitsTable = z.infer<typeof PflLimitsTableSchema>;

export type PflTableCheck = { readonly ok: true; readonly table: PflLimitsTable } | { readonly ok: false; readonly errors: readonly string[] };

/** Reads a limits table from JSON text or an already parsed value; each error names where it is and what to do. */
export function parsePflLimitsTable(input: unknown): PflTableCheck {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (error) {
      return { ok: false, errors: [`The limits table is not valid JSON (${error instanceof Error ? error.message : String(error)}).`] };
    }
  }
  // Another kind of file, or a newer table: one sentence saying so, rather than every field that differs.
  const head = typeof value === 'object' && value !== null ? (value as { format?: unknown; formatVersion?: unknown }) : {};
  if (head.format !== PflLimitsFormat) return { ok: false, errors: [`This is not a limits table: a limits table is JSON with "format": "${PflLimitsFormat}". Choose such a file, or start an empty table here and enter its values.`] };
  const version = head.formatVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > PflLimitsVersion) {
    return { ok: false, errors: [`This limits table is format version ${version}, newer than this JointCheck reads (${PflLimitsVersion}). Update JointCheck to load it.`] };
  }
  const parsed = PflLimitsTableSchema.safeParse(value);
  if (parsed.success) return { ok: true, table: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((issue) => {
      const where = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
      return `${where || 'table'}: ${issue.message}`;
    }),
  };
}

/** An empty table to fill in, with the source the user names. */
export function emptyPflLimitsTable(source: { readonly name: string; readonly licence: string; readonly url?: string | null }): PflLimitsTable {
  return {
    format: PflLimitsFormat,
    formatVersion: PflLimitsVersion,
    source: { name: source.name, licence: source.licence, url: source.url ?? null, citation: null },
    example: false,
    note: null,
    customRegions: [],
    limits: [],
  };
}
