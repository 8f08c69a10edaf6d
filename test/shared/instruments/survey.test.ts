// The psychosocial survey: questionnaire data, HSE import by item number, scoring with reversal, response rates, and suppression that leaves no figure behind.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CsvTable, parseCsv } from '../../../shared/format/csv';
import { surveyDoc } from '../../../shared/instruments/survey/doc';
import { HseIndicatorTool } from '../../../shared/instruments/survey/hseIndicator';
import { JointCheckQuestionnaire } from '../../../shared/instruments/survey/jointcheckQuestionnaire';
import { questionnaireItems } from '../../../shared/instruments/survey/questionnaire';
import { detectQuestionnaire, findQuestionnaire, itemForColumn } from '../../../shared/instruments/survey/registry';
import { appendSurveyResponse, importSurveyCsv, type SurveyResponse, validateSurveyResponse } from '../../../shared/instruments/survey/responses';
import type { ScaleCell, SurveyGroup, SurveyResult } from '../../../shared/instruments/survey/result';
import { responseRateBand, scaleScores, scoreSurvey, type SurveyScoreOptions } from '../../../shared/instruments/survey/score';

function csv(text: string | Uint8Array): CsvTable {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.table;
}
const fixture = (name: string): CsvTable => csv(readFileSync(resolve(import.meta.dirname, '../../fixtures/instruments', name)));

function score(responses: readonly SurveyResponse[], options: SurveyScoreOptions = {}, questionnaire = HseIndicatorTool): SurveyResult {
  const outcome = scoreSurvey(questionnaire, responses, options);
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.result;
}

/** A respondent who answers every HSE item with the same value, except items left blank. */
function hse(value: number, group: string | null = null, blank: readonly number[] = []): SurveyResponse {
  const answers: Record<string, number> = {};
  for (let n = 1; n <= 35; n++) if (!blank.includes(n)) answers[`q${n}`] = value;
  return { questionnaireId: 'hse-indicator', questionnaireVersion: 1, answers, group };
}
const many = (count: number, make: () => SurveyResponse): SurveyResponse[] => Array.from({ length: count }, make);

const cell = (group: SurveyGroup, scaleId: string): ScaleCell => {
  if (group.suppressed) throw new Error('group suppressed');
  return group.scales.find((c) => c.scaleId === scaleId)!;
};

/** Every number anywhere inside a value: a suppressed group or cell must have none. */
function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(numbersIn);
  return [];
}

