// Assessment files in and out of the browser edition: import through the file picker, export as a download.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAssessmentFile } from '../../shared/format/assessmentFile';
import { openSession, type Session } from './browser';

const fixture = (name: string): string => resolve(import.meta.dirname, '../fixtures/assessments', name);
let s: Session;
beforeAll(async () => {
  s = await openSession();
});
afterAll(async () => {
  await s?.close();
});

describe('assessment files', () => {
  it('imports a Korean sample file and shows its summary', async () => {
    const { page } = s;
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import an assessment file' }).click();
    await (await chooser).setFiles(fixture('sample-ko.jointcheck.json'));
    await page.getByRole('status').getByText('Imported “물류센터 피킹 시스템 1차 점검”.').waitFor();
    await page.getByRole('heading', { name: 'Summary', level: 1 }).waitFor();
    await page.getByText(/^80 of 80 items answered/).waitFor();
  });

  it('refuses a file that is not an assessment file, saying what to do, and adds nothing', async () => {
    const { page } = s;
    await page.getByRole('link', { name: 'JointCheck' }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import an assessment file' }).click();
    await (await chooser).setFiles({ name: 'report.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":"world"}') });
    await page.getByRole('alert').getByText('This file is not a JointCheck assessment file.', { exact: false }).waitFor();
    await expect.poll(() => page.locator('.assessment-card').count()).toBe(1);
  });

  it('exports the assessment as a file that reads back identically', async () => {
    const { page } = s;
    await page.getByRole('button', { name: /^Summary of / }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save as assessment file' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('물류센터 피킹 시스템 1차 점검 2026-11-20.jointcheck.json');
    const parsed = parseAssessmentFile(readFileSync((await file.path())!));
    const original = parseAssessmentFile(readFileSync(fixture('sample-ko.jointcheck.json')));
    expect(parsed.ok && original.ok).toBe(true);
    if (parsed.ok && original.ok) expect(parsed.file.answers).toEqual(original.file.answers);
  });

  it('made no request to any host but its own', () => {
    expect(s.foreignRequests).toEqual([]);
  });
});
