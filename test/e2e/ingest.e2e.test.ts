// Evidence files through the real ingest worker in Chromium: a 12-megapixel phone photo is reduced to 2048 px,
// loses its location, keeps its date, and every hash matches the bytes; damaged photos and wrong types are refused.
// The worker runs in a small page built with the app's own vite settings (test/renderer/evidence/harness).
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readExif, stripPrivateExif } from '../../shared/evidence/exif';
import { jpegLayout, segmentPayload } from '../../shared/evidence/jpegSegments';
import type { IngestOptions, IngestRefusal, IngestResult } from '../../renderer/src/evidence/protocol';
import { buildIngestHarness, type BuiltHarness } from '../renderer/evidence/harness/buildHarness';
import { webpWithPrivateMetadata, withPrivateMetadata } from '../tools/makeEvidenceFixtures';
import { openSession, type Session } from './browser';

type WireFile = { fileName: string; mediaType: string; size: number; sha256: string; blobType: string; base64: string };
type WireResult = Omit<IngestResult, 'file' | 'original'> & { file: WireFile; original: WireFile | null };
type WireOutcome = { ok: true; result: WireResult } | IngestRefusal;

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const fixture = (name: string): Buffer => readFileSync(resolve(import.meta.dirname, '../fixtures/evidence', name));
const bytesOf = (file: WireFile): Uint8Array => new Uint8Array(Buffer.from(file.base64, 'base64'));

/** Width and height from a JPEG's frame header (SOF0-SOF2), as any viewer reads them. */
function jpegSize(jpeg: Uint8Array): { width: number; height: number } {
  const frame = jpegLayout(jpeg)!.segments.find((s) => s.marker >= 0xc0 && s.marker <= 0xc2)!;
  const p = segmentPayload(jpeg, frame);
  return { height: (p[1]! << 8) | p[2]!, width: (p[3]! << 8) | p[4]! };
}

let harness: BuiltHarness;
let s: Session;
let phone: Buffer;

beforeAll(async () => {
  harness = await buildIngestHarness();
  s = await openSession({ root: harness.root });
  await s.page.locator('body[data-ready=true]').waitFor();
  // A 4000×3000 JPEG encoded by Chromium, then given what a phone writes: GPS, serials, maker note, XMP, IPTC, a second image.
  const base = Buffer.from(await s.page.evaluate(() => (window as unknown as { ingestHarness: { makePhoto(w: number, h: number): Promise<string> } }).ingestHarness.makePhoto(4000, 3000)), 'base64');
  phone = Buffer.from(withPrivateMetadata(new Uint8Array(base), { littleEndian: true, orientation: 1 }));
});
afterAll(async () => {
  await s?.close();
  harness?.remove();
});

async function ingest(file: { name: string; mimeType: string; buffer: Buffer }, options: IngestOptions): Promise<WireOutcome> {
  await s.page.locator('#file').setInputFiles(file);
  return s.page.evaluate((o) => (window as unknown as { ingestHarness: { ingest(o: IngestOptions): Promise<WireOutcome> } }).ingestHarness.ingest(o), options);
}

function accepted(outcome: WireOutcome): WireResult {
  if (!outcome.ok) throw new Error(`refused: ${outcome.code}`);
  return outcome.result;
}

