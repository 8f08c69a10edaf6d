// Runs in the renderer. User preferences kept in the local database beside the data they describe.
import { isLanguage, type Language } from '../../../shared/i18n/localized';
import { database } from './database';

const LanguageKey = 'language';

export async function savedLanguage(): Promise<Language | null> {
  const row = await database().settings.get(LanguageKey);
  return isLanguage(row?.value) ? row.value : null;
}

export async function saveLanguage(lang: Language): Promise<void> {
  await database().settings.put({ key: LanguageKey, value: lang });
}
