// @vitest-environment node
// Hostile CSV files of survey responses through the app's import (read, map columns to items, add in one
// transaction): refusals write nothing, and an import only adds responses to its own survey.
// Dexie reads the IndexedDB global when it loads: the in-memory one must come first.
import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCsv } from '../../shared/format/csv';
import { importSurveyCsv, type SurveyImport } from '../../shared/instruments/survey/responses';
import type { QuestionnaireId } from '../../shared/instruments/survey/questionnaire';
import { createAssessment } from '../../renderer/src/data/assessments';
import { newAssessmentDefaults } from '../../renderer/src/data/newAssessment';
import { createSurvey, importResponses, questionnaireOf, responseCount, type StoredSurvey } from '../../renderer/src/data/surveys';
import { CsvAdvice, type CsvCase, fixtureCsv, readerCases } from './cases/csv';
import { caseCountTitle, guardEveryCase, utf8, withinLimit } from './corpus';
import { freshDatabase, seedExisting, snapshot, tablesKeep } from './db';

type Code = Extract<SurveyImport, { ok: false }>['code'];
type SurveyCase = CsvCase<Code> & { readonly questionnaire?: QuestionnaireId; readonly groupColumn?: string; readonly responses?: number };

const items = (n: number): string => Array.from({ length: n }, (_, i) => `Q${i + 1}`).join(',');

const cases: SurveyCase[] = [
  ...readerCases<Code>(fixtureCsv('jointcheck-responses.csv'), 'no-item-columns', { ok: true }),
  { name: 'two columns holding one item (Q1 and 1)', questionnaire: 'hse-indicator', input: () => utf8('Q1,1\n3,4\n'), expected: { refused: 'duplicate-item' } },
  { name: 'a group column that is not there', groupColumn: 'team', input: () => utf8('pace-1,pace-2\n3,4\n'), expected: { refused: 'missing-column' } },
  { name: 'answers out of range or not whole numbers', input: () => utf8('pace-1,pace-2,pace-3\n0,6,2.5\n-1,five,3\n\u0661,3 ,"4"\n'), expected: { ok: true }, responses: 2 },
  { name: 'a group of 10,000 characters', groupColumn: 'team', input: () => utf8(`team,pace-1\n${'g'.repeat(10_000)},3\n`), expected: { ok: true }, responses: 1 },
  { name: 'groups named __proto__ and constructor', groupColumn: 'team', input: () => utf8('team,pace-1\n__proto__,3\nconstructor,4\nprototype,2\n'), expected: { ok: true }, responses: 3 },
  { name: 'an HSE file of 5,000 respondents', questionnaire: 'hse-indicator', input: () => utf8(`${items(35)}\n${`${Array.from({ length: 35 }, (_, i) => (i % 5) + 1).join(',')}\n`.repeat(5000)}`), expected: { ok: true }, responses: 5000 },
];

guardEveryCase();

const surveys = new Map<QuestionnaireId, StoredSurvey>();
beforeAll(async () => {
  await freshDatabase();
  await seedExisting();
  const id = await createAssessment({ ...newAssessmentDefaults(), title: 'Survey under test' });
  for (const questionnaire of ['jointcheck-ai-psychosocial', 'hse-indicator'] as const) {
    surveys.set(questionnaire, await createSurvey(id, questionnaire, { name: questionnaire, invited: null, groups: [], minGroupSize: 5 }));
  }
});

describe(caseCountTitle('survey CSV', cases.length), () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const survey = surveys.get(c.questionnaire ?? 'jointcheck-ai-psychosocial')!;
    const bytes = await c.input();
    const before = await snapshot();
    const countBefore = await responseCount(survey.id);
    // What the import screen does: read the file, preview how it maps, then add the responses.
    const outcome = await withinLimit(async () => {
      const read = await readCsv({ size: bytes.byteLength, bytes: async () => bytes });
      if (!read.ok) return { read, imported: null };
      const imported = importSurveyCsv(read.table, questionnaireOf(survey), { groupColumn: c.groupColumn ?? null });
      if (imported.ok) {
        const { summary } = imported;
        await importResponses(survey, imported.responses, { groupColumn: c.groupColumn ?? null, inputs: { rows: summary.rows, emptyRows: summary.emptyRows, invalidAnswers: summary.invalidAnswers, missingItems: [...summary.missingItems], ignoredColumns: [...summary.ignoredColumns] } });
      }
      return { read, imported };
    });
    const expected = c.expected;
    if (!('ok' in expected)) {
      if ('csv' in expected) {
        expect(outcome.read.ok ? 'read' : outcome.read.error.code).toBe(expected.csv);
        if (!outcome.read.ok) expect(outcome.read.error.message).toMatch(CsvAdvice[outcome.read.error.code]);
      } else {
        expect(outcome.imported?.ok === false && outcome.imported.code).toBe(expected.refused);
        if (outcome.imported?.ok === false) expect(outcome.imported.message.length).toBeGreaterThan(20);
      }
      expect(await snapshot()).toBe(before);
      return;
    }
    if (!outcome.imported?.ok) throw new Error(`refused: ${JSON.stringify(outcome.read.ok ? outcome.imported : outcome.read.error)}`);
    const added = (await responseCount(survey.id)) - countBefore;
    expect(added).toBe(outcome.imported.responses.length);
    if (c.responses !== undefined) expect(added).toBe(c.responses);
    // Only the survey's own assessment (its "last changed") and the survey (how the file was read) change.
    expect(tablesKeep(before, await snapshot()).filter((row) => !row.includes(survey.assessmentId))).toEqual([]);
  });
});
