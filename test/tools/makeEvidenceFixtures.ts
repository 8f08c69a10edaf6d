// Test-time only (Node). Makes the evidence fixtures in test/fixtures/evidence: small JPEGs carrying GPS, serial numbers,
// a maker note, XMP, IPTC, a comment and a trailing second image, in both EXIF byte orders, plus damaged EXIF.
// The base image is drawn by pdf-lib and encoded by poppler's pdftoppm (no image encoder needed).
// Its metadata builders are also used by the end-to-end test on a 12-megapixel photo. Run: npx tsx test/tools/makeEvidenceFixtures.ts
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { crc32 } from 'node:zlib';
import { PDFDocument, rgb } from '@cantoo/pdf-lib';
import { exifSegment, XmpIdentifier } from '../../shared/evidence/exif';
import { webpChunks } from '../../shared/evidence/imageChunks';
import { buildSegment, identifierBytes, jpegLayout, Marker } from '../../shared/evidence/jpegSegments';
import { Tag, type TiffField, writeTiff } from '../../shared/evidence/tiff';

export const fixtureDir = resolve(import.meta.dirname, '../fixtures/evidence');

/** What the private fixtures say, for the tests to compare with. */
export const Private = {
  make: 'Canon',
  model: 'EOS R6',
  dateTimeOriginal: '2026:11:20 14:03:11',
  dateTime: '2026:11:20 18:40:02',
  bodySerial: '083021001234',
  lensSerial: '0000c1234a',
  cameraSerial: 'CAM-77-4410',
  makerNote: 'CanonMakerNote SerialNumber=083021001234 OwnerName=Kim Minji',
  /** 37°33'59.40" N, 126°58'30.00" E: Seoul. */
  latitude: [[37, 1], [33, 1], [5940, 100]] as [number, number][],
  longitude: [[126, 1], [58, 1], [3000, 100]] as [number, number][],
  xmpCity: 'Seoul, Jung-gu, Sejong-daero 110',
  comment: 'Owner: Kim Minji, phone 010-1234-5678',
} as const;

export type PrivateOptions = {
  readonly littleEndian: boolean;
  readonly orientation: number;
  /** Leave DateTimeOriginal out, so readers must fall back to DateTime. */
  readonly withoutDateTimeOriginal?: boolean;
};

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

/** EXIF with everything a phone or camera writes that locates or identifies someone. */
export function privateExif(options: PrivateOptions): Uint8Array {
  const ifd0: TiffField[] = [
    { tag: Tag.Make, type: 'ascii', value: Private.make },
    { tag: Tag.Model, type: 'ascii', value: Private.model },
    { tag: Tag.Orientation, type: 'short', value: [options.orientation] },
    { tag: Tag.DateTime, type: 'ascii', value: Private.dateTime },
    { tag: Tag.CameraSerialNumber, type: 'ascii', value: Private.cameraSerial },
  ];
  const exif: TiffField[] = [
    ...(options.withoutDateTimeOriginal ? [] : [{ tag: Tag.DateTimeOriginal, type: 'ascii', value: Private.dateTimeOriginal } as const]),
    { tag: Tag.MakerNote, type: 'undefined', value: bytes(Private.makerNote) },
    { tag: Tag.BodySerialNumber, type: 'ascii', value: Private.bodySerial },
    { tag: Tag.LensSerialNumber, type: 'ascii', value: Private.lensSerial },
  ];
  const gps: TiffField[] = [
    { tag: 0x0000, type: 'byte', value: Uint8Array.of(2, 3, 0, 0) },
    { tag: 0x0001, type: 'ascii', value: 'N' },
    { tag: Tag.GpsLatitude, type: 'rational', value: Private.latitude },
    { tag: 0x0003, type: 'ascii', value: 'E' },
    { tag: Tag.GpsLongitude, type: 'rational', value: Private.longitude },
  ];
  return exifSegment(writeTiff({ ifd0, exif, gps }, options.littleEndian));
}

export function xmpSegment(): Uint8Array {
  const packet =
    `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">` +
    `<rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" ` +
    `exif:GPSLatitude="37,33.99N" exif:GPSLongitude="126,58.5E" photoshop:City="${Private.xmpCity}"/></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`;
  return buildSegment(Marker.APP1, new Uint8Array([...identifierBytes(XmpIdentifier), ...bytes(packet)]));
}

