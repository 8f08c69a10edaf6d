// Runs in a dedicated worker. Prepares a file the user gave as evidence: checks its real type, hashes it, and for
// photos reads the date taken, turns it upright, reduces it to a 2048 px JPEG and strips private metadata from the
// original. Files are taken one at a time so a batch of photos never holds more than one decoded image in memory.
import { sha256Hex } from '../../../shared/crypto/sha256';
import { scaledSize } from '../../../shared/evidence/downscale';
import { extensionOf, nameForType, typeForExtension } from '../../../shared/evidence/fileTypes';
import { PhotoJpegQuality, SniffBytes } from '../../../shared/evidence/limits';
import { isPhotoFormat, readPhotoMetadata, stripPhotoMetadata } from '../../../shared/evidence/photoMetadata';
import { refusalDetail } from '../../../shared/evidence/refusalDetail';
import { checkFile } from '../../../shared/evidence/sniff';
import type { IngestedFile, IngestOptions, IngestOutcome, IngestRequest, IngestResponse } from './protocol';

async function stored(fileName: string, mediaType: string, blob: Blob, bytes?: Uint8Array<ArrayBuffer>): Promise<IngestedFile> {
  const sha256 = await sha256Hex(bytes ?? new Uint8Array(await blob.arrayBuffer()));
  return { fileName, mediaType, size: blob.size, sha256, blob };
}

/**
 * The photo upright, reduced to the stored size and encoded as JPEG; null when the browser cannot decode it.
 * One draw: with high smoothing Chromium filters through mipmaps whenever it shrinks by half or more. Halving
 * in steps first gave the same pixels on a 1-pixel stripe pattern and was slower (Chromium 14x, this machine:
 * 6000×4000 77 → 156 ms, 9000×6000 142 → 351 ms).
 */
async function reducedJpeg(photo: Blob): Promise<{ blob: Blob; width: number; height: number } | null> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(photo, { imageOrientation: 'from-image' });
  } catch {
    return null;
  }
  try {
    const { width, height } = scaledSize({ width: bitmap.width, height: bitmap.height });
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d')!;
    // JPEG has no transparency: a PNG's or GIF's clear areas become white, as they look on a page, not black.
    context.fillStyle = '#fff';
    context.fillRect(0, 0, width, height);
    context.imageSmoothingQuality = 'high';
    context.drawImage(bitmap, 0, 0, width, height);
    return { blob: await canvas.convertToBlob({ type: 'image/jpeg', quality: PhotoJpegQuality }), width, height };
  } finally {
    bitmap.close();
  }
}

const baseName = (fileName: string): string => (extensionOf(fileName) ? fileName.slice(0, fileName.lastIndexOf('.')) : fileName) || 'photo';

/** The file's bytes, or null when it can no longer be read: moved or deleted since it was chosen, or on a drive that went away. */
async function readBytes(blob: Blob): Promise<Uint8Array<ArrayBuffer> | null> {
  try {
    return new Uint8Array(await blob.arrayBuffer());
  } catch (error) {
    if (error instanceof DOMException && (error.name === 'NotFoundError' || error.name === 'NotReadableError')) return null;
    throw error;
  }
}

async function ingest(file: File, options: IngestOptions): Promise<IngestOutcome> {
  const unreadable = { ok: false, code: 'unreadable-file', fileName: file.name, detail: {} } as const;
  // A file gone before the browser first looked at it reports size 0, and only reading it whole says why.
  const head = file.size === 0 ? await readBytes(file) : await readBytes(file.slice(0, SniffBytes));
  if (!head) return unreadable;
  const check = checkFile(file.name, head, file.size);
  if (!check.ok) return { ok: false, code: check.code, fileName: file.name, detail: refusalDetail(check) };
  const bytes = await readBytes(file);
  if (!bytes) return unreadable;
  const given = await stored(nameForType(file.name, check.type), check.mediaType, file, bytes);
  const capturedSha256 = given.sha256;
  if (check.kind === 'document') {
    const found = { location: false, serialNumbers: false };
    return { ok: true, result: { kind: 'document', file: given, original: null, capturedSha256, takenAt: null, width: null, height: null, keptLocation: false, found } };
  }

  const format = check.type.id;
  if (!isPhotoFormat(format)) throw new Error(`No photo format for ${format}.`);
  const metadata = readPhotoMetadata(bytes, format);
  const reduced = await reducedJpeg(file);
  if (!reduced) return { ok: false, code: 'unreadable-image', fileName: file.name, detail: {} };
  let original: IngestedFile | null = null;
  if (options.keepOriginal) {
    const stripped = options.keepLocation ? bytes : stripPhotoMetadata(bytes, format);
    // The browser decoded it, but its structure cannot be rewritten: storing it as given would keep what the user asked to remove.
    if (!stripped) return { ok: false, code: 'unreadable-image', fileName: file.name, detail: {} };
    original = stripped === bytes ? given : await stored(given.fileName, check.mediaType, new Blob([stripped], { type: check.mediaType }), stripped);
  }
  return {
    ok: true,
    result: {
      kind: 'photo',
      file: await stored(nameForType(`${baseName(file.name)}.jpg`, typeForExtension('jpg')!), 'image/jpeg', reduced.blob),
      original,
      capturedSha256,
      takenAt: metadata.takenAt,
      width: reduced.width,
      height: reduced.height,
      keptLocation: options.keepOriginal && options.keepLocation,
      found: { location: metadata.gps, serialNumbers: metadata.serialNumbers || metadata.makerNote },
    },
  };
}

let queue: Promise<void> = Promise.resolve();

addEventListener('message', (event: MessageEvent<IngestRequest>) => {
  const { id, file, options } = event.data;
  const reply = (message: IngestResponse): void => postMessage(message);
  queue = queue.then(() =>
    ingest(file, options).then(
      (outcome) => reply({ id, kind: 'result', outcome }),
      (error: unknown) => reply({ id, kind: 'error', message: error instanceof Error ? error.message : String(error) }),
    ),
  );
});
