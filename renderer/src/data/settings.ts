// Runs in the renderer. User preferences kept in the local database beside the data they describe.
import { isLanguage, type Language } from '../../../shared/i18n/localized';
import { type Actor, ActorSchema } from '../../../shared/domain/record';
import { database } from './database';

const LanguageKey = 'language';

export async function savedLanguage(): Promise<Language | null> {
  const row = await database().settings.get(LanguageKey);
  return isLanguage(row?.value) ? row.value : null;
}

export async function saveLanguage(lang: Language): Promise<void> {
  await database().settings.put({ key: LanguageKey, value: lang });
}

const ActorKey = 'actor';

/** The member using this computer, named in what they add; null until they say who they are. */
export async function savedActor(): Promise<Actor | null> {
  const parsed = ActorSchema.safeParse((await database().settings.get(ActorKey))?.value);
  return parsed.success ? parsed.data : null;
}

export async function saveActor(actor: Actor): Promise<void> {
  await database().settings.put({ key: ActorKey, value: ActorSchema.parse(actor) });
}
