// Runs everywhere (pure). Metadata of any supported photo format, read and stripped through one entry point.
import { type ExifSummary, NoExif, readExif, readTiffExif, stripPrivateExif, xmpHasLocation } from './exif';
import { type Chunk, pngChunks, stripPngMetadata, stripWebpMetadata, webpChunks } from './imageChunks';

/** The ids of the supported photo types (see fileTypes). */
export const PhotoFormats = ['jpeg', 'png', 'webp', 'gif'] as const;
export type PhotoFormat = (typeof PhotoFormats)[number];
export const isPhotoFormat = (id: string): id is PhotoFormat => (PhotoFormats as readonly string[]).includes(id);

const latin1 = (bytes: Uint8Array): string => String.fromCharCode(...bytes.subarray(0, 64));

/** EXIF from a chunk that holds it, and whether an XMP packet is there too. */
function fromChunks(chunks: readonly Chunk[] | null, exifType: string, isXmp: (c: Chunk) => boolean): ExifSummary {
  if (!chunks) return NoExif;
  const exif = chunks.find((c) => c.type === exifType);
  const summary = (exif && readTiffExif(exif.data)) || NoExif;
  const xmp = chunks.filter(isXmp);
  return { ...summary, gps: summary.gps || xmp.some((c) => xmpHasLocation(c.data)), xmp: xmp.length > 0 };
}

/** What a photo's metadata says (date taken, orientation, location, serials). Never throws; GIF carries none we read. */
export function readPhotoMetadata(bytes: Uint8Array, format: PhotoFormat): ExifSummary {
  switch (format) {
    case 'jpeg':
      return readExif(bytes);
    case 'png':
      return fromChunks(pngChunks(bytes), 'eXIf', (c) => c.type === 'iTXt' && latin1(c.data).startsWith('XML:com.adobe.xmp\u0000'));
    case 'webp':
      return fromChunks(webpChunks(bytes), 'EXIF', (c) => c.type === 'XMP ');
    case 'gif':
      return NoExif;
  }
}

/**
 * The photo without location, serial numbers and other private metadata, the picture untouched; null when its
 * structure cannot be walked. GIF is returned as it is: it has no EXIF, and its rare XMP is not looked for.
 */
export function stripPhotoMetadata(bytes: Uint8Array<ArrayBuffer>, format: PhotoFormat): Uint8Array<ArrayBuffer> | null {
  switch (format) {
    case 'jpeg':
      return stripPrivateExif(bytes);
    case 'png':
      return stripPngMetadata(bytes);
    case 'webp':
      return stripWebpMetadata(bytes);
    case 'gif':
      return bytes;
  }
}
