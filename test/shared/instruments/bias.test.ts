// The bias audit on the Uniform Guidelines' own worked example and on hand-computed fixtures, including every edge case a committee meets.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CsvTable, parseCsv } from '../../../shared/format/csv';
import { type BiasAuditOptions, runBiasAudit } from '../../../shared/instruments/bias/audit';
import type { BiasMappingInput } from '../../../shared/instruments/bias/records';
import type { BiasAuditResult, BiasCategory } from '../../../shared/instruments/bias/result';

const fixture = (name: string): CsvTable => csv(readFileSync(resolve(import.meta.dirname, '../../fixtures/instruments', name)));

function csv(input: string | Uint8Array): CsvTable {
  const parsed = parseCsv(input);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.table;
}

function audit(table: CsvTable, mapping: BiasMappingInput, options?: BiasAuditOptions): BiasAuditResult {
  const outcome = runBiasAudit(table, mapping, options);
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.result;
}

function category(result: BiasAuditResult, id: string): BiasCategory {
  const found = result.comparisons.flatMap((c) => c.categories).find((c) => c.id === id);
  if (!found) throw new Error(`no category ${id}`);
  return found;
}

const counts = (groupColumns: string[], countColumn: string, selectedColumn: string): BiasMappingInput => ({ layout: 'counts', groupColumns, countColumn, selectedColumn });
const applicants: BiasMappingInput = { layout: 'per-person', groupColumns: ['sex', 'age_band'], outcome: { kind: 'selected', column: 'selected' } };

describe('the Uniform Guidelines worked example (Questions and Answers no. 12)', () => {
  // Whites 60%, American Indians 45%, Hispanics 48%, Blacks 51%: ratios 75%, 80%, 85%; adverse impact
  // indicated for American Indians only. 100 applicants per group here.
  const result = audit(fixture('ugesp-example.csv'), counts(['group'], 'applicants', 'hired'));

  it('finds the same impact ratios and flags only the category below four-fifths', () => {
    const rows = result.comparisons[0]!.categories.map((c) => [c.name, c.rate, Number(c.impactRatio!.toFixed(4)), c.flag]);
    expect(rows).toEqual([
      ['American Indian', 0.45, 0.75, true],
      ['Black', 0.51, 0.85, false],
      ['Hispanic', 0.48, 0.8, false],
      ['White', 0.6, 1, false],
    ]);
    expect(result.comparisons[0]!.referenceId).toBe('group=White');
    expect(result.summary).toEqual({ categories: 4, belowFourFifths: 1, significant: 1, fragile: 1 });
  });

  it('warns that the Hispanic result (exactly 0.8, not flagged) would reverse with one person fewer selected', () => {
    expect(category(result, 'group=Hispanic')).toMatchObject({ flag: false, fragile: true, fragility: { change: 'compared-1' } });
    expect(category(result, 'group=Hispanic').fragility!.impactRatio).toBeCloseTo(47 / 60, 12);
    expect(category(result, 'group=American Indian').fragile).toBe(false);
  });

  it('tests with the z-test when every expected count is at least 5 (p from scipy, see stats.test.ts)', () => {
    expect(category(result, 'group=American Indian').test).toMatchObject({ method: 'two-proportion-z', significant: true });
    expect(category(result, 'group=American Indian').test!.p).toBeCloseTo(0.033672068856345855, 12);
    expect(category(result, 'group=White').test).toBeNull();
  });
});

