// Runs everywhere (pure). Turns a CSV table and the caller's column mapping into weighted records for the bias audit, counting what it cannot use.
import { type CsvTable, findColumn } from '../../format/csv';
import type { BiasAuditResult, BiasMapping } from './result';

/** What the caller chooses; omitted yes/no lists take the defaults below. */
export type BiasMappingInput =
  | {
      readonly layout: 'per-person';
      readonly groupColumns: readonly string[];
      readonly outcome:
        | { readonly kind: 'selected'; readonly column: string; readonly yesValues?: readonly string[]; readonly noValues?: readonly string[] }
        | { readonly kind: 'score'; readonly column: string };
    }
  | { readonly layout: 'counts'; readonly groupColumns: readonly string[]; readonly countColumn: string; readonly selectedColumn: string };

export const DefaultYesValues = ['yes', 'y', '1', 'true', 'selected'] as const;
export const DefaultNoValues = ['no', 'n', '0', 'false', 'not selected', 'rejected'] as const;
/** Blank is always unknown; these words too unless the caller gives its own list. */
export const DefaultUnknownValues = ['unknown'] as const;

/** One person, or a row of counts: group values (null when unknown), how many people and how many selected. */
export type WeightedRecord = { readonly values: readonly (string | null)[]; readonly n: number; readonly s: number };

export type PreparedRecords = {
  readonly mapping: BiasMapping;
  readonly records: readonly WeightedRecord[];
  /** Per group column: lower-cased value to the spelling first seen, so "female" and "Female" are one category. */
  readonly spellings: readonly ReadonlyMap<string, string>[];
  readonly inputs: BiasAuditResult['inputs'];
};

export type BiasInputError = { readonly code: 'missing-column' | 'bad-mapping' | 'no-usable-records'; readonly message: string };

const normal = (value: string): string => value.trim().toLowerCase();
const MaxProblemLines = 20;
const MaxOutcomeValues = 50;

/** Resolves the mapping's column names against the header (so the stored mapping uses the file's own spelling). */
function resolveColumns(table: CsvTable, names: readonly string[]): { ok: true; indexes: number[]; names: string[] } | { ok: false; error: BiasInputError } {
  const indexes: number[] = [];
  for (const name of names) {
    const found = findColumn(table, name);
    if (!found.ok) return { ok: false, error: { code: 'missing-column', message: found.message } };
    if (indexes.includes(found.index)) return { ok: false, error: { code: 'bad-mapping', message: `Column "${name}" is named twice in the mapping; each column can play one role only.` } };
    indexes.push(found.index);
  }
  return { ok: true, indexes, names: indexes.map((i) => table.header[i]!) };
}

function median(sorted: readonly number[]): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const NumberPattern = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const IntegerPattern = /^\d+$/;

/**
 * Reads every row once. Rows with a blank outcome are "missing", rows whose outcome cannot be read are
 * "unparseable"; both are counted and their lines kept, never silently dropped. Unknown group values stay
 * in the records as null and are counted per attribute by the audit.
 */
