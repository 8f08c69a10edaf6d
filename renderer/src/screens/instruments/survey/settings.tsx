// Runs in the renderer. A survey's settings as typed (number invited, minimum group size, groups), read and checked the same way everywhere.
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { SmallestMinGroupSize, type SurveySettings, type SurveySettingsProblem, surveySettingsProblem } from '../../../data/surveys';

/** A whole number as typed, or null for anything else (so "7.5" or "ten" never becomes a setting). */
export function parseWhole(text: string): number | null {
  return /^\s*\d{1,7}\s*$/.test(text) ? Number(text) : null;
}

/** One group per line, blank lines dropped, each named once. */
export function parseGroups(text: string): string[] {
  return [...new Set(text.split('\n').map((g) => g.trim()).filter((g) => g !== ''))];
}

export type SettingsText = { readonly invited: string; readonly minGroupSize: string; readonly groups: string };

export function settingsText(s: Pick<SurveySettings, 'invited' | 'minGroupSize' | 'groups'>): SettingsText {
  return { invited: s.invited === null ? '' : String(s.invited), minGroupSize: String(s.minGroupSize), groups: s.groups.join('\n') };
}

/** The settings the text stands for, or the first problem with it (a minimum below 5 is refused, never rounded up). */
export function readSettings(text: SettingsText): { ok: true; settings: Pick<SurveySettings, 'invited' | 'minGroupSize' | 'groups'> } | { ok: false; problem: SurveySettingsProblem } {
  const minGroupSize = parseWhole(text.minGroupSize) ?? Number.NaN;
  const invited = text.invited.trim() === '' ? null : (parseWhole(text.invited) ?? Number.NaN);
  const settings = { invited, minGroupSize, groups: parseGroups(text.groups) };
  const problem = surveySettingsProblem(settings);
  return problem ? { ok: false, problem } : { ok: true, settings };
}

type Props = {
  readonly ids: string;
  readonly text: SettingsText;
  readonly onChange: (text: SettingsText) => void;
};

export function SettingsInputs({ ids, text, onChange }: Props): ReactElement {
  const { t } = useTranslation();
  const { invited, minGroupSize, groups } = text;
  const onInvited = (value: string): void => onChange({ ...text, invited: value });
  const onMinGroupSize = (value: string): void => onChange({ ...text, minGroupSize: value });
  const onGroups = (value: string): void => onChange({ ...text, groups: value });
  return (
    <div className="survey-settings">
      <div className="field">
        <label htmlFor={`${ids}-invited`}>{t('instruments.survey.invited')}</label>
        <p className="hint" id={`${ids}-invited-hint`}>
          {t('instruments.survey.invitedHint')}
        </p>
        <input id={`${ids}-invited`} inputMode="numeric" value={invited} aria-describedby={`${ids}-invited-hint`} onChange={(e) => onInvited(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${ids}-min`}>{t('instruments.survey.minGroupSize')}</label>
        <p className="hint" id={`${ids}-min-hint`}>
          {t('instruments.survey.minGroupSizeHint', { smallest: SmallestMinGroupSize })}
        </p>
        <input id={`${ids}-min`} type="number" min={SmallestMinGroupSize} step={1} value={minGroupSize} aria-describedby={`${ids}-min-hint`} onChange={(e) => onMinGroupSize(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${ids}-groups`}>{t('instruments.survey.groups')}</label>
        <p className="hint" id={`${ids}-groups-hint`}>
          {t('instruments.survey.groupsHint')}
        </p>
        <textarea id={`${ids}-groups`} rows={3} value={groups} aria-describedby={`${ids}-groups-hint`} onChange={(e) => onGroups(e.target.value)} />
      </div>
    </div>
  );
}
