// Test-time only (Node). Change histories for the tests: chains sealed as the app seals them.
import { sealChanges } from '../../../shared/audit/chain';
import type { AuditEntry } from '../../../shared/audit/entry';
import type { AssessmentId } from '../../../shared/domain/assessment';

/** `n` edits of one answer's note (`"0"` to `"1"`, …), each its own entry, by a member with a Korean name. */
export function sampleLog(id: AssessmentId | string, n: number): AuditEntry[] {
  const entries: AuditEntry[] = [];
  for (let i = 1; i <= n; i += 1) {
    const context = { assessmentId: id as AssessmentId, at: `2026-11-20T${String(i % 24).padStart(2, '0')}:00:00.000Z`, actor: { name: '김민지', side: 'worker' as const } };
    entries.push(...sealChanges(entries.at(-1) ?? null, context, [{ entity: 'answer', entityId: 'p/i1', field: 'note', old: `${i - 1}`, new: `${i}` }]));
  }
  return entries;
}
