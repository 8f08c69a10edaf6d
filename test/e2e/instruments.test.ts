// The instruments in the browser edition: a bias audit saved on its item, an anonymous survey through the kiosk,
// a separation-distance calculation; screenshots of each tool in English and Korean go to .bench/ for a look.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type Session } from './browser';
import { expectNoSeriousA11yViolations } from './steps';

const root = resolve(import.meta.dirname, '../..');
const applicants = join(root, 'test/fixtures/instruments/applicants.csv');
const shots = join(root, '.bench');
let s: Session;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  s = await openSession();
});
afterAll(async () => {
  await s?.close();
});

const shot = (page: Page, name: string): Promise<Buffer> => page.screenshot({ path: join(shots, `instruments-${name}.png`), fullPage: true });

async function tool(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: /^(Instruments|측정 도구)$/ }).getByRole('link', { name: new RegExp(name) }).click();
}

async function leaveKiosk(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Committee member: leave the kiosk' }).click();
  const prompt = await page.getByText(/^To leave the kiosk, type \d{4}:$/).textContent();
  await page.getByLabel(prompt!).fill(/(\d{4})/.exec(prompt!)![1]!);
  await page.getByRole('button', { name: 'Leave the kiosk' }).click();
  await page.getByRole('banner').waitFor();
}