describe('the questionnaires as data', () => {
  it('HSE Indicator Tool: 35 items on the 7 scales and reverse-scored items of domain.md, with no item wording', () => {
    const structure = Object.fromEntries(HseIndicatorTool.scales.map((s) => [s.id, s.items.map((i) => i.number)]));
    expect(structure).toEqual({
      demands: [3, 6, 9, 12, 16, 18, 20, 22],
      control: [2, 10, 15, 19, 25, 30],
      'managers-support': [8, 23, 29, 33, 35],
      'peer-support': [7, 24, 27, 31],
      relationships: [5, 14, 21, 34],
      role: [1, 4, 11, 13, 17],
      change: [26, 28, 32],
    });
    const reversed = questionnaireItems(HseIndicatorTool).filter((i) => i.reverse).map((i) => i.number);
    expect(reversed).toEqual([3, 5, 6, 9, 12, 14, 16, 18, 20, 21, 22, 34]);
    expect(questionnaireItems(HseIndicatorTool).every((i) => i.text === null)).toBe(true);
    expect(HseIndicatorTool.answerLabels).toBeNull();
  });

  it('our questionnaire: 7 scales of 3-5 items, each worded in English and Korean, reverse items marked', () => {
    expect(JointCheckQuestionnaire.scales.map((s) => s.id)).toEqual(['pace', 'monitoring', 'autonomy', 'rating-clarity', 'replacement', 'isolation', 'support']);
    for (const scale of JointCheckQuestionnaire.scales) {
      expect(scale.items.length).toBeGreaterThanOrEqual(3);
      expect(scale.items.length).toBeLessThanOrEqual(5);
      expect(scale.description.en).toContain('**Higher is better');
      expect(scale.description.ko).toMatch(/[가-힣]/);
      for (const item of scale.items) expect(item.text!.ko).toMatch(/[가-힣]/);
    }
    expect(questionnaireItems(JointCheckQuestionnaire).filter((i) => i.reverse).map((i) => i.id)).toEqual([
      'pace-1', 'pace-2', 'monitoring-1', 'monitoring-3', 'autonomy-3', 'rating-clarity-4', 'replacement-1', 'replacement-2', 'isolation-1', 'isolation-3',
    ]);
  });

  it('published versions are never edited: a change of wording or items needs a new version', () => {
    const hash = (value: unknown): string => createHash('sha256').update(JSON.stringify(value)).digest('hex');
    expect(hash(JointCheckQuestionnaire), 'jointcheck-ai-psychosocial v1 changed; publish it as version 2 instead').toBe('868746ee53962c69383c6cdcba06044fcdae061cc803f33f59be2c63a99fcda7');
    expect(hash(HseIndicatorTool), 'hse-indicator v1 changed; publish it as version 2 instead').toBe('622c1a53b958a6832fbe6a64ff56e92dffbb5cb92eb304b314557342be9dec23');
  });

  it('accepts the documented HSE column names and finds the questionnaire from a header', () => {
    for (const column of ['q1', 'Q1', 'Q01', 'item_1', 'Item 1', '1', 'q.1']) expect(itemForColumn(HseIndicatorTool, column), column).toBe('q1');
    for (const column of ['q0', 'q36', 'question 1', 'team']) expect(itemForColumn(HseIndicatorTool, column), column).toBeNull();
    expect(itemForColumn(JointCheckQuestionnaire, 'Pace-1')).toBe('pace-1');
    expect(detectQuestionnaire(['team', 'q1', 'q2'])?.id).toBe('hse-indicator');
    expect(detectQuestionnaire(['shift', 'pace-1'])?.id).toBe('jointcheck-ai-psychosocial');
    expect(detectQuestionnaire(['name', 'age'])).toBeNull();
    expect(findQuestionnaire('hse-indicator', 1)).toBe(HseIndicatorTool);
    expect(findQuestionnaire('hse-indicator', 2)).toBeNull();
  });

  it('documents scales, reverse items, scoring and suppression in both languages', () => {
    const en = surveyDoc('en');
    expect(en).toContain('| `demands` Demands | 3 R, 6 R, 9 R, 12 R, 16 R, 18 R, 20 R, 22 R |');
    expect(en).toContain('| `pace` Pace set by algorithms | pace-1 R, pace-2 R, pace-3, pace-4 |');
    expect(en).toContain('fewer than 10 respondents');
    expect(en).toContain('next-smallest group');
    expect(surveyDoc('ko')).toContain('차감 추론 방지');
  });
});

describe('scoring', () => {
  it('reverses reverse-keyed items (6 - answer) so that higher is better', () => {
    const [demands, control, , , relationships] = scaleScores(HseIndicatorTool, hse(4));
    expect([demands, control, relationships]).toEqual([2, 4, 2]);
    const ours = { questionnaireId: 'jointcheck-ai-psychosocial', questionnaireVersion: 1, answers: { 'pace-1': 5, 'pace-2': 5, 'pace-3': 1, 'pace-4': 1 }, group: null } as const;
    expect(scaleScores(JointCheckQuestionnaire, ours)[0]).toBe(1);
  });

  it('scores a scale only when at least half its items are answered', () => {
    expect(scaleScores(HseIndicatorTool, hse(4, null, [3, 6, 9, 12]))[0]).toBe(2);
    expect(scaleScores(HseIndicatorTool, hse(4, null, [3, 6, 9, 12, 16]))[0]).toBeNull();
    const change = HseIndicatorTool.scales.findIndex((s) => s.id === 'change');
    expect(scaleScores(HseIndicatorTool, hse(4, null, [26]))[change]).toBe(4);
    expect(scaleScores(HseIndicatorTool, hse(4, null, [26, 28]))[change]).toBeNull();
  });

  it('bands the response rate as HSE does, and refuses more responses than invitations', () => {
    expect([0.49, 0.5, 0.6, 0.7, 0.8, 1].map(responseRateBand)).toEqual(['low', 'adequate', 'desirable', 'good', 'very-good', 'very-good']);
    const r = score(many(12, () => hse(4)), { invited: 20 });
    expect(r.responseRate).toEqual({ invited: 20, rate: 0.6, band: 'desirable' });
    expect(scoreSurvey(HseIndicatorTool, many(12, () => hse(4)), { invited: 11 })).toMatchObject({ ok: false, error: { code: 'bad-option' } });
  });

  it('refuses a minimum group size below 5 or not a whole number', () => {
    for (const minGroupSize of [4, 0, 7.5]) {
      const outcome = scoreSurvey(HseIndicatorTool, many(12, () => hse(4)), { minGroupSize });
      expect(outcome.ok || outcome.error.message).toContain('at least 5');
    }
    expect(score(many(12, () => hse(4)), { minGroupSize: 5 }).options.minGroupSize).toBe(5);
  });
});

