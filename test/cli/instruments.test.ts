// `jointcheck bias` and `jointcheck survey` as real processes: tables and JSON on the fixtures, exit codes, and messages for bad files and wrong use.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseInstrumentResult } from '../../shared/instruments/result';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'jointcheck-instruments-'));
const at = (name: string): string => join(work, name);
const fixture = (name: string): string => resolve(root, 'test/fixtures/instruments', name);

function jointcheck(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [resolve(root, 'electron/cli/jointcheck.mjs'), ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Runs the command under GNU time and returns its peak memory in kilobytes with its exit code. */
function peakMemoryKb(...args: string[]): { status: number | null; kb: number } {
  const report = at(`time-${args.length}-${Date.now()}.txt`);
  const run = spawnSync('/usr/bin/time', ['-f', '%M', '-o', report, process.execPath, resolve(root, 'electron/cli/jointcheck.mjs'), ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  return { status: run.status, kb: Number(readFileSync(report, 'utf8').trim().split('\n').pop()) };
}

type JsonCategory = { name: string; count: number; selected: number; rate: number; impactRatio: number | null; flag: boolean | null };

describe('jointcheck bias', () => {
  it('prints a table per attribute and for the intersection, with flags, tests, fragility and the caveat', () => {
    const run = jointcheck('bias', fixture('applicants.csv'), '--group', 'sex,age_band', '--outcome', 'selected');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('94 of 97 records analysed; 2 with a blank and 1 with an unreadable outcome left out');
    expect(run.stdout).toContain('Bias audit: 5 of 10 categories below four-fifths (4 fragile).');
    expect(run.stdout).toContain('sex: reference Male (rate 56.0%)');
    expect(run.stdout).toMatch(/Female {7}40 {8}16 {2}40\.0% {9}0\.714 {4}BELOW 0\.8 {2}z-test {2}0\.131/);
    expect(run.stdout).toMatch(/Female × under 40 +25 +12 +48\.0% +0\.800 +ok +z-test +0\.373 +fragile: one person would reverse this/);
    expect(run.stdout).toContain('3 analysed record(s) with an unknown or blank sex are not in any category.');
    expect(run.stdout).toContain('EU equality law sets no numeric threshold');
  });

  it('with --json, gives each category name, count, selected, rate, impact ratio and flag, as a valid stored result', () => {
    const run = jointcheck('bias', fixture('ugesp-example.csv'), '--group', 'group', '--outcome', 'hired', '--count', 'applicants', '--json');
    expect(run.status, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(parseInstrumentResult(json).ok).toBe(true);
    const categories: JsonCategory[] = json.comparisons[0].categories;
    expect(categories.map(({ name, count, selected, rate, impactRatio, flag }) => ({ name, count, selected, rate, impactRatio: Number(impactRatio!.toFixed(4)), flag }))).toEqual([
      { name: 'American Indian', count: 100, selected: 45, rate: 0.45, impactRatio: 0.75, flag: true },
      { name: 'Black', count: 100, selected: 51, rate: 0.51, impactRatio: 0.85, flag: false },
      { name: 'Hispanic', count: 100, selected: 48, rate: 0.48, impactRatio: 0.8, flag: false },
      { name: 'White', count: 100, selected: 60, rate: 0.6, impactRatio: 1, flag: false },
    ]);
  });

  it('with --score, uses the scoring rate above the median and says how ties count', () => {
    const run = jointcheck('bias', fixture('scores.csv'), '--group', 'team', '--outcome', 'score', '--score');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('scoring rate = share scoring above the median 3 (4 at the median count as not above)');
    expect(run.stdout).toMatch(/A +5 +1 +20\.0% +0\.333 +BELOW 0\.8 +Fisher +0\.524/);
  });

  it('names a missing column and lists the available ones, exit 2', () => {
    const run = jointcheck('bias', fixture('applicants.csv'), '--group', 'gender', '--outcome', 'selected');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Column "gender" not found. The file has these columns: "applicant", "sex", "age_band", "selected", "note".');
  });

  it('exits 2 for a file that is missing, binary, ragged or a folder', () => {
    const missing = jointcheck('bias', at('nope.csv'), '--group', 'a', '--outcome', 'b');
    expect([missing.status, missing.stderr.trim()]).toEqual([2, `${at('nope.csv')}: no such file.`]);
    writeFileSync(at('garbage.csv'), new Uint8Array(2048).map((_, i) => (i * 7919 + 13) % 256));
    const garbage = jointcheck('bias', at('garbage.csv'), '--group', 'a', '--outcome', 'b');
    expect(garbage.status).toBe(2);
    expect(garbage.stderr).toContain('CSV UTF-8');
    writeFileSync(at('ragged.csv'), 'sex,selected\nF,yes\nM,no,extra\n');
    const ragged = jointcheck('bias', at('ragged.csv'), '--group', 'sex', '--outcome', 'selected');
    expect([ragged.status, ragged.stderr.trim()]).toEqual([2, `${at('ragged.csv')}: Line 3: 3 fields, but the header has 2. Check for a missing or extra comma, or an unquoted comma inside a value.`]);
    expect(jointcheck('bias', work, '--group', 'a', '--outcome', 'b').stderr).toContain('is a folder');
  });

  it('refuses a 100 MB file without reading it: exit 2, and no more memory than a run on a small file', () => {
    writeFileSync(at('big.csv'), '');
    truncateSync(at('big.csv'), 100 * 1024 * 1024);
    const small = peakMemoryKb('bias', fixture('ugesp-example.csv'), '--group', 'group', '--outcome', 'hired', '--count', 'applicants');
    const big = peakMemoryKb('bias', at('big.csv'), '--group', 'a', '--outcome', 'b');
    expect(small.status).toBe(0);
    expect(big.status).toBe(2);
    // Reading the file would add at least its 100 MB (102,400 KB) to the peak.
    expect(big.kb).toBeLessThan(small.kb + 50_000);
    expect(jointcheck('bias', at('big.csv'), '--group', 'a', '--outcome', 'b').stderr).toContain('The file is 100 MB, larger than the 50 MB this reader accepts.');
  });

  it('exits 2 with the usage text for wrong use, and 1 when no record has a usable outcome', () => {
    const noGroup = jointcheck('bias', fixture('applicants.csv'), '--outcome', 'selected');
    expect(noGroup.status).toBe(2);
    expect(noGroup.stderr).toContain('--group is required.');
    expect(noGroup.stderr).toContain('jointcheck bias <file.csv>');
    expect(jointcheck('bias', fixture('scores.csv'), '--group', 'team', '--outcome', 'score', '--score', '--yes', '1').status).toBe(2);
    writeFileSync(at('blank.csv'), 'sex,selected\nF,\nM,\n');
    const blank = jointcheck('bias', at('blank.csv'), '--group', 'sex', '--outcome', 'selected');
    expect(blank.status).toBe(1);
    expect(blank.stderr).toContain('No record has a usable outcome (2 blank, 0 unreadable; see line 2)');
  });
});

describe('jointcheck survey', () => {
  it('prints scale tables overall and per team, suppresses small teams, lists scales needing action and warns of bad answers', () => {
    const run = jointcheck('survey', fixture('hse-responses.csv'), '--group', 'team', '--invited', '60');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('HSE Management Standards Indicator Tool): 43 responses, response rate 72% (good), 2 scales need action.');
    expect(run.stdout).toContain('43 responses from 44 rows (1 row with no answer left out); 1 answer not 1-5 treated as unanswered.');
    expect(run.stdout).toMatch(/Demands +42 +2\.00 +0\.94 +12 +24 +0 +6 +0/);
    expect(run.stdout).toContain('team = B: Suppressed so that a smaller hidden group cannot be worked out from the total.');
    expect(run.stdout).toContain('team = C: Suppressed, fewer than 10 respondents.');
    expect(run.stdout).toContain('  demands (Demands): team = A, mean 2.00');
    expect(run.stderr).toContain('line 4: column "Q1": "6" is not an answer from 1 to 5; treated as unanswered.');
  });

  it('with --json, gives a valid stored result with no figure for a suppressed team', () => {
    const run = jointcheck('survey', fixture('hse-responses.csv'), '--instrument', 'hse', '--group', 'team', '--json');
    expect(run.status, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(parseInstrumentResult(json).ok).toBe(true);
    expect(json.groups[2]).toEqual({ group: 'C', suppressed: true, reason: 'fewer-than-minimum', message: { en: 'Suppressed, fewer than 10 respondents.', ko: '응답자가 10명 미만이라 표시하지 않습니다.' } });
    expect(json.inputs).toEqual({ rows: 44, emptyRows: 1, invalidAnswers: 1, missingItems: [], ignoredColumns: ['submitted'] });
  });

  it('recognises our own questionnaire from its columns and groups by a Korean column name', () => {
    const run = jointcheck('survey', fixture('jointcheck-responses.csv'), '--group', '근무조');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('JointCheck questionnaire on AI and psychosocial load): 23 responses, 7 scales need action.');
    expect(run.stdout).toContain('근무조 = 야간 (11 respondents)');
    expect(run.stdout).toContain('  pace (Pace set by algorithms): 근무조 = 야간, mean 2.00');
  });

  it('refuses a minimum group below 5, more responses than invited, and unknown options with exit 2', () => {
    const low = jointcheck('survey', fixture('hse-responses.csv'), '--min-group', '4');
    expect(low.status).toBe(2);
    expect(low.stderr).toContain('The minimum group size must be a whole number of at least 5 (asked: 4)');
    const invited = jointcheck('survey', fixture('hse-responses.csv'), '--invited', '40');
    expect([invited.status, invited.stderr]).toEqual([2, expect.stringContaining('There are 43 responses but only 40 people were invited.')]);
    expect(jointcheck('survey', fixture('hse-responses.csv'), '--invited', 'many').stderr).toContain('--invited must be a whole number, not "many".');
    expect(jointcheck('survey', fixture('hse-responses.csv'), '--instrument', 'copsoq').stderr).toContain('--instrument must be jointcheck or hse, not "copsoq".');
  });

  it('names a missing group column and a file without item columns, exit 2', () => {
    const group = jointcheck('survey', fixture('hse-responses.csv'), '--group', 'shift');
    expect(group.status).toBe(2);
    expect(group.stderr).toContain('Column "shift" not found. The file has these columns: "submitted", "team", "Q1"');
    const none = jointcheck('survey', fixture('scores.csv'));
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('No column is an item of a known questionnaire');
  });
});
