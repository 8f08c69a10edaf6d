// The foundation journey a committee member makes, in real Chromium against the built browser edition.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type Session } from './browser';
import { expectNoSeriousA11yViolations } from './steps';

let s: Session;
beforeAll(async () => {
  s = await openSession();
});
afterAll(async () => {
  await s?.close();
});

const item = (page: Page, n: number) => page.locator('article.item').nth(n);

async function answer(page: Page, n: number, choice: string): Promise<void> {
  await item(page, n).getByRole('radio', { name: choice, exact: true }).check();
}

describe('walking an assessment end to end', () => {
  it('shows the empty list with what to do', async () => {
    const { page } = s;
    await page.getByRole('heading', { name: 'No assessments yet' }).waitFor();
    await expectNoSeriousA11yViolations(page, 'empty list');
  });

  it('creates an assessment and records its details', async () => {
    const { page } = s;
    await page.getByRole('button', { name: 'New assessment' }).click();
    await page.getByRole('heading', { name: 'Details', level: 1 }).waitFor();
    await page.getByLabel('Name of the workplace or employer').fill('Hanbit Logistics');
    await page.getByLabel('Site', { exact: true }).fill('Incheon DC2');
    await page.getByLabel('Number of workers').selectOption('300-999');
    await page.getByRole('button', { name: 'Add an AI system' }).click();
    await page.getByLabel('Name of the system').fill('PickRate 3');
    await page.getByLabel('Vendor or supplier').fill('Acme Robotics');
    await page.getByRole('button', { name: 'Add a participant' }).click();
    await page.getByLabel('Name', { exact: true }).fill('김민지');
    await page.getByLabel('Side', { exact: true }).selectOption('worker');
    await page.getByLabel('Role', { exact: true }).fill('Co-chair');
    await expectNoSeriousA11yViolations(page, 'details');
  });

  it('answers items in two domains with notes and risk ratings, keeping progress visible', async () => {
    const { page } = s;
    await page.getByRole('button', { name: 'Go to the checklists' }).click();
    await item(page, 0).waitFor();
    await answer(page, 0, 'No');
    await item(page, 0).getByLabel('Notes').fill('Representatives were told two weeks after go-live.');
    await item(page, 0).getByText('Rate the risk').click();
    await item(page, 0).getByRole('combobox', { name: 'Likelihood' }).selectOption('4');
    await item(page, 0).getByRole('combobox', { name: 'Severity' }).selectOption('5');
    await expect.poll(() => item(page, 0).locator('.risk-result').textContent()).toContain('Very high');
    await answer(page, 1, 'Partly');
    // Keyboard: arrow keys move within the radio group and choose.
    await item(page, 2).getByRole('radio', { name: 'Yes', exact: true }).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => item(page, 2).getByRole('radio', { name: 'Partly', exact: true }).isChecked()).toBe(true);
    const overall = page.getByRole('progressbar', { name: 'Answered in all checklists' });
    await expect.poll(() => overall.getAttribute('aria-valuenow')).toBe('3');
    await expectNoSeriousA11yViolations(page, 'checklist');

    const domains = page.getByRole('navigation', { name: 'Checklists' }).getByRole('link');
    await domains.nth(2).click();
    await page.waitForFunction(() => document.querySelector('article.item input[type=radio]:checked') === null);
    await answer(page, 0, 'Unknown');
    await answer(page, 1, 'Not applicable');
    await expect.poll(() => overall.getAttribute('aria-valuenow')).toBe('5');
  });

  it('switches to Korean and back at any time, and the pack texts follow', async () => {
    const { page } = s;
    const englishQuestion = await item(page, 0).locator('h3').textContent();
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ko');
    await page.getByRole('link', { name: '체크리스트' }).waitFor();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('ko');
    const koreanQuestion = await item(page, 0).locator('h3').textContent();
    expect(koreanQuestion).not.toBe(englishQuestion);
    expect(koreanQuestion).toMatch(/[가-힣]/);
    await expect.poll(() => item(page, 0).getByRole('radio', { name: '모름' }).isChecked()).toBe(true);
    await expectNoSeriousA11yViolations(page, 'checklist in Korean');
    await page.getByRole('combobox', { name: '언어' }).selectOption('en');
    await page.getByRole('link', { name: 'Checklists' }).first().waitFor();
  });

  it('loses nothing on reload or on a browser restart with the same profile', async () => {
    const check = async (page: Page): Promise<void> => {
      await page.getByRole('link', { name: 'Hanbit Logistics' }).click();
      await item(page, 0).waitFor();
      await expect.poll(() => item(page, 0).getByRole('radio', { name: 'No', exact: true }).isChecked()).toBe(true);
      await expect.poll(() => item(page, 0).getByLabel('Notes').inputValue()).toBe('Representatives were told two weeks after go-live.');
      await expect.poll(() => item(page, 0).getByRole('combobox', { name: 'Severity' }).inputValue()).toBe('5');
      await expect.poll(() => item(page, 1).getByRole('radio', { name: 'Partly', exact: true }).isChecked()).toBe(true);
      await expect.poll(() => item(page, 2).getByRole('radio', { name: 'Partly', exact: true }).isChecked()).toBe(true);
      await page.getByRole('navigation', { name: 'Checklists' }).getByRole('link').nth(2).click();
      await expect.poll(() => item(page, 0).getByRole('radio', { name: 'Unknown', exact: true }).isChecked()).toBe(true);
      await expect.poll(() => item(page, 1).getByRole('radio', { name: 'Not applicable', exact: true }).isChecked()).toBe(true);
      await page.getByRole('link', { name: 'Details' }).click();
      await expect.poll(() => page.getByLabel('Name of the system').inputValue()).toBe('PickRate 3');
      await expect.poll(() => page.getByLabel('Name', { exact: true }).inputValue()).toBe('김민지');
    };
    await s.page.goto(s.server.url);
    await check(s.page);
    await s.restart();
    await check(s.page);
  });

  it('keeps the chosen language across a restart', async () => {
    await s.page.getByRole('combobox', { name: 'Language' }).selectOption('ko');
    await s.page.getByRole('combobox', { name: '언어' }).waitFor();
    await s.restart();
    await s.page.getByRole('heading', { name: '평가 목록' }).waitFor();
    await s.page.getByRole('combobox', { name: '언어' }).selectOption('en');
    await s.page.getByRole('heading', { name: 'Assessments' }).waitFor();
  });

  it('summarises answers and risks, with links back to high-risk items', async () => {
    const { page } = s;
    await page.getByRole('button', { name: 'Summary of Hanbit Logistics' }).click();
    await page.getByRole('heading', { name: 'Summary', level: 1 }).waitFor();
    await page.getByText(/^5 of \d+ items answered/).waitFor();
    await page.getByRole('img', { name: 'Answers by checklist' }).waitFor();
    await expect.poll(() => page.locator('.heatmap .heat-count').allTextContents()).toEqual(['1']);
    await expectNoSeriousA11yViolations(page, 'summary');
    const risk = page.locator('.high-risks a').first();
    const question = (await risk.textContent()) ?? '';
    await risk.click();
    const heading = page.getByRole('heading', { name: question });
    await heading.waitFor();
    await expect.poll(() => heading.evaluate((h) => h === document.activeElement)).toBe(true);
  });

  it('archives to hide, and deletes only after confirmation', async () => {
    const { page } = s;
    await page.getByRole('link', { name: 'JointCheck' }).click();
    await page.getByRole('button', { name: 'Archive Hanbit Logistics' }).click();
    await page.getByText('Show archived (1)').waitFor();
    await expect.poll(() => page.getByRole('link', { name: 'Hanbit Logistics' }).count()).toBe(0);
    await page.getByLabel('Show archived (1)').check();
    await page.getByRole('button', { name: 'Delete Hanbit Logistics' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete this assessment?' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => page.getByRole('link', { name: 'Hanbit Logistics' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Delete Hanbit Logistics' }).click();
    await dialog.getByRole('button', { name: 'Delete for good' }).click();
    await page.getByRole('heading', { name: 'No assessments yet' }).waitFor();
  });

  it('made no request to any host but its own', () => {
    expect(s.foreignRequests).toEqual([]);
  });

  it('blocks inline script through its content security policy', async () => {
    const { page } = s;
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.head.append(script);
      await new Promise((r) => setTimeout(r, 50));
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(ran).toBe(false);
  });
});
