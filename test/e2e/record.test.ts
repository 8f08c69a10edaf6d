// The committee's working record in the browser edition: evidence by picker and by drop, a refused file,
// each side's position, a follow-up visit and its comparison, then an evidence pack exported, checked and imported.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type Session } from './browser';
import { importAssessmentFile } from './steps';

const root = resolve(import.meta.dirname, '../..');
const sample = join(root, 'test/fixtures/assessments/sample-en.jointcheck.json');
const photo = join(root, 'test/fixtures/photos/landscape-1600x1200.jpg');
const work = mkdtempSync(join(tmpdir(), 'jointcheck-e2e-record-'));
const title = 'Warehouse picking system, first visit';
let s: Session;

beforeAll(async () => {
  s = await openSession();
});
afterAll(async () => {
  await s?.close();
});

const item = (page: Page, n: number) => page.locator('article.item').nth(n);

async function openAssessment(page: Page, name: string, tab: string): Promise<void> {
  await page.getByRole('link', { name: 'JointCheck' }).click();
  await page.locator('.assessment-card', { hasText: name }).first().getByRole('link').first().click();
  await page.getByRole('navigation', { name: 'Parts of this assessment' }).getByRole('link', { name: tab }).click();
}

describe('the working record', () => {
  it('imports the sample assessment', async () => {
    const { page } = s;
    await importAssessmentFile(page, sample);
  });

  it('attaches a photo with the file picker, asking once who is at the keyboard', async () => {
    const { page } = s;
    await page.getByRole('navigation', { name: 'Parts of this assessment' }).getByRole('link', { name: 'Checklists' }).click();
    await item(page, 0).getByText('Evidence (0)').click();
    await item(page, 0).locator('input[type=file]').setInputFiles(photo);
    const dialog = page.getByRole('dialog', { name: 'Who is using this computer?' });
    await dialog.getByLabel('Your name').fill('Kim Min-ji');
    await dialog.getByLabel('Your side').selectOption('worker');
    await dialog.getByRole('button', { name: 'Save' }).click();
    const row = item(page, 0).locator('.evidence-row');
    await row.waitFor({ timeout: 20_000 });
    await expect.poll(() => row.textContent()).toContain('Added by Kim Min-ji (Worker side)');
    expect(await row.locator('.hash').textContent()).toMatch(/SHA-256 [0-9a-f]{64}/);
    // The photo was reduced to 2048 px at most: this one (1600 × 1200) stays as it is, re-encoded as JPEG.
    expect(await row.locator('img').getAttribute('src')).toMatch(/^blob:/);
    await expect.poll(() => page.getByRole('button', { name: /^You: Kim Min-ji/ }).count()).toBe(1);
  });

  it('attaches a document dropped on an item, and refuses a file whose content is not what its name says', async () => {
    const { page } = s;
    await item(page, 1).getByText('Evidence (0)').click();
    const pdf = '%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n';
    const drop = await page.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'minutes.pdf', { type: 'application/pdf' }));
      return transfer;
    }, pdf);
    await item(page, 1).getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer: drop });
    await expect.poll(() => item(page, 1).locator('.evidence-row').count(), { timeout: 20_000 }).toBe(1);
    expect(await item(page, 1).locator('.evidence-name').textContent()).toContain('minutes.pdf');

    await item(page, 1).locator('input[type=file]').setInputFiles({ name: 'site.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(pdf) });
    await page.getByRole('alert').getByText('"site.jpg" is not what its name says', { exact: false }).waitFor({ timeout: 20_000 });
    expect(await item(page, 1).locator('.evidence-row').count()).toBe(1);
  });

  it("records each side's position on an item, and the summary counts the open disagreement", async () => {
    const { page } = s;
    await item(page, 2).getByRole('button', { name: 'Record where the sides disagree' }).click();
    await item(page, 2).getByLabel('Worker side: position').fill('Ratings are not explained to anyone.');
    await item(page, 2).getByLabel('Employer side: position').fill('Supervisors explain ratings monthly.');
    await item(page, 2).locator('h3 .tag', { hasText: 'Open disagreement' }).waitFor();
    await page.getByRole('navigation', { name: 'Parts of this assessment' }).getByRole('link', { name: 'Summary' }).click();
    await expect.poll(() => page.getByTestId('disagreement-count').textContent()).toBe('Open disagreements: 1 · settled: 0');
  });

  it('keeps all of it across a browser restart', async () => {
    await s.restart();
    const { page } = s;
    await openAssessment(page, title, 'Evidence');
    await expect.poll(() => page.locator('.evidence-row').count()).toBe(2);
    expect(await page.locator('.evidence-name').allTextContents()).toEqual([expect.stringContaining('landscape-1600x1200'), expect.stringContaining('minutes.pdf')]);
  });

  it('starts a follow-up visit whose answers ask to be re-checked, and compares it with the first', async () => {
    const { page } = s;
    await page.getByRole('navigation', { name: 'Parts of this assessment' }).getByRole('link', { name: 'Summary' }).click();
    await page.getByRole('button', { name: 'Start a follow-up visit' }).click();
    await page.getByRole('heading', { name: 'Details', level: 1 }).waitFor();
    await page.getByLabel('Title', { exact: true }).fill('Warehouse picking system, second visit');
    await page.getByRole('navigation', { name: 'Parts of this assessment' }).getByRole('link', { name: 'Checklists' }).click();
    await item(page, 0).getByText('Carried over from the earlier visit', { exact: false }).waitFor();
    await item(page, 0).getByRole('radio', { name: 'Yes', exact: true }).check();
    await expect.poll(() => item(page, 0).getByText('Carried over from the earlier visit', { exact: false }).count()).toBe(0);
    await item(page, 2).locator('h3 .tag', { hasText: 'Open disagreement' }).waitFor();

    await page.getByRole('navigation', { name: 'Parts of this assessment' }).getByRole('link', { name: 'Summary' }).click();
    await page.getByRole('button', { name: 'Compare with another visit…' }).click();
    await page.getByRole('button', { name: /^Compare/ }).last().click();
    await page.getByRole('heading', { name: /Compar/, level: 1 }).waitFor();
    await expect.poll(() => page.locator('.compare-counts').textContent()).toMatch(/1/);
  });

  it('exports a signed evidence pack that unzip and the command line accept', async () => {
    const { page } = s;
    await page.getByRole('navigation', { name: 'Tools' }).getByRole('link', { name: 'Signing' }).click();
    await page.getByLabel('Full name').fill('Kim Min-ji');
    await page.getByLabel('Organisation').fill('Hanbit Logistics Union');
    await page.getByLabel('Side or role (for example: worker co-chair)').fill('Worker co-chair');
    await page.getByRole('button', { name: 'Create identity' }).click();
    await page.getByRole('status').getByText('Created the signing identity of Kim Min-ji.').waitFor({ timeout: 30_000 });

    await openAssessment(page, title, 'Summary');
    await page.getByRole('button', { name: 'Export an evidence pack…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export an evidence pack' });
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await dialog.getByRole('button', { name: 'Export' }).click();
    const path = join(work, 'pack.zip');
    await (await download).saveAs(path);
    await page.getByRole('status').getByText('signed', { exact: false }).waitFor();
    expect(spawnSync('unzip', ['-tq', path], { encoding: 'utf8' }).status).toBe(0);
    const verify = spawnSync('npx', ['jointcheck', 'verify', path, '--json'], { cwd: root, encoding: 'utf8' });
    expect(verify.status, verify.stdout + verify.stderr).toBe(0);
    const listing = spawnSync('unzip', ['-Z1', path], { encoding: 'utf8' }).stdout.split('\n');
    expect(listing).toEqual(expect.arrayContaining(['manifest.json', 'manifest.sig', 'assessment.jointcheck.json']));
    expect(listing.filter((p) => p.startsWith('evidence/'))).toHaveLength(2);
  });

  it('imports the pack after checking it, as a read-only assessment', async () => {
    const { page } = s;
    await page.getByRole('link', { name: 'JointCheck' }).click();
    await page.getByRole('heading', { name: 'Assessments', level: 1 }).waitFor();
    await page.locator('input[type=file][accept^=".zip"]').setInputFiles(join(work, 'pack.zip'));
    const dialog = page.getByRole('dialog', { name: /Evidence pack/ });
    await dialog.getByText('Every file matches the pack\'s signed list, and the signature is valid.').waitFor({ timeout: 30_000 });
    await dialog.getByRole('button', { name: 'Add as a read-only assessment' }).click();
    await page.getByRole('heading', { name: 'Summary', level: 1 }).waitFor();
    await page.getByText('Read-only copy imported from the evidence pack', { exact: false }).waitFor();
    await page.getByRole('navigation', { name: 'Parts of this assessment' }).getByRole('link', { name: 'Evidence' }).click();
    await expect.poll(() => page.locator('.evidence-row img').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Remove' }).count()).toBe(0);
    await page.getByRole('navigation', { name: 'Parts of this assessment' }).getByRole('link', { name: 'Checklists' }).click();
    expect(await item(page, 0).getByRole('radio', { name: 'Yes', exact: true }).isDisabled()).toBe(true);
    expect(s.foreignRequests).toEqual([]);
  });
});
