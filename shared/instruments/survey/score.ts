// Runs everywhere (pure). Scores survey responses per scale, overall and per group, with the response rate and small-group suppression.
/*
 * Scoring: an item answered 1-5 is reversed (6 - answer) when it is reverse-keyed; a respondent's scale score
 * is the mean of their answered items of that scale, given only when at least half of them are answered. A
 * scale's summary is the number of such respondents, their mean, standard deviation (n - 1) and distribution.
 *
 * Suppression, applied wherever a figure is produced: a group, or a group's scale (a cell), with fewer than
 * the minimum number of respondents (default 10, never below 5) is shown as suppressed with no figure at all.
 * Against differencing: when exactly one group (or, for a scale, exactly one cell) is suppressed while the total
 * is shown, the next-smallest group (or cell) is suppressed too, so the hidden one cannot be found by
 * subtracting the others from the total. Respondents who gave no group count as a group of their own here.
 *
 * Needs action: a scale whose mean (overall, or in a group shown) is below 3.0, the midpoint of the 1-5 scale,
 * i.e. on average on the unfavourable side.
 */
import type { Localized } from '../../i18n/localized';
import type { Questionnaire } from './questionnaire';
import type { SurveyResponse } from './responses';
import { type ResponseRateBand, type ScaleCell, type SurveyGroup, type SurveyResult, SurveyResultVersion } from './result';

export const DefaultMinGroupSize = 10;
export const SmallestMinGroupSize = 5;
export const DefaultLowScoreThreshold = 3;

export type SurveyScoreOptions = {
  /** People invited to respond, for the response rate. */
  readonly invited?: number | null;
  readonly minGroupSize?: number;
  readonly lowScoreThreshold?: number;
  /** The CSV column the groups came from, recorded in the result. */
  readonly groupColumn?: string | null;
  /** How the responses were read from a file, recorded in the result. */
  readonly inputs?: SurveyResult['inputs'];
};

export type SurveyScoreError = { readonly code: 'bad-option' | 'wrong-questionnaire' | 'no-responses'; readonly message: string };
export type SurveyScoreOutcome = { readonly ok: true; readonly result: SurveyResult } | { readonly ok: false; readonly error: SurveyScoreError };

/** 50% adequate, 60% desirable, 70% good, 80% very good (HSE's bands); below 50% low. */
export function responseRateBand(rate: number): ResponseRateBand {
  if (rate >= 0.8) return 'very-good';
  if (rate >= 0.7) return 'good';
  if (rate >= 0.6) return 'desirable';
  if (rate >= 0.5) return 'adequate';
  return 'low';
}

/** Means of whole-number answers are rounded to 9 decimals so that 3.0 is never stored as 2.9999999999999996. */
const tidy = (x: number): number => Math.round(x * 1e9) / 1e9;

/** Each respondent's score per scale (null when fewer than half the scale's items are answered). */
export function scaleScores(questionnaire: Questionnaire, response: SurveyResponse): (number | null)[] {
  return questionnaire.scales.map((scale) => {
    const values = scale.items.flatMap((item) => {
      const answer = response.answers[item.id];
      return answer === undefined ? [] : [item.reverse ? 6 - answer : answer];
    });
    return values.length * 2 >= scale.items.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
  });
}

type Members = { readonly group: string | null; readonly scores: readonly (readonly (number | null)[])[] };

function suppressed(reason: 'fewer-than-minimum' | 'differencing', min: number): { suppressed: true; reason: typeof reason; message: Localized } {
  const message =
    reason === 'fewer-than-minimum'
      ? { en: `Suppressed, fewer than ${min} respondents.`, ko: `응답자가 ${min}명 미만이라 표시하지 않습니다.` }
      : { en: 'Suppressed so that a smaller hidden group cannot be worked out from the total.', ko: '숨긴 작은 집단의 값을 전체에서 빼서 알아낼 수 없도록 함께 숨겼습니다.' };
  return { suppressed: true, reason, message };
}

function summarise(values: readonly number[]): Omit<Extract<ScaleCell, { suppressed: false }>, 'scaleId' | 'suppressed'> {
  const n = values.length;
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const sd = n > 1 ? Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / (n - 1)) : 0;
  const distribution = [0, 0, 0, 0, 0];
  for (const v of values) distribution[Math.min(5, Math.floor(v + 0.5)) - 1]!++;
  return { n, mean: tidy(mean), sd: tidy(sd), distribution };
}

const scaleValues = (members: Members, s: number): number[] => members.scores.flatMap((row) => (row[s] === null ? [] : [row[s]!]));

/** Index of the smallest candidate by size (first in order on a tie), or null when there is none. */
function smallest(candidates: readonly number[], size: (i: number) => number): number | null {
  return candidates.reduce<number | null>((best, i) => (best === null || size(i) < size(best) ? i : best), null);
}

