// Hostile photos through the app's real ingest worker in Chromium (the page built with the app's vite settings):
// what the decoder cannot make a picture of is refused as unreadable, nothing hangs, and what is stored fits a record.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MaxStoredFileName } from '../../shared/domain/record';
import { PhotoMaxLongSide } from '../../shared/evidence/limits';
import type { IngestOptions, IngestRefusal, IngestResult } from '../../renderer/src/evidence/protocol';
import { openSession, type Session } from '../e2e/browser';
import { buildIngestHarness, type BuiltHarness } from '../renderer/evidence/harness/buildHarness';
import { type BrowserPhotos, decodeCases, type DecodeInput } from './cases/photosChromium';
import { caseCountTitle, guardEveryCase, withinLimit } from './corpus';

type WireOutcome = { ok: true; result: Omit<IngestResult, 'file' | 'original'> & { file: { fileName: string }; original: { fileName: string } | null } } | IngestRefusal;
type Harness = { ingestHarness: { ingest(o: IngestOptions): Promise<WireOutcome>; makePhoto(w: number, h: number, type?: string): Promise<string> } };

let harness: BuiltHarness;
let s: Session;
let photos: BrowserPhotos | null = null;
const cases = decodeCases(() => photos!);

beforeAll(async () => {
  harness = await buildIngestHarness();
  s = await openSession({ root: harness.root });
  await s.page.locator('body[data-ready=true]').waitFor();
  const make = (type: string): Promise<Uint8Array> => s.page.evaluate((t) => (window as unknown as Harness).ingestHarness.makePhoto(1200, 900, t), type).then((b64) => new Uint8Array(Buffer.from(b64, 'base64')));
  photos = { photo: await make('image/jpeg'), png: await make('image/png') };
}, 180_000);
afterAll(async () => {
  await s?.close();
  harness?.remove();
});
guardEveryCase();

async function ingest(file: DecodeInput): Promise<WireOutcome> {
  await s.page.locator('#file').setInputFiles({ name: file.name, mimeType: 'application/octet-stream', buffer: Buffer.from(file.bytes) });
  return s.page.evaluate(() => (window as unknown as Harness).ingestHarness.ingest({ keepOriginal: true, keepLocation: false }));
}

describe(caseCountTitle('photo or evidence file', cases.length, 'decoded in Chromium'), () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const outcome = await withinLimit(async () => ingest(await c.input()), 20_000);
    if ('refused' in c.expected) {
      expect(outcome.ok ? 'stored' : outcome.code).toBe(c.expected.refused);
      return;
    }
    if (!outcome.ok) throw new Error(`refused: ${outcome.code}`);
    expect(Math.max(outcome.result.width ?? 0, outcome.result.height ?? 0)).toBeLessThanOrEqual(PhotoMaxLongSide);
    for (const stored of [outcome.result.file, outcome.result.original]) if (stored) expect(stored.fileName.length).toBeLessThanOrEqual(MaxStoredFileName);
  });
});

it('made no request to any host but its own', () => {
  expect(s.foreignRequests).toEqual([]);
});
