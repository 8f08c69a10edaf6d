import { describe, expect, it } from 'vitest';
import { sealChanges } from '../../../shared/audit/chain';
import { parseAuditLog, serializeAuditLog } from '../../../shared/audit/logFile';
import { verifyChain } from '../../../shared/audit/verify';
import type { AssessmentId } from '../../../shared/domain/assessment';

const entries = sealChanges(null, { assessmentId: 'a1' as AssessmentId, at: '2026-11-20T09:00:00.000Z', actor: { name: '김민지', side: 'worker' } }, [
  { entity: 'answer', entityId: 'p/i1', field: 'value', old: null, new: 'yes' },
  { entity: 'answer', entityId: 'p/i1', field: 'risk', old: null, new: { methodId: 'matrix-5x5', values: { likelihood: -0, severity: 4 } } },
  { entity: 'evidence', entityId: 'e1', field: 'caption', old: '', new: '게시판 "공지"\n두 번째 줄' },
]);

describe('the log as JSON Lines', () => {
  it('reads back entry for entry, and the chain still verifies', () => {
    const bytes = serializeAuditLog(entries);
    const text = new TextDecoder().decode(bytes);
    expect(text.split('\n')).toHaveLength(4);
    expect(text.endsWith('\n')).toBe(true);
    const parsed = parseAuditLog(bytes);
    expect(parsed).toEqual({ entries, unreadableLines: [] });
    expect(verifyChain(parsed.entries, 'a1').intact).toBe(true);
  });

  it('names lines that are not entries', () => {
    const lines = new TextDecoder().decode(serializeAuditLog(entries)).split('\n');
    lines[1] = '{"seq": 2, "broken": true}';
    lines.splice(2, 0, 'not json');
    const parsed = parseAuditLog(new TextEncoder().encode(lines.join('\n')));
    expect(parsed.unreadableLines).toEqual([2, 3]);
    expect(parsed.entries.map((e) => e.seq)).toEqual([1, 3]);
    expect(verifyChain(parsed.entries, 'a1')).toMatchObject({ intact: false, brokenAt: 2 });
    expect(parseAuditLog(new Uint8Array([0xff, 0xfe, 0x0a]))).toEqual({ entries: [], unreadableLines: [1] });
  });
});