describe('per-person records (test/fixtures/instruments/applicants.csv, counts chosen by hand)', () => {
  // sex × age band: Male under 40 30 (18 selected), Male 40+ 20 (10), Female under 40 25 (12), Female 40+ 15 (4),
  // blank sex under 40 3 (2), Other under 40 1 (0); plus 2 blank outcomes and 1 "maybe".
  const result = audit(fixture('applicants.csv'), applicants);

  it('counts every record: analysed, blank and unreadable outcomes with their lines, unknown categories', () => {
    expect(result.inputs).toMatchObject({ rows: 97, records: 97, analysed: 94, outcomeMissing: 2, outcomeUnparseable: 1 });
    expect(result.inputs.problemLines).toHaveLength(3);
    expect(result.inputs.outcomeValues).toContainEqual({ value: 'maybe', count: 1, meaning: 'unparseable' });
    expect(result.comparisons.map((c) => [c.attribute, c.unknown])).toEqual([
      ['sex', 3],
      ['age_band', 0],
      ['intersectional', 3],
    ]);
  });

  it('computes each attribute and the intersectional categories against their own highest rate', () => {
    expect(category(result, 'sex=Female')).toMatchObject({ count: 40, selected: 16, rate: 0.4, flag: true });
    expect(category(result, 'sex=Female').impactRatio).toBeCloseTo(0.4 / 0.56, 12);
    expect(category(result, 'age_band=40+')).toMatchObject({ count: 35, selected: 14, flag: true });
    expect(category(result, 'age_band=under 40')).toMatchObject({ count: 59, selected: 32, isReference: true });
    expect(result.comparisons[2]!.referenceId).toBe('sex=Male & age_band=under 40');
    expect(category(result, 'sex=Female & age_band=40+')).toMatchObject({ name: 'Female × 40+', count: 15, selected: 4, flag: true });
  });

  it('does not flag a ratio of exactly 0.8 (Female × under 40: 48% against 60%)', () => {
    const c = category(result, 'sex=Female & age_band=under 40');
    expect(c.impactRatio).toBeCloseTo(0.8, 12);
    expect(c.flag).toBe(false);
    expect(c.fragile).toBe(true);
  });

  it("uses Fisher's exact test for a category of one person, and calls its flag fragile", () => {
    const other = category(result, 'sex=Other');
    expect(other).toMatchObject({ count: 1, selected: 0, rate: 0, impactRatio: 0, flag: true, fragile: true, fragility: { change: 'compared+1' } });
    expect(other.test!.method).toBe('fisher-exact');
    // scipy.stats.fisher_exact([[0, 1], [28, 22]])[1]
    expect(other.test!.p).toBeCloseTo(0.4509803921568627, 12);
    // pooled z-test for 16/40 against 28/50, p = 2 * scipy.stats.norm.sf(1.5088670723086361)
    expect(category(result, 'sex=Female').test!.p).toBeCloseTo(0.13133275604372371, 12);
  });
});

describe('exclusions of small categories', () => {
  const table = fixture('applicants.csv');

  it('excludes a category under 2% with its reason, still listing its counts', () => {
    const result = audit(table, applicants, { exclusions: [{ category: 'sex=Other', reason: 'One applicant; too few to compare.' }] });
    expect(category(result, 'sex=Other')).toMatchObject({ count: 1, selected: 0, excluded: { reason: 'One applicant; too few to compare.' }, impactRatio: null, flag: null, test: null });
    expect(result.options.exclusions).toEqual([{ category: 'sex=Other', reason: 'One applicant; too few to compare.' }]);
    expect(result.summary.categories).toBe(9);
  });

  it('refuses an exclusion without a reason, of a category of 2% or more, or of no category', () => {
    const refuse = (category: string, reason: string): string => {
      const outcome = runBiasAudit(table, applicants, { exclusions: [{ category, reason }] });
      expect(outcome.ok).toBe(false);
      return outcome.ok ? '' : outcome.error.message;
    };
    expect(refuse('sex=Other', '  ')).toBe('Excluding "sex=Other" needs a stated reason.');
    expect(refuse('sex=Female', 'small')).toContain('it holds 42.6% of the analysed records, and only categories under 2% may be excluded');
    expect(refuse('sex=Nobody', 'x')).toContain('there is no such category');
  });

  it('draws the 2% line exactly: 1 of 50 may not be excluded, 1 of 51 may', () => {
    const make = (others: number): CsvTable => csv(`g,n,s\nsmall,1,0\nbig,${others},10\n`);
    expect(runBiasAudit(make(49), counts(['g'], 'n', 's'), { exclusions: [{ category: 'g=small', reason: 'tiny' }] }).ok).toBe(false);
    expect(runBiasAudit(make(50), counts(['g'], 'n', 's'), { exclusions: [{ category: 'g=small', reason: 'tiny' }] }).ok).toBe(true);
  });
});

describe('scores: the scoring rate counts scores strictly above the median of the whole sample', () => {
  // Usable scores A 1, 2, 3, 3, 5 and B 3, 3, 4, 4, 6.5: median 3, four scores equal to it; above: A 1 of 5, B 3 of 5.
  const result = audit(fixture('scores.csv'), { layout: 'per-person', groupColumns: ['team'], outcome: { kind: 'score', column: 'score' } });

  it('reports the median and the ties, and counts ties as not above', () => {
    expect(result.inputs).toMatchObject({ median: 3, atMedian: 4, analysed: 10, outcomeMissing: 1, outcomeUnparseable: 1 });
    expect(category(result, 'team=A')).toMatchObject({ count: 5, selected: 1, rate: 0.2, flag: true });
    expect(category(result, 'team=B')).toMatchObject({ count: 5, selected: 3, isReference: true });
    expect(category(result, 'team=A').impactRatio).toBeCloseTo(1 / 3, 12);
    // scipy.stats.fisher_exact([[1, 4], [3, 2]])[1]
    expect(category(result, 'team=A').test).toMatchObject({ method: 'fisher-exact', significant: false });
    expect(category(result, 'team=A').test!.p).toBeCloseTo(0.5238095238095238, 12);
  });

  it('takes the mean of the two middle scores for an even sample', () => {
    const r = audit(csv('g,score\nx,1\nx,2\ny,3\ny,10\n'), { layout: 'per-person', groupColumns: ['g'], outcome: { kind: 'score', column: 'score' } });
    expect(r.inputs.median).toBe(2.5);
    expect(category(r, 'g=y').selected).toBe(2);
  });
});

