// Runs everywhere (pure). Text that ships in both supported languages.
import { z } from 'zod';

export const Languages = ['en', 'ko'] as const;
export type Language = (typeof Languages)[number];

/** A text in every supported language; both must be non-empty so no screen or report shows a gap. */
export const LocalizedSchema = z.strictObject({
  en: z.string().trim().min(1).max(4000),
  ko: z.string().trim().min(1).max(4000),
});
export type Localized = z.infer<typeof LocalizedSchema>;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (Languages as readonly string[]).includes(value);
}
