// Runs everywhere (pure). The allow-list of evidence file types, and the names of what a file's bytes can turn out to be.
import { MaxStoredFileName } from '../domain/record';

/** What a file's leading bytes say it is; one content can serve several types (a ZIP is any of docx/xlsx/pptx). */
export const SupportedContents = ['jpeg', 'png', 'webp', 'gif', 'pdf', 'zip', 'ole', 'text'] as const;
export type SupportedContent = (typeof SupportedContents)[number];

/** Formats recognised only to name them in a refusal. */
export const UnsupportedContents = ['heic', 'avif', 'tiff', 'bmp', 'psd', 'svg', 'exe', 'elf', 'rar', '7z', 'gzip', 'video'] as const;
export type UnsupportedContent = (typeof UnsupportedContents)[number];

export type ContentId = SupportedContent | UnsupportedContent;

/** Image formats we cannot store that the user can convert to JPEG with the tools they have (Photos, Preview, Paint). */
export const ConvertibleToJpeg: ReadonlySet<ContentId> = new Set(['heic', 'avif', 'tiff', 'bmp', 'psd']);

/** English names of each content, for logs and the command line; the app's messages use its i18n keys. */
export const ContentNames: Readonly<Record<ContentId, string>> = {
  jpeg: 'JPEG image',
  png: 'PNG image',
  webp: 'WebP image',
  gif: 'GIF image',
  pdf: 'PDF document',
  zip: 'ZIP archive or Office document',
  ole: 'older Office document (.doc, .xls, .ppt)',
  text: 'plain text',
  heic: 'HEIC photo',
  avif: 'AVIF image',
  tiff: 'TIFF image or camera raw file',
  bmp: 'BMP image',
  psd: 'Photoshop document',
  svg: 'SVG drawing',
  exe: 'Windows program',
  elf: 'program',
  rar: 'RAR archive',
  '7z': '7-Zip archive',
  gzip: 'gzip archive',
  video: 'video',
};

export type EvidenceFileKind = 'photo' | 'document';

export type SupportedType = {
  readonly id: string;
  readonly kind: EvidenceFileKind;
  readonly content: SupportedContent;
  readonly mediaType: string;
  /** Lower case, without the dot; the first is the one to write. */
  readonly extensions: readonly string[];
};

export const SupportedTypes = [
  { id: 'jpeg', kind: 'photo', content: 'jpeg', mediaType: 'image/jpeg', extensions: ['jpg', 'jpeg', 'jpe', 'jfif'] },
  { id: 'png', kind: 'photo', content: 'png', mediaType: 'image/png', extensions: ['png'] },
  { id: 'webp', kind: 'photo', content: 'webp', mediaType: 'image/webp', extensions: ['webp'] },
  { id: 'gif', kind: 'photo', content: 'gif', mediaType: 'image/gif', extensions: ['gif'] },
  { id: 'pdf', kind: 'document', content: 'pdf', mediaType: 'application/pdf', extensions: ['pdf'] },
  { id: 'docx', kind: 'document', content: 'zip', mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['docx'] },
  { id: 'xlsx', kind: 'document', content: 'zip', mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['xlsx'] },
  { id: 'pptx', kind: 'document', content: 'zip', mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', extensions: ['pptx'] },
  { id: 'doc', kind: 'document', content: 'ole', mediaType: 'application/msword', extensions: ['doc'] },
  { id: 'xls', kind: 'document', content: 'ole', mediaType: 'application/vnd.ms-excel', extensions: ['xls'] },
  { id: 'ppt', kind: 'document', content: 'ole', mediaType: 'application/vnd.ms-powerpoint', extensions: ['ppt'] },
  { id: 'txt', kind: 'document', content: 'text', mediaType: 'text/plain', extensions: ['txt'] },
  { id: 'csv', kind: 'document', content: 'text', mediaType: 'text/csv', extensions: ['csv'] },
] as const satisfies readonly SupportedType[];

export type SupportedTypeId = (typeof SupportedTypes)[number]['id'];

/** For a file input's `accept`: every allowed extension and media type. */
export const AcceptAttribute: string = [...SupportedTypes.flatMap((t) => t.extensions.map((e) => `.${e}`)), ...new Set(SupportedTypes.map((t) => t.mediaType))].join(',');

/** The lower-case extension of a file name, without the dot; '' when it has none. */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 && dot < fileName.length - 1 ? fileName.slice(dot + 1).toLowerCase() : '';
}

export function typeForExtension(extension: string): SupportedType | null {
  return SupportedTypes.find((t) => (t.extensions as readonly string[]).includes(extension)) ?? null;
}

/**
 * The name with an extension its type owns: `download.jpg` holding a PNG is stored as `download.png`, `README` as
 * `README.txt`. Names longer than a record keeps are shortened before the extension (a file system allows 255).
 */
export function nameForType(fileName: string, type: SupportedType): string {
  const extension = extensionOf(fileName);
  const stem = extension ? fileName.slice(0, fileName.lastIndexOf('.')) : fileName;
  const ending = `.${(type.extensions as readonly string[]).includes(extension) ? fileName.slice(fileName.lastIndexOf('.') + 1) : type.extensions[0]}`;
  let kept = stem.slice(0, MaxStoredFileName - ending.length);
  // Never half of a character outside the basic plane.
  if (kept.length < stem.length && /[\ud800-\udbff]$/.test(kept)) kept = kept.slice(0, -1);
  return `${kept}${ending}`;
}
