// The action plan and the meetings and deadlines screens in real Chromium, against the built browser edition.
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localToday } from '../../shared/domain/today';
import { addDays } from '../../shared/record/calendar';
import { openSession, type Session } from './browser';
import { expectNoSeriousA11yViolations } from './steps';

/** Screenshots to look at, kept out of git. */
const shots = resolve(import.meta.dirname, '../../.bench');
const fromToday = (n: number): string => addDays(localToday(), n)!;

let s: Session;
beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  s = await openSession();
});
afterAll(async () => {
  await s?.close();
});

const actionCard = (page: Page): Locator => page.locator('li.action-card').first();

describe('the action plan from a high risk to a verified action', () => {
  it('sets up an assessment with both sides and an AI system that went live before workers were told', async () => {
    const { page } = s;
    await page.getByRole('button', { name: 'New assessment' }).click();
    await page.getByRole('heading', { name: 'Details', level: 1 }).waitFor();
    await page.getByLabel('Name of the workplace or employer').fill('Hanbit Logistics');
    await page.getByRole('button', { name: 'Add an AI system' }).click();
    await page.getByLabel('Name of the system').fill('PickRate 3');
    await page.getByLabel('Go-live date').fill('2026-02-01');
    await page.getByLabel("Workers' representatives informed on").fill('2026-02-15');
    const names = page.getByLabel('Name', { exact: true });
    for (const [name, side] of [
      ['김민지', 'worker'],
      ['Park Jun-ho', 'employer'],
    ] as const) {
      const before = await names.count();
      await page.getByRole('button', { name: 'Add a participant' }).click();
      await expect.poll(() => names.count()).toBe(before + 1);
      await names.last().fill(name);
      await page.getByLabel('Side', { exact: true }).last().selectOption(side);
    }
    await page.getByRole('button', { name: 'Go to the checklists' }).click();
    const first = page.locator('article.item').first();
    await first.getByRole('radio', { name: 'No', exact: true }).check();
    await first.getByText('Rate the risk').click();
    await first.getByRole('combobox', { name: 'Likelihood' }).selectOption('4');
    await first.getByRole('combobox', { name: 'Severity' }).selectOption('5');
    await expect.poll(() => first.locator('.risk-result').textContent()).toContain('Very high');
  });

  it('adds an action for the high-risk gap, with a high priority', async () => {
    const { page } = s;
    await page.getByRole('link', { name: 'Action plan' }).click();
    await page.getByRole('heading', { name: 'Action plan', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Gaps and high risks without an action' }).waitFor();
    await page.getByRole('button', { name: /^Add action for item 1\.1 / }).click();
    const card = actionCard(page);
    await expect.poll(() => card.getByLabel('Priority').inputValue()).toBe('high');
    await expect.poll(() => card.getByLabel('What will be done').evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Share the written high-risk classification with the committee');
    await card.getByLabel('Owner (who sees it through)').fill('Park Jun-ho');
    await card.getByLabel('Type of control').selectOption('organise');
    await card.getByLabel('Budget').fill('none needed');
  });

  it('shows it overdue, in words, once its due date has passed', async () => {
    const { page } = s;
    const card = actionCard(page);
    await card.getByLabel('Due date').fill(fromToday(-3));
    await card.getByText('Overdue by 3 days').waitFor();
    await page.getByRole('list', { name: 'Where the action plan stands' }).getByText('1 overdue').waitFor();
    await card.getByLabel('Status', { exact: true }).selectOption('in-progress');
    await card.getByText('Overdue by 3 days').waitFor();
    await expectNoSeriousA11yViolations(page, 'action plan');
    await page.screenshot({ path: resolve(shots, 'actions-en.png'), fullPage: true });
  });

  it('is done, then verified by the worker side and locked until the check is withdrawn', async () => {
    const { page } = s;
    const card = actionCard(page);
    await card.getByLabel('Status', { exact: true }).selectOption('done');
    await expect.poll(() => card.getByText(/Overdue/).count()).toBe(0);
    await card.getByRole('button', { name: 'Verify…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Verify this action' });
    const verifier = dialog.getByLabel('Verified by (Worker side)');
    expect(await verifier.locator('option').allTextContents()).toEqual(['김민지']);
    await expectNoSeriousA11yViolations(page, 'verify dialog');
    await page.screenshot({ path: resolve(shots, 'verify-dialog-en.png') });
    await dialog.getByLabel('What was checked (optional)').fill('Classification seen, dated and signed.');
    await dialog.getByRole('button', { name: 'Record verification' }).click();
    await card.getByText(/Verified by 김민지 \(Worker side\) on /).waitFor();
    expect(await card.getByLabel('What will be done').isDisabled()).toBe(true);
    await page.getByRole('list', { name: 'Where the action plan stands' }).getByText('1 verified').waitFor();
    await card.screenshot({ path: resolve(shots, 'verified-action-en.png') });
  });

  it('finds it all again after a reload', async () => {
    const { page } = s;
    await page.reload();
    await page.getByRole('heading', { name: 'Action plan', level: 1 }).waitFor();
    const card = actionCard(page);
    await expect.poll(() => card.getByLabel('What will be done').inputValue()).toBe('Share the written high-risk classification with the committee');
    expect(await card.getByLabel('Owner (who sees it through)').inputValue()).toBe('Park Jun-ho');
    expect(await card.getByLabel('Due date').inputValue()).toBe(fromToday(-3));
    expect(await card.getByLabel('Status', { exact: true }).inputValue()).toBe('verified');
    expect(await card.getByLabel('Priority').inputValue()).toBe('high');
    await card.getByText('Note: Classification seen, dated and signed.').waitFor();
  });

  it('exports the plan as a CSV with a byte order mark and the action’s row', async () => {
    const { page } = s;
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export as spreadsheet (CSV)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`Hanbit Logistics action plan ${localToday()}.csv`);
    const bytes = readFileSync((await file.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = bytes.toString('utf8').slice(1).split('\r\n');
    expect(rows[0]).toMatch(/^No\.,Checklist,Item,Item text,Action,Control type,Owner/);
    const row = rows.find((r) => r.includes('Share the written high-risk classification'));
    expect(row).toContain('intro-01');
    expect(row).toContain(`Organisational,Park Jun-ho,Employer side,${fromToday(-3)},No,none needed,High,Verified,김민지 (Worker side),${localToday()}`);
    await page.getByRole('status').getByText(/^Action plan saved: /).waitFor();
  });

  it('withdraws the verification back to done', async () => {
    const { page } = s;
    const card = actionCard(page);
    await card.getByRole('button', { name: 'Withdraw verification' }).click();
    await expect.poll(() => card.getByLabel('Status', { exact: true }).inputValue()).toBe('done');
    expect(await card.getByLabel('What will be done').isDisabled()).toBe(false);
  });
});

describe('meetings and deadlines', () => {
  it('warns that the system went live first, records a one-sided meeting and says it was not joint', async () => {
    const { page } = s;
    await page.getByRole('link', { name: 'Meetings and deadlines' }).click();
    await page.getByRole('heading', { name: 'Meetings and deadlines', level: 1 }).waitFor();
    await page.getByText(/PickRate 3 went live on 1 Feb 2026, 14 days before workers' representatives were informed/).waitFor();
    await page.getByLabel('Recommendations sent to the employer on').fill(fromToday(-30));
    await page.getByText(/Overdue by 9 days: the answer was due on /).waitFor();
    await page.getByRole('button', { name: 'Add a meeting' }).click();
    const meeting = page.locator('li.meeting-card').first();
    await meeting.getByRole('checkbox', { name: /김민지/ }).check();
    await meeting.getByText('Only one side was present (Worker side): this was not a joint meeting.').waitFor();
    await meeting.getByLabel('Notes (decisions, disagreements, next steps)').fill('The employer side sent apologies.');
    await expectNoSeriousA11yViolations(page, 'meetings');
    await page.screenshot({ path: resolve(shots, 'meetings-en.png'), fullPage: true });
    await page.reload();
    await page.getByRole('heading', { name: 'Meetings and deadlines', level: 1 }).waitFor();
    await expect.poll(() => page.locator('li.meeting-card').first().getByRole('checkbox', { name: /김민지/ }).isChecked()).toBe(true);
    await expect.poll(() => page.locator('li.meeting-card').first().getByLabel('Notes (decisions, disagreements, next steps)').inputValue()).toBe('The employer side sent apologies.');
  });

  it('reads in Korean on both screens', async () => {
    const { page } = s;
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ko');
    await page.getByRole('heading', { name: '회의 및 기한', level: 1 }).waitFor();
    await page.getByText('한쪽만 참석했습니다(근로자 측). 노사 공동 회의가 아닙니다.').waitFor();
    await expectNoSeriousA11yViolations(page, 'meetings in Korean');
    await page.screenshot({ path: resolve(shots, 'meetings-ko.png'), fullPage: true });
    await page.getByRole('link', { name: '개선 조치 계획' }).click();
    await page.getByRole('heading', { name: '개선 조치 계획', level: 1 }).waitFor();
    await actionCard(page).getByLabel('진행 상태').waitFor();
    await expectNoSeriousA11yViolations(page, 'action plan in Korean');
    await page.screenshot({ path: resolve(shots, 'actions-ko.png'), fullPage: true });
    await page.getByRole('combobox', { name: '언어' }).selectOption('en');
  });

  it('made no request to any host but its own', () => {
    expect(s.foreignRequests).toEqual([]);
  });
});
