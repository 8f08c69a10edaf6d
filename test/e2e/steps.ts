// Steps several end-to-end journeys share: an accessibility check and importing an assessment file.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** axe-core on the page as it stands: no serious or critical violation, each named with where it is. */
export async function expectNoSeriousA11yViolations(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${screen}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Imports an assessment file from the start screen, as a user would, and waits for its summary. */
export async function importAssessmentFile(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import an assessment file' }).click();
  await (await chooser).setFiles(path);
  await page.getByRole('heading', { name: 'Summary', level: 1 }).waitFor();
}
