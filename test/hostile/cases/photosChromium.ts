// Test-time only (Node). Hostile photos for the decoding step, which only a browser does: Chromium's decoder inside
// the app's ingest worker, after the checks of photos.ts. What each must come to, with the photo they start from.
import { buildSegment, Marker } from '../../../shared/evidence/jpegSegments';
import type { IngestRefusalCode } from '../../../renderer/src/evidence/protocol';
import { withSegments } from '../../tools/makeEvidenceFixtures';
import type { HostileCase } from '../corpus';
import { withDimensions } from './photos';

export type DecodeInput = { readonly name: string; readonly bytes: Uint8Array };
/** Refused with this code, or stored as a photo no larger than the stored size. */
export type DecodeExpected = { readonly refused: IngestRefusalCode } | { readonly stored: true };

/** What the browser drew: a JPEG and a PNG of a busy 1200 × 900 picture, made once it runs. */
export type BrowserPhotos = { readonly photo: Uint8Array; readonly png: Uint8Array };

/** The cases, their inputs built from `photos()` when each runs. */
export function decodeCases(photos: () => BrowserPhotos): HostileCase<DecodeInput, DecodeExpected>[] {
  const jpg = (bytes: (photo: Uint8Array) => Uint8Array, name = 'IMG_2041.jpg'): (() => DecodeInput) => () => ({ name, bytes: bytes(photos().photo) });
  const withPngSize = (width: number, height: number): Uint8Array => {
    const out = photos().png.slice();
    new DataView(out.buffer).setUint32(16, width);
    new DataView(out.buffer).setUint32(20, height);
    return out;
  };
  const unreadable = { refused: 'unreadable-image' } as const;
  return [
    { name: 'the photo as the browser wrote it (baseline)', input: jpg((photo) => photo), expected: { stored: true } },
    { name: 'declared dimensions of 65,535 × 65,535', input: jpg((photo) => withDimensions(photo, 65_535, 65_535)), expected: unreadable },
    { name: 'declared dimensions of 30,000 × 30,000', input: jpg((photo) => withDimensions(photo, 30_000, 30_000)), expected: unreadable },
    { name: 'declared dimensions of 0 × 0', input: jpg((photo) => withDimensions(photo, 0, 0)), expected: unreadable },
    { name: 'a PNG declaring 100,000 × 100,000', input: () => ({ name: 'scan.png', bytes: withPngSize(100_000, 100_000) }), expected: unreadable },
    { name: 'cut after the headers', input: jpg((photo) => photo.subarray(0, 700)), expected: unreadable },
    { name: 'cut in the middle of the image data', input: jpg((photo) => photo.subarray(0, photo.length >> 1)), expected: unreadable },
    { name: 'image data overwritten with garbage', input: jpg((photo) => new Uint8Array([...photo.subarray(0, photo.length >> 2), ...new Uint8Array(photo.length >> 1).fill(0x5a)])), expected: unreadable },
    { name: 'an end marker right after the start', input: jpg(() => new Uint8Array([0xff, 0xd8, 0xff, 0xd9])), expected: unreadable },
    { name: '1 MB of fill bytes before the first marker', input: jpg((photo) => new Uint8Array([0xff, 0xd8, ...new Uint8Array(1024 * 1024).fill(0xff), ...photo.subarray(2)])), expected: { stored: true } },
    { name: '60 KB of comments, 300 times over', input: jpg((photo) => withSegments(photo, Array.from({ length: 300 }, () => buildSegment(Marker.COM, new Uint8Array(60_000).fill(0x41))))), expected: { stored: true } },
    { name: 'a file name of 250 characters', input: jpg((photo) => photo, `${'가'.repeat(246)}.jpg`), expected: { stored: true } },
    { name: 'a GIF cut after its header', input: () => ({ name: 'anim.gif', bytes: new TextEncoder().encode('GIF89a\u0001\u0000\u0001\u0000') }), expected: unreadable },
  ];
}
