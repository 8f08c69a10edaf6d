// Backup and restore in the browser edition: a backup with an evidence photo saved as a download, the
// assessment deleted and restored through the preview (the photo's thumbnail back), a conflict where the newer
// local copy is kept, and an assessment moved to version 2 of a checklist. Screenshots of the Backup and the
// migration screens in English and Korean go to .bench/ for a look.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type Session } from './browser';
import { importAssessmentFile } from './steps';

const root = resolve(import.meta.dirname, '../..');
const sample = join(root, 'test/fixtures/assessments/sample-en.jointcheck.json');
const photo = join(root, 'test/fixtures/photos/landscape-1600x1200.jpg');
const shots = join(root, '.bench');
const work = mkdtempSync(join(tmpdir(), 'jointcheck-e2e-backup-'));
const backupPath = join(work, 'backup.zip');
const title = 'Warehouse picking system, first visit';
let s: Session;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  s = await openSession();
});
afterAll(async () => {
  await s?.close();
});

const item = (page: Page, n: number) => page.locator('article.item').nth(n);
/** The header's tools, in whichever language is on screen. */
const tools = (page: Page) => page.locator('nav.header-nav');

async function openAssessment(page: Page, tab: string): Promise<void> {
  await page.getByRole('link', { name: 'JointCheck' }).click();
  await page.locator('.assessment-card', { hasText: title }).first().getByRole('link').first().click();
  await page.getByRole('navigation', { name: 'Parts of this assessment' }).getByRole('link', { name: tab }).click();
}

async function chooseBackup(page: Page): Promise<void> {
  await tools(page).getByRole('link', { name: 'Backup' }).click();
  await page.locator('input[type=file][accept^=".zip,.json"]').setInputFiles(backupPath);
  await page.getByTestId('restore-preview').waitFor({ timeout: 30_000 });
}