/** A JPEG with these segments right after SOI (and JFIF's APP0, when it has one), and `trailer` after its end. */
export function withSegments(jpeg: Uint8Array, segments: readonly Uint8Array[], trailer: Uint8Array = new Uint8Array()): Uint8Array {
  const layout = jpegLayout(jpeg);
  if (!layout) throw new Error('The base image is not a JPEG.');
  const app0 = layout.segments[1]?.marker === Marker.APP0 ? layout.segments[1].end : 2;
  return new Uint8Array([...jpeg.subarray(0, app0), ...segments.flatMap((s) => [...s]), ...jpeg.subarray(app0, layout.end), ...trailer]);
}

/** Every kind of private metadata at once: EXIF (GPS, serials, maker note), XMP, IPTC, a comment and a second image after EOI. */
export function withPrivateMetadata(jpeg: Uint8Array, options: PrivateOptions): Uint8Array {
  // A Photoshop resource block (8BIM 0x0404, empty name) holding one IPTC dataset: 2:90 City.
  const city = bytes(Private.xmpCity);
  const record = [0x1c, 2, 90, city.length >> 8, city.length & 0xff, ...city];
  const size = [0, 0, record.length >> 8, record.length & 0xff];
  const iptc = buildSegment(Marker.APP13, new Uint8Array([...identifierBytes('Photoshop 3.0\u00008BIM'), 0x04, 0x04, 0, 0, ...size, ...record, ...(record.length % 2 ? [0] : [])]));
  const comment = buildSegment(Marker.COM, bytes(Private.comment));
  // What a phone's multi-picture or motion photo appends: a second image with its own EXIF location.
  const trailer = new Uint8Array([0xff, Marker.SOI, ...privateExif(options), 0xff, Marker.EOI]);
  return withSegments(jpeg, [privateExif(options), xmpSegment(), iptc, comment], trailer);
}

/** The XMP packet of `xmpSegment`, for formats that carry it in a chunk. */
export const xmpPacket = (): Uint8Array => xmpSegment().subarray(4 + XmpIdentifier.length);

/** The TIFF block of `privateExif`, for formats that carry EXIF in a chunk (PNG eXIf, WebP EXIF). */
export const privateTiff = (options: PrivateOptions): Uint8Array => privateExif(options).subarray(4 + 6);

