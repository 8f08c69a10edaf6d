// Runs in the renderer. Numbers, rates and p-values of the instruments in the user's language, and shared messages in it.
import type { Language } from '../../../../shared/i18n/localized';

const Locales: Record<Language, string> = { en: 'en-GB', ko: 'ko-KR' };

export function formatNumber(x: number, lang: Language, digits = 0): string {
  return new Intl.NumberFormat(Locales[lang], { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(x);
}

/** A share (0-1) as a percentage. */
export function formatPercent(x: number, lang: Language, digits = 1): string {
  return new Intl.NumberFormat(Locales[lang], { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(x);
}

/** p-values below 0.001 are not worth more digits than that. */
export function formatP(p: number, lang: Language): string {
  return p < 0.001 ? `< ${formatNumber(0.001, lang, 3)}` : formatNumber(p, lang, 3);
}

/**
 * The instruments' own messages are English and precise (column names, line numbers); in another language
 * the screen gives its translated message, with the English detail kept for whoever helps.
 */
export function inLanguage(lang: Language, english: string, translated: string): string {
  return lang === 'en' ? english : `${translated} (${english})`;
}
