// Runs everywhere (pure, synchronous). Seals changes into chained entries: each entry's hash covers its content
// and the hash of the entry before it.
import { canonicalJson } from '../format/canonicalJson';
import { type AuditChange, type AuditContext, type AuditEntry, GenesisHash } from './entry';
import { auditValue, sha256Text } from './value';

/** SHA-256 of the canonical JSON of every member but `hash`. */
export function entryHash(entry: Omit<AuditEntry, 'hash'> | AuditEntry): string {
  const { hash: _hash, ...content } = entry as AuditEntry;
  return sha256Text(canonicalJson(content));
}

/**
 * The entries recording `changes`, numbered and chained after `last` (the assessment's newest entry, or
 * null for its first). Synchronous, so it runs inside an IndexedDB transaction without letting it commit.
 */
export function sealChanges(last: Pick<AuditEntry, 'seq' | 'hash'> | null, context: AuditContext, changes: readonly AuditChange[]): AuditEntry[] {
  const sealed: AuditEntry[] = [];
  let previous = last ?? { seq: 0, hash: GenesisHash };
  for (const change of changes) {
    const content = {
      assessmentId: context.assessmentId,
      seq: previous.seq + 1,
      at: context.at,
      actor: context.actor && { name: context.actor.name, side: context.actor.side },
      entity: change.entity,
      entityId: change.entityId,
      field: change.field,
      old: auditValue(change.old),
      new: auditValue(change.new),
      prevHash: previous.hash,
    };
    const entry: AuditEntry = { ...content, hash: entryHash(content) };
    sealed.push(entry);
    previous = entry;
  }
  return sealed;
}
