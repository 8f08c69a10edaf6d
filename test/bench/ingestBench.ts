// Performance figures for evidence ingest in Debian's Chromium: a 12-megapixel phone JPEG (4000×3000, with GPS,
// serials and XMP) through the real worker, 10 times each way. Prints wall time per file (target: median ≤ 300 ms)
// and the longest main-thread task during ingest (target: none over 50 ms). Asserts nothing.
// Run: npx tsx test/bench/ingestBench.ts (builds its own small page; no `build:web` needed).
import type { IngestOptions } from '../../renderer/src/evidence/protocol';
import { openSession } from '../e2e/browser';
import { buildIngestHarness } from '../renderer/evidence/harness/buildHarness';
import { withPrivateMetadata } from '../tools/makeEvidenceFixtures';

const Runs = 10;
const quantile = (sorted: number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
const ms = (n: number): string => `${n.toFixed(0)} ms`;

const harness = await buildIngestHarness();
const s = await openSession({ root: harness.root });
try {
  const { page } = s;
  await page.locator('body[data-ready=true]').waitFor();
  const base = Buffer.from(
    await page.evaluate(() => (window as unknown as { ingestHarness: { makePhoto(w: number, h: number): Promise<string> } }).ingestHarness.makePhoto(4000, 3000)),
    'base64',
  );
  const photo = Buffer.from(withPrivateMetadata(new Uint8Array(base), { littleEndian: true, orientation: 1 }));
  await page.locator('#file').setInputFiles({ name: 'IMG_2041.jpg', mimeType: 'image/jpeg', buffer: photo });
  // Every main-thread task over 50 ms, with its start, kept from here on (no named helpers: tsx would wrap them).
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: { start: number; duration: number }[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });

  const run = (options: IngestOptions): Promise<{ start: number; wall: number }> =>
    page.evaluate(async (o) => {
      const start = performance.now();
      const wall = await (window as unknown as { ingestHarness: { time(o: IngestOptions): Promise<number> } }).ingestHarness.time(o);
      return { start, wall };
    }, options);

  console.log(`photo: 4000x3000 JPEG, ${(photo.length / 1024 / 1024).toFixed(1)} MB, with GPS, serial numbers, XMP and IPTC`);
  const cold = await run({ keepOriginal: false, keepLocation: false });
  console.log(`first file (starts the worker): ${ms(cold.wall)}`);
  const windows: { start: number; end: number }[] = [];
  for (const [label, options] of [
    ['reduced JPEG only', { keepOriginal: false, keepLocation: false }],
    ['reduced JPEG + original with private metadata stripped', { keepOriginal: true, keepLocation: false }],
  ] as const) {
    const walls: number[] = [];
    for (let n = 0; n < Runs; n++) {
      const { start, wall } = await run(options);
      walls.push(wall);
      windows.push({ start, end: start + wall });
    }
    walls.sort((a, b) => a - b);
    console.log(`ingest, ${label} (${Runs} files): median ${ms(quantile(walls, 0.5))}, p95 ${ms(quantile(walls, 0.95))}, max ${ms(walls.at(-1)!)}`);
  }
  const longTasks = await page.evaluate(() => (window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks);
  const during = longTasks.filter((t) => windows.some((w) => t.start < w.end && t.start + t.duration > w.start));
  const longest = during.reduce((m, t) => Math.max(m, t.duration), 0);
  console.log(
    `main thread during ${windows.length} ingests: ${during.length} task(s) over 50 ms` + (during.length > 0 ? `, longest ${ms(longest)}` : '') + ` (${longTasks.length} over 50 ms in the whole session, photo generation included)`,
  );
} finally {
  await s.close();
  harness.remove();
}
