// Runs everywhere (pure). Walks the marker segments of a JPEG file without decoding it.

export const Marker = {
  SOI: 0xd8,
  EOI: 0xd9,
  SOS: 0xda,
  APP0: 0xe0,
  APP1: 0xe1,
  APP2: 0xe2,
  APP13: 0xed,
  APP14: 0xee,
  APP15: 0xef,
  COM: 0xfe,
} as const;

/** One marker segment: `start` at its 0xFF, `end` exclusive. A scan (SOS) runs on to the end of its entropy-coded data. */
export type JpegSegment = { readonly marker: number; readonly start: number; readonly end: number };

export type JpegLayout = {
  readonly segments: readonly JpegSegment[];
  /** Where the image ends: after EOI, or the file's end when EOI is missing (a cut-off download). */
  readonly end: number;
};

/** Markers that stand alone, with no length: TEM and the restart markers. */
const standalone = (marker: number): boolean => marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7);

/** Where the entropy-coded data that starts at `from` ends: at the next marker that is not a stuffed byte or a restart. */
function scanEnd(bytes: Uint8Array, from: number): number {
  for (let i = from; i + 1 < bytes.length; i++) {
    if (bytes[i] !== 0xff) continue;
    const next = bytes[i + 1]!;
    if (next !== 0x00 && next !== 0xff && !standalone(next)) return i;
  }
  return bytes.length;
}

/**
 * The segments of a JPEG up to its EOI, or null when the bytes are not a JPEG whose header segments
 * can be walked (no SOI, a length running past the end, garbage where a marker should be).
 */
export function jpegLayout(bytes: Uint8Array): JpegLayout | null {
  if (bytes[0] !== 0xff || bytes[1] !== Marker.SOI) return null;
  const segments: JpegSegment[] = [{ marker: Marker.SOI, start: 0, end: 2 }];
  let at = 2;
  while (at < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    let start = at;
    // Any number of 0xFF fill bytes may come before a marker.
    while (bytes[start + 1] === 0xff) start++;
    if (start + 1 >= bytes.length) return null;
    const marker = bytes[start + 1]!;
    if (marker === Marker.EOI) {
      segments.push({ marker, start: at, end: start + 2 });
      return { segments, end: start + 2 };
    }
    if (standalone(marker)) {
      segments.push({ marker, start: at, end: start + 2 });
      at = start + 2;
      continue;
    }
    if (start + 4 > bytes.length) return null;
    const length = (bytes[start + 2]! << 8) | bytes[start + 3]!;
    const end = start + 2 + length;
    if (length < 2 || end > bytes.length) return null;
    const segmentEnd = marker === Marker.SOS ? scanEnd(bytes, end) : end;
    segments.push({ marker, start: at, end: segmentEnd });
    at = segmentEnd;
  }
  return { segments, end: bytes.length };
}

/** The bytes after a segment's marker and length. */
export function segmentPayload(bytes: Uint8Array, segment: JpegSegment): Uint8Array {
  let markerAt = segment.start;
  while (bytes[markerAt + 1] === 0xff) markerAt++;
  return bytes.subarray(markerAt + 4, segment.end);
}

/** Whether a segment's payload starts with an identifier such as `Exif\0\0`. */
export function payloadStartsWith(payload: Uint8Array, identifier: string): boolean {
  if (payload.length < identifier.length) return false;
  for (let i = 0; i < identifier.length; i++) if (payload[i] !== identifier.charCodeAt(i)) return false;
  return true;
}

/** A marker segment with its length, around a payload (at most 65,533 bytes). */
export function buildSegment(marker: number, payload: Uint8Array): Uint8Array {
  if (payload.length > 0xffff - 2) throw new RangeError(`A JPEG segment holds at most 65,533 bytes, not ${payload.length}.`);
  const length = payload.length + 2;
  const segment = new Uint8Array(2 + length);
  segment.set([0xff, marker, length >> 8, length & 0xff]);
  segment.set(payload, 4);
  return segment;
}

/** Bytes of an ASCII identifier such as `Exif\0\0`, to put before a segment's payload. */
export function identifierBytes(identifier: string): Uint8Array {
  return Uint8Array.from(identifier, (c) => c.charCodeAt(0));
}
