// A photo's metadata: what the app reads from it, and that a kept original loses its location and serial numbers
// while its picture stays byte for byte the same. Fixtures: test/tools/makeEvidenceFixtures.ts (checked with exiftool).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exifDateTime, readExif, stripPrivateExif } from '../../../shared/evidence/exif';
import { jpegLayout, Marker } from '../../../shared/evidence/jpegSegments';
import { Private } from '../../tools/makeEvidenceFixtures';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../fixtures/evidence', name)));
const plain = fixture('plain.jpg');
const latin1 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('latin1');

/** The segments that make the picture (tables, frame, scans), as bytes: everything but metadata. */
function pictureBytes(jpeg: Uint8Array): string {
  const layout = jpegLayout(jpeg)!;
  return layout.segments
    .filter((s) => !((s.marker >= Marker.APP0 && s.marker <= Marker.APP15) || s.marker === Marker.COM))
    .map((s) => latin1(jpeg.subarray(s.start, s.end)))
    .join('');
}

/** Strings from the fixtures that locate or identify someone; none may survive stripping. */
const privateStrings = [Private.bodySerial, Private.lensSerial, Private.cameraSerial, 'Kim Minji', 'Seoul', 'ns.adobe.com', 'Photoshop', '010-1234'];

describe('readExif', () => {
  it('reads date taken, orientation and camera, and sees GPS, serials, maker note and XMP (Intel byte order)', () => {
    expect(readExif(fixture('private-le.jpg'))).toEqual({
      takenAt: '2026-11-20T14:03:11',
      orientation: 6,
      make: 'Canon',
      model: 'EOS R6',
      gps: true,
      serialNumbers: true,
      makerNote: true,
      xmp: true,
    });
  });

  it('falls back to DateTime when DateTimeOriginal is missing (Motorola byte order)', () => {
    expect(readExif(fixture('private-be.jpg'))).toMatchObject({ takenAt: '2026-11-20T18:40:02', orientation: 1, gps: true, serialNumbers: true });
  });

  it('reads nothing from a photo without metadata, or from bytes that are not a JPEG', () => {
    const none = { takenAt: null, orientation: null, make: null, model: null, gps: false, serialNumbers: false, makerNote: false, xmp: false };
    expect(readExif(plain)).toEqual(none);
    expect(readExif(new TextEncoder().encode('%PDF-1.7'))).toEqual(none);
    expect(readExif(new Uint8Array())).toEqual(none);
  });

  it('does not throw on garbage or cut-off EXIF, and finds no private data in it', () => {
    for (const name of ['garbage-exif.jpg', 'truncated-exif.jpg']) {
      const summary = readExif(fixture(name));
      expect(summary).toMatchObject({ takenAt: null, gps: false, serialNumbers: false });
    }
  });

  it('turns the camera date into ISO local time, and refuses blanks and impossible dates', () => {
    expect(exifDateTime('2026:11:20 14:03:11')).toBe('2026-11-20T14:03:11');
    expect(exifDateTime('2026:11:20 14:03:11\u0000')).toBe('2026-11-20T14:03:11');
    for (const bad of ['0000:00:00 00:00:00', '    :  :     :  :  ', '2026:13:01 10:00:00', '2026:11:20 25:00:00', '', null]) expect(exifDateTime(bad)).toBe(null);
  });
});

describe('stripPrivateExif', () => {
  it.each(['private-le.jpg', 'private-be.jpg'])('removes GPS, serial numbers, maker note, XMP, IPTC and comments from %s, keeping date and orientation', (name) => {
    const original = fixture(name);
    const stripped = stripPrivateExif(original)!;
    const before = readExif(original);
    expect(readExif(stripped)).toEqual({ ...before, gps: false, serialNumbers: false, makerNote: false, xmp: false });
    const text = latin1(stripped);
    for (const s of privateStrings) expect(text).not.toContain(s);
    // The kept EXIF stays in the camera's byte order.
    expect(text).toContain(`Exif\u0000\u0000${name.includes('-le') ? 'II' : 'MM'}`);
  });

  it('leaves the picture byte for byte as it was and cuts the second image a phone appends after the end', () => {
    const original = fixture('private-le.jpg');
    const stripped = stripPrivateExif(original)!;
    expect(pictureBytes(stripped)).toBe(pictureBytes(plain));
    expect(pictureBytes(stripped).length).toBeGreaterThan(1000);
    expect(stripped.subarray(-2)).toEqual(Uint8Array.of(0xff, Marker.EOI));
    expect(latin1(original).indexOf('\u00ff\u00d8', 2)).toBeGreaterThan(0);
    expect(latin1(stripped).indexOf('\u00ff\u00d8', 2)).toBe(-1);
    // JFIF's APP0 stays first, EXIF right after it.
    expect(jpegLayout(stripped)!.segments.slice(0, 3).map((s) => s.marker)).toEqual([Marker.SOI, Marker.APP0, Marker.APP1]);
  });

  it('leaves a photo without metadata exactly as it was', () => {
    expect(stripPrivateExif(plain)).toEqual(plain);
  });

  it('drops garbage and cut-off EXIF whole, keeping the picture', () => {
    const garbage = stripPrivateExif(fixture('garbage-exif.jpg'))!;
    expect(garbage).toEqual(plain);
    const truncated = stripPrivateExif(fixture('truncated-exif.jpg'))!;
    expect(pictureBytes(truncated)).toBe(pictureBytes(plain));
    expect(readExif(truncated)).toMatchObject({ gps: false, serialNumbers: false, makerNote: false });
  });

  it('returns null for bytes whose segments cannot be walked, rather than passing them through', () => {
    expect(stripPrivateExif(new TextEncoder().encode('%PDF-1.7'))).toBe(null);
    // A segment length running past the end of the file.
    expect(stripPrivateExif(Uint8Array.of(0xff, 0xd8, 0xff, 0xe1, 0x40, 0x00, 0x45, 0x78))).toBe(null);
  });

  it('never throws on a damaged file: every cut-off length and thousands of corrupted bytes', () => {
    const original = fixture('private-be.jpg');
    for (let length = 0; length <= original.length; length++) {
      const cut = original.subarray(0, length);
      expect(() => readExif(cut)).not.toThrow();
      expect(() => stripPrivateExif(cut)).not.toThrow();
    }
    // The metadata sits in the first kilobyte and a half; corrupt it with a fixed-seed generator.
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
    for (let round = 0; round < 3000; round++) {
      const damaged = original.slice();
      for (let k = 0; k < 4; k++) damaged[2 + Math.floor(next() * 1500)] = Math.floor(next() * 256);
      expect(() => readExif(damaged)).not.toThrow();
      expect(() => stripPrivateExif(damaged)).not.toThrow();
    }
  });
});
