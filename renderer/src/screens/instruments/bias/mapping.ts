// Runs in the renderer. The column mapping form's state, what is missing from it, and the mapping the audit takes.
import { type BiasMappingInput, DefaultNoValues, DefaultUnknownValues, DefaultYesValues } from '../../../../../shared/instruments/bias/records';
import type { CsvTable } from '../../../../../shared/format/csv';

export type MappingDraft = {
  readonly layout: 'per-person' | 'counts';
  readonly groupColumns: readonly string[];
  readonly outcomeColumn: string;
  readonly outcomeKind: 'selected' | 'score';
  /** Comma-separated, as typed. */
  readonly yesValues: string;
  readonly noValues: string;
  readonly countColumn: string;
  readonly selectedColumn: string;
  readonly unknownValues: string;
};

export const EmptyMapping: MappingDraft = {
  layout: 'per-person',
  groupColumns: [],
  outcomeColumn: '',
  outcomeKind: 'selected',
  yesValues: DefaultYesValues.join(', '),
  noValues: DefaultNoValues.join(', '),
  countColumn: '',
  selectedColumn: '',
  unknownValues: DefaultUnknownValues.join(', '),
};

export const splitValues = (text: string): string[] => text.split(',').map((v) => v.trim()).filter((v) => v !== '');

export type MappingProblem = 'no-group' | 'no-outcome' | 'no-yes' | 'no-counts' | 'same-column';

/** The first thing the form still needs, or null when the audit can run. */
export function mappingProblem(d: MappingDraft): MappingProblem | null {
  if (d.groupColumns.length === 0) return 'no-group';
  const roles = d.layout === 'counts' ? [d.countColumn, d.selectedColumn] : [d.outcomeColumn];
  if (d.layout === 'counts' ? roles.some((c) => c === '') : d.outcomeColumn === '') return d.layout === 'counts' ? 'no-counts' : 'no-outcome';
  if (new Set([...d.groupColumns, ...roles]).size !== d.groupColumns.length + roles.length) return 'same-column';
  if (d.layout === 'per-person' && d.outcomeKind === 'selected' && splitValues(d.yesValues).length === 0) return 'no-yes';
  return null;
}

export function toMappingInput(d: MappingDraft): BiasMappingInput {
  if (d.layout === 'counts') return { layout: 'counts', groupColumns: d.groupColumns, countColumn: d.countColumn, selectedColumn: d.selectedColumn };
  if (d.outcomeKind === 'score') return { layout: 'per-person', groupColumns: d.groupColumns, outcome: { kind: 'score', column: d.outcomeColumn } };
  return { layout: 'per-person', groupColumns: d.groupColumns, outcome: { kind: 'selected', column: d.outcomeColumn, yesValues: splitValues(d.yesValues), noValues: splitValues(d.noValues) } };
}

/** The commonest values of a column with their counts, so the user sees what to call "selected". */
export function columnValues(table: CsvTable, column: string, max = 12): { value: string; count: number }[] {
  const index = table.header.indexOf(column);
  if (index < 0) return [];
  const counts = new Map<string, number>();
  for (const row of table.rows) {
    const value = row[index]!.trim();
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count).slice(0, max);
}