describe('instruments in the browser edition', () => {
  it('audits a CSV of applicants, flags a category in words, and saves the result on the item that asks for it', async () => {
    const { page } = s;
    await page.getByRole('button', { name: 'New assessment' }).click();
    await page.getByLabel('Name of the workplace or employer').fill('Hanbit Logistics');
    await page.getByRole('navigation', { name: 'Parts of this assessment' }).getByRole('link', { name: 'Instruments' }).click();
    await page.getByRole('heading', { name: 'Instruments', level: 1 }).waitFor();

    await page.getByLabel('Choose a CSV file…').setInputFiles(applicants);
    await page.getByText('applicants.csv: 97 rows, 5 columns.').waitFor();
    await page.getByRole('checkbox', { name: 'sex' }).check();
    await page.getByRole('checkbox', { name: 'age_band' }).check();
    await page.getByLabel('Column with the outcome').selectOption('selected');
    await page.getByRole('button', { name: 'Calculate' }).click();
    const bySex = page.getByRole('region', { name: 'By sex' });
    const female = bySex.getByRole('row', { name: /^Female/ });
    expect(await female.locator('td.flag').textContent()).toBe('⚠ Below four-fifths');
    expect(await page.getByText(/EU equality law sets no numeric threshold/).count()).toBe(1);
    await expect.poll(() => bySex.getByRole('img', { name: 'Impact ratios, By sex' }).count()).toBe(1);
    await expectNoSeriousA11yViolations(page, 'bias results');
    await shot(page, 'bias-en');

    await page.getByRole('button', { name: 'Save as evidence on an item…' }).click();
    const save = page.getByRole('dialog', { name: 'Save the result as evidence' });
    expect(await save.getByLabel('Checklist item').inputValue()).toBe('biased-data/bias-07');
    await save.getByRole('button', { name: 'Save as evidence' }).click();
    const actor = page.getByRole('dialog', { name: 'Who is using this computer?' });
    await actor.getByLabel('Your name').fill('Kim Min-ji');
    await actor.getByLabel('Your side').selectOption('worker');
    await actor.getByRole('button', { name: 'Save' }).click();
    await page.getByText(/^Result saved as evidence on item \d+\.\d+\.$/).waitFor();

    // On the item's evidence: the summary line, and the way back to the full result.
    const id = /assessments\/([^/]+)\//.exec(page.url())![1]!;
    await page.evaluate((hash) => (location.hash = hash), `#/assessments/${id}/walk/biased-data/bias-07`);
    const card = page.locator('article#item-bias-07');
    const row = card.locator('.evidence-row');
    await row.waitFor();
    expect(await row.locator('.instrument-summary').textContent()).toBe('Bias audit: 5 of 10 categories below four-fifths (4 fragile) View result');
    await shot(page, 'evidence-row-en');
    await row.getByRole('link', { name: 'View result' }).click();
    const opened = page.getByRole('region', { name: 'Saved result' });
    await opened.waitFor();
    expect(await opened.getByRole('row', { name: /^Female/ }).first().locator('td.flag').textContent()).toBe('⚠ Below four-fifths');
  });

  it('collects three anonymous kiosk responses and keeps their results hidden under the minimum group size', async () => {
    const { page } = s;
    await tool(page, 'Psychosocial survey');
    await page.getByLabel('Name of the survey').fill('Night shift, spring');
    await page.getByLabel('Groups respondents may choose (optional)').fill('Inbound\nOutbound');
    await page.getByRole('button', { name: 'Create the survey' }).click();
    await page.getByRole('heading', { name: /Night shift, spring/, level: 2 }).waitFor();
    await page.getByRole('button', { name: 'Open the kiosk' }).click();
    await page.getByRole('heading', { name: 'JointCheck questionnaire on AI and psychosocial load', level: 1 }).waitFor();
    expect(await page.getByRole('banner').count()).toBe(0);
    await expectNoSeriousA11yViolations(page, 'kiosk');
    await shot(page, 'kiosk-en');

    for (const [n, answer] of [[1, '2 Disagree'], [2, '4 Agree'], [3, '5 Strongly agree']] as const) {
      const items = page.locator('.kiosk-item');
      await items.nth(0).getByRole('radio', { name: answer }).check();
      // The keyboard works too: arrow keys move within an item's answers.
      await items.nth(1).getByRole('radio', { name: '3 Neither agree nor disagree' }).focus();
      await page.keyboard.press('Space');
      await page.keyboard.press('ArrowRight');
      expect(await items.nth(1).getByRole('radio', { name: '4 Agree' }).isChecked()).toBe(true);
      await page.getByLabel('Your group (optional)').selectOption(n === 3 ? '' : 'Inbound');
      await page.getByRole('button', { name: 'Send my answers' }).click();
      await page.getByRole('heading', { name: 'Thank you!' }).waitFor();
      if (n === 1) await shot(page, 'kiosk-thanks-en');
      await page.getByRole('button', { name: 'Start a new response' }).click();
      await page.getByText('0 of 27 answered').waitFor();
      expect(await page.locator('input[type=radio]:checked').count()).toBe(0);
    }
    // Back does not leave the kiosk or bring back an earlier response.
    await page.goBack();
    await page.getByText('0 of 27 answered').waitFor();
    expect(await page.getByRole('banner').count()).toBe(0);
    expect(await page.locator('input[type=radio]:checked').count()).toBe(0);
    expect(page.url()).toContain('/kiosk/');

    await leaveKiosk(page);
    const results = page.getByRole('region', { name: 'Results' });
    await results.getByText('3 responses').waitFor();
    expect(await results.getByText(/Hidden: fewer than 10 responses/).count()).toBe(1);
    expect(await results.locator('table').count()).toBe(0);
    await expectNoSeriousA11yViolations(page, 'survey');
    await shot(page, 'survey-en');
    await results.getByRole('button', { name: 'Save as evidence on an item…' }).click();
    const save = page.getByRole('dialog', { name: 'Save the result as evidence' });
    expect(await save.getByLabel('Checklist item').inputValue()).toBe('psychosocial-load/psy-03');
    await save.getByRole('button', { name: 'Save as evidence' }).click();
    await page.getByRole('region', { name: 'Results saved as evidence' }).getByText(/Psychosocial survey .*: 3 responses, fewer than 10: results suppressed/).waitFor();
  });

  it('calculates a protective separation distance and saves it as evidence on the cobot item', async () => {
    const { page } = s;
    await tool(page, 'Cobot checks');
    await page.getByRole('button', { name: 'Add a collaborative application' }).click();
    await page.getByLabel('Name of the application').fill('Palletiser');
    const card = page.getByRole('region', { name: 'Palletiser' });
    await card.getByLabel('Collaborative mode').selectOption('speed-and-separation-monitoring');
    for (const [label, value] of [
      [/Robot speed towards the person/, '1000'],
      [/^T_r Reaction time/, '0.1'],
      [/^T_s Stopping time/, '0.3'],
      [/^S_s Stopping distance/, '150'],
      [/^C Intrusion distance/, '50'],
      [/Uncertainty of the person's position/, '20'],
      [/Uncertainty of the robot's position/, '5'],
      [/Separation the application keeps/, '1200'],
    ] as const) {
      await card.getByLabel(label).fill(value);
    }
    const total = card.getByRole('row', { name: /^S_p/ });
    expect(await total.locator('td').nth(1).textContent()).toBe('965 mm');
    await card.getByText('The application keeps 1,200 mm, at least the 965 mm needed: sufficient.').waitFor();
    await expectNoSeriousA11yViolations(page, 'cobot');
    await shot(page, 'cobot-ssm-en');
    await card.getByRole('button', { name: 'Save as evidence on an item…' }).click();
    const save = page.getByRole('dialog', { name: 'Save the result as evidence' });
    expect(await save.getByLabel('Checklist item').inputValue()).toBe('collaborative-robots/cobot-08');
    await save.getByRole('button', { name: 'Save as evidence' }).click();
    const saved = page.getByRole('region', { name: 'Results saved as evidence' });
    await saved.getByText('Protective separation distance: 965 mm (kept: 1,200 mm, sufficient)').waitFor();
    expect(await saved.locator('.saved-row').count()).toBe(3);
  });

  it('puts the saved results in the PDF report, with the survey hidden', async () => {
    const { page } = s;
    await page.getByRole('navigation', { name: 'Parts of this assessment' }).getByRole('link', { name: 'Summary' }).click();
    await page.getByRole('button', { name: 'Create PDF report' }).click();
    await page.locator('.report-card').waitFor({ timeout: 60_000 });
    const download = page.waitForEvent('download');
    await page.locator('.report-card').getByRole('button', { name: 'Save PDF' }).click();
    const path = join(mkdtempSync(join(tmpdir(), 'jointcheck-e2e-instruments-')), 'report.pdf');
    await (await download).saveAs(path);
    const text = spawnSync('pdftotext', [path, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
    expect(text).toContain('Instrument results');
    expect(text).toContain('Bias audit: 5 of 10 categories below four-fifths (4 fragile)');
    expect(text).toContain('Results are hidden: fewer than 10 responses. Nothing but the number of responses is reported.');
    expect(text).toContain('Protective separation distance: 965 mm (kept: 1,200 mm, sufficient)');
    await page.getByRole('navigation', { name: 'Parts of this assessment' }).getByRole('link', { name: 'Instruments' }).click();
  });

  it('shows every tool in Korean', async () => {
    const { page } = s;
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ko');
    await tool(page, '편향 감사');
    await page.getByLabel('CSV 파일 선택…').setInputFiles(applicants);
    await page.getByRole('checkbox', { name: 'sex' }).check();
    await page.getByRole('checkbox', { name: 'age_band' }).check();
    await page.getByLabel('결과가 담긴 열').selectOption('selected');
    await page.getByRole('button', { name: '계산' }).click();
    await page.getByText('편향 감사: 범주 10개 중 5개가 5분의 4 기준 미만(취약 4개)').first().waitFor();
    await shot(page, 'bias-ko');
    await tool(page, '심리사회적 설문');
    await page.getByText('지금까지 응답 3건.').waitFor();
    await shot(page, 'survey-ko');
    await tool(page, '협동로봇 점검');
    await page.getByRole('region', { name: 'Palletiser' }).waitFor();
    await shot(page, 'cobot-ko');
    await tool(page, '심리사회적 설문');
    await page.getByRole('button', { name: '키오스크 열기' }).click();
    await page.getByRole('heading', { name: 'JointCheck AI 관련 심리사회적 부담 설문', level: 1 }).waitFor();
    await shot(page, 'kiosk-ko');
  });
});
