// Hostile photos and evidence files through the checks the ingest worker makes before and after the browser decodes
// a photo: the type from the bytes, the size, the metadata read, and the copy stripped of location and serials.
// (Decoding itself happens in Chromium: photosChromium.test.ts.)
import { describe, expect, it } from 'vitest';
import { nameForType } from '../../shared/evidence/fileTypes';
import { SniffBytes } from '../../shared/evidence/limits';
import { isPhotoFormat, readPhotoMetadata, stripPhotoMetadata } from '../../shared/evidence/photoMetadata';
import { checkFile } from '../../shared/evidence/sniff';
import { MaxStoredFileName } from '../../shared/domain/record';
import { evidenceCases } from './cases/photos';
import { caseCountTitle, guardEveryCase, withinLimit } from './corpus';

const cases = evidenceCases();
guardEveryCase();

describe(caseCountTitle('photo or evidence file', cases.length), () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const { name, bytes } = await c.input();
    const outcome = await withinLimit(() => {
      const check = checkFile(name, bytes.subarray(0, SniffBytes), bytes.length);
      if (!check.ok) return { refused: check.code } as const;
      const format = check.type.id;
      if (check.kind === 'document' || !isPhotoFormat(format)) return { document: check.type, storedName: nameForType(name, check.type) } as const;
      // The worker reads what the photo carries, then keeps a stripped original (the default when keeping one).
      const found = readPhotoMetadata(bytes, format);
      const stripped = stripPhotoMetadata(new Uint8Array(bytes), format);
      return stripped ? ({ photo: format, found, stripped: readPhotoMetadata(stripped, format), storedName: nameForType(name, check.type) } as const) : ({ refused: 'unreadable-image' } as const);
    });
    const expected = c.expected;
    if ('refused' in expected) {
      expect('refused' in outcome ? outcome.refused : 'accepted').toBe(expected.refused);
      return;
    }
    if ('refused' in outcome) throw new Error(`refused: ${outcome.refused}`);
    expect(outcome.storedName.length).toBeLessThanOrEqual(MaxStoredFileName);
    expect(outcome.storedName).toMatch(/\.[a-z]+$/);
    if ('document' in expected) {
      expect('document' in outcome).toBe(true);
      return;
    }
    if (!('photo' in outcome)) throw new Error('taken for a document');
    // What the kept original holds: never a location, serial numbers, a maker note or XMP.
    expect(outcome.stripped).toMatchObject({ gps: false, serialNumbers: false, makerNote: false, xmp: false });
  });
});
