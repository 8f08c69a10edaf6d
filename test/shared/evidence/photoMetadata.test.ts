// PNG and WebP photos carry EXIF and XMP in chunks: read them like JPEG's, and strip them from a kept original
// without touching the picture. Fixtures: test/tools/makeEvidenceFixtures.ts (checked with exiftool).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readExif } from '../../../shared/evidence/exif';
import { SupportedTypes } from '../../../shared/evidence/fileTypes';
import { pngChunks, webpChunks } from '../../../shared/evidence/imageChunks';
import { isPhotoFormat, readPhotoMetadata, stripPhotoMetadata } from '../../../shared/evidence/photoMetadata';
import { Private, webpWithPrivateMetadata, withSegments, xmpSegment } from '../../tools/makeEvidenceFixtures';

const fixture = (name: string): Uint8Array<ArrayBuffer> => new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../fixtures/evidence', name)));
const latin1 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('latin1');
const privateStrings = [Private.bodySerial, Private.cameraSerial, 'Kim Minji', 'Seoul', 'ns.adobe.com'];

/** A simple lossless WebP container of 64×48 whose image data is opaque filler: only the chunk structure matters here. */
function simpleWebp(): Uint8Array {
  const data = new Uint8Array(21).fill(0x42);
  const chunk = [...Buffer.from('VP8L'), 21, 0, 0, 0, ...data, 0];
  return new Uint8Array([...Buffer.from('RIFF'), ...[4 + chunk.length, 0, 0, 0], ...Buffer.from('WEBP'), ...chunk]);
}

describe('photo formats', () => {
  it('covers every supported photo type', () => {
    for (const type of SupportedTypes.filter((t) => t.kind === 'photo')) expect(isPhotoFormat(type.id)).toBe(true);
  });
});

describe('PNG', () => {
  const png = fixture('private.png');

  it('reads date taken, GPS, serials and XMP from eXIf and iTXt chunks', () => {
    expect(readPhotoMetadata(png, 'png')).toMatchObject({ takenAt: '2026-11-20T14:03:11', gps: true, serialNumbers: true, makerNote: true, xmp: true });
    expect(readPhotoMetadata(fixture('plain.png'), 'png')).toMatchObject({ takenAt: null, gps: false, xmp: false });
  });

  it('strips them (and text and time chunks), leaving exactly the plain picture', () => {
    const stripped = stripPhotoMetadata(png, 'png')!;
    expect(stripped).toEqual(fixture('plain.png'));
    expect(pngChunks(stripped)!.map((c) => c.type)).toEqual(['IHDR', 'pHYs', 'IDAT', 'IEND']);
    for (const s of privateStrings) expect(latin1(stripped)).not.toContain(s);
  });

  it('does not throw on a cut-off file, and never lets private data through when rewriting one', () => {
    for (let length = 0; length < png.length; length++) {
      const cut = png.slice(0, length);
      expect(() => readPhotoMetadata(cut, 'png')).not.toThrow();
      const stripped = stripPhotoMetadata(cut, 'png');
      if (stripped) for (const s of privateStrings) expect(latin1(stripped)).not.toContain(s);
    }
  });
});

describe('WebP', () => {
  const webp = webpWithPrivateMetadata(simpleWebp(), 64, 48);

  it('reads EXIF and XMP chunks of the extended format', () => {
    expect(readPhotoMetadata(webp, 'webp')).toMatchObject({ takenAt: '2026-11-20T14:03:11', gps: true, serialNumbers: true, xmp: true });
  });

  it('strips them, clears their flags in the header and corrects the container size', () => {
    const stripped = stripPhotoMetadata(webp.slice(), 'webp')!;
    const chunks = webpChunks(stripped)!;
    expect(chunks.map((c) => c.type)).toEqual(['VP8X', 'VP8L']);
    expect(chunks[0]!.data[0]! & 0x0c).toBe(0);
    expect(new DataView(stripped.buffer).getUint32(4, true)).toBe(stripped.length - 8);
    expect(latin1(chunks[1]!.data)).toBe(latin1(webpChunks(simpleWebp())![0]!.data));
    for (const s of privateStrings) expect(latin1(stripped)).not.toContain(s);
    expect(readPhotoMetadata(stripped, 'webp')).toMatchObject({ takenAt: null, gps: false, serialNumbers: false, xmp: false });
  });

  it('does not throw on a cut-off file', () => {
    for (let length = 0; length < webp.length; length += 5) {
      expect(() => readPhotoMetadata(webp.subarray(0, length), 'webp')).not.toThrow();
      expect(() => stripPhotoMetadata(webp.slice(0, length), 'webp')).not.toThrow();
    }
  });
});

describe('location in XMP only', () => {
  it('counts as a location, as an editor that drops EXIF but keeps XMP leaves it', () => {
    const jpeg = withSegments(fixture('plain.jpg'), [xmpSegment()]);
    expect(readExif(jpeg)).toMatchObject({ gps: true, xmp: true, serialNumbers: false });
  });
});

describe('GIF', () => {
  it('has no metadata we read and is kept as it is', () => {
    const gif = new Uint8Array([...Buffer.from('GIF89a'), 1, 0, 1, 0, 0, 0, 0, 0x3b]);
    expect(readPhotoMetadata(gif, 'gif')).toMatchObject({ takenAt: null, gps: false });
    expect(stripPhotoMetadata(gif, 'gif')).toBe(gif);
  });
});
