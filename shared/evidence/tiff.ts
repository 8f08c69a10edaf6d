// Runs everywhere (pure). Reads and writes the TIFF structure inside an Exif block: IFD0, the Exif IFD and the GPS IFD.

export const Tag = {
  Make: 0x010f,
  Model: 0x0110,
  Orientation: 0x0112,
  DateTime: 0x0132,
  CameraSerialNumber: 0xc62f,
  ExifIfd: 0x8769,
  GpsIfd: 0x8825,
  ExifVersion: 0x9000,
  DateTimeOriginal: 0x9003,
  MakerNote: 0x927c,
  BodySerialNumber: 0xa431,
  LensSerialNumber: 0xa435,
  GpsLatitude: 0x0002,
  GpsLongitude: 0x0004,
} as const;

/** Bytes per value of each TIFF field type (1 BYTE ... 13 IFD); unknown types are skipped. */
const TypeSize: Readonly<Record<number, number>> = { 1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 13: 4 };

export type TiffEntry = { readonly type: number; readonly count: number; /** Offset of the value within the TIFF block. */ readonly valueAt: number };
export type Ifd = ReadonlyMap<number, TiffEntry>;

export type ParsedTiff = {
  readonly littleEndian: boolean;
  readonly ifd0: Ifd;
  readonly exif: Ifd;
  /** Null when IFD0 has no GPS pointer; empty when the pointer leads nowhere readable. */
  readonly gps: Ifd | null;
  ascii(entry: TiffEntry | undefined): string | null;
  short(entry: TiffEntry | undefined): number | null;
};

const Empty: Ifd = new Map();

/**
 * The IFDs of a TIFF block, or null when its header is not TIFF. Never throws: an IFD or value that
 * points outside the block, loops, or claims more entries than fit is read as empty.
 */
export function parseTiff(tiff: Uint8Array): ParsedTiff | null {
  if (tiff.length < 8) return null;
  const view = new DataView(tiff.buffer, tiff.byteOffset, tiff.byteLength);
  const order = view.getUint16(0);
  if (order !== 0x4949 && order !== 0x4d4d) return null;
  const le = order === 0x4949;
  if (view.getUint16(2, le) !== 42) return null;
  const u16 = (at: number): number => view.getUint16(at, le);
  const u32 = (at: number): number => view.getUint32(at, le);
  const visited = new Set<number>();

  const readIfd = (offset: number): Ifd => {
    if (offset < 8 || offset + 2 > tiff.length || visited.has(offset)) return Empty;
    visited.add(offset);
    const entries = new Map<number, TiffEntry>();
    const count = Math.min(u16(offset), Math.floor((tiff.length - offset - 2) / 12));
    for (let i = 0; i < count; i++) {
      const at = offset + 2 + i * 12;
      const type = u16(at + 2);
      const size = TypeSize[type];
      const n = u32(at + 4);
      if (size === undefined) continue;
      const valueAt = size * n <= 4 ? at + 8 : u32(at + 8);
      if (valueAt + size * n > tiff.length) continue;
      entries.set(u16(at), { type, count: n, valueAt });
    }
    return entries;
  };
  const pointer = (ifd: Ifd, tag: number): number | null => {
    const entry = ifd.get(tag);
    return entry && (entry.type === 4 || entry.type === 13) && entry.count >= 1 ? u32(entry.valueAt) : null;
  };

  const ifd0 = readIfd(u32(4));
  const exifAt = pointer(ifd0, Tag.ExifIfd);
  const gpsAt = ifd0.has(Tag.GpsIfd) ? (pointer(ifd0, Tag.GpsIfd) ?? 0) : null;
  return {
    littleEndian: le,
    ifd0,
    exif: exifAt === null ? Empty : readIfd(exifAt),
    gps: gpsAt === null ? null : readIfd(gpsAt),
    ascii(entry) {
      if (!entry || entry.type !== 2) return null;
      // Every text we read (dates, make, model) is short; the cap keeps a hostile count from costing anything.
      const bytes = tiff.subarray(entry.valueAt, entry.valueAt + Math.min(entry.count, 256));
      const nul = bytes.indexOf(0);
      return String.fromCharCode(...(nul < 0 ? bytes : bytes.subarray(0, nul)));
    },
    short(entry) {
      return entry && entry.type === 3 && entry.count >= 1 ? u16(entry.valueAt) : null;
    },
  };
}

