// Runs everywhere (pure). What a psychosocial questionnaire is: versioned data of scales and items, validated when defined.
import { z } from 'zod';
import { LocalizedSchema } from '../../i18n/localized';

export const QuestionnaireIds = ['jointcheck-ai-psychosocial', 'hse-indicator'] as const;
export type QuestionnaireId = (typeof QuestionnaireIds)[number];

/** Every item is answered on 1-5; reverse-keyed items are turned round (6 - answer) so that higher is better. */
export const AnswerMin = 1;
export const AnswerMax = 5;

const Slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);

export const SurveyItemSchema = z.strictObject({
  /** Stable: responses are stored against it. A published item id never changes meaning. */
  id: Slug,
  /** Position in the questionnaire (the HSE tool's item number). */
  number: z.number().int().min(1),
  /** Agreement means worse, so the answer is reversed before scoring. */
  reverse: z.boolean(),
  /** The item's wording; null where its wording is not ours to ship (the HSE tool, Crown copyright). */
  text: LocalizedSchema.nullable(),
});
export type SurveyItem = z.infer<typeof SurveyItemSchema>;

export const SurveyScaleSchema = z.strictObject({
  id: Slug,
  name: LocalizedSchema,
  /** A short markdown paragraph: what the scale covers and what a high score means. */
  description: LocalizedSchema,
  items: z.array(SurveyItemSchema).min(3).max(8),
});
export type SurveyScale = z.infer<typeof SurveyScaleSchema>;

export const QuestionnaireSchema = z
  .strictObject({
    id: z.enum(QuestionnaireIds),
    version: z.number().int().min(1),
    name: LocalizedSchema,
    source: LocalizedSchema,
    /** Labels for 1..5, or null where the scale's anchors are not ours to ship. */
    answerLabels: z.array(LocalizedSchema).length(5).nullable(),
    /** How CSV columns name the items: by item id, or by item number (q1..q35 or 1..35). */
    columns: z.enum(['item-ids', 'item-numbers']),
    scales: z.array(SurveyScaleSchema).min(1),
  })
  .superRefine((q, ctx) => {
    const items = q.scales.flatMap((s) => s.items);
    const ids = new Set(items.map((i) => i.id));
    const numbers = new Set(items.map((i) => i.number));
    if (ids.size !== items.length) ctx.addIssue({ code: 'custom', message: 'item ids must be unique' });
    if (numbers.size !== items.length || Math.max(...numbers) !== items.length) ctx.addIssue({ code: 'custom', message: 'item numbers must run 1..n without gaps' });
  });
export type Questionnaire = z.infer<typeof QuestionnaireSchema>;

export function questionnaireItems(questionnaire: Questionnaire): SurveyItem[] {
  return questionnaire.scales.flatMap((s) => s.items).sort((a, b) => a.number - b.number);
}