describe('the HSE fixture (test/fixtures/instruments/hse-responses.csv)', () => {
  // Team A: 25 answering 4 (one leaves 4 demands items blank, one 5, one writes 6 in Q1); team B: 12 answering 5;
  // team C: 6 answering 2; one row with no answers.
  const imported = importSurveyCsv(fixture('hse-responses.csv'), HseIndicatorTool, { groupColumn: 'team' });
  if (!imported.ok) throw new Error(imported.message);
  const result = score(imported.responses, { invited: 60, groupColumn: 'team' });

  it('imports by item number, reporting the blank row, the invalid answer with its line, and the column it did not read', () => {
    expect(imported.responses).toHaveLength(43);
    expect(imported.summary).toMatchObject({ rows: 44, emptyRows: 1, invalidAnswers: 1, missingItems: [], ignoredColumns: ['submitted'] });
    expect(imported.summary.issues).toEqual([{ line: 4, message: 'column "Q1": "6" is not an answer from 1 to 5; treated as unanswered.' }]);
  });

  it('computes overall means, standard deviations and distributions by hand', () => {
    // Demands after reversal: A 24 x 2 (one too few items), B 12 x 1, C 6 x 4 = 84 / 42 = 2.
    expect(cell(result.overall, 'demands')).toMatchObject({ n: 42, mean: 2, distribution: [12, 24, 0, 6, 0] });
    // Control: 25 x 4, 12 x 5, 6 x 2 = 172 / 43 = 4; squared deviations 12 x 1 + 6 x 4 = 36 over 42.
    expect(cell(result.overall, 'control')).toMatchObject({ n: 43, mean: 4, distribution: [0, 6, 0, 25, 12] });
    expect((cell(result.overall, 'control') as { sd: number }).sd).toBeCloseTo(Math.sqrt(36 / 42), 9);
    expect(result.responseRate).toEqual({ invited: 60, rate: 43 / 60, band: 'good' });
  });

  it('suppresses team C (6 < 10) and, against differencing, the next-smallest team B, leaving no figure for either', () => {
    const [a, b, c] = result.groups;
    expect(a).toMatchObject({ group: 'A', suppressed: false, respondents: 25 });
    expect(b).toMatchObject({ group: 'B', suppressed: true, reason: 'differencing' });
    expect(c).toMatchObject({ group: 'C', suppressed: true, reason: 'fewer-than-minimum', message: { en: 'Suppressed, fewer than 10 respondents.' } });
    expect(numbersIn(b)).toEqual([]);
    expect(numbersIn(c)).toEqual([]);
  });

  it('lists scales below 3.0 as needing action, overall and per group shown', () => {
    expect(result.needsAction).toEqual([
      { scaleId: 'demands', group: null, overall: true, mean: 2 },
      { scaleId: 'relationships', group: null, overall: true, mean: 2 },
      { scaleId: 'demands', group: 'A', overall: false, mean: 2 },
      { scaleId: 'relationships', group: 'A', overall: false, mean: 2 },
    ]);
  });

  it('shows every group when the minimum is lowered to 5', () => {
    const lowered = score(imported.responses, { minGroupSize: 5 });
    expect(lowered.groups.map((g) => g.suppressed)).toEqual([false, false, false]);
    expect(cell(lowered.groups[2]!, 'demands')).toMatchObject({ n: 6, mean: 4 });
  });
});

