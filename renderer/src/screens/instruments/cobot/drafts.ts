// Runs in the renderer. Between the cobot forms (text as typed) and the shared checks (numbers), both ways, so results can be reopened.
import type { PflMeasurement } from '../../../../../shared/instruments/cobot/pfl';
import { type PflLimitsTable, type PflTableCheck, parsePflLimitsTable } from '../../../../../shared/instruments/cobot/limitsTable';
import type { CobotPflResult, CobotSsmResult } from '../../../../../shared/instruments/cobot/result';
import type { SsmInput } from '../../../../../shared/instruments/cobot/ssm';
import { type CobotApplication, type MeasurementDraft, newApplication, newKey, type SsmDraft, SsmFields, type SsmField, type TableDraft } from './cobotStore';

/** A quantity as typed: blank is "not given" (null); anything that is not a plain number of zero or more is refused. */
export function parseAmount(text: string): number | null | 'invalid' {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!/^\d+(\.\d+)?$|^\.\d+$/.test(trimmed)) return 'invalid';
  return Number(trimmed);
}

const typed = (value: number | null | undefined): string => (value === null || value === undefined ? '' : String(value));

export function draftFromTable(table: PflLimitsTable): TableDraft {
  const { limits, ...rest } = table;
  return { ...rest, rows: limits.map((row) => ({ key: newKey(), region: row.region, contact: row.contact, force: typed(row.maxForceN), pressure: typed(row.maxPressureNcm2), female: row.female, male: row.male })) };
}

/** The table the draft stands for, checked by the shared schema (unknown regions, duplicates, rows with no limit). */
export function tableFromDraft(draft: TableDraft): PflTableCheck {
  const { rows, ...rest } = draft;
  const bad: string[] = [];
  const limits = rows.map((row, i) => {
    const force = parseAmount(row.force);
    const pressure = parseAmount(row.pressure);
    if (force === 'invalid' || pressure === 'invalid') bad.push(`limits[${i}]: a limit must be a number above zero`);
    return { region: row.region, contact: row.contact, maxForceN: force === 'invalid' ? null : force, maxPressureNcm2: pressure === 'invalid' ? null : pressure, female: row.female, male: row.male };
  });
  const checked = parsePflLimitsTable({ ...rest, limits });
  if (bad.length > 0) return { ok: false, errors: [...bad, ...(checked.ok ? [] : checked.errors)] };
  return checked;
}

export type MeasurementProblem = { readonly index: number; readonly field: 'region' | 'force' | 'pressure' | 'none' };

/** The measurements as numbers, or where each problem is; rows left entirely blank are ignored. */
export function measurementsFromDraft(drafts: readonly MeasurementDraft[]): { ok: true; measurements: PflMeasurement[] } | { ok: false; problems: MeasurementProblem[] } {
  const problems: MeasurementProblem[] = [];
  const measurements: PflMeasurement[] = [];
  drafts.forEach((d, index) => {
    if (d.region === '' && d.force.trim() === '' && d.pressure.trim() === '' && d.label.trim() === '') return;
    const forceN = parseAmount(d.force);
    const pressureNcm2 = parseAmount(d.pressure);
    if (d.region === '') problems.push({ index, field: 'region' });
    if (forceN === 'invalid') problems.push({ index, field: 'force' });
    if (pressureNcm2 === 'invalid') problems.push({ index, field: 'pressure' });
    if (forceN === null && pressureNcm2 === null) problems.push({ index, field: 'none' });
    if (forceN !== 'invalid' && pressureNcm2 !== 'invalid') measurements.push({ region: d.region, contact: d.contact, forceN, pressureNcm2, label: d.label.trim() || null });
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, measurements };
}

export type SsmProblem = SsmField | 'humanSpeedGiven' | 'actualSeparationMm';

/** The calculator's input, or the fields still blank or not numbers (the actual separation may stay blank). */
export function ssmInputFromDraft(d: SsmDraft): { ok: true; input: SsmInput } | { ok: false; problems: SsmProblem[] } {
  const problems: SsmProblem[] = [];
  const values = {} as Record<SsmField, number>;
  for (const field of SsmFields) {
    const value = parseAmount(d[field]);
    if (value === null || value === 'invalid') problems.push(field);
    else values[field] = value;
  }
  const given = parseAmount(d.humanSpeedGiven);
  if (d.humanSpeed === 'given' && (given === null || given === 'invalid' || given === 0)) problems.push('humanSpeedGiven');
  const actual = parseAmount(d.actualSeparationMm);
  if (actual === 'invalid') problems.push('actualSeparationMm');
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, input: { ...values, humanSpeedMmS: d.humanSpeed === 'given' ? (given as number) : d.humanSpeed, actualSeparationMm: actual as number | null } };
}

/** A saved result back in the forms: measurements (the limits table must be loaded again) or every SSM input. */
export function applicationFromResult(result: CobotPflResult | CobotSsmResult, name: string): CobotApplication {
  const base = newApplication({ name });
  if (result.instrument === 'cobot-ssm') {
    const i = result.inputs;
    const ssm: SsmDraft = {
      humanSpeed: i.humanSpeedSource,
      humanSpeedGiven: i.humanSpeedSource === 'given' ? String(i.humanSpeedMmS) : '',
      actualSeparationMm: typed(i.actualSeparationMm),
      ...(Object.fromEntries(SsmFields.map((f) => [f, String(i[f])])) as Record<SsmField, string>),
    };
    return { ...base, mode: 'speed-and-separation-monitoring', ssm };
  }
  return {
    ...base,
    mode: 'power-and-force-limiting',
    pfl: {
      table: null,
      reopenedTable: { sourceName: result.table.sourceName, licence: result.table.licence },
      sex: result.sex ?? '',
      measurements: result.measurements.map((m) => ({ key: newKey(), label: m.label ?? '', region: m.region, contact: m.contact, force: typed(m.force.measured), pressure: typed(m.pressure.measured) })),
    },
  };
}
