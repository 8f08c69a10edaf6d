// Runs in Node. `jointcheck bias <file.csv> --group <col>[,...] --outcome <col> ...`: the bias audit as a table or JSON; exit 0 done, 1 no audit possible, 2 unreadable input or wrong use.
import { runBiasAudit } from '../../../shared/instruments/bias/audit';
import type { BiasMappingInput } from '../../../shared/instruments/bias/records';
import type { BiasAuditResult, BiasCategory, BiasComparison } from '../../../shared/instruments/bias/result';
import { describeInstrumentResult } from '../../../shared/instruments/result';
import { type CommandResult, parse, required, UsageError } from './common';
import { formatTable, list, readCsvFile } from './instrumentIo';

function mappingFrom(values: Record<string, string | boolean | undefined>): BiasMappingInput {
  const groupColumns = list(required(values, 'group'));
  if (groupColumns.length === 0) throw new UsageError('--group needs at least one column name.');
  const outcome = required(values, 'outcome');
  const count = typeof values.count === 'string' ? values.count : null;
  const yes = typeof values.yes === 'string' ? list(values.yes) : undefined;
  const no = typeof values.no === 'string' ? list(values.no) : undefined;
  if (values.score && (yes || no)) throw new UsageError('--yes and --no describe a yes/no outcome; leave them out with --score.');
  if (count !== null) {
    if (values.score || yes || no) throw new UsageError('With --count the file holds counts: --outcome names the column of selected counts, and --score, --yes and --no do not apply.');
    return { layout: 'counts', groupColumns, countColumn: count, selectedColumn: outcome };
  }
  if (values.score) return { layout: 'per-person', groupColumns, outcome: { kind: 'score', column: outcome } };
  return { layout: 'per-person', groupColumns, outcome: { kind: 'selected', column: outcome, ...(yes ? { yesValues: yes } : {}), ...(no ? { noValues: no } : {}) } };
}

const percent = (x: number): string => `${(x * 100).toFixed(1)}%`;
const pValue = (p: number): string => (p < 0.001 ? '<0.001' : p.toFixed(3));

function status(c: BiasCategory): string {
  if (c.excluded) return 'excluded';
  if (c.isReference) return 'reference';
  if (c.flag === null) return 'n/a';
  return c.flag ? 'BELOW 0.8' : 'ok';
}

function comparisonLines(comparison: BiasComparison, result: BiasAuditResult): string[] {
  const reference = comparison.categories.find((c) => c.id === comparison.referenceId);
  const title = comparison.intersectional ? `Intersectional (${result.mapping.groupColumns.join(' × ')})` : comparison.attribute;
  const header = reference ? `${title}: reference ${reference.name} (rate ${percent(reference.rate)})` : title;
  const rows = [
    ['category', 'count', 'selected', 'rate', 'impact ratio', 'four-fifths', 'test', 'p', 'note'],
    ...comparison.categories.map((c) => [
      c.name,
      String(c.count),
      String(c.selected),
      percent(c.rate),
      c.impactRatio === null ? '-' : c.impactRatio.toFixed(3),
      status(c),
      c.test ? (c.test.method === 'fisher-exact' ? 'Fisher' : 'z-test') : '',
      c.test ? pValue(c.test.p) : '',
      [c.fragile ? 'fragile: one person would reverse this' : '', c.excluded ? `excluded: ${c.excluded.reason}` : '', c.share < 0.02 && !c.excluded ? 'under 2% of data' : ''].filter(Boolean).join('; '),
    ]),
  ];
  const notes: string[] = [];
  if (comparison.ratiosUndefined === 'no-one-selected') notes.push('  No one in any category was selected: impact ratios are undefined.');
  if (comparison.ratiosUndefined === 'all-excluded') notes.push('  Every category is excluded: nothing to compare.');
  if (comparison.unknown > 0) notes.push(`  ${comparison.unknown} analysed record(s) with an unknown or blank ${comparison.intersectional ? 'value in a group column' : comparison.attribute} are not in any category.`);
  return [header, ...formatTable(rows), ...notes];
}

function report(file: string, result: BiasAuditResult): string {
  const i = result.inputs;
  const m = result.mapping;
  const outcome =
    m.layout === 'counts'
      ? `counts per category: people in "${m.countColumn}", selected in "${m.selectedColumn}"`
      : m.outcome.kind === 'score'
        ? `score in "${m.outcome.column}": scoring rate = share scoring above the median ${i.median} (${i.atMedian} at the median count as not above)`
        : `"${m.outcome.column}", selected when ${m.outcome.yesValues.map((v) => `"${v}"`).join(' or ')}`;
  const problems = i.outcomeMissing + i.outcomeUnparseable > 0 ? `; ${i.outcomeMissing} with a blank and ${i.outcomeUnparseable} with an unreadable outcome left out${i.problemLines.length ? ` (lines ${i.problemLines.join(', ')})` : ''}` : '';
  return [
    `${file}: ${i.analysed} of ${i.records} records analysed${problems}.`,
    `Outcome: ${outcome}.`,
    describeInstrumentResult(result, 'en') + '.',
    '',
    ...result.comparisons.flatMap((c) => [...comparisonLines(c, result), '']),
    `Tests compare each category with the reference: Fisher's exact test when an expected count is below 5, otherwise the two-proportion z-test; two-sided, significant below p = ${result.options.significanceLevel}.`,
    result.caveat.en,
  ].join('\n');
}

export async function biasCommand(args: string[]): Promise<CommandResult> {
  const { values, positionals } = parse(
    args,
    { group: { type: 'string' }, outcome: { type: 'string' }, yes: { type: 'string' }, no: { type: 'string' }, score: { type: 'boolean' }, count: { type: 'string' }, json: { type: 'boolean' } },
    1,
  );
  const mapping = mappingFrom(values);
  const file = positionals[0]!;
  const read = await readCsvFile(file);
  if (!read.ok) return { exitCode: 2, error: read.error };
  const audit = runBiasAudit(read.table, mapping);
  if (!audit.ok) return { exitCode: audit.error.code === 'missing-column' || audit.error.code === 'bad-mapping' ? 2 : 1, error: `${file}: ${audit.error.message}` };
  return { exitCode: 0, output: values.json ? JSON.stringify(audit.result, null, 2) : report(file, audit.result) };
}
