// Runs everywhere (pure). What a JPEG's metadata says (when it was taken, which way up, what private data it carries),
// and a copy of the JPEG without its location, serial numbers and other private metadata, pixel data untouched.
import { buildSegment, identifierBytes, type JpegSegment, jpegLayout, Marker, payloadStartsWith, segmentPayload } from './jpegSegments';
import { type ParsedTiff, parseTiff, Tag, type TiffField, writeTiff } from './tiff';

export type ExifSummary = {
  /** When the photo was taken, as the camera wrote it (local time, no zone): `YYYY-MM-DDTHH:MM:SS`. */
  readonly takenAt: string | null;
  /** EXIF orientation 1-8 (1 = upright). */
  readonly orientation: number | null;
  readonly make: string | null;
  readonly model: string | null;
  /** A GPS position (latitude or longitude) is recorded, in EXIF or in XMP. */
  readonly gps: boolean;
  /** Body, lens or camera serial numbers are recorded. */
  readonly serialNumbers: boolean;
  /** A maker note is present: a manufacturer's private block that often holds the serial number too. */
  readonly makerNote: boolean;
  /** An XMP packet is present, which may repeat the location and name the owner. */
  readonly xmp: boolean;
};

export const NoExif: ExifSummary = { takenAt: null, orientation: null, make: null, model: null, gps: false, serialNumbers: false, makerNote: false, xmp: false };

const ExifId = 'Exif\u0000\u0000';
/** Identifier of an XMP packet's APP1 segment; extended XMP continues in segments of the second. */
export const XmpIdentifier = 'http://ns.adobe.com/xap/1.0/\u0000';
const XmpIds = [XmpIdentifier, 'http://ns.adobe.com/xmp/extension/\u0000'];
const SerialTags = [Tag.BodySerialNumber, Tag.LensSerialNumber, Tag.CameraSerialNumber];

