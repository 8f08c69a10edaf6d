// Cobot checks: the body-region list, a user-loaded limits table with clear errors, force/pressure comparison, and the separation distance term by term.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BodyRegions } from '../../../shared/instruments/cobot/bodyRegions';
import { emptyPflLimitsTable, parsePflLimitsTable, type PflLimitsTable } from '../../../shared/instruments/cobot/limitsTable';
import { CollaborativeModes } from '../../../shared/instruments/cobot/modes';
import { comparePflMeasurements, type PflMeasurement } from '../../../shared/instruments/cobot/pfl';
import { protectiveSeparationDistance, type SsmInput } from '../../../shared/instruments/cobot/ssm';

const exampleText = readFileSync(resolve(import.meta.dirname, '../../fixtures/instruments/pfl-limits.example.json'), 'utf8');

function exampleTable(): PflLimitsTable {
  const parsed = parsePflLimitsTable(exampleText);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.table;
}

function compare(measurements: PflMeasurement[], sex: 'female' | 'male' | null = null) {
  const outcome = comparePflMeasurements(exampleTable(), measurements, { sex });
  if (!outcome.ok) throw new Error(outcome.errors.join('\n'));
  return outcome.result;
}

describe('collaborative modes and body regions', () => {
  it('names the four collaborative modes in both languages', () => {
    expect(CollaborativeModes.map((m) => m.id)).toEqual(['safety-rated-monitored-stop', 'hand-guiding', 'speed-and-separation-monitoring', 'power-and-force-limiting']);
    expect(CollaborativeModes.every((m) => /[가-힣]/.test(m.name.ko) && /[가-힣]/.test(m.description.ko))).toBe(true);
  });

  it('lists the 29 body areas, numbered, with unique ids and names only', () => {
    expect(BodyRegions).toHaveLength(29);
    expect(new Set(BodyRegions.map((r) => r.id)).size).toBe(29);
    expect(BodyRegions.map((r) => r.number)).toEqual(Array.from({ length: 29 }, (_, i) => i + 1));
    expect(BodyRegions[0]!.name.en).toBe('Middle of forehead');
    expect(BodyRegions[16]!.id).toBe('forefinger-pad-dominant');
    expect(BodyRegions[28]!.name).toEqual({ en: 'Calf muscle', ko: '종아리 근육' });
    expect(Object.keys(BodyRegions[0]!)).toEqual(['id', 'number', 'group', 'name']);
  });
});

describe('limits tables', () => {
  it('reads a table with its source, licence, sex-specific values and a custom region', () => {
    const table = exampleTable();
    expect(table.example).toBe(true);
    expect(table.limits[2]).toEqual({ region: 'palm-dominant', contact: 'quasi-static', maxForceN: null, maxPressureNcm2: 150, female: { maxForceN: 80, maxPressureNcm2: null }, male: { maxForceN: 120, maxPressureNcm2: null } });
  });

  it('names every problem with where it is and what to do: first the shape, then regions, duplicates and empty rows', () => {
    const errorsOf = (change: (table: { source: { licence: string }; limits: object[] }) => void): readonly string[] => {
      const table = JSON.parse(exampleText);
      change(table);
      const parsed = parsePflLimitsTable(table);
      return parsed.ok ? [] : parsed.errors;
    };
    const shape = errorsOf((t) => {
      t.source.licence = '';
      t.limits.push({ region: 'kneecap', contact: 'pinching', maxForceN: -1 });
    });
    expect(shape).toContain('source.licence: Too small: expected string to have >=1 characters');
    expect(shape.some((e) => e.startsWith('limits[4].contact:'))).toBe(true);
    expect(shape.some((e) => e.startsWith('limits[4].maxForceN:'))).toBe(true);
    const meaning = errorsOf((t) => {
      t.limits.push({ region: 'hand', contact: 'transient', maxForceN: 10 });
      t.limits.push({ region: 'palm-dominant', contact: 'quasi-static', maxForceN: 10 });
      t.limits.push({ region: 'sternum', contact: 'transient' });
    });
    expect(meaning).toEqual([
      'limits[4].region: "hand" is not a body region. Use a built-in id (forehead-middle, temple, masticatory-muscle, neck-muscle, …) or declare it under customRegions.',
      'limits[5]: palm-dominant with quasi-static contact appears twice; keep one row per region and contact type.',
      'limits[6]: the row gives no limit; give a maximum force, a maximum pressure, or both.',
    ]);
    expect(parsePflLimitsTable('{not json')).toMatchObject({ ok: false, errors: [expect.stringContaining('not valid JSON')] });
  });

  it('starts an empty table from a named source, which validates', () => {
    const empty = emptyPflLimitsTable({ name: 'Behrens et al. 2022', licence: 'CC BY 4.0', url: 'https://doi.org/10.3389/frobt.2021.667818' });
    expect(parsePflLimitsTable(JSON.parse(JSON.stringify(empty)))).toEqual({ ok: true, table: empty });
  });
});

