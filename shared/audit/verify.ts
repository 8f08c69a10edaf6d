// Runs everywhere (pure, synchronous). Checks an assessment's change history: each entry's own hash, the numbering
// and the link to the entry before, and says which entries are broken and how.
import { type AuditEntry, GenesisHash } from './entry';
import { entryHash } from './chain';

/**
 * - `edited`: the entry's content no longer matches its hash.
 * - `removed`: entries with these numbers are missing (`seq` is the first of them, `count` how many).
 * - `reordered`: the entry is stored after one with a higher number (or a second time).
 * - `unlinked`: the entry does not follow from the one before it: that one was replaced, or this one was
 *   forged onto the chain.
 * - `foreign`: the entry belongs to another assessment.
 */
export type ChainProblem =
  | { readonly kind: 'edited' | 'reordered' | 'unlinked' | 'foreign'; readonly seq: number }
  | { readonly kind: 'removed'; readonly seq: number; readonly count: number };

export type ChainReport = {
  readonly intact: boolean;
  readonly entries: number;
  /** The newest entry's hash (null for an empty log): compare it with an earlier copy to see that nothing was cut off the end. */
  readonly headHash: string | null;
  /** The lowest entry number any problem concerns: "broken at entry n". Null when intact. */
  readonly brokenAt: number | null;
  /** Sorted by entry number. */
  readonly problems: readonly ChainProblem[];
};

/**
 * Verifies `entries` in the order they are stored. With `assessmentId`, every entry must belong to it;
 * without, to the assessment the first entry names. A chain cut off after its last entry still verifies:
 * only a copy of the head hash kept elsewhere (an earlier evidence pack, whose signed manifest covers the
 * log) shows that.
 */
export function verifyChain(entries: readonly AuditEntry[], assessmentId?: string): ChainReport {
  const problems: ChainProblem[] = [];
  const owner = assessmentId ?? entries[0]?.assessmentId;
  let highest = 0;
  const bySeq = new Map<number, AuditEntry>();
  for (const entry of entries) {
    if (entry.assessmentId !== owner) problems.push({ kind: 'foreign', seq: entry.seq });
    if (entryHash(entry) !== entry.hash) problems.push({ kind: 'edited', seq: entry.seq });
    if (entry.seq <= highest) problems.push({ kind: 'reordered', seq: entry.seq });
    highest = Math.max(highest, entry.seq);
    if (!bySeq.has(entry.seq)) bySeq.set(entry.seq, entry);
  }
  for (let seq = 1; seq <= highest; seq += 1) {
    const entry = bySeq.get(seq);
    if (entry) {
      const expected = seq === 1 ? GenesisHash : bySeq.get(seq - 1)!.hash;
      if (entry.prevHash !== expected) problems.push({ kind: 'unlinked', seq });
      continue;
    }
    let count = 1;
    while (!bySeq.has(seq + count)) count += 1;
    problems.push({ kind: 'removed', seq, count });
    // The entry after the gap cannot link to what is gone: the removal is the problem, so go past it.
    seq += count;
  }
  problems.sort((a, b) => a.seq - b.seq);
  const head = bySeq.get(highest);
  return { intact: problems.length === 0, entries: entries.length, headHash: head?.hash ?? null, brokenAt: problems[0]?.seq ?? null, problems };
}
