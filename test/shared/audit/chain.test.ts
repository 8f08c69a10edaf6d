import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { entryHash, sealChanges } from '../../../shared/audit/chain';
import { type AuditChange, type AuditContext, GenesisHash } from '../../../shared/audit/entry';
import { isCapped, MaxValueChars } from '../../../shared/audit/value';
import type { AssessmentId } from '../../../shared/domain/assessment';

const context: AuditContext = { assessmentId: 'a1' as AssessmentId, at: '2026-11-20T09:00:00.000Z', actor: { name: '김민지', side: 'worker' } };
const change = (field: string, old: unknown, next: unknown): AuditChange => ({ entity: 'answer', entityId: 'p/i1', field, old, new: next });

describe('sealChanges', () => {
  it('numbers entries from 1, starts from the genesis hash and links each entry to the one before', () => {
    const [first, second] = sealChanges(null, context, [change('value', null, 'yes'), change('note', '', 'Checked the logs')]);
    expect(first).toMatchObject({ assessmentId: 'a1', seq: 1, at: context.at, actor: context.actor, entity: 'answer', entityId: 'p/i1', field: 'value', old: null, new: 'yes', prevHash: GenesisHash });
    expect(second).toMatchObject({ seq: 2, prevHash: first!.hash });
    const [third] = sealChanges(second!, context, [change('value', 'yes', 'no')]);
    expect(third).toMatchObject({ seq: 3, prevHash: second!.hash });
  });

  it('hashes the canonical JSON of everything but the hash, as any SHA-256 tool computes it', () => {
    const [entry] = sealChanges(null, { ...context, actor: null }, [change('risk', null, { values: { severity: 4, likelihood: 2 }, methodId: 'matrix-5x5' })]);
    const { hash } = entry!;
    const canonical =
      `{"actor":null,"assessmentId":"a1","at":"2026-11-20T09:00:00.000Z","entity":"answer","entityId":"p/i1","field":"risk",` +
      `"new":{"methodId":"matrix-5x5","values":{"likelihood":2,"severity":4}},"old":null,"prevHash":"${GenesisHash}","seq":1}`;
    expect(hash).toBe(createHash('sha256').update(canonical, 'utf8').digest('hex'));
    expect(entryHash(entry!)).toBe(hash);
  });

  it('records plain JSON, and a long value by its SHA-256, length and start', () => {
    const long = '가'.repeat(MaxValueChars + 10);
    const [entry] = sealChanges(null, context, [change('note', undefined, long)]);
    expect(entry!.old).toBeNull();
    expect(isCapped(entry!.new)).toBe(true);
    const capped = entry!.new as { $capped: { sha256: string; chars: number; preview: string } };
    expect(capped.$capped.sha256).toBe(createHash('sha256').update(JSON.stringify(long), 'utf8').digest('hex'));
    expect(capped.$capped.chars).toBe(long.length + 2);
    expect(capped.$capped.preview).toBe(long.slice(0, 200));
  });
});