/** A PNG with extra chunks right after IHDR, each with its CRC. */
export function pngWithChunks(png: Uint8Array, chunks: readonly { type: string; data: Uint8Array }[]): Uint8Array {
  const ihdrEnd = 8 + 12 + 13;
  const encoded = chunks.flatMap(({ type, data }) => {
    const body = new Uint8Array([...bytes(type), ...data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return [...length, ...body, ...crc];
  });
  return new Uint8Array([...png.subarray(0, ihdrEnd), ...encoded, ...png.subarray(ihdrEnd)]);
}

/** A PNG carrying private EXIF (eXIf), an XMP packet (iTXt), an author (tEXt) and a time stamp (tIME). */
export function pngWithPrivateMetadata(png: Uint8Array): Uint8Array {
  return pngWithChunks(png, [
    { type: 'eXIf', data: privateTiff({ littleEndian: false, orientation: 1 }) },
    { type: 'iTXt', data: new Uint8Array([...bytes('XML:com.adobe.xmp'), 0, 0, 0, 0, 0, ...xmpPacket()]) },
    { type: 'tEXt', data: new Uint8Array([...bytes('Author'), 0, ...bytes('Kim Minji')]) },
    { type: 'tIME', data: Uint8Array.of(0x07, 0xea, 11, 20, 14, 3, 11) },
  ]);
}

/** A WebP of `width`×`height` in the extended format with private EXIF and XMP chunks added, as phones and editors write it. */
export function webpWithPrivateMetadata(webp: Uint8Array, width: number, height: number): Uint8Array {
  const chunk = (type: string, data: Uint8Array): number[] => {
    const size = Buffer.alloc(4);
    size.writeUInt32LE(data.length);
    return [...bytes(type), ...size, ...data, ...(data.length % 2 ? [0] : [])];
  };
  const u24 = (n: number): number[] => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff];
  const chunks = webpChunks(webp);
  if (!chunks) throw new Error('The base image is not a WebP.');
  // A simple file gets the extended header; one that has it (Chromium writes one for its colour profile) gets the flags.
  const header = chunks[0]?.type === 'VP8X' ? chunks[0].data.slice() : Uint8Array.of(0, 0, 0, 0, ...u24(width - 1), ...u24(height - 1));
  header[0] = header[0]! | 0x08 | 0x04;
  const rest = chunks.filter((c) => c.type !== 'VP8X').flatMap((c) => [...webp.subarray(c.start, c.end)]);
  const body = [...bytes('WEBP'), ...chunk('VP8X', header), ...rest, ...chunk('EXIF', privateTiff({ littleEndian: true, orientation: 1 })), ...chunk('XMP ', xmpPacket())];
  const size = Buffer.alloc(4);
  size.writeUInt32LE(body.length);
  return new Uint8Array([...bytes('RIFF'), ...size, ...body]);
}

/** A small photo-like scene: gradient and coloured blocks, `width`×`height`, encoded as JPEG or PNG by pdftoppm. */
async function baseImage(width: number, height: number, format: 'jpeg' | 'png'): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([width, height]);
  for (let y = 0; y < height; y += 4) page.drawRectangle({ x: 0, y, width, height: 4, color: rgb(0.3 + (0.6 * y) / height, 0.5, 0.8 - (0.5 * y) / height) });
  page.drawRectangle({ x: width * 0.1, y: height * 0.2, width: width * 0.3, height: height * 0.5, color: rgb(0.9, 0.4, 0.1) });
  page.drawRectangle({ x: width * 0.6, y: height * 0.5, width: width * 0.25, height: height * 0.3, color: rgb(0.1, 0.6, 0.2) });
  const dir = mkdtempSync(join(tmpdir(), 'jointcheck-evidence-'));
  try {
    writeFileSync(join(dir, 'scene.pdf'), await doc.save());
    const options = format === 'jpeg' ? ['-jpeg', '-jpegopt', 'quality=85'] : ['-png'];
    const r = spawnSync('pdftoppm', [...options, '-r', '72', '-singlefile', join(dir, 'scene.pdf'), join(dir, 'scene')], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`pdftoppm failed: ${r.stderr}`);
    return new Uint8Array(readFileSync(join(dir, format === 'jpeg' ? 'scene.jpg' : 'scene.png')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const plain = await baseImage(160, 120, 'jpeg');
  const plainPng = await baseImage(64, 48, 'png');
  const files: Record<string, Uint8Array> = {
    'plain.jpg': plain,
    'plain.png': plainPng,
    'private.png': pngWithPrivateMetadata(plainPng),
    // Intel byte order, turned 90° clockwise (orientation 6), both dates.
    'private-le.jpg': withPrivateMetadata(plain, { littleEndian: true, orientation: 6 }),
    // Motorola byte order, upright, only IFD0's DateTime.
    'private-be.jpg': withPrivateMetadata(plain, { littleEndian: false, orientation: 1, withoutDateTimeOriginal: true }),
    // EXIF whose IFD0 claims 40 entries and points its GPS IFD past the end: cut off mid-way, as a failed copy leaves it.
    'truncated-exif.jpg': withSegments(plain, [truncatedExif()]),
    // An EXIF identifier followed by bytes that are not TIFF at all.
    'garbage-exif.jpg': withSegments(plain, [buildSegment(Marker.APP1, new Uint8Array([...identifierBytes('Exif\u0000\u0000'), ...bytes('not a tiff header, just noise 0123456789')]))]),
  };
  for (const [name, content] of Object.entries(files)) writeFileSync(join(fixtureDir, name), content);
  console.log(`Wrote ${Object.keys(files).join(', ')} to ${fixtureDir}`);
}

/** A real private EXIF block cut to 60 bytes of TIFF, with IFD0's entry count raised to 40. */
function truncatedExif(): Uint8Array {
  const full = privateExif({ littleEndian: true, orientation: 3 });
  const payload = full.slice(4, 4 + 6 + 60);
  payload[6 + 8] = 40;
  return buildSegment(Marker.APP1, payload);
}