describe('backup and restore', () => {
  it('imports the sample and attaches a photo to its first item', async () => {
    const { page } = s;
    await importAssessmentFile(page, sample);
    await page.getByRole('navigation', { name: 'Parts of this assessment' }).getByRole('link', { name: 'Checklists' }).click();
    await item(page, 0).getByText('Evidence (0)').click();
    await item(page, 0).locator('input[type=file]').setInputFiles(photo);
    const dialog = page.getByRole('dialog', { name: 'Who is using this computer?' });
    await dialog.getByLabel('Your name').fill('Kim Min-ji');
    await dialog.getByLabel('Your side').selectOption('worker');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await item(page, 0).locator('.evidence-row img').waitFor({ timeout: 20_000 });
  });

  it('creates a signing identity, whose key the Backup screen says cannot leave this computer', async () => {
    const { page } = s;
    await tools(page).getByRole('link', { name: 'Signing' }).click();
    await page.getByLabel('Full name').fill('김민지');
    await page.getByLabel('Organisation').fill('Hanbit union');
    await page.getByRole('button', { name: 'Create identity' }).click();
    await page.getByRole('status').getByText('Created the signing identity of 김민지.').waitFor({ timeout: 20_000 });
    await tools(page).getByRole('link', { name: 'Backup' }).click();
    await page.getByText("김민지: this identity's key was made on this computer and cannot leave it.", { exact: false }).waitFor();
    // No key here can leave, so there is nothing to encrypt and no passphrase to ask for.
    expect(await page.getByLabel('Include the signing keys', { exact: false }).count()).toBe(0);
  });

  it('shows storage use in words and saves a backup that unzip and the manifest both vouch for', async () => {
    const { page } = s;
    await tools(page).getByRole('link', { name: 'Backup' }).click();
    await page.getByRole('heading', { name: 'Backup and restore', level: 1 }).waitFor();
    await expect.poll(() => page.getByTestId('storage-usage').textContent()).toMatch(/JointCheck's data takes [\d.,]+ [KMG]?B of the [\d.,]+ [KMGT]?B this browser allows it/);
    expect(await page.getByTestId('storage-persisted').textContent()).toMatch(/^(Kept|Not guaranteed|This browser does not say)/);
    await page.screenshot({ path: join(shots, 'backup-en.png'), fullPage: true });

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save backup…' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^jointcheck-backup-\d{4}-\d\d-\d\d\.zip$/);
    await file.saveAs(backupPath);
    await page.getByRole('status').getByText(/^Backup saved: .*\(1 assessments, 1 evidence files, 0 signing keys\)/).waitFor();
    expect(execFileSync('unzip', ['-t', backupPath], { encoding: 'utf8' })).toMatch(/No errors detected/);
    const manifest = JSON.parse(execFileSync('unzip', ['-p', backupPath, 'manifest.json'], { encoding: 'utf8' }));
    expect(manifest.assessments.map((a: { title: string }) => a.title)).toEqual([title]);
    expect(manifest.identities).toEqual([expect.objectContaining({ name: '김민지', key: 'not-extractable' })]);
  });

  it('restores the deleted assessment from the backup after a preview, with the photo’s bytes back', async () => {
    const { page } = s;
    await page.getByRole('link', { name: 'JointCheck' }).click();
    await page.getByRole('button', { name: `Delete ${title}` }).click();
    await page.getByRole('button', { name: 'Delete for good' }).click();
    await expect.poll(() => page.locator('.assessment-card').count()).toBe(0);

    await chooseBackup(page);
    const entry = page.getByTestId('restore-entry');
    expect(await entry.getAttribute('data-status')).toBe('new');
    expect(await entry.textContent()).toContain('Not on this computer: it will be added.');
    await page.getByRole('button', { name: 'Restore', exact: true }).click();
    await page.getByRole('status').getByText('Restored: 1 added, 0 replaced, 0 added as copies, 0 left as they were.').waitFor();

    await openAssessment(page, 'Checklists');
    const thumbnail = item(page, 0).locator('.evidence-row img');
    // Items that hold evidence may open their evidence list by themselves.
    if (!(await thumbnail.isVisible())) await item(page, 0).getByText('Evidence (1)').click();
    await thumbnail.waitFor();
    await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  });

  it('keeps the newer local copy by default when the same assessment was changed after the backup', async () => {
    const { page } = s;
    await openAssessment(page, 'Details');
    const titleField = page.getByLabel('Title', { exact: true });
    await titleField.fill(`${title} (revised)`);
    await titleField.blur();
    await expect.poll(() => page.locator('.save-failure').count()).toBe(0);
    await page.waitForTimeout(300);

    await chooseBackup(page);
    const entry = page.getByTestId('restore-entry');
    expect(await entry.getAttribute('data-status')).toBe('conflict');
    expect(await entry.textContent()).toContain('Changed on this computer since the backup.');
    expect(await entry.getByRole('combobox').inputValue()).toBe('keep-local');
    await page.screenshot({ path: join(shots, 'backup-restore-preview-en.png'), fullPage: true });
    await page.getByRole('button', { name: 'Restore', exact: true }).click();
    await page.getByRole('status').getByText('Restored: 0 added, 0 replaced, 0 added as copies, 1 left as they were.').waitFor();
    await page.getByRole('link', { name: 'JointCheck' }).click();
    await expect.poll(() => page.locator('.assessment-card').allTextContents()).toEqual([expect.stringContaining(`${title} (revised)`)]);
  });

  it('offers version 2 of the psychosocial checklist on Details and moves the assessment, keeping the retired item’s answer in a note', async () => {
    const { page } = s;
    await openAssessment(page, 'Details');
    await page.getByText('Version 2 of the checklist').waitFor();
    await page.getByRole('link', { name: 'See what would change…' }).click();
    await page.getByRole('heading', { name: 'Move to a newer checklist version', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Retired items (1)' }).waitFor();
    await page.getByRole('heading', { name: 'New items, unanswered (1)' }).waitFor();
    await page.getByText('answered: 9 %').waitFor();
    await page.screenshot({ path: join(shots, 'migrate-en.png'), fullPage: true });

    await page.getByRole('combobox', { name: 'Language' }).selectOption('ko');
    await page.getByRole('heading', { name: '새 체크리스트 버전으로 옮기기', level: 1 }).waitFor();
    await page.screenshot({ path: join(shots, 'migrate-ko.png'), fullPage: true });
    await tools(page).getByRole('link', { name: '백업' }).click();
    await page.getByRole('heading', { name: '백업과 복원', level: 1 }).waitFor();
    await page.screenshot({ path: join(shots, 'backup-ko.png'), fullPage: true });
    await page.getByRole('combobox', { name: '언어' }).selectOption('en');

    await openAssessment(page, 'Details');
    await page.getByRole('link', { name: 'See what would change…' }).click();
    await page.getByRole('button', { name: 'Move to version 2' }).click();
    await page.getByRole('status').getByText(/^The assessment now uses version 2 of/).waitFor();
    await expect.poll(() => page.getByText('Version 2 of the checklist').count()).toBe(0);
    await page.getByRole('navigation', { name: 'Parts of this assessment' }).getByRole('link', { name: 'Evidence' }).click();
    await page.getByText(/Checklist update: .*version 1 to 2/).first().waitFor();
  });

  it('made no request to any host but its own', () => {
    expect(s.foreignRequests).toEqual([]);
  });
});
