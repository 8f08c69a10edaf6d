// Performance figures for the browser edition in Debian's Chromium: prints numbers, asserts nothing.
// Run with `npm run bench` (builds first). Each figure names what it measures.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { webRoot } from '../../electron/cli/serveWeb';
import { openSession } from '../e2e/browser';

const quantile = (sorted: number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
const ms = (n: number): string => `${n.toFixed(1)} ms`;

const s = await openSession();
try {
  const { page } = s;

  // 1. First-load JavaScript: every script the start page loads, raw and gzip.
  const scripts = new Set<string>();
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script') scripts.add(new URL(r.url()).pathname);
  });
  await page.reload();
  await page.getByRole('button', { name: 'New assessment' }).waitFor();
  let raw = 0;
  let gz = 0;
  for (const path of scripts) {
    const bytes = readFileSync(join(webRoot, path));
    raw += bytes.length;
    gz += gzipSync(bytes).length;
  }
  console.log(`first-load JavaScript: ${scripts.size} file(s), ${(raw / 1024).toFixed(0)} KB raw, ${(gz / 1024).toFixed(0)} KB gzip`);

  // 2. Answer change to committed: from the radio's change event to the readwrite transaction's complete event.
  await page.getByRole('button', { name: 'New assessment' }).click();
  await page.getByRole('button', { name: 'Go to the checklists' }).click();
  await page.locator('article.item').first().waitFor();
  // The app records a User Timing measure per save, from the call to the committed transaction
  // (renderer/src/data/answers.ts); a capture listener marks the user's click (React turns a radio's click,
  // not its change event, into onChange).
  await page.evaluate(() => {
    document.addEventListener('click', () => performance.mark('bench:click'), true);
  });
  const items = page.locator('article.item:has(input[type=radio][value=yes])');
  const count = await items.count();
  const choices = ['Yes', 'No', 'Partly', 'Unknown', 'Not applicable'];
  const fromClick: number[] = [];
  const fromCall: number[] = [];
  const saves = (): Promise<number> => page.evaluate(() => performance.getEntriesByName('jointcheck:answer-save').length);
  for (let n = 0; n < 500; n += 1) {
    const before = await saves();
    await items.nth(n % count).getByRole('radio', { name: choices[Math.floor(n / count) % choices.length]!, exact: true }).check();
    await page.waitForFunction((b) => performance.getEntriesByName('jointcheck:answer-save').length > b, before, { polling: 'raf' });
    // No named helpers inside evaluate: tsx would wrap them in a function the page lacks.
    const [click, call] = await page.evaluate(() => {
      const save = performance.getEntriesByName('jointcheck:answer-save').at(-1)!;
      return [save.startTime + save.duration - performance.getEntriesByName('bench:click').at(-1)!.startTime, save.duration];
    });
    fromClick.push(click!);
    fromCall.push(call!);
  }
  for (const [label, values] of [
    ['click to committed', fromClick],
    ['save call to committed', fromCall],
  ] as const) {
    values.sort((a, b) => a - b);
    console.log(`answer ${label} (500 answers): median ${ms(quantile(values, 0.5))}, p95 ${ms(quantile(values, 0.95))}, max ${ms(values[values.length - 1]!)}`);
  }

  // The floor under that figure: one bare IndexedDB put (no reads, no Dexie, no React) started by the same kind
  // of click. Chromium renders the frame that follows input before it delivers storage callbacks.
  await page.evaluate(async () => {
    const db: IDBDatabase = await new Promise((done) => {
      const open = indexedDB.open('jointcheck');
      open.onsuccess = () => done(open.result);
    });
    const w = window as unknown as { __floor: number[] };
    w.__floor = [];
    document.addEventListener(
      'click',
      () => {
        const start = performance.now();
        const tx = db.transaction(['settings'], 'readwrite');
        tx.objectStore('settings').put({ key: 'bench-probe', value: start });
        tx.oncomplete = () => w.__floor.push(performance.now() - start);
      },
      true,
    );
  });
  for (let n = 0; n < 100; n += 1) {
    const item = items.nth(n % count);
    const next = (await item.getByRole('radio', { name: 'Yes', exact: true }).isChecked()) ? 'No' : 'Yes';
    await item.getByRole('radio', { name: next, exact: true }).check();
    await page.waitForFunction((k) => (window as unknown as { __floor: number[] }).__floor.length > k, n, { polling: 'raf' });
  }
  const floor = (await page.evaluate(() => (window as unknown as { __floor: number[] }).__floor)).sort((a, b) => a - b);
  console.log(`floor: bare IndexedDB put from a click (100): median ${ms(quantile(floor, 0.5))}, p95 ${ms(quantile(floor, 0.95))}`);

  // 3. Page load to the assessment list being interactive (button present and enabled), over 10 loads.
  const loads: number[] = [];
  for (let n = 0; n < 10; n += 1) {
    await page.goto(s.server.url);
    await page.getByRole('button', { name: 'New assessment' }).waitFor();
    loads.push(await page.evaluate(() => performance.now()));
  }
  loads.sort((a, b) => a - b);
  console.log(`page load to interactive list (10 loads): median ${ms(quantile(loads, 0.5))}, max ${ms(loads[loads.length - 1]!)}`);

  // 4. The list and its search with 500 assessments and 20,000 evidence files (40 each, 2 KB apiece), seeded
  // straight into IndexedDB (schema v3 is IndexedDB version 30) in the shape the app writes.
  const seeded = await page.evaluate(async () => {
    const open = indexedDB.open('jointcheck', 30);
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const hex = 'ab'.repeat(32);
    const payload = new Blob([new Uint8Array(2048)]);
    for (let batch = 0; batch < 10; batch += 1) {
      const tx = db.transaction(['assessments', 'evidence', 'evidenceFiles'], 'readwrite');
      for (let n = batch * 50; n < batch * 50 + 50; n += 1) {
        const id = `bench-${String(n).padStart(4, '0')}`;
        const stamp = new Date(Date.UTC(2026, 0, 1, 0, n)).toISOString();
        tx.objectStore('assessments').put({
          id,
          title: `Visit ${n}`,
          workplace: { name: `Site ${n % 37} 사업장`, site: `Line ${n % 11}`, sector: 'Logistics', sizeBand: '100-299' },
          systems: [],
          participants: [],
          date: '2026-01-01',
          packs: [],
          riskMethodId: 'matrix-5x5',
          status: 'active',
          answeredCount: 0,
          recommendations: { sentDate: '', responseDays: 21, answeredDate: '' },
          followUpOf: null,
          importedFrom: null,
          createdAt: stamp,
          updatedAt: stamp,
        });
        for (let e = 0; e < 40; e += 1) {
          const evidenceId = `${id}-e${e}`;
          const file = { fileName: `photo-${e}.jpg`, mediaType: 'image/jpeg', size: 2048, sha256: hex };
          tx.objectStore('evidence').put({ id: evidenceId, assessmentId: id, item: null, kind: 'photo', caption: '', file, original: null, capturedSha256: hex, addedBy: { name: 'Bench', side: 'worker' }, addedAt: stamp, takenAt: null, keptLocation: false, width: 64, height: 48 });
          tx.objectStore('evidenceFiles').put({ id: evidenceId, evidenceId, assessmentId: id, data: payload });
        }
      }
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
    }
    db.close();
    return 500;
  });
  const listLoads: number[] = [];
  for (let n = 0; n < 5; n += 1) {
    await page.goto(s.server.url);
    await page.getByRole('button', { name: 'New assessment' }).waitFor();
    await page.locator('.assessment-card').first().waitFor();
    listLoads.push(await page.evaluate(() => performance.now()));
  }
  listLoads.sort((a, b) => a - b);
  console.log(`page load to the list showing ${seeded}+ assessments with 20,000 evidence files (5 loads): median ${ms(quantile(listLoads, 0.5))}, max ${ms(listLoads[listLoads.length - 1]!)}`);
  const searches: number[] = [];
  const search = page.getByRole('searchbox');
  for (const term of ['Site 12', 'Line 3', '사업장', 'Visit 49', 'nothing matches this']) {
    const start = await page.evaluate(() => performance.now());
    await search.fill(term);
    await page.waitForFunction((t) => (document.querySelector('input[type=search]') as HTMLInputElement | null)?.value === t, term);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    searches.push((await page.evaluate(() => performance.now())) - start);
  }
  searches.sort((a, b) => a - b);
  console.log(`search over 500 assessments, keystrokes to the next painted frame (5 terms): median ${ms(quantile(searches, 0.5))}, max ${ms(searches[searches.length - 1]!)}`);
} finally {
  await s.close();
}
