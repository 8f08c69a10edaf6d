// Performance figure for the app's evidence-pack export in Debian's Chromium: an assessment with 1 GiB of
// evidence (256 files of 4 MiB) is exported through the Summary's button, streamed to the origin-private
// file system and downloaded. Prints the time and the peak memory of Chromium's processes; asserts nothing.
// Run: npm run build:web && npx tsx test/bench/packExportBench.ts [MiB, default 1024]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSession } from '../e2e/browser';

const totalMiB = Number(process.argv[2] ?? 1024);
const files = Math.max(1, Math.round(totalMiB / 4));

/** Resident memory of every Chromium process of this profile, in MiB: the largest single one and the sum. */
function chromiumMemory(profile: string): { largest: number; total: number } {
  const lines = execFileSync('ps', ['-eo', 'rss=,args='], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 }).split('\n');
  const rss = lines.filter((l) => l.includes(profile) || l.includes('--type=renderer')).map((l) => Number(l.trim().split(/\s+/)[0]) / 1024);
  return { largest: Math.max(0, ...rss), total: rss.reduce((a, b) => a + b, 0) };
}

const s = await openSession();
const out = mkdtempSync(join(tmpdir(), 'jointcheck-pack-export-'));
try {
  const { page } = s;
  await page.getByRole('button', { name: 'New assessment' }).click();
  await page.getByRole('heading', { name: 'Details', level: 1 }).waitFor();
  const id = page.url().split('/assessments/')[1]!.split('/')[0]!;
  // Seed the evidence straight into IndexedDB (schema v3 = IndexedDB version 30), each with its true SHA-256.
  await page.evaluate(
    async ({ id, files }) => {
      const open = indexedDB.open('jointcheck', 30);
      const db: IDBDatabase = await new Promise((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      for (let n = 0; n < files; n += 1) {
        const bytes = new Uint8Array(4 * 1024 * 1024);
        for (let i = 0; i < bytes.length; i += 65536) crypto.getRandomValues(bytes.subarray(i, i + 65536));
        const sha256 = [...new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))].map((b) => b.toString(16).padStart(2, '0')).join('');
        const evidenceId = `bench-${n}`;
        const file = { fileName: `scan-${n}.pdf`, mediaType: 'application/pdf', size: bytes.length, sha256 };
        const tx = db.transaction(['evidence', 'evidenceFiles'], 'readwrite');
        tx.objectStore('evidence').put({ id: evidenceId, assessmentId: id, item: null, kind: 'document', caption: '', file, original: null, capturedSha256: sha256, addedBy: { name: 'Bench', side: 'worker' }, addedAt: new Date().toISOString(), takenAt: null, keptLocation: false, width: null, height: null });
        tx.objectStore('evidenceFiles').put({ id: evidenceId, evidenceId, assessmentId: id, data: new Blob([bytes]) });
        await new Promise((resolve, reject) => {
          tx.oncomplete = resolve;
          tx.onerror = () => reject(tx.error);
        });
      }
      db.close();
    },
    { id, files },
  );
  await page.reload();
  await page.getByRole('navigation', { name: 'Parts of this assessment' }).getByRole('link', { name: 'Summary' }).click();
  const before = chromiumMemory(s.profile);
  await page.getByRole('button', { name: 'Export an evidence pack…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export an evidence pack' });
  await dialog.getByLabel('Sign the pack as').selectOption('none');
  let peak = before;
  const sampler = setInterval(() => {
    const now = chromiumMemory(s.profile);
    peak = { largest: Math.max(peak.largest, now.largest), total: Math.max(peak.total, now.total) };
  }, 250);
  const started = performance.now();
  const download = page.waitForEvent('download', { timeout: 600_000 });
  await dialog.getByRole('button', { name: 'Export' }).click();
  const path = join(out, 'pack.zip');
  await (await download).saveAs(path);
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  const size = statSync(path).size / 1024 / 1024;
  console.log(`evidence pack export in the app (${files} files, ${size.toFixed(0)} MiB): ${seconds.toFixed(1)} s, ${(size / seconds).toFixed(0)} MiB/s`);
  console.log(`Chromium memory: largest process ${before.largest.toFixed(0)} → peak ${peak.largest.toFixed(0)} MiB; all processes ${before.total.toFixed(0)} → peak ${peak.total.toFixed(0)} MiB`);
} finally {
  await s.close();
  rmSync(out, { recursive: true, force: true });
}