describe('ingesting evidence in Chromium', () => {
  it('reduces a 12-megapixel phone photo to a 2048 px JPEG without metadata, and keeps a location-free original', async () => {
    expect(jpegSize(phone)).toEqual({ width: 4000, height: 3000 });
    expect(readExif(phone)).toMatchObject({ gps: true, serialNumbers: true, xmp: true });
    const result = accepted(await ingest({ name: 'IMG_2041.jpg', mimeType: 'image/jpeg', buffer: phone }, { keepOriginal: true, keepLocation: false }));

    expect(result).toMatchObject({ kind: 'photo', width: 2048, height: 1536, takenAt: '2026-11-20T14:03:11', keptLocation: false, found: { location: true, serialNumbers: true } });
    expect(result.capturedSha256).toBe(sha256(phone));

    const reduced = bytesOf(result.file);
    expect(result.file).toMatchObject({ fileName: 'IMG_2041.jpg', mediaType: 'image/jpeg', blobType: 'image/jpeg', size: reduced.length, sha256: sha256(reduced) });
    expect(jpegSize(reduced)).toEqual({ width: 2048, height: 1536 });
    expect(reduced.length).toBeLessThan(phone.length / 2);
    expect(readExif(reduced)).toMatchObject({ takenAt: null, gps: false, serialNumbers: false, makerNote: false, xmp: false });

    const original = bytesOf(result.original!);
    expect(result.original).toMatchObject({ fileName: 'IMG_2041.jpg', mediaType: 'image/jpeg', size: original.length, sha256: sha256(original) });
    expect(Buffer.from(original).equals(stripPrivateExif(new Uint8Array(phone))!)).toBe(true);
    expect(readExif(original)).toMatchObject({ takenAt: '2026-11-20T14:03:11', gps: false, serialNumbers: false, xmp: false });
    expect(jpegSize(original)).toEqual({ width: 4000, height: 3000 });
  });

  it('keeps the original exactly as supplied when the committee asks to keep the location', async () => {
    const result = accepted(await ingest({ name: 'IMG_2041.jpg', mimeType: 'image/jpeg', buffer: phone }, { keepOriginal: true, keepLocation: true }));
    expect(result.keptLocation).toBe(true);
    expect(result.original!.sha256).toBe(sha256(phone));
    expect(Buffer.from(bytesOf(result.original!)).equals(phone)).toBe(true);
    expect(result.file.size).toBeLessThan(phone.length / 2);
  });

  it('stores no original unless asked, and then keeps no location whatever the other option says', async () => {
    const result = accepted(await ingest({ name: 'IMG_2041.jpg', mimeType: 'image/jpeg', buffer: phone }, { keepOriginal: false, keepLocation: true }));
    expect(result.original).toBe(null);
    expect(result.keptLocation).toBe(false);
  });

  it('averages fine detail when shrinking instead of breaking it into stripes, and puts transparency on white', async () => {
    type Patterns = {
      makePattern(p: string, w: number, h: number): Promise<string>;
      tone(image: string, x: number, y: number, w: number, h: number): Promise<{ mean: number; spread: number }>;
    };
    const pattern = async (name: string, w: number, h: number): Promise<Buffer> =>
      Buffer.from(await s.page.evaluate(({ name, w, h }) => (window as unknown as { ingestHarness: Patterns }).ingestHarness.makePattern(name, w, h), { name, w, h }), 'base64');
    const tone = (file: WireFile, x: number, y: number, w: number, h: number): Promise<{ mean: number; spread: number }> =>
      s.page.evaluate(({ image, x, y, w, h }) => (window as unknown as { ingestHarness: Patterns }).ingestHarness.tone(image, x, y, w, h), { image: file.base64, x, y, w, h });

    // 1-pixel columns at 4000×3000: unfiltered shrinking leaves a spread near 127, low-quality smoothing about 74, ours about 40.
    const stripes = accepted(await ingest({ name: 'stripes.png', mimeType: 'image/png', buffer: await pattern('stripes', 4000, 3000) }, { keepOriginal: false, keepLocation: false }));
    const grey = await tone(stripes.file, 800, 600, 200, 200);
    expect(grey.mean).toBeGreaterThan(100);
    expect(grey.mean).toBeLessThan(155);
    expect(grey.spread).toBeLessThan(60);

    const clear = accepted(await ingest({ name: 'logo.png', mimeType: 'image/png', buffer: await pattern('clear', 300, 300) }, { keepOriginal: false, keepLocation: false }));
    expect((await tone(clear.file, 10, 10, 50, 50)).mean).toBeGreaterThan(245);
    expect((await tone(clear.file, 130, 130, 40, 40)).mean).toBeLessThan(10);
  });

  it('turns a photo taken sideways upright, and never enlarges a small one', async () => {
    // 160×120 pixels with EXIF orientation 6 (rotate 90° clockwise to view).
    const result = accepted(await ingest({ name: 'sideways.JPG', mimeType: 'image/jpeg', buffer: fixture('private-le.jpg') }, { keepOriginal: false, keepLocation: false }));
    expect(result).toMatchObject({ width: 120, height: 160 });
    expect(jpegSize(bytesOf(result.file))).toEqual({ width: 120, height: 160 });
    expect(result.file.fileName).toBe('sideways.jpg');
  });

  it('strips PNG and WebP originals too, and what is left still opens', async () => {
    const keep = { keepOriginal: true, keepLocation: false };
    const png = accepted(await ingest({ name: 'screen.png', mimeType: 'image/png', buffer: fixture('private.png') }, keep));
    expect(png).toMatchObject({ width: 64, height: 48, takenAt: '2026-11-20T14:03:11', found: { location: true, serialNumbers: true } });
    expect(png.file.fileName).toBe('screen.jpg');
    expect(Buffer.from(bytesOf(png.original!)).equals(fixture('plain.png'))).toBe(true);

    const makeWebp = (): Promise<string> =>
      s.page.evaluate(() => (window as unknown as { ingestHarness: { makePhoto(w: number, h: number, t: string): Promise<string> } }).ingestHarness.makePhoto(640, 480, 'image/webp'));
    const webp = Buffer.from(webpWithPrivateMetadata(new Uint8Array(Buffer.from(await makeWebp(), 'base64')), 640, 480));
    const fromPhone = accepted(await ingest({ name: 'shot.webp', mimeType: 'image/webp', buffer: webp }, keep));
    expect(fromPhone).toMatchObject({ width: 640, height: 480, takenAt: '2026-11-20T14:03:11', found: { location: true } });
    const original = Buffer.from(bytesOf(fromPhone.original!));
    expect(original.length).toBeLessThan(webp.length);
    expect(original.toString('latin1')).not.toMatch(/Kim Minji|Seoul|EXIF|XMP /);
    // The stripped original is a WebP the browser still decodes.
    expect(accepted(await ingest({ name: 'again.webp', mimeType: 'image/webp', buffer: original }, keep))).toMatchObject({ width: 640, height: 480, takenAt: null, found: { location: false } });
  });

  it('stores a document exactly as given, its hash the captured hash', async () => {
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
    const result = accepted(await ingest({ name: 'risk assessment.pdf', mimeType: 'application/pdf', buffer: pdf }, { keepOriginal: true, keepLocation: false }));
    expect(result).toMatchObject({ kind: 'document', original: null, takenAt: null, width: null, height: null, keptLocation: false });
    expect(result.file).toMatchObject({ fileName: 'risk assessment.pdf', mediaType: 'application/pdf', size: pdf.length, sha256: sha256(pdf) });
    expect(result.capturedSha256).toBe(sha256(pdf));
    expect(Buffer.from(bytesOf(result.file)).equals(pdf)).toBe(true);
  });

  it('refuses a damaged JPEG and one cut off halfway (an interrupted copy), storing nothing', async () => {
    const damaged = Buffer.concat([phone.subarray(0, 600), Buffer.alloc(4000, 0x5a)]);
    const options = { keepOriginal: true, keepLocation: false };
    expect(await ingest({ name: 'broken.jpg', mimeType: 'image/jpeg', buffer: damaged }, options)).toEqual({ ok: false, code: 'unreadable-image', fileName: 'broken.jpg', detail: {} });
    const cut = phone.subarray(0, Math.floor(phone.length / 2));
    expect(await ingest({ name: 'cut.jpg', mimeType: 'image/jpeg', buffer: cut }, options)).toMatchObject({ ok: false, code: 'unreadable-image' });
  });

  it('says so when a chosen file is gone by the time it is read (moved, deleted, drive unplugged)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jointcheck-gone-'));
    try {
      // Chromium learns a file's size when something first asks: before it went (then reading fails) or after (then it says 0 bytes).
      for (const sizeSeenFirst of [true, false]) {
        const path = join(dir, 'on-usb-stick.jpg');
        writeFileSync(path, phone);
        await s.page.locator('#file').setInputFiles(path);
        if (sizeSeenFirst) expect(await s.page.evaluate(() => document.querySelector<HTMLInputElement>('#file')!.files![0]!.size)).toBe(phone.length);
        rmSync(path);
        const outcome = await s.page.evaluate((o) => (window as unknown as { ingestHarness: { ingest(o: IngestOptions): Promise<WireOutcome> } }).ingestHarness.ingest(o), {
          keepOriginal: false,
          keepLocation: false,
        });
        expect(outcome).toEqual({ ok: false, code: 'unreadable-file', fileName: 'on-usb-stick.jpg', detail: {} });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('handles several files dropped at once, each outcome matching its own file', async () => {
    const pdf = Buffer.from('%PDF-1.7\n%%EOF\n');
    await s.page.locator('#file').setInputFiles([
      { name: 'a.jpg', mimeType: 'image/jpeg', buffer: phone },
      { name: 'b.pdf', mimeType: 'application/pdf', buffer: pdf },
      { name: 'c.jpg', mimeType: 'image/jpeg', buffer: phone.subarray(0, 2000) },
      { name: 'd.JPG', mimeType: 'image/jpeg', buffer: fixture('private-be.jpg') },
    ]);
    const outcomes = await s.page.evaluate((o) => (window as unknown as { ingestHarness: { ingestAll(o: IngestOptions): Promise<WireOutcome[]> } }).ingestHarness.ingestAll(o), {
      keepOriginal: false,
      keepLocation: false,
    });
    expect(outcomes.map((o) => (o.ok ? `${o.result.file.fileName} ${o.result.capturedSha256}` : `${o.fileName} ${o.code}`))).toEqual([
      `a.jpg ${sha256(phone)}`,
      `b.pdf ${sha256(pdf)}`,
      'c.jpg unreadable-image',
      `d.jpg ${sha256(fixture('private-be.jpg'))}`,
    ]);
  });

  it('refuses an empty file, a PDF named .jpg and a HEIC photo, with what the message needs', async () => {
    expect(await ingest({ name: 'blank.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(0) }, { keepOriginal: false, keepLocation: false })).toEqual({
      ok: false,
      code: 'empty',
      fileName: 'blank.pdf',
      detail: {},
    });
    expect(await ingest({ name: 'photo.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('%PDF-1.7\n') }, { keepOriginal: false, keepLocation: false })).toEqual({
      ok: false,
      code: 'content-mismatch',
      fileName: 'photo.jpg',
      detail: { claimed: 'JPG', detected: 'pdf', advice: '' },
    });
    const heic = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic\u0000\u0000\u0000\u0000mif1heic'), Buffer.alloc(100)]);
    expect(await ingest({ name: 'IMG_1234.HEIC', mimeType: 'image/heic', buffer: heic }, { keepOriginal: false, keepLocation: false })).toMatchObject({
      ok: false,
      code: 'unsupported-type',
      detail: { extension: 'HEIC', detected: 'heic', advice: 'convert-to-jpeg' },
    });
  });

  it('made no request to any host but its own', () => {
    expect(s.foreignRequests).toEqual([]);
  });
});

type CameraReply = WireOutcome | { cameraError: string; message: string };
const camera = (session: Session, options: IngestOptions): Promise<CameraReply> =>
  session.page.evaluate((o) => (window as unknown as { ingestHarness: { camera(o: IngestOptions): Promise<CameraReply> } }).ingestHarness.camera(o), options);

describe('taking a photo with the camera', () => {
  it('says clearly when there is no camera', async () => {
    expect(await camera(s, { keepOriginal: false, keepLocation: false })).toEqual({
      cameraError: 'no-camera',
      message: 'No camera was found on this computer. Connect one, or choose a photo file instead.',
    });
  });

  it('says clearly when the camera is not allowed', async () => {
    // A camera is there, but nobody answers the permission prompt with yes.
    const denied = await openSession({ root: harness.root, args: ['--use-fake-device-for-media-stream', '--deny-permission-prompts'] });
    try {
      await denied.page.locator('body[data-ready=true]').waitFor();
      expect(await camera(denied, { keepOriginal: false, keepLocation: false })).toMatchObject({ cameraError: 'permission-denied', message: expect.stringContaining('Allow camera access') });
    } finally {
      await denied.close();
    }
  });

  it('takes a frame, turns the camera off and stores it like any photo, dated now', async () => {
    const fake = await openSession({ root: harness.root, args: ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'] });
    try {
      await fake.page.locator('body[data-ready=true]').waitFor();
      const stopped = await fake.page.evaluate(() => (window as unknown as { ingestHarness: { cameraStopsAfterFrame(): Promise<{ name: string; ended: boolean }> } }).ingestHarness.cameraStopsAfterFrame());
      expect(stopped.ended).toBe(true);
      expect(stopped.name).toMatch(/^camera-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d\.jpg$/);
      const result = accepted((await camera(fake, { keepOriginal: true, keepLocation: false })) as WireOutcome);
      expect(result.kind).toBe('photo');
      expect(result.file.fileName).toMatch(/^camera-.*\.jpg$/);
      expect(result.takenAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
      expect(jpegSize(bytesOf(result.file))).toEqual({ width: result.width, height: result.height });
      expect(result.width).toBeGreaterThan(0);
      expect(fake.foreignRequests).toEqual([]);
    } finally {
      await fake.close();
    }
  });
});