describe('comparing measurements', () => {
  it('passes at or below the limit and fails above it, with the margin in units and per cent', () => {
    const r = compare([
      { region: 'back-of-hand-dominant', contact: 'transient', forceN: 80, pressureNcm2: 200, label: 'gripper edge' },
      { region: 'back-of-hand-dominant', contact: 'transient', forceN: 130 },
    ]);
    expect(r.measurements[0]!.force).toEqual({ quantity: 'force', unit: 'N', measured: 80, limit: 100, limitBasis: 'general', verdict: 'pass', marginAbsolute: 20, marginPercent: 20 });
    expect(r.measurements[0]!.pressure).toMatchObject({ verdict: 'pass', marginAbsolute: 0, marginPercent: 0 });
    expect(r.measurements[0]!.verdict).toBe('pass');
    expect(r.measurements[1]!.force).toMatchObject({ verdict: 'fail', marginAbsolute: -30, marginPercent: -30 });
    expect(r.measurements[1]!.pressure).toMatchObject({ verdict: 'not-measured', measured: null });
    expect(r.measurements[1]!.verdict).toBe('fail');
    expect(r.summary).toEqual({ measurements: 2, pass: 1, fail: 1, incomplete: 0 });
  });

  it('says "no limit in table" instead of passing where the table has no value', () => {
    const r = compare([
      { region: 'back-of-hand-dominant', contact: 'quasi-static', forceN: 40, pressureNcm2: 90 },
      { region: 'sternum', contact: 'transient', forceN: 10 },
    ]);
    expect(r.measurements[0]!.pressure).toMatchObject({ verdict: 'no-limit', limit: null });
    expect(r.measurements[0]!.verdict).toBe('incomplete');
    expect(r.measurements[1]!.force.verdict).toBe('no-limit');
    expect(r.summary.incomplete).toBe(2);
  });

  it("uses the asked-for sex's limit, and without one the lower of the two", () => {
    const palm: PflMeasurement = { region: 'palm-dominant', contact: 'quasi-static', forceN: 100 };
    expect(compare([palm], 'male').measurements[0]!.force).toMatchObject({ limit: 120, limitBasis: 'male', verdict: 'pass' });
    expect(compare([palm], 'female').measurements[0]!.force).toMatchObject({ limit: 80, limitBasis: 'female', verdict: 'fail' });
    expect(compare([palm]).measurements[0]!.force).toMatchObject({ limit: 80, limitBasis: 'lower-of-female-and-male', verdict: 'fail' });
  });

  it('carries the table source and, for an example table, says the values are not for use', () => {
    const r = compare([{ region: 'study-hand-back', contact: 'transient', forceN: 10 }]);
    expect(r.table).toMatchObject({ example: true, licence: 'CC0-1.0' });
    expect(r.measurements[0]!.regionName.en).toBe('Back of hand (study location)');
    expect(r.caveat.en).toMatch(/^EXAMPLE VALUES, NOT FOR USE/);
    expect(r.caveat.ko).toContain('예시 값');
  });

  it('refuses unknown regions, negative values and measurements with no value', () => {
    const outcome = comparePflMeasurements(exampleTable(), [
      { region: 'elbow', contact: 'transient', forceN: 1 },
      { region: 'kneecap', contact: 'transient', forceN: -5 },
      { region: 'kneecap', contact: 'transient' },
    ]);
    expect(outcome).toEqual({
      ok: false,
      errors: ['Measurement 1: "elbow" is not a body region of this table.', 'Measurement 2: the measured force must be a number of zero or more.', 'Measurement 3: give a measured force, a measured pressure, or both.'],
    });
  });
});

