import { describe, expect, it } from 'vitest';
import { entryHash, sealChanges } from '../../../shared/audit/chain';
import type { AuditEntry } from '../../../shared/audit/entry';
import { verifyChain } from '../../../shared/audit/verify';
import type { AssessmentId } from '../../../shared/domain/assessment';
import { sampleLog } from './support';

const id = 'a1' as AssessmentId;
const log = (n: number): AuditEntry[] => sampleLog(id, n);
/** An entry changed and its hash recomputed, as someone covering their tracks would. */
const rehashed = (entry: AuditEntry, change: Partial<AuditEntry>): AuditEntry => {
  const { hash: _hash, ...content } = { ...entry, ...change };
  return { ...content, hash: entryHash(content) };
};

describe('verifyChain', () => {
  it('passes an untouched log and names its head', () => {
    const entries = log(5);
    expect(verifyChain(entries, id)).toEqual({ intact: true, entries: 5, headHash: entries[4]!.hash, brokenAt: null, problems: [] });
    expect(verifyChain([], id)).toMatchObject({ intact: true, entries: 0, headHash: null });
  });

  it('detects a removed entry in the middle and at the start', () => {
    const entries = log(5);
    expect(verifyChain(entries.filter((e) => e.seq !== 3), id)).toMatchObject({ intact: false, brokenAt: 3, problems: [{ kind: 'removed', seq: 3, count: 1 }] });
    expect(verifyChain(entries.filter((e) => e.seq > 2), id)).toMatchObject({ intact: false, brokenAt: 1, problems: [{ kind: 'removed', seq: 1, count: 2 }] });
  });

  it('detects a removal covered up by renumbering the later entries', () => {
    const entries = log(5);
    const renumbered = [...entries.slice(0, 2), ...entries.slice(3).map((e) => rehashed(e, { seq: e.seq - 1 }))];
    // Each renumbered entry's new hash no longer matches what the next one points to.
    expect(verifyChain(renumbered, id)).toMatchObject({ intact: false, brokenAt: 3, problems: [{ kind: 'unlinked', seq: 3 }, { kind: 'unlinked', seq: 4 }] });
  });

  it('detects an edited entry, whether or not its hash was recomputed', () => {
    const entries = log(5);
    const edited = entries.map((e) => (e.seq === 2 ? { ...e, new: 'something else' } : e));
    expect(verifyChain(edited, id)).toMatchObject({ intact: false, brokenAt: 2, problems: [{ kind: 'edited', seq: 2 }] });
    const covered = entries.map((e) => (e.seq === 2 ? rehashed(e, { actor: { name: 'Someone else', side: 'worker' } }) : e));
    expect(verifyChain(covered, id)).toMatchObject({ intact: false, brokenAt: 3, problems: [{ kind: 'unlinked', seq: 3 }] });
  });

  it('detects a reordered pair', () => {
    const entries = log(5);
    const swapped = [entries[0]!, entries[1]!, entries[3]!, entries[2]!, entries[4]!];
    expect(verifyChain(swapped, id)).toMatchObject({ intact: false, brokenAt: 3, problems: [{ kind: 'reordered', seq: 3 }] });
  });

  it('detects a forged entry appended with a wrong previous hash', () => {
    const entries = log(3);
    const [forged] = sealChanges({ seq: 3, hash: 'f'.repeat(64) }, { assessmentId: id, at: '2026-11-21T00:00:00.000Z', actor: null }, [{ entity: 'answer', entityId: 'p/i1', field: 'value', old: 'no', new: 'yes' }]);
    expect(verifyChain([...entries, forged!], id)).toMatchObject({ intact: false, brokenAt: 4, problems: [{ kind: 'unlinked', seq: 4 }] });
  });

  it("flags entries of another assessment and a duplicated entry", () => {
    const entries = log(3);
    expect(verifyChain(entries, 'other')).toMatchObject({ intact: false, brokenAt: 1 });
    expect(verifyChain([...entries, entries[2]!], id).problems).toEqual([{ kind: 'reordered', seq: 3 }]);
  });
});
