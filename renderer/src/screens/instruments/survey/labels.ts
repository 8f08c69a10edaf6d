// Runs in the renderer. Names used by every survey view and the CSV export: groups, scales, hidden cells.
import type { TFunction } from 'i18next';
import type { Language } from '../../../../../shared/i18n/localized';
import type { Questionnaire } from '../../../../../shared/instruments/survey/questionnaire';
import type { SurveyResult } from '../../../../../shared/instruments/survey/result';

type Group = SurveyResult['overall'];

export function groupName(group: Pick<Group, 'group'>, overall: boolean, t: TFunction): string {
  if (overall) return t('instruments.survey.allRespondents');
  return group.group ?? t('instruments.survey.noGroup');
}

export function scaleName(questionnaire: Questionnaire, scaleId: string, lang: Language): string {
  return questionnaire.scales.find((s) => s.id === scaleId)?.name[lang] ?? scaleId;
}

/** The words that stand where a suppressed figure would be: never the figure, never the group's size. */
export function hiddenText(reason: 'fewer-than-minimum' | 'differencing', min: number, t: TFunction): string {
  return reason === 'fewer-than-minimum' ? t('instruments.survey.hiddenFewer', { min }) : t('instruments.survey.hiddenDifferencing');
}
