// Runs everywhere (pure). Walks the chunks of PNG and WebP files, and rewrites them without the chunks that carry
// metadata (EXIF, XMP, text), keeping only what the picture needs.

export type Chunk = { readonly type: string; readonly start: number; readonly end: number; readonly data: Uint8Array };

const PngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const fourCC = (bytes: Uint8Array, at: number): string => String.fromCharCode(bytes[at]!, bytes[at + 1]!, bytes[at + 2]!, bytes[at + 3]!);
const u32be = (b: Uint8Array, at: number): number => ((b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0;
const u32le = (b: Uint8Array, at: number): number => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;

/** PNG chunks (length, type, data, CRC) up to IEND; null when the signature is wrong or a length runs past the end. */
export function pngChunks(png: Uint8Array): Chunk[] | null {
  if (!PngSignature.every((b, i) => png[i] === b)) return null;
  const chunks: Chunk[] = [];
  for (let at = 8; at < png.length; ) {
    if (at + 12 > png.length) return null;
    const length = u32be(png, at);
    const end = at + 12 + length;
    if (end > png.length) return null;
    const type = fourCC(png, at + 4);
    chunks.push({ type, start: at, end, data: png.subarray(at + 8, at + 8 + length) });
    at = end;
    if (type === 'IEND') break;
  }
  return chunks;
}

/** WebP chunks inside the RIFF container (each padded to an even length); null when the container is not WebP or is cut short. */
export function webpChunks(webp: Uint8Array): Chunk[] | null {
  if (webp.length < 12 || fourCC(webp, 0) !== 'RIFF' || fourCC(webp, 8) !== 'WEBP') return null;
  const riffEnd = Math.min(webp.length, 8 + u32le(webp, 4));
  const chunks: Chunk[] = [];
  for (let at = 12; at + 8 <= riffEnd; ) {
    const size = u32le(webp, at + 4);
    const end = at + 8 + size + (size % 2);
    if (at + 8 + size > riffEnd) return null;
    chunks.push({ type: fourCC(webp, at), start: at, end: Math.min(end, riffEnd), data: webp.subarray(at + 8, at + 8 + size) });
    at = end;
  }
  return chunks;
}

/** What a PNG needs to look right: image data, palette and transparency, colour space, pixel size, animation. */
const PngKeep = new Set(['IHDR', 'PLTE', 'IDAT', 'IEND', 'tRNS', 'cHRM', 'gAMA', 'iCCP', 'sBIT', 'sRGB', 'cICP', 'mDCV', 'cLLI', 'bKGD', 'pHYs', 'sPLT', 'hIST', 'acTL', 'fcTL', 'fdAT']);
/** The same for WebP: the extended header, image data, alpha, colour profile, animation. */
const WebpKeep = new Set(['VP8X', 'VP8 ', 'VP8L', 'ALPH', 'ICCP', 'ANIM', 'ANMF']);
/** VP8X flags announcing EXIF (bit 3) and XMP (bit 2); they must go with their chunks. */
const WebpMetadataFlags = 0x08 | 0x04;

function concat(parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** A PNG without its text, EXIF, time and unknown chunks (any of which may hold a location or a name); null if unreadable. */
export function stripPngMetadata(png: Uint8Array): Uint8Array<ArrayBuffer> | null {
  const chunks = pngChunks(png);
  return chunks ? concat([png.subarray(0, 8), ...chunks.filter((c) => PngKeep.has(c.type)).map((c) => png.subarray(c.start, c.end))]) : null;
}

/** A WebP without its EXIF, XMP and unknown chunks, its header flags and size adjusted; null if unreadable. */
export function stripWebpMetadata(webp: Uint8Array): Uint8Array<ArrayBuffer> | null {
  const chunks = webpChunks(webp);
  if (!chunks) return null;
  const kept = chunks.filter((c) => WebpKeep.has(c.type)).map((c) => webp.slice(c.start, c.end));
  const header = kept.find((c) => fourCC(c, 0) === 'VP8X');
  if (header && header.length > 8) header[8] = header[8]! & ~WebpMetadataFlags;
  const out = concat([webp.subarray(0, 12), ...kept]);
  new DataView(out.buffer).setUint32(4, out.length - 8, true);
  return out;
}