/** Scores the responses; refuses a minimum group size below 5 and more responses than people invited. */
export function scoreSurvey(questionnaire: Questionnaire, responses: readonly SurveyResponse[], options: SurveyScoreOptions = {}): SurveyScoreOutcome {
  const min = options.minGroupSize ?? DefaultMinGroupSize;
  const threshold = options.lowScoreThreshold ?? DefaultLowScoreThreshold;
  const invited = options.invited ?? null;
  if (!Number.isInteger(min) || min < SmallestMinGroupSize) {
    return { ok: false, error: { code: 'bad-option', message: `The minimum group size must be a whole number of at least ${SmallestMinGroupSize} (asked: ${min}); smaller groups could identify respondents.` } };
  }
  if (!(threshold >= 1 && threshold <= 5)) return { ok: false, error: { code: 'bad-option', message: `The low-score threshold must be between 1 and 5 (asked: ${threshold}).` } };
  const foreign = responses.filter((r) => r.questionnaireId !== questionnaire.id || r.questionnaireVersion !== questionnaire.version).length;
  if (foreign > 0) return { ok: false, error: { code: 'wrong-questionnaire', message: `${foreign} response(s) were given to another questionnaire or version than ${questionnaire.name.en} version ${questionnaire.version}; score each questionnaire separately.` } };
  if (responses.length === 0) return { ok: false, error: { code: 'no-responses', message: 'There are no responses to score.' } };
  if (invited !== null && (!Number.isInteger(invited) || invited < 1)) return { ok: false, error: { code: 'bad-option', message: `The number invited must be a whole number of at least 1 (given: ${invited}).` } };
  if (invited !== null && responses.length > invited) {
    return { ok: false, error: { code: 'bad-option', message: `There are ${responses.length} responses but only ${invited} people were invited. Check the number invited.` } };
  }

  const scores = responses.map((r) => scaleScores(questionnaire, r));
  const scaleIds = questionnaire.scales.map((s) => s.id);
  const everyone: Members = { group: null, scores };
  const byGroup = responses.some((r) => r.group !== null);
  const collator = new Intl.Collator('en', { numeric: true });
  const keys = byGroup ? [...new Set(responses.map((r) => r.group))].sort((a, b) => (a === null ? 1 : b === null ? -1 : collator.compare(a, b))) : [];
  const groups: Members[] = keys.map((key) => ({ group: key, scores: scores.filter((_, i) => responses[i]!.group === key) }));

  const overallShown = responses.length >= min;
  const groupReason = new Map<number, 'fewer-than-minimum' | 'differencing'>();
  groups.forEach((g, i) => {
    if (g.scores.length < min) groupReason.set(i, 'fewer-than-minimum');
  });
  if (overallShown && groupReason.size === 1) {
    const next = smallest(groups.map((_, i) => i).filter((i) => !groupReason.has(i)), (i) => groups[i]!.scores.length);
    if (next !== null) groupReason.set(next, 'differencing');
  }

  // Cell suppression per scale, with the same guard against differencing.
  const cellReason = groups.map(() => new Map<number, 'fewer-than-minimum' | 'differencing'>());
  const overallCellShown = scaleIds.map((_, s) => overallShown && scaleValues(everyone, s).length >= min);
  scaleIds.forEach((_, s) => {
    const shownGroups = groups.map((_, i) => i).filter((i) => !groupReason.has(i));
    for (const i of shownGroups) if (scaleValues(groups[i]!, s).length < min) cellReason[i]!.set(s, 'fewer-than-minimum');
    const hidden = groupReason.size + shownGroups.filter((i) => cellReason[i]!.has(s)).length;
    if (overallCellShown[s] && hidden === 1) {
      const next = smallest(shownGroups.filter((i) => !cellReason[i]!.has(s)), (i) => scaleValues(groups[i]!, s).length);
      if (next !== null) cellReason[next]!.set(s, 'differencing');
    }
  });

  const cells = (members: Members, hiddenCell: (s: number) => 'fewer-than-minimum' | 'differencing' | undefined): ScaleCell[] =>
    scaleIds.map((scaleId, s) => {
      const reason = hiddenCell(s);
      return reason ? { scaleId, ...suppressed(reason, min) } : { scaleId, suppressed: false, ...summarise(scaleValues(members, s)) };
    });
  const overall: SurveyGroup = overallShown
    ? { group: null, suppressed: false, respondents: responses.length, scales: cells(everyone, (s) => (overallCellShown[s] ? undefined : 'fewer-than-minimum')) }
    : { group: null, ...suppressed('fewer-than-minimum', min) };
  const groupResults: SurveyGroup[] = groups.map((g, i) => {
    const reason = groupReason.get(i);
    return reason ? { group: g.group, ...suppressed(reason, min) } : { group: g.group, suppressed: false, respondents: g.scores.length, scales: cells(g, (s) => cellReason[i]!.get(s)) };
  });

  const needsAction = [overall, ...groupResults].flatMap((g, index) =>
    g.suppressed ? [] : g.scales.flatMap((cell) => (!cell.suppressed && cell.mean < threshold ? [{ scaleId: cell.scaleId, group: g.group, overall: index === 0, mean: cell.mean }] : [])),
  );

  return {
    ok: true,
    result: {
      instrument: 'psychosocial-survey',
      version: SurveyResultVersion,
      questionnaire: { id: questionnaire.id, version: questionnaire.version },
      options: { minGroupSize: min, lowScoreThreshold: threshold, invited, groupColumn: options.groupColumn ?? null },
      responses: responses.length,
      responseRate: invited === null ? null : { invited, rate: responses.length / invited, band: responseRateBand(responses.length / invited) },
      overall,
      groups: groupResults,
      needsAction,
      inputs: options.inputs ?? null,
      suppressionNote: {
        en: `Groups and scales with fewer than ${min} respondents are not shown. When exactly one group would be hidden while the total is shown, the next-smallest is hidden too, so that no hidden group can be worked out by subtraction.`,
        ko: `응답자가 ${min}명 미만인 집단과 척도는 표시하지 않습니다. 전체 값을 보여 주면서 한 집단만 숨기게 되면 그다음으로 작은 집단도 함께 숨겨, 전체에서 빼는 방법으로 숨긴 집단의 값을 알아낼 수 없게 합니다.`,
      },
    },
  };
}