/** A field to write: text (ASCII, NUL added), unsigned numbers, rationals as numerator/denominator pairs, or raw bytes. */
export type TiffField =
  | { readonly tag: number; readonly type: 'ascii'; readonly value: string }
  | { readonly tag: number; readonly type: 'short' | 'long'; readonly value: readonly number[] }
  | { readonly tag: number; readonly type: 'rational'; readonly value: readonly (readonly [number, number])[] }
  | { readonly tag: number; readonly type: 'byte' | 'undefined'; readonly value: Uint8Array };

export type TiffTags = { readonly ifd0: readonly TiffField[]; readonly exif?: readonly TiffField[]; readonly gps?: readonly TiffField[] };

const TypeCode = { byte: 1, ascii: 2, short: 3, long: 4, rational: 5, undefined: 7 } as const;

function fieldBytes(field: TiffField, le: boolean): { count: number; bytes: Uint8Array } {
  switch (field.type) {
    case 'ascii': {
      const bytes = new Uint8Array(field.value.length + 1);
      for (let i = 0; i < field.value.length; i++) bytes[i] = field.value.charCodeAt(i) & 0x7f;
      return { count: bytes.length, bytes };
    }
    case 'byte':
    case 'undefined':
      return { count: field.value.length, bytes: field.value };
    case 'short':
    case 'long': {
      const size = field.type === 'short' ? 2 : 4;
      const bytes = new Uint8Array(field.value.length * size);
      const view = new DataView(bytes.buffer);
      field.value.forEach((v, i) => (size === 2 ? view.setUint16(i * 2, v, le) : view.setUint32(i * 4, v, le)));
      return { count: field.value.length, bytes };
    }
    case 'rational': {
      const bytes = new Uint8Array(field.value.length * 8);
      const view = new DataView(bytes.buffer);
      field.value.forEach(([n, d], i) => {
        view.setUint32(i * 8, n, le);
        view.setUint32(i * 8 + 4, d, le);
      });
      return { count: field.value.length, bytes };
    }
  }
}

/** A TIFF block holding IFD0 and, when given, an Exif IFD and a GPS IFD (their pointers are added to IFD0). */
export function writeTiff(tags: TiffTags, littleEndian: boolean): Uint8Array {
  const le = littleEndian;
  const pointerField = (tag: number): TiffField => ({ tag, type: 'long', value: [0] });
  const ifds = [
    [...tags.ifd0, ...(tags.exif ? [pointerField(Tag.ExifIfd)] : []), ...(tags.gps ? [pointerField(Tag.GpsIfd)] : [])],
    ...(tags.exif ? [tags.exif] : []),
    ...(tags.gps ? [tags.gps] : []),
  ].map((fields) => [...fields].sort((a, b) => a.tag - b.tag).map((field) => ({ field, ...fieldBytes(field, le) })));

  // Lay out each IFD followed by the values too long to sit in their entries, word-aligned.
  let offset = 8;
  const layout = ifds.map((fields) => {
    const ifdAt = offset;
    let dataAt = ifdAt + 2 + fields.length * 12 + 4;
    const valueAt = fields.map(({ bytes }) => {
      if (bytes.length <= 4) return -1;
      const at = dataAt;
      dataAt += bytes.length + (bytes.length % 2);
      return at;
    });
    offset = dataAt;
    return { ifdAt, valueAt };
  });
  const subIfdAt = new Map<number, number>();
  if (tags.exif) subIfdAt.set(Tag.ExifIfd, layout[1]!.ifdAt);
  if (tags.gps) subIfdAt.set(Tag.GpsIfd, layout[tags.exif ? 2 : 1]!.ifdAt);

  const out = new Uint8Array(offset);
  const view = new DataView(out.buffer);
  view.setUint16(0, le ? 0x4949 : 0x4d4d);
  view.setUint16(2, 42, le);
  view.setUint32(4, 8, le);
  ifds.forEach((fields, i) => {
    const { ifdAt, valueAt } = layout[i]!;
    view.setUint16(ifdAt, fields.length, le);
    fields.forEach(({ field, count, bytes }, k) => {
      const at = ifdAt + 2 + k * 12;
      view.setUint16(at, field.tag, le);
      view.setUint16(at + 2, TypeCode[field.type], le);
      view.setUint32(at + 4, count, le);
      const pointsTo = i === 0 ? subIfdAt.get(field.tag) : undefined;
      if (pointsTo !== undefined) view.setUint32(at + 8, pointsTo, le);
      else if (valueAt[k]! < 0) out.set(bytes, at + 8);
      else {
        view.setUint32(at + 8, valueAt[k]!, le);
        out.set(bytes, valueAt[k]!);
      }
    });
    view.setUint32(ifdAt + 2 + fields.length * 12, 0, le);
  });
  return out;
}
