// Runs in the renderer. The <option>s of a checklist-item picker, grouped by checklist, each with its number.
import type { ReactElement } from 'react';
import type { Language } from '../../../shared/i18n/localized';
import type { Pack } from '../../../shared/packs/schema';
import type { ItemPlace } from '../screens/actions/actionPlan';

export function ItemOptions({ places, lang }: { places: ReadonlyMap<string, ItemPlace>; lang: Language }): ReactElement {
  const byPack = new Map<Pack, [string, ItemPlace][]>();
  for (const entry of places) byPack.set(entry[1].pack, [...(byPack.get(entry[1].pack) ?? []), entry]);
  return (
    <>
      {[...byPack].map(([pack, entries]) => (
        <optgroup key={pack.id} label={pack.title[lang]}>
          {entries.map(([key, p]) => (
            <option key={key} value={key}>
              {p.number} {p.item.question[lang]}
            </option>
          ))}
        </optgroup>
      ))}
    </>
  );
}