/** `2026:11:20 14:03:11` (EXIF's form) to `2026-11-20T14:03:11`; null for blanks, zeros and anything malformed. */
export function exifDateTime(text: string | null): string | null {
  const m = /^(\d{4})[:-](\d{2})[:-](\d{2})[ T](\d{2}):(\d{2}):(\d{2})/.exec(text ?? '');
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  if (y < 1900 || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return null;
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}`;
}

function exifTiff(jpeg: Uint8Array, segments: readonly JpegSegment[]): ParsedTiff | null {
  for (const segment of segments) {
    if (segment.marker !== Marker.APP1) continue;
    const payload = segmentPayload(jpeg, segment);
    if (payloadStartsWith(payload, ExifId)) return parseTiff(payload.subarray(ExifId.length));
  }
  return null;
}

const isXmp = (jpeg: Uint8Array, segment: JpegSegment): boolean =>
  segment.marker === Marker.APP1 && XmpIds.some((id) => payloadStartsWith(segmentPayload(jpeg, segment), id));

/** Text a viewer can show: printable ASCII, trimmed, at most 64 characters. */
function cleanText(text: string | null): string | null {
  const clean = (text ?? '').replace(/[^\x20-\x7e]/g, '').trim().slice(0, 64);
  return clean === '' ? null : clean;
}

function summarise(tiff: ParsedTiff): Omit<ExifSummary, 'xmp'> {
  const orientation = tiff.short(tiff.ifd0.get(Tag.Orientation));
  const gps = tiff.gps;
  return {
    takenAt: exifDateTime(tiff.ascii(tiff.exif.get(Tag.DateTimeOriginal))) ?? exifDateTime(tiff.ascii(tiff.ifd0.get(Tag.DateTime))),
    orientation: orientation !== null && orientation >= 1 && orientation <= 8 ? orientation : null,
    make: cleanText(tiff.ascii(tiff.ifd0.get(Tag.Make))),
    model: cleanText(tiff.ascii(tiff.ifd0.get(Tag.Model))),
    // A GPS pointer whose IFD cannot be read still counts: we cannot rule a position out.
    gps: gps !== null && (gps.size === 0 || gps.has(Tag.GpsLatitude) || gps.has(Tag.GpsLongitude)),
    serialNumbers: SerialTags.some((tag) => tiff.ifd0.has(tag) || tiff.exif.has(tag)),
    makerNote: tiff.exif.has(Tag.MakerNote) || tiff.ifd0.has(Tag.MakerNote),
  };
}

/** What a bare TIFF block (EXIF as PNG and WebP carry it, with or without the `Exif\0\0` prefix) says; null when it is not TIFF. */
export function readTiffExif(block: Uint8Array): Omit<ExifSummary, 'xmp'> | null {
  const tiff = parseTiff(payloadStartsWith(block, ExifId) ? block.subarray(ExifId.length) : block);
  return tiff ? summarise(tiff) : null;
}

/** Whether an XMP packet records a GPS position (exif:GPSLatitude or exif:GPSLongitude, as attribute or element). */
export function xmpHasLocation(packet: Uint8Array): boolean {
  return /GPS(Latitude|Longitude)/.test(new TextDecoder('latin1').decode(packet));
}

/** What a JPEG's EXIF and XMP say. Never throws: missing, corrupt or cut-off metadata reads as none. */
export function readExif(jpeg: Uint8Array): ExifSummary {
  const layout = jpegLayout(jpeg);
  if (!layout) return NoExif;
  const tiff = exifTiff(jpeg, layout.segments);
  const summary = tiff ? summarise(tiff) : NoExif;
  const xmp = layout.segments.filter((s) => isXmp(jpeg, s)).map((s) => segmentPayload(jpeg, s));
  return { ...summary, gps: summary.gps || xmp.some(xmpHasLocation), xmp: xmp.length > 0 };
}

/** EXIF's own form of a date, `YYYY:MM:DD HH:MM:SS`, from ours. */
const exifForm = (dateTime: string): string => dateTime.replace(/-/g, ':').replace('T', ' ');

/** The tags worth keeping: when, which way up, which camera model; nothing that locates or identifies a person or device. */
function safeApp1(tiff: ParsedTiff): Uint8Array | null {
  const { make, model, orientation } = summarise(tiff);
  const dateTime = exifDateTime(tiff.ascii(tiff.ifd0.get(Tag.DateTime)));
  const dateTimeOriginal = exifDateTime(tiff.ascii(tiff.exif.get(Tag.DateTimeOriginal)));
  const ifd0: TiffField[] = [];
  if (make) ifd0.push({ tag: Tag.Make, type: 'ascii', value: make });
  if (model) ifd0.push({ tag: Tag.Model, type: 'ascii', value: model });
  if (orientation) ifd0.push({ tag: Tag.Orientation, type: 'short', value: [orientation] });
  if (dateTime) ifd0.push({ tag: Tag.DateTime, type: 'ascii', value: exifForm(dateTime) });
  const exif: TiffField[] = dateTimeOriginal
    ? [
        { tag: Tag.ExifVersion, type: 'undefined', value: Uint8Array.from('0232', (c) => c.charCodeAt(0)) },
        { tag: Tag.DateTimeOriginal, type: 'ascii', value: exifForm(dateTimeOriginal) },
      ]
    : [];
  if (ifd0.length === 0 && exif.length === 0) return null;
  return exifSegment(writeTiff({ ifd0, ...(exif.length > 0 ? { exif } : {}) }, tiff.littleEndian));
}

/** An APP1 segment carrying a TIFF block as EXIF. */
export function exifSegment(tiff: Uint8Array): Uint8Array {
  const payload = new Uint8Array(ExifId.length + tiff.length);
  payload.set(identifierBytes(ExifId));
  payload.set(tiff, ExifId.length);
  return buildSegment(Marker.APP1, payload);
}

/** Segments that can hold private data: EXIF and XMP (APP1), IPTC (APP13), MPF's extra images (APP2), vendor blocks, comments. */
function isPrivate(jpeg: Uint8Array, segment: JpegSegment): boolean {
  const m = segment.marker;
  if (m === Marker.APP2) return !payloadStartsWith(segmentPayload(jpeg, segment), 'ICC_PROFILE\u0000');
  // APP0 (JFIF) and APP14 (Adobe colour transform) are needed to decode the colours right.
  return (m >= Marker.APP1 && m <= Marker.APP15 && m !== Marker.APP14) || m === Marker.COM;
}

/**
 * A copy of a JPEG without GPS, serial numbers, maker notes, XMP, IPTC, comments or anything after the
 * image's end (secondary images, motion-photo video): a new, small EXIF block keeps only when it was taken,
 * its orientation, make and model. Every other segment, the pixel data included, is copied byte for byte.
 * Corrupt metadata is dropped like any other. Null when the file's segments cannot be walked at all.
 */
export function stripPrivateExif(jpeg: Uint8Array): Uint8Array<ArrayBuffer> | null {
  const layout = jpegLayout(jpeg);
  if (!layout) return null;
  const tiff = exifTiff(jpeg, layout.segments);
  const app1 = tiff ? safeApp1(tiff) : null;
  const parts: Uint8Array[] = [];
  let inserted = app1 === null;
  for (const segment of layout.segments) {
    // EXIF goes right after SOI, or after JFIF's APP0 where a file has one.
    if (!inserted && segment.marker !== Marker.SOI && segment.marker !== Marker.APP0) {
      parts.push(app1!);
      inserted = true;
    }
    if (!isPrivate(jpeg, segment)) parts.push(jpeg.subarray(segment.start, segment.end));
  }
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
