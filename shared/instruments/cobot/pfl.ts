// Runs everywhere (pure). Compares measured contact force and pressure with a loaded limits table, per body region and contact type.
/*
 * A quantity passes when the measured value is at or below the limit (the limits are maxima). Where the table
 * gives limits by sex: the asked-for sex's value if there is one; with no sex asked, the lower of the two, which
 * protects both; otherwise the general value. No value in the table gives "no limit in table", never a pass.
 */
import type { Localized } from '../../i18n/localized';
import { type ContactType, ContactTypes, findBodyRegion } from './bodyRegions';
import type { PflLimitRow, PflLimitsTable } from './limitsTable';
import { type CobotPflResult, CobotResultVersion, type QuantityCheck } from './result';

export type PflMeasurement = {
  readonly region: string;
  readonly contact: ContactType;
  readonly forceN?: number | null;
  readonly pressureNcm2?: number | null;
  /** Where and how it was measured, e.g. "gripper edge, station 3". */
  readonly label?: string | null;
};

export type Sex = 'female' | 'male';

export type PflComparison = { readonly ok: true; readonly result: CobotPflResult } | { readonly ok: false; readonly errors: readonly string[] };

const Quantities = {
  force: { key: 'maxForceN', unit: 'N' },
  pressure: { key: 'maxPressureNcm2', unit: 'N/cm²' },
} as const;

function chooseLimit(row: PflLimitRow | undefined, quantity: keyof typeof Quantities, sex: Sex | null): Pick<QuantityCheck, 'limit' | 'limitBasis'> {
  if (!row) return { limit: null, limitBasis: null };
  const key = Quantities[quantity].key;
  const female = row.female?.[key] ?? null;
  const male = row.male?.[key] ?? null;
  if (sex === 'female' && female !== null) return { limit: female, limitBasis: 'female' };
  if (sex === 'male' && male !== null) return { limit: male, limitBasis: 'male' };
  if (sex === null && female !== null && male !== null) return { limit: Math.min(female, male), limitBasis: 'lower-of-female-and-male' };
  if (row[key] !== null) return { limit: row[key], limitBasis: 'general' };
  return { limit: null, limitBasis: null };
}

function check(quantity: keyof typeof Quantities, measured: number | null, limit: Pick<QuantityCheck, 'limit' | 'limitBasis'>): QuantityCheck {
  const base = { quantity, unit: Quantities[quantity].unit, measured, ...limit };
  if (measured === null) return { ...base, verdict: 'not-measured', marginAbsolute: null, marginPercent: null };
  if (limit.limit === null) return { ...base, verdict: 'no-limit', marginAbsolute: null, marginPercent: null };
  const margin = limit.limit - measured;
  return { ...base, verdict: measured <= limit.limit ? 'pass' : 'fail', marginAbsolute: margin, marginPercent: (margin / limit.limit) * 100 };
}

const Caveat: Localized = {
  en: 'Limits come from the table named here, not from JointCheck. Measure with a calibrated device as the standard describes, and treat a pass near the limit with care: pain thresholds vary between people.',
  ko: '한계값은 JointCheck가 아니라 여기에 밝힌 표에서 가져온 것입니다. 표준에서 정한 방법대로 교정된 장비로 측정하고, 한계값에 가까운 합격은 신중히 다루십시오. 통증을 느끼는 정도는 사람마다 다릅니다.',
};
const ExampleCaveat: Localized = {
  en: 'EXAMPLE VALUES, NOT FOR USE: this table only shows the format. Load a table from a source you are entitled to use before drawing any conclusion.',
  ko: '예시 값이며 실제로 쓰면 안 됩니다: 이 표는 형식을 보여 줄 뿐입니다. 결론을 내리기 전에 사용할 권리가 있는 출처의 표를 불러오십시오.',
};

/** Checks each measurement against the table; refuses unknown regions, negative or missing values with one message each. */
export function comparePflMeasurements(table: PflLimitsTable, measurements: readonly PflMeasurement[], options: { readonly sex?: Sex | null } = {}): PflComparison {
  const sex = options.sex ?? null;
  const custom = new Map(table.customRegions.map((r) => [r.id, r.name]));
  const errors: string[] = [];
  measurements.forEach((m, i) => {
    const n = `Measurement ${i + 1}${m.label ? ` (${m.label})` : ''}`;
    if (!findBodyRegion(m.region) && !custom.has(m.region)) errors.push(`${n}: "${m.region}" is not a body region of this table.`);
    if (!(ContactTypes as readonly string[]).includes(m.contact)) errors.push(`${n}: the contact type must be "transient" or "quasi-static".`);
    for (const [name, value] of [['force', m.forceN], ['pressure', m.pressureNcm2]] as const) {
      if (value !== null && value !== undefined && !(Number.isFinite(value) && value >= 0)) errors.push(`${n}: the measured ${name} must be a number of zero or more.`);
    }
    if ((m.forceN ?? null) === null && (m.pressureNcm2 ?? null) === null) errors.push(`${n}: give a measured force, a measured pressure, or both.`);
  });
  if (errors.length > 0) return { ok: false, errors };

  const rows = new Map(table.limits.map((row) => [`${row.region}/${row.contact}`, row]));
  const checked = measurements.map((m) => {
    const row = rows.get(`${m.region}/${m.contact}`);
    const force = check('force', m.forceN ?? null, chooseLimit(row, 'force', sex));
    const pressure = check('pressure', m.pressureNcm2 ?? null, chooseLimit(row, 'pressure', sex));
    const verdicts = [force.verdict, pressure.verdict];
    const verdict = verdicts.includes('fail') ? 'fail' : verdicts.includes('no-limit') ? 'incomplete' : 'pass';
    const regionName = findBodyRegion(m.region)?.name ?? custom.get(m.region)!;
    return { label: m.label ?? null, region: m.region, regionName: { ...regionName }, contact: m.contact, verdict, force, pressure } as const;
  });
  const count = (v: 'pass' | 'fail' | 'incomplete'): number => checked.filter((m) => m.verdict === v).length;
  return {
    ok: true,
    result: {
      instrument: 'cobot-pfl',
      version: CobotResultVersion,
      table: { sourceName: table.source.name, licence: table.source.licence, url: table.source.url, example: table.example },
      sex,
      measurements: checked,
      summary: { measurements: checked.length, pass: count('pass'), fail: count('fail'), incomplete: count('incomplete') },
      caveat: table.example ? { en: `${ExampleCaveat.en} ${Caveat.en}`, ko: `${ExampleCaveat.ko} ${Caveat.ko}` } : Caveat,
    },
  };
}
