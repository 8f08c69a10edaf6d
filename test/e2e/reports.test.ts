// Reports in the browser edition: build a Korean report, two sides sign it, pdfsig agrees, the check screen too.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type Session } from './browser';
import { importAssessmentFile } from './steps';

const fixture = resolve(import.meta.dirname, '../fixtures/assessments/sample-ko.jointcheck.json');
const work = mkdtempSync(join(tmpdir(), 'jointcheck-e2e-reports-'));
let s: Session;
let signedPath = '';

beforeAll(async () => {
  s = await openSession();
});
afterAll(async () => {
  await s?.close();
});

async function createIdentity(name: string, organisation: string, role: string): Promise<void> {
  const { page } = s;
  await page.getByLabel('Full name').fill(name);
  await page.getByLabel('Organisation').fill(organisation);
  await page.getByLabel('Side or role (for example: worker co-chair)').fill(role);
  await page.getByRole('button', { name: 'Create identity' }).click();
  await page.getByRole('status').getByText(`Created the signing identity of ${name}.`).waitFor({ timeout: 30_000 });
}

async function checkPdf(path: string): Promise<void> {
  const { page } = s;
  await page.getByRole('navigation', { name: 'Tools' }).getByRole('link', { name: 'Check a PDF' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose a PDF…' }).click();
  await (await chooser).setFiles(path);
}

describe('signed reports', () => {
  it('creates two signing identities, one with a Korean name', async () => {
    const { page } = s;
    await page.getByRole('navigation', { name: 'Tools' }).getByRole('link', { name: 'Signing' }).click();
    await page.getByText('No signing identity yet.').waitFor();
    await createIdentity('김민지', '한빛물류 노동조합', '근로자 측 공동위원장');
    await createIdentity('Park Jun-ho', 'Hanbit Logistics', 'Employer co-chair');
    await expect.poll(() => page.locator('.identity-card h3').allTextContents()).toEqual(['김민지', 'Park Jun-ho']);
  });

  it('builds a Korean report of an imported assessment and shows it matches the data', async () => {
    const { page } = s;
    await page.getByRole('link', { name: 'JointCheck' }).click();
    await importAssessmentFile(page, fixture);
    await page.getByLabel('Report language').selectOption('ko');
    await page.getByRole('button', { name: 'Create PDF report' }).click();
    await page.locator('.report-card').waitFor({ timeout: 60_000 });
    await page.locator('.report-card').getByText('Matches the current data').waitFor();
    await page.locator('.report-card').getByText('Not signed yet.').waitFor();
  });

  it('is signed by each side in turn, and both signatures are recorded', async () => {
    const { page } = s;
    for (const name of ['김민지', 'Park Jun-ho']) {
      await page.locator('.report-card').getByRole('button', { name: 'Sign…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Sign this report' });
      await dialog.getByLabel('Sign as').selectOption({ label: (await dialog.getByLabel('Sign as').locator('option', { hasText: name }).textContent())! });
      await dialog.getByRole('button', { name: 'Sign', exact: true }).click();
      await page.getByRole('status').getByText(`Signed by ${name}.`, { exact: false }).waitFor({ timeout: 30_000 });
    }
    await expect.poll(() => page.locator('.report-card .signatures li').count()).toBe(2);
  });

  it('saves a PDF that poppler and qpdf accept with both signatures valid', async () => {
    const { page } = s;
    const download = page.waitForEvent('download');
    await page.locator('.report-card').getByRole('button', { name: 'Save PDF' }).click();
    signedPath = join(work, 'signed.pdf');
    await (await download).saveAs(signedPath);
    const pdfsig = spawnSync('pdfsig', [signedPath], { encoding: 'utf8' });
    expect(pdfsig.stdout.match(/Signature is Valid\./g)).toHaveLength(2);
    expect(pdfsig.stdout).toContain('김민지');
    expect(spawnSync('qpdf', ['--check', signedPath]).status).toBe(0);
    const text = spawnSync('pdftotext', [signedPath, '-'], { encoding: 'utf8' }).stdout;
    expect(text).toContain('한빛물류');
  });

  it('checks the signed PDF in the app, tying it to the assessment', async () => {
    const { page } = s;
    await checkPdf(signedPath);
    await expect.poll(() => page.locator('.verdict-valid').count(), { timeout: 30_000 }).toBe(2);
    await page.getByText("The report's content fingerprint matches the assessment", { exact: false }).waitFor();
    await page.getByText('Only later signatures were added after this one.').waitFor();
  });

  it('reports a tampered copy as altered, in plain words', async () => {
    const { page } = s;
    const bytes = readFileSync(signedPath);
    const at = bytes.indexOf(Buffer.from('/Producer')) + 12;
    bytes[at] = bytes[at]! ^ 0x01;
    const tampered = join(work, 'tampered.pdf');
    writeFileSync(tampered, bytes);
    await checkPdf(tampered);
    await page.locator('.verdict-invalid').first().waitFor({ timeout: 30_000 });
    await page.getByText('NOT VALID: the document was altered after it was signed', { exact: false }).first().waitFor();
  });

  it('imports a PKCS#12 file, naming a wrong password plainly and importing nothing then', async () => {
    const { page } = s;
    const p12 = resolve(import.meta.dirname, '../fixtures/signing/good.p12');
    await page.getByRole('navigation', { name: 'Tools' }).getByRole('link', { name: 'Signing' }).click();
    const before = await page.locator('.identity-card h3').count();
    for (const password of ['not the password', 'correct horse battery staple']) {
      await page.getByLabel('Password of the file').fill(password);
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Choose the file and import' }).click();
      await (await chooser).setFiles(p12);
      if (password === 'not the password') {
        await page.getByRole('alert').getByText('The password is not right for this file.', { exact: false }).waitFor({ timeout: 30_000 });
        await expect.poll(() => page.locator('.identity-card h3').count()).toBe(before);
      }
    }
    await page.getByRole('status').getByText('Imported the signing identity of', { exact: false }).waitFor({ timeout: 30_000 });
    await expect.poll(() => page.locator('.identity-card h3').count()).toBe(before + 1);
  });

  it('made no request to any host but its own', () => {
    expect(s.foreignRequests).toEqual([]);
  });
});
