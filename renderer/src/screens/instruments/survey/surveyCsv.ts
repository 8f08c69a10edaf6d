// Runs in the renderer. A survey's results as a spreadsheet: built from the scored result, so hidden groups and cells carry no figure.
import type { TFunction } from 'i18next';
import type { Language } from '../../../../../shared/i18n/localized';
import type { Questionnaire } from '../../../../../shared/instruments/survey/questionnaire';
import type { SurveyResult } from '../../../../../shared/instruments/survey/result';
import { csvDocument } from '../../../../../shared/record/csv';
import { formatPercent } from '../format';
import { groupName, hiddenText, scaleName } from './labels';

/**
 * One row per group and scale, each carrying the survey's questionnaire, response count, response rate and
 * minimum group size (a tidy table a spreadsheet can filter). The result already holds no number for a
 * suppressed group or cell (scoreSurvey leaves them out), so nothing written here can reveal one; a hidden
 * group is a single row saying why.
 */
export function surveyResultCsv(result: SurveyResult, questionnaire: Questionnaire, lang: Language, t: TFunction): string {
  const min = result.options.minGroupSize;
  const rate = result.responseRate ? `${formatPercent(result.responseRate.rate, lang, 0)} (${t(`instruments.survey.band.${result.responseRate.band}`)})` : '';
  const survey = [`${questionnaire.name[lang]} (v${questionnaire.version})`, String(result.responses), rate, String(min)];
  const header = ['questionnaire', 'responses', 'responseRate', 'minGroupSize', 'group', 'scale', 'respondents', 'mean', 'sd', 'needs_action', 'note'].map((c) => t(`instruments.survey.csv.${c}`));
  const rows: string[][] = [];
  const threshold = result.options.lowScoreThreshold;
  [result.overall, ...result.groups].forEach((group, index) => {
    const name = groupName(group, index === 0, t);
    if (group.suppressed) {
      rows.push([...survey, name, '', '', '', '', '', hiddenText(group.reason, min, t)]);
      return;
    }
    for (const cell of group.scales) {
      const scale = scaleName(questionnaire, cell.scaleId, lang);
      if (cell.suppressed) rows.push([...survey, name, scale, '', '', '', '', hiddenText(cell.reason, min, t)]);
      else rows.push([...survey, name, scale, String(cell.n), cell.mean.toFixed(2), cell.sd.toFixed(2), cell.mean < threshold ? t('instruments.survey.csv.yes') : '', '']);
    }
  });
  return csvDocument([header, ...rows]);
}