describe('edge cases', () => {
  it('compares exactly: 16 of 25 against 4 of 5 is 0.8 (floating point says 0.7999999999999999) and is not flagged', () => {
    const r = audit(csv('g,n,s\nsmall,5,4\nlarge,25,16\n'), counts(['g'], 'n', 's'));
    expect(category(r, 'g=large').impactRatio).toBeLessThan(0.8);
    expect(category(r, 'g=large').flag).toBe(false);
  });

  it('all selected: every ratio is 1, nothing flagged, no difference to test', () => {
    const r = audit(csv('g,n,s\na,10,10\nb,3,3\n'), counts(['g'], 'n', 's'));
    expect(r.comparisons[0]!.categories.map((c) => [c.impactRatio, c.flag])).toEqual([
      [1, false],
      [1, false],
    ]);
    expect(category(r, 'g=b').test!.p).toBe(1);
  });

  it('none selected: the highest rate is 0, so ratios are undefined and the result says so', () => {
    const r = audit(csv('g,n,s\na,10,0\nb,3,0\n'), counts(['g'], 'n', 's'));
    expect(r.comparisons[0]!.ratiosUndefined).toBe('no-one-selected');
    expect(r.comparisons[0]!.categories.every((c) => c.impactRatio === null && c.flag === null && c.test === null)).toBe(true);
    expect(r.summary.belowFourFifths).toBe(0);
  });

  it('treats blank and "unknown" group values as unknown, and merges spellings that differ only in case', () => {
    const r = audit(csv('sex,ok\nFemale,yes\nfemale,no\nUNKNOWN,yes\n,no\nMale,yes\n'), { layout: 'per-person', groupColumns: ['sex'], outcome: { kind: 'selected', column: 'ok' } });
    expect(r.comparisons[0]!.unknown).toBe(2);
    expect(category(r, 'sex=Female')).toMatchObject({ count: 2, selected: 1 });
  });

  it('with caller-given yes values, every other value counts as not selected and is listed so a typo shows', () => {
    const r = audit(csv('g,decision\na,Hired\na,hired \nb,Rejected\nb,Rejceted\n'), { layout: 'per-person', groupColumns: ['g'], outcome: { kind: 'selected', column: 'decision', yesValues: ['hired'] } });
    expect(r.inputs.outcomeValues).toEqual([
      { value: 'Hired', count: 2, meaning: 'selected' },
      { value: 'Rejected', count: 1, meaning: 'not-selected' },
      { value: 'Rejceted', count: 1, meaning: 'not-selected' },
    ]);
    expect(r.mapping).toMatchObject({ outcome: { yesValues: ['hired'], noValues: null } });
  });

  it('counts rows with unreadable counts as unparseable, never as zero', () => {
    const r = audit(csv('g,n,s\na,10,5\nb,x,1\nc,4,5\nd,,\n'), counts(['g'], 'n', 's'));
    expect(r.inputs).toMatchObject({ analysed: 10, outcomeUnparseable: 4, outcomeMissing: 0, problemLines: [3, 4, 5] });
  });

  it('names a missing column and lists the ones in the file', () => {
    const outcome = runBiasAudit(fixture('applicants.csv'), { ...applicants, groupColumns: ['gender'] });
    expect(outcome).toEqual({ ok: false, error: { code: 'missing-column', message: 'Column "gender" not found. The file has these columns: "applicant", "sex", "age_band", "selected", "note".' } });
  });

  it('refuses a file in which no record has a usable outcome', () => {
    const outcome = runBiasAudit(csv('g,ok\na,\nb,\n'), { layout: 'per-person', groupColumns: ['g'], outcome: { kind: 'selected', column: 'ok' } });
    expect(outcome.ok || outcome.error.code).toBe('no-usable-records');
  });

  it('is plain JSON: it survives a JSON round trip unchanged', () => {
    const r = audit(fixture('applicants.csv'), applicants);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
});
