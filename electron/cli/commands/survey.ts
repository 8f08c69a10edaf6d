// Runs in Node. `jointcheck survey <responses.csv> [...]`: scale scores with suppression of small groups; exit 0 done, 1 nothing to score, 2 unreadable input or wrong use.
import { describeInstrumentResult } from '../../../shared/instruments/result';
import type { Questionnaire } from '../../../shared/instruments/survey/questionnaire';
import { detectQuestionnaire, findQuestionnaire, QuestionnaireShortNames } from '../../../shared/instruments/survey/registry';
import { importSurveyCsv } from '../../../shared/instruments/survey/responses';
import type { ScaleCell, SurveyGroup, SurveyResult } from '../../../shared/instruments/survey/result';
import { scoreSurvey } from '../../../shared/instruments/survey/score';
import { type CommandResult, parse, UsageError } from './common';
import { formatTable, readCsvFile } from './instrumentIo';

function wholeNumber(values: Record<string, string | boolean | undefined>, name: string): number | undefined {
  const value = values[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/^\d+$/.test(value.trim())) throw new UsageError(`--${name} must be a whole number, not "${String(value)}".`);
  return Number(value);
}

function chosenQuestionnaire(name: string | undefined, header: readonly string[]): Questionnaire | string {
  if (name !== undefined) {
    const id = QuestionnaireShortNames[name as keyof typeof QuestionnaireShortNames] as string | undefined;
    if (!id) throw new UsageError(`--instrument must be ${Object.keys(QuestionnaireShortNames).join(' or ')}, not "${name}".`);
    return findQuestionnaire(id)!;
  }
  return detectQuestionnaire(header) ?? 'No column is an item of a known questionnaire: name the HSE items q1 … q35 (or 1 … 35), or use JointCheck item ids such as pace-1, and give --instrument hse or --instrument jointcheck.';
}

const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

function groupLines(title: string, group: SurveyGroup, questionnaire: Questionnaire): string[] {
  if (group.suppressed) return [`${title}: ${group.message.en}`];
  const names = new Map(questionnaire.scales.map((s) => [s.id, s.name.en]));
  const row = (cell: ScaleCell): string[] =>
    cell.suppressed ? [names.get(cell.scaleId)!, cell.message.en] : [names.get(cell.scaleId)!, String(cell.n), cell.mean.toFixed(2), cell.sd.toFixed(2), ...cell.distribution.map(String)];
  const shown = group.scales.filter((c) => !c.suppressed);
  const hidden = group.scales.filter((c) => c.suppressed);
  return [
    `${title} (${group.respondents} respondents)`,
    ...formatTable([['scale', 'n', 'mean', 'sd', '1', '2', '3', '4', '5'], ...shown.map(row)]),
    ...hidden.map((cell) => `  ${row(cell).join(': ')}`),
  ];
}

function report(file: string, result: SurveyResult, questionnaire: Questionnaire): string {
  const inputs = result.inputs!;
  const names = new Map(questionnaire.scales.map((s) => [s.id, s.name.en]));
  const lines = [
    `${file}: ${describeInstrumentResult(result, 'en')}.`,
    `${result.responses} responses from ${count(inputs.rows, 'row')}${inputs.emptyRows ? ` (${count(inputs.emptyRows, 'row')} with no answer left out)` : ''}${inputs.invalidAnswers ? `; ${count(inputs.invalidAnswers, 'answer')} not 1-5 treated as unanswered` : ''}.`,
  ];
  if (result.responseRate) lines.push(`Response rate: ${result.responses} of ${result.responseRate.invited} invited = ${(result.responseRate.rate * 100).toFixed(0)}% (${result.responseRate.band.replace('-', ' ')}).`);
  if (inputs.missingItems.length) lines.push(`No column for item(s) ${inputs.missingItems.join(', ')}: their scales are scored from the other items where at least half are answered.`);
  if (inputs.ignoredColumns.length) lines.push(`Columns not read: ${inputs.ignoredColumns.join(', ')}.`);
  lines.push(result.suppressionNote.en, 'Scores run 1-5, higher is better; 1-5 columns count respondents whose scale score rounds to that value.', '');
  lines.push(...groupLines('Overall', result.overall, questionnaire), '');
  for (const group of result.groups) lines.push(...groupLines(`${result.options.groupColumn ?? 'Group'} = ${group.group ?? '(none given)'}`, group, questionnaire), '');
  if (result.needsAction.length === 0) lines.push(`No scale has a mean below ${result.options.lowScoreThreshold.toFixed(1)} where results are shown.`);
  else {
    lines.push(`Needs action (mean below ${result.options.lowScoreThreshold.toFixed(1)}):`);
    for (const n of result.needsAction) lines.push(`  ${n.scaleId} (${names.get(n.scaleId)}): ${n.overall ? 'overall' : `${result.options.groupColumn} = ${n.group ?? '(none given)'}`}, mean ${n.mean.toFixed(2)}`);
  }
  return lines.join('\n');
}

export async function surveyCommand(args: string[]): Promise<CommandResult> {
  const { values, positionals } = parse(
    args,
    { instrument: { type: 'string' }, invited: { type: 'string' }, group: { type: 'string' }, 'min-group': { type: 'string' }, json: { type: 'boolean' } },
    1,
  );
  const invited = wholeNumber(values, 'invited');
  const minGroupSize = wholeNumber(values, 'min-group');
  const file = positionals[0]!;
  const read = await readCsvFile(file);
  if (!read.ok) return { exitCode: 2, error: read.error };
  const questionnaire = chosenQuestionnaire(typeof values.instrument === 'string' ? values.instrument : undefined, read.table.header);
  if (typeof questionnaire === 'string') return { exitCode: 2, error: `${file}: ${questionnaire}` };
  const groupColumn = typeof values.group === 'string' ? values.group : null;
  const imported = importSurveyCsv(read.table, questionnaire, { groupColumn });
  if (!imported.ok) return { exitCode: 2, error: `${file}: ${imported.message}` };
  const { issues, missingItems, ignoredColumns, ...counts } = imported.summary;
  const inputs = { ...counts, missingItems: [...missingItems], ignoredColumns: [...ignoredColumns] };
  const scored = scoreSurvey(questionnaire, imported.responses, { invited, minGroupSize, groupColumn, inputs });
  if (!scored.ok) return { exitCode: scored.error.code === 'bad-option' ? 2 : 1, error: `${file}: ${scored.error.message}` };
  const warnings = issues.map((issue) => `${file}: line ${issue.line}: ${issue.message}`).join('\n');
  return {
    exitCode: 0,
    output: values.json ? JSON.stringify(scored.result, null, 2) : report(file, scored.result, questionnaire),
    ...(warnings ? { error: warnings } : {}),
  };
}
