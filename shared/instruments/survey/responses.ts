// Runs everywhere (pure). Anonymous survey responses: checking one from a kiosk, appending it, and importing many from CSV.
import { z } from 'zod';
import { type CsvTable, findColumn } from '../../format/csv';
import { AnswerMax, AnswerMin, type Questionnaire, QuestionnaireIds, questionnaireItems } from './questionnaire';
import { itemForColumn } from './registry';

/**
 * One respondent's answers. There is deliberately no field for a name or any identifier: the only thing besides
 * the answers is an optional group (team, shift), which results show only for groups large enough.
 */
export const SurveyResponseSchema = z.strictObject({
  questionnaireId: z.enum(QuestionnaireIds),
  questionnaireVersion: z.number().int().min(1),
  /** Item id to answer (1-5); unanswered items are absent. */
  answers: z.record(z.string().max(64), z.number().int().min(AnswerMin).max(AnswerMax)),
  group: z.string().trim().min(1).max(100).nullable(),
});
export type SurveyResponse = z.infer<typeof SurveyResponseSchema>;

/** What a kiosk screen hands over: answers by item id (null or absent when skipped) and an optional group. */
const KioskInputSchema = z.strictObject({
  answers: z.record(z.string(), z.union([z.number(), z.null()])),
  group: z.string().max(100).nullable().optional(),
});

export type ResponseCheck = { readonly ok: true; readonly response: SurveyResponse } | { readonly ok: false; readonly errors: readonly string[] };

/** Checks one kiosk response against the questionnaire; every problem is listed, in words a respondent's helper can act on. */
export function validateSurveyResponse(questionnaire: Questionnaire, input: unknown): ResponseCheck {
  const parsed = KioskInputSchema.safeParse(input);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((issue) =>
      issue.code === 'unrecognized_keys'
        ? `Unexpected field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}: a response holds only answers and an optional group, nothing that identifies the respondent.`
        : `${issue.path.join('.') || 'response'}: ${issue.message}`,
    );
    return { ok: false, errors };
  }
  const items = new Map(questionnaireItems(questionnaire).map((item) => [item.id, item]));
  const errors: string[] = [];
  const answers: Record<string, number> = {};
  for (const [itemId, value] of Object.entries(parsed.data.answers)) {
    if (!items.has(itemId)) errors.push(`"${itemId}" is not an item of ${questionnaire.name.en} version ${questionnaire.version}.`);
    else if (value === null) continue;
    else if (!Number.isInteger(value) || value < AnswerMin || value > AnswerMax) errors.push(`Item "${itemId}": the answer must be a whole number from ${AnswerMin} to ${AnswerMax}, not ${value}.`);
    else answers[itemId] = value;
  }
  if (errors.length === 0 && Object.keys(answers).length === 0) errors.push('The response has no answers: answer at least one question.');
  if (errors.length > 0) return { ok: false, errors };
  const group = parsed.data.group?.trim() || null;
  return { ok: true, response: { questionnaireId: questionnaire.id, questionnaireVersion: questionnaire.version, answers, group } };
}

/** Appends a checked response to the list (a new list; the old one is untouched), or says why it cannot. */
export function appendSurveyResponse(
  responses: readonly SurveyResponse[],
  questionnaire: Questionnaire,
  input: unknown,
): { readonly ok: true; readonly responses: readonly SurveyResponse[] } | { readonly ok: false; readonly errors: readonly string[] } {
  const checked = validateSurveyResponse(questionnaire, input);
  return checked.ok ? { ok: true, responses: [...responses, checked.response] } : checked;
}

export type SurveyImportSummary = {
  readonly rows: number;
  /** Rows with no answer at all, left out. */
  readonly emptyRows: number;
  /** Answers that were not a whole number 1-5, treated as unanswered. */
  readonly invalidAnswers: number;
  /** The first problems, each with the line of the file it is on. */
  readonly issues: readonly { readonly line: number; readonly message: string }[];
  /** Items of the questionnaire with no column in the file. */
  readonly missingItems: readonly string[];
  /** Columns that are neither items nor the group column, and were not read. */
  readonly ignoredColumns: readonly string[];
};

export type SurveyImport =
  | { readonly ok: true; readonly responses: readonly SurveyResponse[]; readonly summary: SurveyImportSummary }
  | { readonly ok: false; readonly code: 'missing-column' | 'no-item-columns' | 'duplicate-item'; readonly message: string };

const MaxIssues = 50;

/** Reads one respondent per row. Blank cells are unanswered items; a scale is scored later if at least half its items are answered. */
export function importSurveyCsv(table: CsvTable, questionnaire: Questionnaire, options: { readonly groupColumn?: string | null } = {}): SurveyImport {
  let groupIndex: number | null = null;
  if (options.groupColumn) {
    const found = findColumn(table, options.groupColumn);
    if (!found.ok) return { ok: false, code: 'missing-column', message: found.message };
    groupIndex = found.index;
  }
  const itemColumns = new Map<number, string>();
  const ignoredColumns: string[] = [];
  for (const [index, column] of table.header.entries()) {
    if (index === groupIndex) continue;
    const itemId = itemForColumn(questionnaire, column);
    if (itemId === null) {
      ignoredColumns.push(column);
      continue;
    }
    const earlier = [...itemColumns.entries()].find(([, id]) => id === itemId);
    if (earlier) return { ok: false, code: 'duplicate-item', message: `Columns "${table.header[earlier[0]]}" and "${column}" both hold item ${itemId}. Keep one of them.` };
    itemColumns.set(index, itemId);
  }
  if (itemColumns.size === 0) {
    const expected = questionnaire.columns === 'item-numbers' ? 'q1 … q35 (or 1 … 35)' : questionnaireItems(questionnaire).slice(0, 3).map((i) => i.id).join(', ') + ' …';
    return { ok: false, code: 'no-item-columns', message: `No column holds an item of ${questionnaire.name.en}. Expected columns named ${expected}. The file has: ${table.header.map((c) => `"${c}"`).join(', ')}.` };
  }
  const present = new Set(itemColumns.values());
  const missingItems = questionnaireItems(questionnaire).map((i) => i.id).filter((id) => !present.has(id));

  const responses: SurveyResponse[] = [];
  const issues: { line: number; message: string }[] = [];
  let emptyRows = 0;
  let invalidAnswers = 0;
  table.rows.forEach((row, r) => {
    const answers: Record<string, number> = {};
    for (const [index, itemId] of itemColumns) {
      const raw = row[index]!.trim();
      if (raw === '') continue;
      if (/^[1-5]$/.test(raw)) {
        answers[itemId] = Number(raw);
        continue;
      }
      invalidAnswers++;
      if (issues.length < MaxIssues) issues.push({ line: table.lines[r]!, message: `column "${table.header[index]}": "${raw}" is not an answer from ${AnswerMin} to ${AnswerMax}; treated as unanswered.` });
    }
    if (Object.keys(answers).length === 0) {
      emptyRows++;
      return;
    }
    const group = groupIndex === null ? null : row[groupIndex]!.trim().slice(0, 100) || null;
    responses.push({ questionnaireId: questionnaire.id, questionnaireVersion: questionnaire.version, answers, group });
  });
  return { ok: true, responses, summary: { rows: table.rows.length, emptyRows, invalidAnswers, issues, missingItems, ignoredColumns } };
}
