// Runs everywhere (pure). Paths inside an evidence pack: which are safe to read, and safe ASCII names for the ones we write.
import { toFileName } from '../format/fileName';
import { PackLimits } from './format';

/**
 * Why `path` is not a plain relative path inside a pack, or null when it is. Refused: empty, longer than
 * the limit, absolute (`/x`), a drive letter or any colon (`C:x`, NTFS streams), backslashes (Windows
 * separators an extractor may honour), control characters, and empty, `.` or `..` segments.
 */
export function pathProblem(path: string): string | null {
  if (path === '') return 'empty name';
  if (new TextEncoder().encode(path).byteLength > PackLimits.maxPathBytes) return `name longer than ${PackLimits.maxPathBytes} bytes`;
  if (path.startsWith('/')) return 'absolute path';
  if (path.includes('\\')) return 'backslash in the name';
  if (path.includes(':')) return 'drive letter or colon in the name';
  if ([...path].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) return 'control character in the name';
  for (const segment of path.split('/')) {
    if (segment === '..') return 'parent-folder segment (..)';
    if (segment === '' || segment === '.') return 'empty or "." segment';
  }
  return null;
}

/** The key two names collide under on case-insensitive file systems (Windows, macOS) and after Unicode normalisation. */
export function collisionKey(path: string): string {
  return path.normalize('NFC').toLowerCase();
}

const maxStemLength = 60;

/**
 * An ASCII file name from what a user typed: accents dropped, everything but letters, digits, `.`, `_`
 * and `-` turned into `-`. A name with nothing left (all Hangul, say) becomes `fallback`; the extension
 * is kept when it is short and alphanumeric.
 */
export function asciiFileName(text: string, fallback: string): string {
  const name = toFileName(text, fallback);
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 && /^[A-Za-z0-9]{1,10}$/.test(name.slice(dot + 1)) ? name.slice(dot + 1).toLowerCase() : '';
  const stem = asciiStem(extension ? name.slice(0, dot) : name) || asciiStem(fallback) || 'file';
  return extension ? `${stem}.${extension}` : stem;
}

function asciiStem(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .slice(0, maxStemLength)
    .replace(/^[-.]+|[-.]+$/g, '');
}

/** Hands out pack paths, adding `-2`, `-3`, … before the extension where a name is already taken (ignoring case). */
export class PathAllocator {
  private readonly taken = new Set<string>();

  constructor(reserved: readonly string[]) {
    for (const path of reserved) this.taken.add(collisionKey(path));
  }

  take(folder: string, fileName: string): string {
    const dot = fileName.lastIndexOf('.');
    const [stem, extension] = dot > 0 ? [fileName.slice(0, dot), fileName.slice(dot)] : [fileName, ''];
    for (let n = 1; ; n++) {
      const path = `${folder}/${n === 1 ? stem : `${stem}-${n}`}${extension}`;
      if (!this.taken.has(collisionKey(path))) {
        this.taken.add(collisionKey(path));
        return path;
      }
    }
  }
}
