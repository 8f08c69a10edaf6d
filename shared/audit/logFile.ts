// Runs everywhere (pure). The change history as a file (JSON Lines: one entry per line, canonical JSON), as
// evidence packs carry it in `audit/log.jsonl`.
import { canonicalJson } from '../format/canonicalJson';
import { type AuditEntry, AuditEntrySchema } from './entry';

export const AuditLogFileName = 'log.jsonl';
export const AuditLogMediaType = 'application/jsonl';

export function serializeAuditLog(entries: readonly AuditEntry[]): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(entries.map((entry) => `${canonicalJson(entry)}\n`).join(''));
}

export type ParsedAuditLog = {
  /** The lines that are entries, in file order. */
  readonly entries: readonly AuditEntry[];
  /** Line numbers (from 1) that are not an entry: damaged, or not UTF-8 text. */
  readonly unreadableLines: readonly number[];
};

export function parseAuditLog(bytes: Uint8Array): ParsedAuditLog {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { entries: [], unreadableLines: [1] };
  }
  const entries: AuditEntry[] = [];
  const unreadableLines: number[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    try {
      const parsed = AuditEntrySchema.safeParse(JSON.parse(line));
      if (parsed.success) entries.push(parsed.data);
      else unreadableLines.push(index + 1);
    } catch {
      unreadableLines.push(index + 1);
    }
  });
  return { entries, unreadableLines };
}
