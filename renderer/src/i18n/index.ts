// Runs in the renderer. UI strings in every supported language; pack texts carry their own translations.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../shared/i18n/localized';
import en from './en.json';
import ko from './ko.json';

export const uiStrings = { en, ko } as const;

export async function startI18n(lang: Language): Promise<void> {
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, ko: { translation: ko } },
    lng: lang,
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = lang;
  i18next.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
}

/** The browser's language if we have it, else English: the first run before any choice is saved. */
export function preferredLanguage(): Language {
  return navigator.languages.some((l) => l.toLowerCase().startsWith('ko')) ? 'ko' : 'en';
}

const localeTags: Record<Language, string> = { en: 'en-GB', ko: 'ko-KR' };

/** Calendar dates (`YYYY-MM-DD`) in the user's language, read as local dates, not UTC instants. */
/** Building an Intl formatter is slow (lists format hundreds of dates); one per language is kept. */
const dateFormats = new Map<Language, Intl.DateTimeFormat>();

export function formatDate(isoDate: string, lang: Language): string {
  if (!isoDate) return '';
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  let format = dateFormats.get(lang);
  if (!format) dateFormats.set(lang, (format = new Intl.DateTimeFormat(localeTags[lang], { dateStyle: 'medium' })));
  return format.format(new Date(y, m - 1, d));
}

export function formatDateTime(isoInstant: string, lang: Language): string {
  return new Intl.DateTimeFormat(localeTags[lang], { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(isoInstant));
}
