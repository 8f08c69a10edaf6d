// Runs everywhere (pure). The checklist pack format: versioned data validated on every load.
import { z } from 'zod';
import { LocalizedSchema } from '../i18n/localized';

/** Domains the app groups packs under; order is the walk-through order. */
export const Domains = ['participation', 'surveillance', 'cobots', 'psychosocial', 'bias'] as const;
export type Domain = (typeof Domains)[number];

/** Stable ids: lower-case words joined by hyphens, digits allowed (e.g. `sam-01`). */
const IdSchema = z.string().regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'ids are lower-case words joined by hyphens').max(64);

/** The standard answer set; packs write questions so that "yes" means the safeguard is in place. */
export const StandardAnswers = ['yes', 'partly', 'no', 'na', 'unknown'] as const;
export type StandardAnswer = (typeof StandardAnswers)[number];

export const AnswerTypeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('standard') }),
  z.strictObject({
    kind: z.literal('choice'),
    options: z
      .array(z.strictObject({ id: IdSchema, label: LocalizedSchema, concern: z.boolean() }))
      .min(2)
      .max(12),
  }),
  z.strictObject({ kind: z.literal('number'), unit: LocalizedSchema.optional(), min: z.number().optional(), max: z.number().optional() }),
  z.strictObject({ kind: z.literal('text') }),
]);
export type AnswerType = z.infer<typeof AnswerTypeSchema>;

export const ControlTypes = ['eliminate', 'substitute', 'engineer', 'organise', 'inform-train', 'ppe'] as const;

export const InstrumentSchema = z.strictObject({
  id: IdSchema,
  title: LocalizedSchema,
  /** Formal citation, e.g. "Regulation (EU) 2024/1689". */
  citation: z.string().min(1).max(300),
});

export const ReferenceSchema = z.strictObject({
  instrument: IdSchema,
  /** Article, clause or section within the instrument, e.g. "Art. 26(7)". */
  provision: z.string().min(1).max(120),
});
export type Reference = z.infer<typeof ReferenceSchema>;

export const ItemSchema = z.strictObject({
  id: IdSchema,
  question: LocalizedSchema,
  guidance: LocalizedSchema,
  answerType: AnswerTypeSchema,
  references: z.array(ReferenceSchema).min(1).max(8),
  riskHint: LocalizedSchema,
  /** Suggested severity (1-5 on the default matrix) when the answer shows a gap. */
  severityHint: z.number().int().min(1).max(5),
  measures: z
    .array(z.strictObject({ control: z.enum(ControlTypes), text: LocalizedSchema }))
    .min(1)
    .max(8),
});
export type Item = z.infer<typeof ItemSchema>;

export const SectionSchema = z.strictObject({
  id: IdSchema,
  title: LocalizedSchema,
  items: z.array(ItemSchema).min(1).max(60),
});
export type Section = z.infer<typeof SectionSchema>;

export const PackSchema = z
  .strictObject({
    format: z.literal('jointcheck-pack'),
    formatVersion: z.literal(1),
    id: IdSchema,
    version: z.number().int().min(1).max(999),
    domain: z.enum(Domains),
    title: LocalizedSchema,
    description: LocalizedSchema,
    instruments: z.array(InstrumentSchema).min(1).max(60),
    sections: z.array(SectionSchema).min(1).max(30),
  })
  .superRefine((pack, ctx) => {
    const instrumentIds = new Set(pack.instruments.map((i) => i.id));
    const seen = new Set<string>();
    for (const section of pack.sections) {
      for (const item of section.items) {
        if (seen.has(item.id)) ctx.addIssue({ code: 'custom', message: `item id "${item.id}" is used twice` });
        seen.add(item.id);
        for (const ref of item.references) {
          if (!instrumentIds.has(ref.instrument)) {
            ctx.addIssue({ code: 'custom', message: `item "${item.id}" cites unknown instrument "${ref.instrument}"` });
          }
        }
      }
    }
  });
export type Pack = z.infer<typeof PackSchema>;

/** The id and version an assessment was answered against. */
export type PackRef = { readonly packId: string; readonly version: number };

export function packItems(pack: Pack): Item[] {
  return pack.sections.flatMap((s) => s.items);
}
