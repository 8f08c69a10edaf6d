// Runs in the renderer. Chooses one item of the assessment's checklists, grouped by checklist, with a suggested item preselected.
import { type ReactElement, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemRef } from '../../../../shared/domain/record';
import { currentPacks } from '../../../../shared/packs/registry';
import type { Pack } from '../../../../shared/packs/schema';
import { ItemOptions } from '../../components/ItemOptions';
import { useLang } from '../../hooks/useAssessment';
import { itemKey, itemPlaces } from '../actions/actionPlan';

type Props = {
  readonly packs: readonly Pack[];
  /** `packId/itemId` of the chosen item. */
  readonly value: string;
  readonly onChange: (key: string) => void;
  readonly label: string;
  /** The item the result asks for: when its checklist is not part of the assessment, the picker says so. */
  readonly suggested: NonNullable<ItemRef>;
};

/** The suggested item if the assessment has it, else the first item of its checklist, else the first item at all. */
export function initialItemKey(packs: readonly Pack[], suggested: NonNullable<ItemRef>): string {
  const places = itemPlaces(packs);
  if (places.has(itemKey(suggested))) return itemKey(suggested);
  const samePack = [...places.keys()].find((key) => key.startsWith(`${suggested.packId}/`));
  return samePack ?? [...places.keys()][0] ?? '';
}

export function refFromKey(key: string): NonNullable<ItemRef> | null {
  const [packId, itemId] = key.split('/');
  return packId && itemId ? { packId, itemId } : null;
}

export function ItemPicker({ packs, value, onChange, label, suggested }: Props): ReactElement {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  const places = itemPlaces(packs);
  const missingPack = !packs.some((p) => p.id === suggested.packId) ? (currentPacks().find((p) => p.id === suggested.packId) ?? null) : null;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {missingPack && (
        <p className="hint" id={`${id}-hint`}>
          {t('instruments.save.packMissing', { pack: missingPack.title[lang] })}
        </p>
      )}
      {places.size === 0 ? (
        <p className="warning-text">{t('instruments.save.noItems')}</p>
      ) : (
        <select id={id} value={value} onChange={(e) => onChange(e.target.value)} aria-describedby={missingPack ? `${id}-hint` : undefined}>
          <ItemOptions places={places} lang={lang} />
        </select>
      )}
    </div>
  );
}
