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
  await page.evaluate(() => {
    const w = window as unknown as { __commits: number[]; __changes: number[] };
    w.__commits = [];
    w.__changes = [];
    const original = IDBDatabase.prototype.transaction;
    IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
      const tx = original.apply(this, args);
      if (args[1] === 'readwrite') tx.addEventListener('complete', () => w.__commits.push(performance.now()));
      return tx;
    } as IDBDatabase['transaction'];
    document.addEventListener('change', () => w.__changes.push(performance.now()), true);
  });
  const items = page.locator('article.item');
  const count = await items.count();
  const choices = ['Yes', 'No', 'Partly', 'Unknown', 'Not applicable'];
  const latencies: number[] = [];
  for (let n = 0; n < 500; n += 1) {
    const before = await page.evaluate(() => (window as unknown as { __commits: number[] }).__commits.length);
    await items.nth(n % count).getByRole('radio', { name: choices[Math.floor(n / count) % choices.length]!, exact: true }).check();
    await page.waitForFunction((b) => (window as unknown as { __commits: number[] }).__commits.length > b, before, { polling: 'raf' });
    latencies.push(
      await page.evaluate(() => {
        const w = window as unknown as { __commits: number[]; __changes: number[] };
        return w.__commits[w.__commits.length - 1]! - w.__changes[w.__changes.length - 1]!;
      }),
    );
  }
  latencies.sort((a, b) => a - b);
  console.log(`answer change to committed (500 answers): median ${ms(quantile(latencies, 0.5))}, p95 ${ms(quantile(latencies, 0.95))}, max ${ms(latencies[latencies.length - 1]!)}`);

  // 3. Page load to the assessment list being interactive (button present and enabled), over 10 loads.
  const loads: number[] = [];
  for (let n = 0; n < 10; n += 1) {
    await page.goto(s.server.url);
    await page.getByRole('button', { name: 'New assessment' }).waitFor();
    loads.push(await page.evaluate(() => performance.now()));
  }
  loads.sort((a, b) => a - b);
  console.log(`page load to interactive list (10 loads): median ${ms(quantile(loads, 0.5))}, max ${ms(loads[loads.length - 1]!)}`);
} finally {
  await s.close();
}
