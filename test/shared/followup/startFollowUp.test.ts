import { describe, expect, it } from 'vitest';
import type { AssessmentId } from '../../../shared/domain/assessment';
import type { Evidence, Meeting } from '../../../shared/domain/record';
import { parseAssessmentFile, serializeAssessmentFile } from '../../../shared/format/assessmentFile';
import { startFollowUp } from '../../../shared/followup/startFollowUp';
import { action, answer, assessment, bundle, deepFreeze, matrix, positions, stamp } from './bundles';

const later = '2026-07-01T08:30:00.000Z';

function ids(): () => string {
  let n = 0;
  return () => `new-action-${++n}`;
}

const evidence: Evidence = {
  id: 'ev-1',
  assessmentId: 'a1' as AssessmentId,
  item: { packId: 'mini', itemId: 'm-01' },
  kind: 'photo',
  caption: 'Scanner screen',
  file: { fileName: 'scan.jpg', mediaType: 'image/jpeg', size: 10, sha256: 'a'.repeat(64) },
  original: null,
  capturedSha256: 'a'.repeat(64),
  addedBy: { name: 'Kim Minji', side: 'worker' },
  addedAt: stamp,
  takenAt: null,
  keptLocation: false,
  width: 10,
  height: 10,
};
const meeting: Meeting = { id: 'mt-1', assessmentId: 'a1' as AssessmentId, date: '2026-01-10', attendeeIds: ['p-1', 'p-2'], guests: [], packsCovered: ['mini'], notes: 'First walk-through.', createdAt: stamp };

function earlierVisit() {
  return deepFreeze(
    bundle(assessment('a1', { status: 'archived', answeredCount: 3, importedFrom: { fileName: 'pack.zip', packSha256: 'b'.repeat(64), importedAt: stamp, signer: null, intact: true } }), {
      answers: [
        answer('a1', 'm-01', 'no', matrix(4, 4), { note: 'Rates shown on a public board.' }),
        answer('a1', 'm-02', 'yes'),
        answer('a1', 'm-03', null, null, { note: 'Ask the vendor.' }),
        answer('a1', 'm-04', null),
      ],
      actions: [
        action('a1', 'act-planned', 'planned'),
        action('a1', 'act-done', 'done'),
        action('a1', 'act-progress', 'in-progress', { item: null, description: 'Train supervisors' }),
        action('a1', 'act-verified', 'verified'),
      ],
      positions: [positions('a1', 'm-01', 'open'), positions('a1', 'm-02', 'settled')],
      evidence: [evidence],
      meetings: [meeting],
    }),
  );
}

const follow = (earlier = earlierVisit()) => startFollowUp(earlier, { newId: 'a2' as AssessmentId, now: later, date: '2026-07-01', idFor: ids() });

describe('startFollowUp', () => {
  it('keeps the site, systems, people, pack versions and method, and starts a new, editable visit linked to the earlier one', () => {
    const earlier = earlierVisit();
    const { assessment: next } = follow(earlier);
    const before = earlier.assessment;
    expect(next).toMatchObject({
      id: 'a2',
      title: before.title,
      workplace: before.workplace,
      systems: before.systems,
      participants: before.participants,
      packs: before.packs,
      riskMethodId: before.riskMethodId,
      date: '2026-07-01',
      status: 'active',
      followUpOf: 'a1',
      importedFrom: null,
      createdAt: later,
      updatedAt: later,
    });
    expect(next.systems[0]).toMatchObject({ id: 'sys-1', goLiveDate: '2025-06-01', informedDate: '2025-05-01' });
  });

  it('starts a new round of recommendations with the same response time', () => {
    expect(follow().assessment.recommendations).toEqual({ sentDate: '', responseDays: 30, answeredDate: '' });
  });

  it('carries every answer that holds something, flagged for a second look, with value, note and rating', () => {
    const { answers, assessment: next } = follow();
    expect(answers).toEqual([
      answer('a2', 'm-01', 'no', matrix(4, 4), { note: 'Rates shown on a public board.', recheck: true, updatedAt: later }),
      answer('a2', 'm-02', 'yes', null, { recheck: true, updatedAt: later }),
      answer('a2', 'm-03', null, null, { note: 'Ask the vendor.', recheck: true, updatedAt: later }),
    ]);
    // A note alone is not an answer.
    expect(next.answeredCount).toBe(2);
  });

  it('carries open actions as new actions pointing back to the earlier ones, and leaves done and verified ones behind', () => {
    const { actions } = follow();
    expect(actions.map((a) => [a.id, a.carriedFrom, a.status])).toEqual([
      ['new-action-1', 'act-planned', 'planned'],
      ['new-action-2', 'act-progress', 'in-progress'],
    ]);
    const earlierPlanned = earlierVisit().actions[0]!;
    expect(actions[0]).toEqual({ ...earlierPlanned, id: 'new-action-1', assessmentId: 'a2', carriedFrom: 'act-planned', verification: null, createdAt: later, updatedAt: later });
    expect(actions[1]).toMatchObject({ item: null, description: 'Train supervisors' });
  });

  it('asks for a fresh id for every carried action', () => {
    let calls = 0;
    const result = startFollowUp(earlierVisit(), { newId: 'a2' as AssessmentId, now: later, date: '2026-07-01', idFor: () => `id-${++calls}` });
    expect(calls).toBe(2);
    expect(new Set(result.actions.map((a) => a.id)).size).toBe(2);
    expect(result.actions.some((a) => earlierVisit().actions.some((e) => e.id === a.id))).toBe(false);
  });

  it('carries open disagreements with both positions as they stood, and leaves settled ones behind', () => {
    const { positions: carried } = follow();
    expect(carried).toEqual([{ ...positions('a1', 'm-01', 'open'), assessmentId: 'a2', updatedAt: later }]);
  });

  it('leaves meetings and evidence with the earlier visit', () => {
    const result = follow();
    expect(result.meetings).toEqual([]);
    expect(result.evidence).toEqual([]);
  });

  it('changes nothing in the earlier visit and shares no object with it', () => {
    const earlier = earlierVisit(); // deeply frozen: any write would throw
    const copy = structuredClone(earlier);
    const result = follow(earlier);
    expect(earlier).toEqual(copy);
    const earlierObjects = objectsIn(earlier);
    expect([...objectsIn(result)].filter((o) => earlierObjects.has(o))).toEqual([]);
  });

  it('gives the same visit for the same inputs', () => {
    expect(follow()).toEqual(follow());
  });

  it('writes a valid assessment file', () => {
    const result = follow();
    const parsed = parseAssessmentFile(new TextEncoder().encode(serializeAssessmentFile(result, '1.0.0', later)));
    expect(parsed.ok).toBe(true);
  });
});

function objectsIn(value: unknown, into = new Set<object>()): Set<object> {
  if (value && typeof value === 'object' && !into.has(value)) {
    into.add(value);
    for (const v of Object.values(value)) objectsIn(v, into);
  }
  return into;
}