describe('suppression', () => {
  it('suppresses everything but the response count when fewer than the minimum responded in total', () => {
    const r = score(many(9, () => hse(4, 'A')));
    expect(r.responses).toBe(9);
    expect(r.overall).toMatchObject({ suppressed: true, reason: 'fewer-than-minimum' });
    expect(r.groups.every((g) => g.suppressed)).toBe(true);
    expect(numbersIn(r.overall)).toEqual([]);
    expect(r.needsAction).toEqual([]);
  });

  it('treats respondents who gave no group as a group: 3 without one get suppressed, and the smallest other group with them', () => {
    const r = score([...many(12, () => hse(4, 'X')), ...many(15, () => hse(4, 'Y')), ...many(3, () => hse(4, null))]);
    expect(r.groups.map((g) => [g.group, g.suppressed && g.reason])).toEqual([
      ['X', 'differencing'],
      ['Y', false],
      [null, 'fewer-than-minimum'],
    ]);
  });

  it('suppresses a cell with too few scores, and the next-smallest cell of that scale against differencing', () => {
    // Change has 3 items: in group Y, 5 of 12 answer only one of them, leaving 7 scores.
    const responses = [...many(12, () => hse(4, 'X')), ...many(7, () => hse(4, 'Y')), ...many(5, () => hse(4, 'Y', [26, 28])), ...many(14, () => hse(4, 'Z'))];
    const r = score(responses);
    const [x, y, z] = r.groups;
    expect(cell(y!, 'change')).toMatchObject({ suppressed: true, reason: 'fewer-than-minimum' });
    expect(cell(x!, 'change')).toMatchObject({ suppressed: true, reason: 'differencing' });
    expect(cell(z!, 'change')).toMatchObject({ suppressed: false, n: 14 });
    expect(cell(x!, 'control')).toMatchObject({ suppressed: false, n: 12 });
    expect(numbersIn(cell(y!, 'change'))).toEqual([]);
    expect(cell(r.overall, 'change')).toMatchObject({ suppressed: false, n: 33 });
  });
});

describe('kiosk responses', () => {
  it('accepts answers by item id, drops skipped ones, and appends without changing the old list', () => {
    const before: SurveyResponse[] = [];
    const appended = appendSurveyResponse(before, JointCheckQuestionnaire, { answers: { 'pace-1': 2, 'pace-2': null }, group: ' 야간 ' });
    expect(appended).toEqual({ ok: true, responses: [{ questionnaireId: 'jointcheck-ai-psychosocial', questionnaireVersion: 1, answers: { 'pace-1': 2 }, group: '야간' }] });
    expect(before).toEqual([]);
  });

  it('has no place for a name: any field besides answers and group is refused', () => {
    const check = validateSurveyResponse(JointCheckQuestionnaire, { answers: { 'pace-1': 3 }, name: 'Kim Minji' });
    expect(check).toEqual({ ok: false, errors: ['Unexpected field(s) "name": a response holds only answers and an optional group, nothing that identifies the respondent.'] });
  });

  it('refuses unknown items, answers outside 1-5 and empty responses, listing each problem', () => {
    const check = validateSurveyResponse(JointCheckQuestionnaire, { answers: { 'pace-9': 3, 'pace-1': 6, 'pace-2': 2.5 } });
    expect(check.ok).toBe(false);
    expect(check.ok || check.errors).toEqual([
      '"pace-9" is not an item of JointCheck questionnaire on AI and psychosocial load version 1.',
      'Item "pace-1": the answer must be a whole number from 1 to 5, not 6.',
      'Item "pace-2": the answer must be a whole number from 1 to 5, not 2.5.',
    ]);
    expect(validateSurveyResponse(JointCheckQuestionnaire, { answers: { 'pace-1': null } })).toEqual({ ok: false, errors: ['The response has no answers: answer at least one question.'] });
  });

  it('refuses to score responses given to another questionnaire', () => {
    const outcome = scoreSurvey(JointCheckQuestionnaire, many(12, () => hse(4)));
    expect(outcome.ok || outcome.error.code).toBe('wrong-questionnaire');
  });
});

describe('CSV import errors', () => {
  it('names a missing group column, and says which columns it expected when none holds an item', () => {
    const table = csv('team,q1\nA,3\n');
    expect(importSurveyCsv(table, HseIndicatorTool, { groupColumn: 'shift' })).toEqual({ ok: false, code: 'missing-column', message: 'Column "shift" not found. The file has these columns: "team", "q1".' });
    const none = importSurveyCsv(csv('name,age\nx,3\n'), HseIndicatorTool);
    expect(none.ok || none.message).toBe('No column holds an item of HSE Management Standards Indicator Tool. Expected columns named q1 … q35 (or 1 … 35). The file has: "name", "age".');
    expect(importSurveyCsv(csv('q1,1\n3,3\n'), HseIndicatorTool)).toMatchObject({ ok: false, code: 'duplicate-item' });
  });

  it('reports items without a column, and still scores scales with at least half their items', () => {
    const imported = importSurveyCsv(csv('q26,q28\n4,4\n'), HseIndicatorTool);
    expect(imported.ok && imported.summary.missingItems).toHaveLength(33);
    const change = HseIndicatorTool.scales.findIndex((s) => s.id === 'change');
    expect(imported.ok && scaleScores(HseIndicatorTool, imported.responses[0]!)[change]).toBe(4);
  });
});