describe('protective separation distance', () => {
  // Worked by hand: v_h 1600 mm/s, v_r 1000 mm/s, T_r 0.1 s, T_s 0.3 s, S_s 150 mm, C 850 mm, Z_d 100 mm, Z_r 20 mm:
  // S_h = 1600 x 0.4 = 640, S_r = 1000 x 0.1 = 100, S_p = 640 + 100 + 150 + 850 + 100 + 20 = 1860 mm.
  const input: SsmInput = {
    humanSpeedMmS: 'iso13855-walking',
    robotSpeedMmS: 1000,
    reactionTimeS: 0.1,
    stoppingTimeS: 0.3,
    stoppingDistanceMm: 150,
    intrusionDistanceMm: 850,
    humanPositionUncertaintyMm: 100,
    robotPositionUncertaintyMm: 20,
    actualSeparationMm: 1800,
  };

  it('returns every term with its formula and explanation, and the total', () => {
    const outcome = protectiveSeparationDistance(input);
    if (!outcome.ok) throw new Error(outcome.errors.join());
    const r = outcome.result;
    expect(r.terms.map((t) => [t.symbol, Number(t.valueMm.toFixed(9)), t.formula])).toEqual([
      ['S_h', 640, 'v_h × (T_r + T_s)'],
      ['S_r', 100, 'v_r × T_r'],
      ['S_s', 150, 'measured stopping distance'],
      ['C', 850, 'intrusion distance'],
      ['Z_d', 100, 'sensor uncertainty'],
      ['Z_r', 20, 'robot position uncertainty'],
    ]);
    expect(r.protectiveSeparationMm).toBeCloseTo(1860, 9);
    expect(r.inputs).toMatchObject({ humanSpeedMmS: 1600, humanSpeedSource: 'iso13855-walking' });
    expect(r.verdict).toBe('insufficient');
    expect(r.terms.every((t) => t.explanation.en.length > 0 && /[가-힣]/.test(t.explanation.ko))).toBe(true);
  });

  it('takes a given human speed or the reaching preset, and judges a sufficient separation', () => {
    const given = protectiveSeparationDistance({ ...input, humanSpeedMmS: 1000, actualSeparationMm: 2000 });
    expect(given.ok && [given.result.inputs.humanSpeedSource, given.result.verdict]).toEqual(['given', 'sufficient']);
    const reaching = protectiveSeparationDistance({ ...input, humanSpeedMmS: 'iso13855-reaching', actualSeparationMm: null });
    expect(reaching.ok && [reaching.result.terms[0]!.valueMm, reaching.result.verdict]).toEqual([800, null]);
  });

  it('refuses missing, negative or non-numeric inputs, naming each', () => {
    const outcome = protectiveSeparationDistance({ ...input, humanSpeedMmS: 0, stoppingTimeS: -1, intrusionDistanceMm: Number.NaN });
    expect(outcome).toEqual({
      ok: false,
      errors: ['The human approach speed must be a number above zero (mm/s).', 'The stopping time T_s (s) must be a number of zero or more.', 'The intrusion distance C (mm) must be a number of zero or more.'],
    });
    const preset = protectiveSeparationDistance({ ...input, humanSpeedMmS: 'running' as never });
    expect(preset.ok || preset.errors[0]).toContain('"running" is not a preset');
  });
});
