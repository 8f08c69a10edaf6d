// Security in real Chromium: a whole journey (create, answer, add evidence, build and save a report) asks nothing of
// any host but the app's own, and the content security policy stops injected inline script, inline event handlers,
// javascript: links, code from strings and remote requests, each reported as a violation.
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type Session } from './browser';

const photo = resolve(import.meta.dirname, '../fixtures/photos/landscape-1600x1200.jpg');
let s: Session;

beforeAll(async () => {
  s = await openSession();
});
afterAll(async () => {
  await s?.close();
});

const item = (page: Page, n: number) => page.locator('article.item').nth(n);

describe('a whole journey stays on the app origin', () => {
  it('creates an assessment, answers, adds a photo, and builds and saves a report', async () => {
    const { page } = s;
    await page.getByRole('button', { name: 'New assessment' }).click();
    await page.getByLabel('Name of the workplace or employer').fill('Hanbit Logistics');
    await page.getByRole('button', { name: 'Go to the checklists' }).click();
    await item(page, 0).getByRole('radio', { name: 'No', exact: true }).check();
    await item(page, 1).getByRole('radio', { name: 'Partly', exact: true }).check();
    await item(page, 0).getByText('Evidence (0)').click();
    await item(page, 0).locator('input[type=file]').setInputFiles(photo);
    const who = page.getByRole('dialog', { name: 'Who is using this computer?' });
    await who.getByLabel('Your name').fill('Kim Min-ji');
    await who.getByLabel('Your side').selectOption('worker');
    await who.getByRole('button', { name: 'Save' }).click();
    await item(page, 0).locator('.evidence-row img').waitFor({ timeout: 20_000 });
    await page.getByRole('navigation', { name: 'Parts of this assessment' }).getByRole('link', { name: 'Summary' }).click();
    await page.getByRole('button', { name: 'Create PDF report' }).click();
    await page.locator('.report-card').waitFor({ timeout: 60_000 });
    const download = page.waitForEvent('download');
    await page.locator('.report-card').getByRole('button', { name: 'Save PDF' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.pdf$/);
  });

  it('made no request to any host but its own', () => {
    expect(s.foreignRequests).toEqual([]);
  });
});

type Attempt = { ran: Record<string, boolean>; violations: { directive: string; blocked: string }[]; errors: Record<string, string> };

describe('the content security policy', () => {
  it('stops injected inline script, handlers, javascript: links, code from strings and remote requests, reporting each', async () => {
    const attempt: Attempt = await s.page.evaluate(async () => {
      const flags = window as unknown as Record<string, boolean | undefined>;
      const violations: { directive: string; blocked: string }[] = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push({ directive: e.effectiveDirective, blocked: e.blockedURI }));
      const errors: Record<string, string> = {};

      const script = document.createElement('script');
      script.textContent = 'window.__inlineScript = true';
      document.head.append(script);

      const handler = document.createElement('div');
      handler.setAttribute('onclick', 'window.__inlineHandler = true');
      document.body.append(handler);
      handler.click();

      const image = document.createElement('img');
      image.setAttribute('onerror', 'window.__imageHandler = true');
      image.src = 'data:image/png;base64,broken';
      document.body.append(image);

      const link = document.createElement('a');
      link.href = 'javascript:window.__javascriptLink = true';
      document.body.append(link);
      link.click();

      // Code from a string, run later by the page itself (a DevTools evaluation such as this one may eval freely).
      (setTimeout as (code: string, ms: number) => number)('window.__stringTimer = true', 0);
      try {
        await fetch('https://example.com/collect');
      } catch (error) {
        errors['fetch'] = String(error);
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
      [handler, image, link].forEach((element) => element.remove());
      const ran = Object.fromEntries(['__inlineScript', '__inlineHandler', '__imageHandler', '__javascriptLink', '__stringTimer'].map((flag) => [flag, flags[flag] === true]));
      return { ran, violations, errors };
    });

    expect(attempt.ran).toEqual({ __inlineScript: false, __inlineHandler: false, __imageHandler: false, __javascriptLink: false, __stringTimer: false });
    expect(attempt.errors['fetch']).toMatch(/TypeError|Failed to fetch/);
    const directives = attempt.violations.map((v) => v.directive);
    // The inline script, the two handlers and the javascript: link, the string timer, and the remote request.
    expect(directives.filter((d) => d === 'script-src-elem').length).toBeGreaterThanOrEqual(1);
    expect(directives.filter((d) => d === 'script-src-attr').length).toBeGreaterThanOrEqual(2);
    expect(directives).toContain('script-src');
    expect(attempt.violations).toContainEqual({ directive: 'connect-src', blocked: 'https://example.com/collect' });
    expect(s.foreignRequests).toEqual([]);
  });
});
