// Runs in the renderer. A body-region select: the built-in regions by body area in the user's language, then the table's own regions.
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { BodyRegions } from '../../../../../shared/instruments/cobot/bodyRegions';
import type { PflLimitsTable } from '../../../../../shared/instruments/cobot/limitsTable';
import type { Language } from '../../../../../shared/i18n/localized';
import { useLang } from '../../../hooks/useAssessment';

type Props = {
  readonly id?: string;
  readonly value: string;
  readonly onChange: (region: string) => void;
  readonly customRegions: PflLimitsTable['customRegions'];
  readonly label?: string;
  readonly invalid?: boolean;
};

const areas = (lang: Language): [string, typeof BodyRegions][] => {
  const byArea = new Map<string, (typeof BodyRegions)[number][]>();
  for (const r of BodyRegions) byArea.set(r.group[lang], [...(byArea.get(r.group[lang]) ?? []), r]);
  return [...byArea];
};

export function regionName(region: string, customRegions: PflLimitsTable['customRegions'], lang: Language): string {
  return BodyRegions.find((r) => r.id === region)?.name[lang] ?? customRegions.find((r) => r.id === region)?.name[lang] ?? region;
}

export function RegionSelect({ id, value, onChange, customRegions, label, invalid }: Props): ReactElement {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <select id={id} value={value} aria-label={label} aria-invalid={invalid || undefined} onChange={(e) => onChange(e.target.value)}>
      <option value="">{t('instruments.cobot.pfl.chooseRegion')}</option>
      {areas(lang).map(([area, regions]) => (
        <optgroup key={area} label={area}>
          {regions.map((r) => (
            <option key={r.id} value={r.id}>
              {r.number}. {r.name[lang]}
            </option>
          ))}
        </optgroup>
      ))}
      {customRegions.length > 0 && (
        <optgroup label={t('instruments.cobot.pfl.tableRegions')}>
          {customRegions.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name[lang]}
            </option>
          ))}
        </optgroup>
      )}
    </select>
  );
}
