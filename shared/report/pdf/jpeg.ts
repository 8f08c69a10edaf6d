// Runs everywhere (pure). What the report needs from a JPEG's header: its size and the EXIF orientation a
// camera wrote, so a phone photo taken upright shows upright (the bytes are embedded as they are).
import type { Matrix } from './contentStream';

export type JpegInfo = {
  readonly width: number;
  readonly height: number;
  /** 1 grey, 3 colour (YCbCr), 4 CMYK. */
  readonly components: number;
  readonly bitsPerComponent: number;
  /** EXIF orientation 1-8 (1 when absent). */
  readonly orientation: number;
};

const startOfFrame = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

/** Null when the bytes are not a JPEG whose frame header can be found. */
export function readJpegInfo(bytes: Uint8Array): JpegInfo | null {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let orientation = 1;
  let pos = 2;
  while (pos + 4 <= bytes.length) {
    if (bytes[pos] !== 0xff) return null;
    const marker = bytes[pos + 1]!;
    if (marker === 0xff) {
      pos += 1; // fill byte
      continue;
    }
    const length = view.getUint16(pos + 2);
    if (length < 2 || pos + 2 + length > bytes.length) return null;
    if (marker === 0xe1) orientation = exifOrientation(view, pos + 4, length - 2) ?? orientation;
    if (startOfFrame.has(marker)) {
      if (length < 8) return null;
      const bitsPerComponent = bytes[pos + 4]!;
      const height = view.getUint16(pos + 5);
      const width = view.getUint16(pos + 7);
      const components = bytes[pos + 9]!;
      return width > 0 && height > 0 ? { width, height, components, bitsPerComponent, orientation } : null;
    }
    pos += 2 + length;
  }
  return null;
}

function exifOrientation(view: DataView, start: number, length: number): number | null {
  // "Exif\0\0", then a TIFF header: byte order, 42, offset of the first IFD.
  if (length < 14 || view.getUint32(start) !== 0x45786966 || view.getUint16(start + 4) !== 0) return null;
  const tiff = start + 6;
  const order = view.getUint16(tiff);
  if (order !== 0x4949 && order !== 0x4d4d) return null;
  const little = order === 0x4949;
  const end = start + length;
  const ifd = tiff + view.getUint32(tiff + 4, little);
  if (ifd + 2 > end) return null;
  const count = view.getUint16(ifd, little);
  for (let i = 0; i < count; i++) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > end) return null;
    if (view.getUint16(entry, little) === 0x0112) {
      const value = view.getUint16(entry + 8, little);
      return value >= 1 && value <= 8 ? value : null;
    }
  }
  return null;
}

/** Orientations 5 to 8 turn the picture a quarter: what shows is the stored height wide. */
export function displaySize(info: JpegInfo): { readonly width: number; readonly height: number } {
  return info.orientation >= 5 ? { width: info.height, height: info.width } : { width: info.width, height: info.height };
}

/**
 * The `cm` matrix that draws the image's unit square upright into the box (x, y, width, height), where the
 * box has the displayed proportions. Each case maps the stored picture's corners to where EXIF says they show.
 */
export function orientedMatrix(orientation: number, x: number, y: number, width: number, height: number): Matrix {
  switch (orientation) {
    case 2:
      return [-width, 0, 0, height, x + width, y];
    case 3:
      return [-width, 0, 0, -height, x + width, y + height];
    case 4:
      return [width, 0, 0, -height, x, y + height];
    case 5:
      return [0, -height, -width, 0, x + width, y + height];
    case 6:
      return [0, -height, width, 0, x, y + height];
    case 7:
      return [0, height, width, 0, x, y];
    case 8:
      return [0, height, -width, 0, x + width, y];
    default:
      return [width, 0, 0, height, x, y];
  }
}