export function prepareRecords(table: CsvTable, input: BiasMappingInput, unknownValues: readonly string[]): { ok: true; prepared: PreparedRecords } | { ok: false; error: BiasInputError } {
  if (input.groupColumns.length === 0) return { ok: false, error: { code: 'bad-mapping', message: 'Name at least one group column (for example sex or age band).' } };
  if (input.groupColumns.length > 6) return { ok: false, error: { code: 'bad-mapping', message: 'At most 6 group columns can be combined.' } };
  const outcomeNames = input.layout === 'counts' ? [input.countColumn, input.selectedColumn] : [input.outcome.column];
  const resolved = resolveColumns(table, [...input.groupColumns, ...outcomeNames]);
  if (!resolved.ok) return resolved;
  const groupCount = input.groupColumns.length;
  const groupIndexes = resolved.indexes.slice(0, groupCount);
  const groupColumns = resolved.names.slice(0, groupCount);
  const unknown = new Set(['', ...unknownValues.map(normal)]);
  const spellings = groupIndexes.map(() => new Map<string, string>());
  const groupValues = (row: readonly string[]): (string | null)[] =>
    groupIndexes.map((index, g) => {
      const raw = row[index]!.trim();
      const key = raw.toLowerCase();
      if (unknown.has(key)) return null;
      if (!spellings[g]!.has(key)) spellings[g]!.set(key, raw);
      return key;
    });

  const records: WeightedRecord[] = [];
  const problemLines: number[] = [];
  let missing = 0;
  let unparseable = 0;
  let peopleInFile = 0;
  const problem = (r: number, kind: 'missing' | 'unparseable', people: number): void => {
    if (kind === 'missing') missing += people;
    else unparseable += people;
    if (problemLines.length < MaxProblemLines) problemLines.push(table.lines[r]!);
  };

  let mapping: BiasMapping;
  const outcomeValues = new Map<string, { value: string; count: number; meaning: 'selected' | 'not-selected' | 'unparseable' }>();
  let medianScore: number | null = null;
  let atMedian: number | null = null;

  if (input.layout === 'counts') {
    const [countIndex, selectedIndex] = resolved.indexes.slice(groupCount);
    mapping = { layout: 'counts', groupColumns, countColumn: resolved.names[groupCount]!, selectedColumn: resolved.names[groupCount + 1]! };
    table.rows.forEach((row, r) => {
      const countText = row[countIndex!]!.trim();
      const selectedText = row[selectedIndex!]!.trim();
      const n = IntegerPattern.test(countText) ? Number(countText) : null;
      peopleInFile += n ?? 0;
      if (countText === '' || selectedText === '') return problem(r, 'missing', n ?? 0);
      const s = IntegerPattern.test(selectedText) ? Number(selectedText) : null;
      if (n === null || s === null || s > n || !Number.isSafeInteger(n)) return problem(r, 'unparseable', n ?? 0);
      if (n > 0) records.push({ values: groupValues(row), n, s });
    });
  } else if (input.outcome.kind === 'selected') {
    const outcomeIndex = resolved.indexes[groupCount]!;
    const explicitYes = input.outcome.yesValues && input.outcome.yesValues.length > 0;
    const yesValues = explicitYes ? [...input.outcome.yesValues!] : [...DefaultYesValues];
    const noValues = input.outcome.noValues && input.outcome.noValues.length > 0 ? [...input.outcome.noValues] : explicitYes ? null : [...DefaultNoValues];
    mapping = { layout: 'per-person', groupColumns, outcome: { kind: 'selected', column: resolved.names[groupCount]!, yesValues, noValues } };
    const yes = new Set(yesValues.map(normal));
    const no = noValues ? new Set(noValues.map(normal)) : null;
    table.rows.forEach((row, r) => {
      peopleInFile++;
      const raw = row[outcomeIndex]!.trim();
      if (raw === '') return problem(r, 'missing', 1);
      const key = raw.toLowerCase();
      const meaning = yes.has(key) ? 'selected' : no === null || no.has(key) ? 'not-selected' : 'unparseable';
      const seen = outcomeValues.get(key);
      if (seen) seen.count++;
      else if (outcomeValues.size < MaxOutcomeValues) outcomeValues.set(key, { value: raw, count: 1, meaning });
      if (meaning === 'unparseable') return problem(r, 'unparseable', 1);
      records.push({ values: groupValues(row), n: 1, s: meaning === 'selected' ? 1 : 0 });
    });
  } else {
    const outcomeIndex = resolved.indexes[groupCount]!;
    mapping = { layout: 'per-person', groupColumns, outcome: { kind: 'score', column: resolved.names[groupCount]! } };
    const scored: { values: (string | null)[]; score: number }[] = [];
    table.rows.forEach((row, r) => {
      peopleInFile++;
      const raw = row[outcomeIndex]!.trim();
      if (raw === '') return problem(r, 'missing', 1);
      if (!NumberPattern.test(raw) || !Number.isFinite(Number(raw))) return problem(r, 'unparseable', 1);
      scored.push({ values: groupValues(row), score: Number(raw) });
    });
    if (scored.length > 0) {
      // The scoring rate counts scores strictly above the median of the whole sample; scores equal to it do not count.
      const m = median(scored.map((x) => x.score).sort((a, b) => a - b));
      medianScore = m;
      atMedian = scored.filter((x) => x.score === m).length;
      for (const x of scored) records.push({ values: x.values, n: 1, s: x.score > m ? 1 : 0 });
    }
  }

  const analysed = records.reduce((sum, x) => sum + x.n, 0);
  if (analysed === 0) {
    return { ok: false, error: { code: 'no-usable-records', message: `No record has a usable outcome (${missing} blank, ${unparseable} unreadable${problemLines.length ? `; see line ${problemLines[0]}` : ''}). Check the outcome column and the values that mean "selected".` } };
  }
  return {
    ok: true,
    prepared: {
      mapping,
      records,
      spellings,
      inputs: {
        rows: table.rows.length,
        records: peopleInFile,
        analysed,
        outcomeMissing: missing,
        outcomeUnparseable: unparseable,
        problemLines,
        outcomeValues: [...outcomeValues.values()],
        median: medianScore,
        atMedian,
      },
    },
  };
}
