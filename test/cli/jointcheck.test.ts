// The command line as inspectorates and unions use it: real processes, real files, poppler as the referee.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'jointcheck-cli-'));
const at = (name: string): string => join(work, name);
const sample = (lang: string): string => resolve(root, `test/fixtures/assessments/sample-${lang}.jointcheck.json`);

function jointcheck(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [resolve(root, 'electron/cli/jointcheck.mjs'), ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('jointcheck command line', () => {
  it('prints usage and exits 2 for no or unknown commands', () => {
    expect(jointcheck().status).toBe(2);
    const unknown = jointcheck('frobnicate');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('Unknown command "frobnicate"');
    expect(jointcheck('report', sample('en')).stderr).toContain('--out is required');
  });

  it('builds reports in English and Korean from the sample assessment files', () => {
    for (const lang of ['en', 'ko']) {
      const run = jointcheck('report', sample(lang), '--out', at(`report-${lang}.pdf`), '--lang', lang);
      expect(run.status, run.stderr).toBe(0);
      expect(spawnSync('qpdf', ['--check', at(`report-${lang}.pdf`)]).status).toBe(0);
    }
    const text = spawnSync('pdftotext', [at('report-ko.pdf'), '-'], { encoding: 'utf8' }).stdout;
    expect(text).toContain('한빛물류');
  });

  it('refuses an assessment file that is not one, with exit code 2', () => {
    writeFileSync(at('bad.json'), '{"format":"something-else"}');
    const run = jointcheck('report', at('bad.json'), '--out', at('x.pdf'));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('not a JointCheck assessment file');
  });

  it('makes identities, signs twice, and verifies: pdfsig agrees', () => {
    writeFileSync(at('pw.txt'), 'correct horse battery staple\n');
    expect(jointcheck('identity', '--name', '김민지', '--org', '한빛물류 노동조합', '--role', 'worker co-chair', '--out', at('kim.p12'), '--password-file', at('pw.txt')).status).toBe(0);
    expect(jointcheck('identity', '--name', 'Park Jun-ho', '--org', 'Hanbit', '--role', 'employer co-chair', '--out', at('park.p12'), '--password-file', at('pw.txt')).status).toBe(0);
    const first = jointcheck('sign', at('report-ko.pdf'), '--identity', at('kim.p12'), '--password-file', at('pw.txt'), '--out', at('signed-1.pdf'), '--reason', '근로자 측 확인');
    expect(first.status, first.stderr).toBe(0);
    const second = jointcheck('sign', at('signed-1.pdf'), '--identity', at('park.p12'), '--password-file', at('pw.txt'), '--out', at('signed-2.pdf'));
    expect(second.status, second.stderr).toBe(0);

    const pdfsig = spawnSync('pdfsig', [at('signed-2.pdf')], { encoding: 'utf8' }).stdout;
    expect(pdfsig.match(/Signature is Valid\./g)).toHaveLength(2);
    expect(pdfsig).toContain('김민지');

    const verified = jointcheck('verify', at('signed-2.pdf'), '--json');
    expect(verified.status).toBe(0);
    const json = JSON.parse(verified.stdout);
    expect(json.ok).toBe(true);
    expect(json.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(json.signatures.map((s: { signerName: string }) => s.signerName)).toEqual(['김민지', 'Park Jun-ho']);
    expect(json.signatures.map((s: { valid: boolean }) => s.valid)).toEqual([true, true]);
  });

  it('exits 1 when one byte inside a signed range was changed, as pdfsig reports a digest mismatch', () => {
    const bytes = readFileSync(at('signed-2.pdf'));
    bytes[2000] = bytes[2000]! ^ 0x01;
    writeFileSync(at('tampered.pdf'), bytes);
    const run = jointcheck('verify', at('tampered.pdf'));
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('NOT VALID');
    expect(spawnSync('pdfsig', [at('tampered.pdf')], { encoding: 'utf8' }).stdout).toContain('Digest Mismatch.');
  });

  it('exits 1 for a PDF with no signature: an unsigned report proves nothing', () => {
    const run = jointcheck('verify', at('report-en.pdf'));
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('no signatures');
  });

  it('exits 2 for a file that is not a readable PDF, and for a wrong password', () => {
    writeFileSync(at('not.pdf'), 'hello');
    expect(jointcheck('verify', at('not.pdf')).status).toBe(2);
    expect(jointcheck('verify', at('missing.pdf')).status).toBe(2);
    writeFileSync(at('wrong.txt'), 'nope\n');
    const run = jointcheck('sign', at('report-en.pdf'), '--identity', at('kim.p12'), '--password-file', at('wrong.txt'), '--out', at('never.pdf'));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('could not be opened with that password');
  });
});
