// Runs everywhere (pure). Tells a file's real type from its first bytes and decides whether it may be stored as evidence.
import { type ContentId, ConvertibleToJpeg, type EvidenceFileKind, extensionOf, type SupportedContent, type SupportedType, SupportedTypes, typeForExtension } from './fileTypes';
import { DocumentMaxBytes, PhotoMaxBytes } from './limits';

export type FileAccepted = {
  readonly ok: true;
  readonly type: SupportedType;
  readonly kind: EvidenceFileKind;
  readonly mediaType: string;
};

/**
 * Why a file is not stored, with what a message needs. `detected` is what the bytes are (null when
 * nothing we know); `convertToJpeg` is set when the user can fix it by saving the image as JPEG.
 */
export type FileRefusal =
  | { readonly ok: false; readonly code: 'empty'; readonly fileName: string }
  | { readonly ok: false; readonly code: 'too-large'; readonly fileName: string; readonly kind: EvidenceFileKind; readonly size: number; readonly limit: number }
  | {
      readonly ok: false;
      readonly code: 'unsupported-type';
      readonly fileName: string;
      readonly extension: string;
      readonly detected: ContentId | null;
      readonly convertToJpeg: boolean;
    }
  | {
      readonly ok: false;
      readonly code: 'content-mismatch';
      readonly fileName: string;
      /** The type the name claims. */
      readonly claimed: SupportedType;
      readonly detected: ContentId | null;
      readonly convertToJpeg: boolean;
    };

const ascii = (bytes: Uint8Array, at: number, text: string): boolean => {
  if (at + text.length > bytes.length) return false;
  for (let i = 0; i < text.length; i++) if (bytes[at + i] !== text.charCodeAt(i)) return false;
  return true;
};
const startsWith = (bytes: Uint8Array, signature: readonly number[]): boolean => signature.every((b, i) => bytes[i] === b);

/** ISO base media files (HEIC, AVIF, MP4, MOV): the brands of their `ftyp` box say which. */
function isoMediaContent(bytes: Uint8Array): ContentId | null {
  if (!ascii(bytes, 4, 'ftyp')) return null;
  const boxSize = Math.min(bytes.length, ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0);
  const brands: string[] = [];
  for (let at = 8; at + 4 <= boxSize; at += 4) brands.push(String.fromCharCode(...bytes.subarray(at, at + 4)));
  if (brands.some((b) => b === 'avif' || b === 'avis')) return 'avif';
  if (brands.some((b) => ['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1'].includes(b))) return 'heic';
  return 'video';
}

/**
 * UTF-8 text with no NUL and no control characters but tab, line feed, form feed and carriage return. A
 * multi-byte character cut off by the end of `bytes` is allowed when the file goes on past them.
 */
function isText(bytes: Uint8Array, truncated: boolean): boolean {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) return false;
      i++;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return false;
    for (let k = 1; k < length; k++) {
      if (i + k >= bytes.length) return truncated;
      const c = bytes[i + k]!;
      // The second byte's range excludes overlong forms and UTF-16 surrogates.
      const low = k > 1 ? 0x80 : b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
      const high = k > 1 ? 0xbf : b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
      if (c < low || c > high) return false;
    }
    i += length;
  }
  return true;
}

/** What the leading bytes of a file are; null for binary data we do not recognise. */
export function detectContent(bytes: Uint8Array, size: number = bytes.length): ContentId | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (ascii(bytes, 0, 'RIFF') && ascii(bytes, 8, 'WEBP')) return 'webp';
  if (ascii(bytes, 0, 'GIF87a') || ascii(bytes, 0, 'GIF89a')) return 'gif';
  // PDF readers accept the header anywhere in the first 1024 bytes, and some scanners write junk before it.
  for (let at = 0; at < Math.min(bytes.length, 1024); at++) if (bytes[at] === 0x25 && ascii(bytes, at, '%PDF-')) return 'pdf';
  if (ascii(bytes, 0, 'PK\u0003\u0004') || ascii(bytes, 0, 'PK\u0005\u0006')) return 'zip';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
  const isoMedia = isoMediaContent(bytes);
  if (isoMedia) return isoMedia;
  if (ascii(bytes, 0, 'II*\u0000') || ascii(bytes, 0, 'MM\u0000*')) return 'tiff';
  if (ascii(bytes, 0, '8BPS')) return 'psd';
  if (ascii(bytes, 0, 'Rar!\u001a\u0007')) return 'rar';
  if (startsWith(bytes, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])) return '7z';
  if (startsWith(bytes, [0x1f, 0x8b])) return 'gzip';
  if (startsWith(bytes, [0x7f, 0x45, 0x4c, 0x46])) return 'elf';
  if (isText(bytes, size > bytes.length)) return /<svg[\s>]/i.test(new TextDecoder().decode(bytes.subarray(0, 1024))) ? 'svg' : 'text';
  // Two-byte signatures last: a text file may well start with "BM" or "MZ".
  if (ascii(bytes, 0, 'MZ')) return 'exe';
  if (ascii(bytes, 0, 'BM') && bytes.length >= 14 && bytes[6] === 0 && bytes[7] === 0 && bytes[8] === 0 && bytes[9] === 0) return 'bmp';
  return null;
}

const isSupportedContent = (content: ContentId | null): content is SupportedContent => SupportedTypes.some((t) => t.content === content);

/** The one type a content can be without a name to go by: images and PDF yes, a ZIP or text no. */
function typeForContent(content: SupportedContent): SupportedType | null {
  const types = SupportedTypes.filter((t) => t.content === content);
  return types.length === 1 ? types[0]! : null;
}

/**
 * Whether a file may be stored as evidence, from its name, its first bytes (at least `SniffBytes` of
 * them, or the whole file when shorter) and its size. The bytes decide: a name's extension must agree
 * with them (except between photo formats), and a file with no known extension is taken for what its
 * bytes unambiguously are.
 */
export function checkFile(fileName: string, firstBytes: Uint8Array, size: number): FileAccepted | FileRefusal {
  if (size === 0 || firstBytes.length === 0) return { ok: false, code: 'empty', fileName };
  const detected = detectContent(firstBytes, size);
  const extension = extensionOf(fileName);
  const claimed = typeForExtension(extension);
  const convertToJpeg = detected !== null && ConvertibleToJpeg.has(detected);
  let type: SupportedType | null;
  if (claimed) {
    const detectedType = isSupportedContent(detected) ? typeForContent(detected) : null;
    // A PNG saved as .jpg is common and harmless: any photo content may carry any photo name, and is stored as what it is.
    if (claimed.kind === 'photo' && detectedType?.kind === 'photo') type = detectedType;
    else if (claimed.content !== detected) return { ok: false, code: 'content-mismatch', fileName, claimed, detected, convertToJpeg };
    else type = claimed;
  } else {
    // A name without an extension, as some cameras and scanners write, can still hold plain text.
    type = isSupportedContent(detected) ? (extension === '' && detected === 'text' ? SupportedTypes.find((t) => t.id === 'txt')! : typeForContent(detected)) : null;
    if (!type) return { ok: false, code: 'unsupported-type', fileName, extension, detected, convertToJpeg };
  }
  const limit = type.kind === 'photo' ? PhotoMaxBytes : DocumentMaxBytes;
  if (size > limit) return { ok: false, code: 'too-large', fileName, kind: type.kind, size, limit };
  return { ok: true, type, kind: type.kind, mediaType: type.mediaType };
}
