// Test-time only (Node). Hostile photos and evidence files, and what the evidence checks (type from the bytes, size,
// metadata read and stripped) must make of each before anything is decoded or stored.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSegment, jpegLayout, Marker } from '../../../shared/evidence/jpegSegments';
import { DocumentMaxBytes, PhotoMaxBytes } from '../../../shared/evidence/limits';
import type { IngestRefusalCode } from '../../../renderer/src/evidence/protocol';
import { pngWithChunks, pngWithPrivateMetadata, privateExif, privateTiff, withPrivateMetadata, withSegments, xmpSegment } from '../../tools/makeEvidenceFixtures';
import { cutsOf, type HostileCase, MarkupPayloads, PdfBytes, utf8, ZipHeadBytes } from '../corpus';

/** A user's file: its name and bytes. */
export type EvidenceInput = { readonly name: string; readonly bytes: Uint8Array };

/** Refused with this code, or accepted as a photo or a document (a photo's kept original never carries a location). */
export type EvidenceExpected = { readonly refused: IngestRefusalCode } | { readonly photo: true } | { readonly document: true };

type Case = HostileCase<EvidenceInput, EvidenceExpected>;

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../fixtures/evidence', name)));

/** The first frame header (SOF0-SOF2) of a JPEG with its height and width replaced. */
export function withDimensions(jpeg: Uint8Array, width: number, height: number): Uint8Array {
  const frame = jpegLayout(jpeg)!.segments.find((s) => s.marker >= 0xc0 && s.marker <= 0xc2)!;
  const out = jpeg.slice();
  // Marker (2), length (2), precision (1), then height and width, big-endian.
  out.set([height >> 8, height & 0xff, width >> 8, width & 0xff], frame.start + 5);
  return out;
}

/** An EXIF APP1 block whose IFD0 points back at itself and whose Exif IFD pointer points at IFD0 (a loop). */
function loopingExif(): Uint8Array {
  const tiff = new Uint8Array(8 + 2 + 12 * 2 + 4);
  const view = new DataView(tiff.buffer);
  view.setUint16(0, 0x4949);
  view.setUint16(2, 42, true);
  view.setUint32(4, 8, true);
  view.setUint16(8, 2, true);
  // ExifIfd (0x8769), LONG, 1, -> 8 (IFD0 again); GpsIfd (0x8825), LONG, 1, -> 8.
  [0x8769, 0x8825].forEach((tag, i) => {
    const at = 10 + i * 12;
    view.setUint16(at, tag, true);
    view.setUint16(at + 2, 4, true);
    view.setUint32(at + 4, 1, true);
    view.setUint32(at + 8, 8, true);
  });
  view.setUint32(10 + 24, 8, true);
  return buildSegment(Marker.APP1, new Uint8Array([...utf8('Exif\u0000\u0000'), ...tiff]));
}

/** An EXIF block claiming 65,535 entries and a text value of 4 GB. */
function overclaimingExif(): Uint8Array {
  const tiff = new Uint8Array(8 + 2 + 12 + 4);
  const view = new DataView(tiff.buffer);
  view.setUint16(0, 0x4d4d);
  view.setUint16(2, 42);
  view.setUint32(4, 8);
  view.setUint16(8, 0xffff);
  view.setUint16(10, 0x010f);
  view.setUint16(12, 2);
  view.setUint32(14, 0xffff_ffff);
  view.setUint32(18, 0x10);
  return buildSegment(Marker.APP1, new Uint8Array([...utf8('Exif\u0000\u0000'), ...tiff]));
}

