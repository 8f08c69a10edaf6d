// Test-time only (Node). Makes the two evidence-photo fixtures (a 1600x1200 landscape and a 1200x1600 portrait
// JPEG) without an image encoder: pdf-lib draws a busy, photo-like scene and poppler's pdftoppm encodes it.
// Run: npx tsx test/tools/makePhotoFixtures.ts
import { spawnSync } from 'node:child_process';
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PDFDocument, rgb } from '@cantoo/pdf-lib';

const out = resolve(import.meta.dirname, '../fixtures/photos');

/** A fixed-seed generator, so the fixtures come out the same on every run. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

async function scene(width: number, height: number, seed: number): Promise<Uint8Array> {
  const next = random(seed);
  const doc = await PDFDocument.create();
  const page = doc.addPage([width, height]);
  // A sky-to-floor gradient, then thousands of small shapes: JPEG sizes like a real photo's need detail.
  for (let y = 0; y < height; y += 8) page.drawRectangle({ x: 0, y, width, height: 8, color: rgb(0.35 + (0.5 * y) / height, 0.45 + (0.4 * y) / height, 0.55 + (0.3 * y) / height) });
  for (let i = 0; i < 6000; i++) {
    const size = 2 + next() * 18;
    page.drawRectangle({ x: next() * width, y: next() * height, width: size, height: size * (0.5 + next()), color: rgb(next(), next(), next()), opacity: 0.6 });
  }
  for (let i = 0; i < 12; i++) page.drawRectangle({ x: next() * width * 0.8, y: next() * height * 0.6, width: 80 + next() * 300, height: 60 + next() * 240, color: rgb(next(), next() * 0.6, next() * 0.4) });
  return doc.save();
}

const dir = mkdtempSync(join(tmpdir(), 'jointcheck-photos-'));
try {
  for (const [name, width, height, seed] of [
    ['landscape-1600x1200', 1600, 1200, 1],
    ['portrait-1200x1600', 1200, 1600, 2],
  ] as const) {
    const pdf = join(dir, `${name}.pdf`);
    writeFileSync(pdf, await scene(width, height, seed));
    const r = spawnSync('pdftoppm', ['-jpeg', '-jpegopt', 'quality=85', '-r', '72', '-singlefile', pdf, join(dir, name)], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`pdftoppm failed: ${r.stderr}`);
    renameSync(join(dir, `${name}.jpg`), join(out, `${name}.jpg`));
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
