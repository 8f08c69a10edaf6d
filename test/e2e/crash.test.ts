// Crash safety in real Chromium: answers are clicked in a rapid stream, the browser is killed (SIGKILL) in the middle
// of it, and after a restart on the same profile every save the app had acknowledged is there, the counters agree
// with the answers, every stored row is whole, and the assessment opens. Several rounds, each killed at another moment.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnswerSchema, AssessmentSchema, isAnswered } from '../../shared/domain/assessment';
import { AnswerSaveMeasure } from '../../renderer/src/data/answers';
import { openSession, type Session } from './browser';

let s: Session;
const title = 'Crash test site';

beforeAll(async () => {
  s = await openSession();
  await s.page.getByRole('button', { name: 'New assessment' }).click();
  await s.page.getByLabel('Name of the workplace or employer').fill(title);
  await s.page.getByRole('button', { name: 'Go to the checklists' }).click();
  await s.page.locator('article.item').first().waitFor();
});
afterAll(async () => {
  await s?.close();
});

/** Opens the assessment's checklist of domain `domain` (0-based) after a start, as a user would. */
async function openChecklist(page: Page, domain: number): Promise<void> {
  await page.getByRole('link', { name: title }).click();
  await page.locator('article.item').first().waitFor();
  await page.getByRole('navigation', { name: 'Checklists' }).getByRole('link').nth(domain).click();
  await page.locator('article.item input[type=radio]').first().waitFor();
}

type Stored = { answers: Record<string, unknown>[]; assessments: Record<string, unknown>[] };

/** Every row of the two stores a save writes, read straight from IndexedDB (not through the app). */
function readStores(page: Page): Promise<Stored> {
  return page.evaluate(
    () =>
      new Promise<Stored>((resolve, reject) => {
        const open = indexedDB.open('jointcheck');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['answers', 'assessments'], 'readonly');
          const answers = tx.objectStore('answers').getAll();
          const assessments = tx.objectStore('assessments').getAll();
          tx.oncomplete = () => {
            db.close();
            resolve({ answers: answers.result as Record<string, unknown>[], assessments: assessments.result as Record<string, unknown>[] });
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

/**
 * Starts clicking `value` on every unanswered-for-this-round item of the open checklist, one every `gapMs`, from a
 * timer inside the page (so the stream goes on while the test kills the browser). Each save the app acknowledges (its
 * User Timing measure, made after the transaction commits) is reported on the console. Returns the items in click order.
 */
async function startClicking(page: Page, value: string, gapMs: number): Promise<string[]> {
  return page.evaluate(
    ({ value, gapMs, measure }) => {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (entry.name === measure) console.log('jointcheck-ack');
      }).observe({ entryTypes: ['measure'] });
      const radios = [...document.querySelectorAll<HTMLElement>('article.item')].map((item) => ({ itemId: item.dataset['itemId']!, radio: item.querySelector<HTMLInputElement>(`input[type=radio][value="${value}"]`) }));
      const clickable = radios.filter((r): r is { itemId: string; radio: HTMLInputElement } => r.radio !== null);
      clickable.forEach(({ radio }, i) => setTimeout(() => radio.click(), i * gapMs));
      return clickable.map((r) => r.itemId);
    },
    { value, gapMs, measure: AnswerSaveMeasure },
  );
}

/** One round per domain: a value to click, and when (ms after the stream starts) the browser is killed. */
const rounds = [
  { domain: 0, value: 'no', killAfterMs: 120 },
  { domain: 1, value: 'partly', killAfterMs: 200 },
  { domain: 2, value: 'yes', killAfterMs: 90 },
  { domain: 0, value: 'yes', killAfterMs: 260 },
  { domain: 3, value: 'unknown', killAfterMs: 160 },
] as const;
/** One click every this many ms: about 350 ms for a checklist, so each kill lands in the middle of the stream. */
const gapMs = 25;

const figures: { clicked: number; killAfterMs: number; acked: number; stored: number }[] = [];

describe('killing the browser while answers are being saved', () => {
  it.each(rounds.map((r, i) => [i + 1, r] as const))('round %i: every acknowledged save survives and the database is consistent', async (_n, round) => {
    // Every round starts on a checklist: the first after creating the assessment, the others after the last check.
    await s.page.getByRole('navigation', { name: 'Checklists' }).getByRole('link').nth(round.domain).click();
    await s.page.locator('article.item input[type=radio]').first().waitFor();
    const before = await readStores(s.page);
    let acknowledged = 0;
    s.page.on('console', (message) => {
      if (message.text() === 'jointcheck-ack') acknowledged++;
    });
    const clicked = await startClicking(s.page, round.value, gapMs);
    await new Promise((resolve) => setTimeout(resolve, round.killAfterMs));
    const acked = acknowledged;
    await s.kill();
    await s.restart();

    const after = await readStores(s.page);
    // Saves commit in the order they were made (read-write transactions on the same stores queue), so the first
    // `acked` clicks are the acknowledged ones: each must be there with its value.
    const stored = new Map(after.answers.map((a) => [a['itemId'] as string, a]));
    for (const itemId of clicked.slice(0, acked)) expect(stored.get(itemId)?.['value'], `acknowledged ${itemId}`).toBe(round.value);
    // The rest: either saved with the new value or still as before, never anything else.
    const previous = new Map(before.answers.map((a) => [a['itemId'] as string, a['value']]));
    for (const itemId of clicked.slice(acked)) expect([round.value, previous.get(itemId)], itemId).toContainEqual(stored.get(itemId)?.['value']);

    // No half-written row, and the counter kept in the same transaction agrees with the answers.
    for (const row of after.answers) expect(AnswerSchema.safeParse(row).success, JSON.stringify(row)).toBe(true);
    for (const row of after.assessments) expect(AssessmentSchema.safeParse(row).success, JSON.stringify(row)).toBe(true);
    const assessment = after.assessments.find((a) => (a['workplace'] as { name: string }).name === title)!;
    const answered = after.answers.filter((a) => a['assessmentId'] === assessment['id'] && isAnswered(a as { value: string | number | null })).length;
    expect(assessment['answeredCount']).toBe(answered);

    // The assessment opens, its progress showing what is stored.
    await openChecklist(s.page, round.domain);
    await expect.poll(() => s.page.getByRole('progressbar', { name: 'Answered in all checklists' }).getAttribute('aria-valuenow')).toBe(String(answered));
    const persisted = clicked.filter((itemId) => stored.get(itemId)?.['value'] === round.value).length;
    figures.push({ clicked: clicked.length, killAfterMs: round.killAfterMs, acked, stored: persisted });
  });

  it('killed rounds in the middle of their saves, after some were acknowledged', () => {
    console.info(figures.map((f, i) => `round ${i + 1}: ${f.clicked} clicked, killed after ${f.killAfterMs} ms, ${f.acked} acknowledged, ${f.stored} stored`).join('\n'));
    expect(figures.filter((f) => f.stored < f.clicked).length).toBeGreaterThanOrEqual(3);
    expect(figures.reduce((sum, f) => sum + f.acked, 0)).toBeGreaterThanOrEqual(5);
  });
});
