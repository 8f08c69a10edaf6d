// Runs everywhere (pure). Turns a row's field into the value an audit entry records: plain JSON, and short.
import { sha256 } from '@noble/hashes/sha2';
import { canonicalJson } from '../format/canonicalJson';
import { toHex } from '../signing/bytes';
import type { AuditValue } from './entry';

/** Values longer than this (as canonical JSON) are recorded by their hash and a preview, so a long note does not grow the log on every save. */
export const MaxValueChars = 1000;
const PreviewChars = 200;

/** Lower-case hex SHA-256 of the text's UTF-8 bytes, synchronously: an IndexedDB transaction would commit while WebCrypto is awaited. */
export function sha256Text(text: string): string {
  return toHex(sha256(new TextEncoder().encode(text)));
}

/** A value too long to record whole: the SHA-256 of its canonical JSON, its length and its start. */
export type CappedValue = { readonly $capped: { readonly sha256: string; readonly chars: number; readonly preview: string } };

export function isCapped(value: AuditValue): value is CappedValue {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 1 && '$capped' in value;
}

/**
 * The value as JSON would give it back (undefined becomes null, -0 becomes 0), so an entry hashes the same
 * after a trip through a file; capped at MaxValueChars.
 */
export function auditValue(value: unknown): AuditValue {
  const text = canonicalJson(value ?? null);
  if (text.length <= MaxValueChars) return JSON.parse(text) as AuditValue;
  const preview = typeof value === 'string' ? value.slice(0, PreviewChars) : text.slice(0, PreviewChars);
  return { $capped: { sha256: sha256Text(text), chars: text.length, preview } };
}