export function evidenceCases(): Case[] {
  const plain = fixture('plain.jpg');
  const phone = withPrivateMetadata(plain, { littleEndian: true, orientation: 6 });
  const png = fixture('plain.png');
  const privatePng = pngWithPrivateMetadata(png);
  const cases: Case[] = [];
  const add = (name: string, file: EvidenceInput | (() => EvidenceInput), expected: EvidenceExpected): void => void cases.push({ name, input: typeof file === 'function' ? file : () => file, expected });
  const jpg = (bytes: Uint8Array): EvidenceInput => ({ name: 'IMG_2041.jpg', bytes });
  const photo = { photo: true } as const;
  const unreadable = { refused: 'unreadable-image' } as const;

  add('a phone photo with location, serials, XMP, IPTC and a second image (baseline)', jpg(phone), photo);
  // Cut short in the metadata, the tables, the frame header and the scan: never throws, never leaks what is left.
  // Cut inside a header segment, the segments cannot be walked, so no stripped copy can be made; cut between
  // segments or inside the image data, they can.
  const { segments } = jpegLayout(phone)!;
  const scan = segments.find((s) => s.marker === Marker.SOS)!;
  const imageData = scan.start + 2 + ((phone[scan.start + 2]! << 8) | phone[scan.start + 3]!);
  const between = new Set(segments.map((s) => s.start));
  for (const cut of cutsOf(phone, ['\u00ff\u00e1', 'Exif', '\u00ff\u00db', '\u00ff\u00c0', '\u00ff\u00da', '\u00ff\u00d9'], 2).filter((c) => c > 0)) {
    add(`cut at byte ${cut} of ${phone.length}`, () => jpg(phone.subarray(0, cut)), cut < 3 ? { refused: 'content-mismatch' } : between.has(cut) || cut >= imageData ? photo : unreadable);
  }
  add('garbage where a marker should be', () => jpg(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0xaa, 0xbb, 0x00, 0x11, ...phone.subarray(2)])), unreadable);
  add('a segment length of 0', () => jpg(new Uint8Array([0xff, 0xd8, 0xff, 0xe1, 0, 0, ...phone.subarray(2)])), unreadable);
  add('a segment length running past the end', () => jpg(new Uint8Array([0xff, 0xd8, 0xff, 0xe1, 0xff, 0xff, 1, 2, 3])), unreadable);
  add('1 MB of fill bytes before a marker', () => jpg(new Uint8Array([0xff, 0xd8, ...new Uint8Array(1024 * 1024).fill(0xff), ...phone.subarray(2)])), photo);
  add('100,000 empty APP5 segments', () => jpg(new Uint8Array([0xff, 0xd8, ...Array.from({ length: 100_000 }, () => [0xff, 0xe5, 0, 2]).flat(), ...phone.subarray(2)])), photo);
  add('an EXIF IFD that points back at itself', () => jpg(withSegments(plain, [loopingExif()])), photo);
  add('an EXIF block claiming 65,535 entries and a 4 GB text', () => jpg(withSegments(plain, [overclaimingExif()])), photo);
  add('a harmless EXIF block, then a second one with the location', () => jpg(withSegments(plain, [buildSegment(Marker.APP1, new Uint8Array([...utf8('Exif\u0000\u0000'), ...new Uint8Array(8)])), privateExif({ littleEndian: false, orientation: 1 })])), photo);
  add('the location only in XMP', () => jpg(withSegments(plain, [xmpSegment()])), photo);
  add('declared dimensions of 65,535 × 65,535', () => jpg(withDimensions(phone, 65_535, 65_535)), photo);
  add('declared dimensions of 0 × 0', () => jpg(withDimensions(phone, 0, 0)), photo);

  add('a PNG with EXIF, XMP, an author and a time (baseline)', { name: 'scan.png', bytes: privatePng }, photo);
  add('a PNG cut inside a chunk', () => ({ name: 'scan.png', bytes: privatePng.subarray(0, 60) }), unreadable);
  add('a PNG chunk claiming 4 GB', () => ({ name: 'scan.png', bytes: new Uint8Array([...png.subarray(0, 33), 0xff, 0xff, 0xff, 0xff, ...utf8('tEXt'), 1, 2, 3]) }), unreadable);
  add('a PNG eXIf chunk of garbage', () => ({ name: 'scan.png', bytes: pngWithChunks(png, [{ type: 'eXIf', data: utf8('not a TIFF at all') }]) }), photo);
  add('a PNG with its location after the end chunk', () => ({ name: 'scan.png', bytes: new Uint8Array([...png, ...pngWithChunks(png, [{ type: 'eXIf', data: privateTiff({ littleEndian: true, orientation: 1 }) }])]) }), photo);
  add('a WebP whose chunk runs past the file', () => ({ name: 'photo.webp', bytes: new Uint8Array([...utf8('RIFF'), 100, 0, 0, 0, ...utf8('WEBPVP8X'), 0xff, 0xff, 0, 0, 1, 2]) }), unreadable);
  add('a GIF cut after its header', () => ({ name: 'anim.gif', bytes: utf8('GIF89a\u0001\u0000') }), photo);

  // Wrong types, whatever the name says.
  add('an empty file', { name: 'photo.jpg', bytes: new Uint8Array(0) }, { refused: 'empty' });
  add('a PDF named .jpg', { name: 'photo.jpg', bytes: PdfBytes }, { refused: 'content-mismatch' });
  add('a Windows program named .jpg', { name: 'photo.jpg', bytes: new Uint8Array([...utf8('MZ'), 0x90, 0, 3, 0, 0, 0, 4, 0xff, 0xfe, 0x81]) }, { refused: 'content-mismatch' });
  add('a Linux program named .png', { name: 'photo.png', bytes: new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]) }, { refused: 'content-mismatch' });
  add('a ZIP named .jpg', { name: 'photo.jpg', bytes: ZipHeadBytes }, { refused: 'content-mismatch' });
  add('a HEIC photo', { name: 'IMG_0001.heic', bytes: new Uint8Array([0, 0, 0, 24, ...utf8('ftypheic'), 0, 0, 0, 0, ...utf8('mif1heic')]) }, { refused: 'unsupported-type' });
  add('an SVG with a script', { name: 'drawing.svg', bytes: utf8('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>') }, { refused: 'unsupported-type' });
  add('an SVG with a script named .txt', { name: 'notes.txt', bytes: utf8('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>') }, { refused: 'content-mismatch' });
  add('text with a NUL byte named .txt', { name: 'notes.txt', bytes: utf8('minutes\u0000of the meeting') }, { refused: 'content-mismatch' });
  add('UTF-16 text named .txt', { name: 'notes.txt', bytes: new Uint8Array(Buffer.from('\ufeffminutes', 'utf16le')) }, { refused: 'content-mismatch' });
  add('a photo one byte over 40 MB', () => ({ name: 'huge.jpg', bytes: new Uint8Array([...phone, ...new Uint8Array(PhotoMaxBytes + 1 - phone.length)]) }), { refused: 'too-large' });
  add('a document one byte over 100 MB', () => ({ name: 'huge.pdf', bytes: new Uint8Array([...PdfBytes, ...new Uint8Array(DocumentMaxBytes + 1 - PdfBytes.length)]) }), { refused: 'too-large' });
  for (const payload of MarkupPayloads.slice(0, 2)) add(`a text file of markup: ${payload}`, { name: 'notes.txt', bytes: utf8(payload) }, { document: true });
  add('a file name of markup', { name: `${MarkupPayloads[1]}.jpg`, bytes: phone }, photo);
  add('a file name of 250 characters', { name: `${'가'.repeat(246)}.jpg`, bytes: phone }, photo);
  // An unknown extension: the bytes decide, and the stored name gets the extension they call for.
  add('a file name with a right-to-left override', { name: 'photo\u202egpj.exe', bytes: phone }, photo);
  return cases;
}
