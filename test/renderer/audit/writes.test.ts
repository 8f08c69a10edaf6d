// @vitest-environment node
// Every write function logs what it changed, field by field, with the member at the keyboard, in the same transaction.
import { beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../shared/audit/entry';
import { verifyChain } from '../../../shared/audit/verify';
import type { AssessmentId } from '../../../shared/domain/assessment';
import type { Actor } from '../../../shared/domain/record';
import { addAction, removeAction, updateAction, verifyAction } from '../../../renderer/src/data/actions';
import { saveAnswer } from '../../../renderer/src/data/answers';
import { addAssessmentBundle } from '../../../renderer/src/data/assessmentFiles';
import { addListEntry, createAssessment, deleteAssessment, getAssessment, removeListEntry, setArchived, updateAssessment, updateListEntry, updateWorkplace } from '../../../renderer/src/data/assessments';
import { auditLogOf } from '../../../renderer/src/data/audit';
import { bundleOf } from '../../../renderer/src/data/bundle';
import { database, setDatabase } from '../../../renderer/src/data/database';
import { addEvidence, removeEvidence, updateCaption } from '../../../renderer/src/data/evidence';
import { startFollowUpVisit } from '../../../renderer/src/data/followUp';
import { addMeeting, removeMeeting, updateMeeting } from '../../../renderer/src/data/meetings';
import { newAssessmentDefaults } from '../../../renderer/src/data/newAssessment';
import { removePositions, reopenPositions, saveOutcome, saveSidePosition, settlePositions } from '../../../renderer/src/data/positions';
import { saveActor } from '../../../renderer/src/data/settings';
import { changeRecord, ReadOnlyAssessmentError } from '../../../renderer/src/data/writable';
import { createDb } from '../../../renderer/src/db/db';

let n = 0;
beforeEach(async () => {
  const db = createDb(`audit-writes-${++n}`);
  await db.open();
  setDatabase(db);
});

const kim: Actor = { name: '김민지', side: 'worker' };
const park: Actor = { name: 'Park', side: 'employer' };
const hex = (c: string): string => c.repeat(64);

/** The entries logged since `from` (a seq), as {entity, entityId, field, old, new, actor}. */
async function logged(id: AssessmentId, from = 0): Promise<Partial<AuditEntry>[]> {
  return (await auditLogOf(id)).filter((e) => e.seq > from).map(({ entity, entityId, field, old, new: next, actor }) => ({ entity, entityId, field, old, new: next, actor }));
}
const lastSeq = async (id: AssessmentId): Promise<number> => (await auditLogOf(id)).at(-1)?.seq ?? 0;

async function started(): Promise<AssessmentId> {
  const id = await createAssessment({ ...newAssessmentDefaults(), title: 'Visit', date: '2026-11-20' });
  await saveActor(kim);
  return id;
}

describe('the assessment record', () => {
  it('starts the log with what the assessment was created with, by nobody in particular until someone says who they are', async () => {
    const id = await createAssessment({ ...newAssessmentDefaults(), title: 'Visit' });
    const [first] = await auditLogOf(id);
    expect(first).toMatchObject({ seq: 1, entity: 'assessment', entityId: id, field: '', old: null, actor: null });
    expect(first!.new).toMatchObject({ title: 'Visit', status: 'active', workplace: { name: '' } });
    expect(first!.new).not.toHaveProperty('updatedAt');
    expect(first!.new).not.toHaveProperty('answeredCount');
  });

  it('logs details, workplace and list edits field by field, and not archiving', async () => {
    const id = await started();
    await updateAssessment(id, { title: 'Second visit' });
    await updateWorkplace(id, 'name', 'Hanbit Logistics');
    await addListEntry(id, 'systems', { id: 's1', name: 'Picker', vendor: '', purpose: '', dataUsed: '', decisions: '', deployedWhere: '', goLiveDate: '', informedDate: '' });
    await updateListEntry(id, 'systems', 's1', { vendor: 'Acme' });
    await removeListEntry(id, 'systems', 's1');
    await setArchived(id, true);
    await updateAssessment(id, { title: 'Second visit' });
    expect(await logged(id, 1)).toEqual([
      { entity: 'assessment', entityId: id, field: 'title', old: 'Visit', new: 'Second visit', actor: kim },
      { entity: 'assessment', entityId: id, field: 'workplace.name', old: '', new: 'Hanbit Logistics', actor: kim },
      { entity: 'assessment', entityId: id, field: 'systems.s1', old: null, new: expect.objectContaining({ name: 'Picker', vendor: '' }), actor: kim },
      { entity: 'assessment', entityId: id, field: 'systems.s1.vendor', old: '', new: 'Acme', actor: kim },
      { entity: 'assessment', entityId: id, field: 'systems.s1', old: expect.objectContaining({ vendor: 'Acme' }), new: null, actor: kim },
    ]);
  });
});

describe('answers', () => {
  it('logs value, note and each risk factor, with who and when, and nothing for a save that changes nothing', async () => {
    const id = await started();
    const key = { assessmentId: id, packId: 'p', itemId: 'i1' };
    await saveAnswer(key, { value: 'no' });
    await saveActor(park);
    await saveAnswer(key, { value: 'partly', note: 'Logs kept 3 days' });
    await saveAnswer(key, { risk: { methodId: 'matrix-5x5', values: { likelihood: 3 } } });
    await saveAnswer(key, (stored) => ({ risk: { methodId: 'matrix-5x5', values: { ...stored.risk!.values, severity: 4 } } }));
    const [before] = (await auditLogOf(id)).slice(-1);
    expect(before!.at).toBe((await database().answers.get([id, 'i1']))!.updatedAt);
    await saveAnswer(key, { value: 'partly' });
    expect(await lastSeq(id)).toBe(before!.seq);
    expect(await logged(id, 1)).toEqual([
      { entity: 'answer', entityId: 'p/i1', field: 'value', old: null, new: 'no', actor: kim },
      { entity: 'answer', entityId: 'p/i1', field: 'note', old: '', new: 'Logs kept 3 days', actor: park },
      { entity: 'answer', entityId: 'p/i1', field: 'value', old: 'no', new: 'partly', actor: park },
      { entity: 'answer', entityId: 'p/i1', field: 'risk', old: null, new: { methodId: 'matrix-5x5', values: { likelihood: 3 } }, actor: park },
      { entity: 'answer', entityId: 'p/i1', field: 'risk.values.severity', old: null, new: 4, actor: park },
    ]);
  });

  it('numbers quick saves one after another without gaps', async () => {
    const id = await started();
    await Promise.all(Array.from({ length: 12 }, (_, i) => saveAnswer({ assessmentId: id, packId: 'p', itemId: `i${i}` }, { value: 'yes' })));
    const entries = await auditLogOf(id);
    expect(entries.map((e) => e.seq)).toEqual(Array.from({ length: 13 }, (_, i) => i + 1));
    expect(verifyChain(entries, id).intact).toBe(true);
  });
});

describe('the working record', () => {
  it('logs evidence metadata (never bytes), caption edits and removal', async () => {
    const id = await started();
    const e = await addEvidence({
      assessmentId: id,
      item: { packId: 'p', itemId: 'i1' },
      kind: 'document',
      caption: '',
      file: { fileName: 'minutes.txt', mediaType: 'text/plain', size: 6, sha256: hex('a'), blob: new Blob(['stored']) },
      original: null,
      capturedSha256: hex('a'),
      takenAt: null,
      keptLocation: false,
      width: null,
      height: null,
      addedBy: kim,
    });
    await updateCaption(e, 'Notice board');
    await removeEvidence(e);
    const entries = await logged(id, 1);
    expect(entries).toEqual([
      { entity: 'evidence', entityId: e.id, field: '', old: null, new: expect.objectContaining({ caption: '', file: { fileName: 'minutes.txt', mediaType: 'text/plain', size: 6, sha256: hex('a') } }), actor: kim },
      { entity: 'evidence', entityId: e.id, field: 'caption', old: '', new: 'Notice board', actor: kim },
      { entity: 'evidence', entityId: e.id, field: '', old: expect.objectContaining({ caption: 'Notice board' }), new: null, actor: kim },
    ]);
    expect(JSON.stringify(entries)).not.toContain('stored');
  });

  it("logs each side's position, settling, reopening and removal", async () => {
    const id = await started();
    const key = { assessmentId: id, packId: 'p', itemId: 'i1' };
    await saveSidePosition(key, 'worker', { text: 'Too fast' }, kim.name);
    await saveSidePosition(key, 'worker', { text: 'Far too fast' }, kim.name);
    await saveActor(park);
    await saveSidePosition(key, 'employer', { text: 'Within norms' }, park.name);
    await settlePositions(key, 'Slow down line 2');
    await reopenPositions(key);
    await saveOutcome(key, 'Pending');
    await removePositions(key);
    expect(await logged(id, 1)).toEqual([
      { entity: 'positions', entityId: 'p/i1', field: '', old: null, new: expect.objectContaining({ worker: { text: 'Too fast', risk: null, recordedBy: kim.name }, status: 'open' }), actor: kim },
      { entity: 'positions', entityId: 'p/i1', field: 'worker.text', old: 'Too fast', new: 'Far too fast', actor: kim },
      { entity: 'positions', entityId: 'p/i1', field: 'employer', old: null, new: { text: 'Within norms', risk: null, recordedBy: park.name }, actor: park },
      { entity: 'positions', entityId: 'p/i1', field: 'outcome', old: '', new: 'Slow down line 2', actor: park },
      { entity: 'positions', entityId: 'p/i1', field: 'status', old: 'open', new: 'settled', actor: park },
      { entity: 'positions', entityId: 'p/i1', field: 'status', old: 'settled', new: 'open', actor: park },
      { entity: 'positions', entityId: 'p/i1', field: 'outcome', old: 'Slow down line 2', new: 'Pending', actor: park },
      { entity: 'positions', entityId: 'p/i1', field: '', old: expect.objectContaining({ outcome: 'Pending' }), new: null, actor: park },
    ]);
  });

  it('logs actions from planned to verified by the other side, and their removal', async () => {
    const id = await started();
    const action = await addAction(id, { packId: 'p', itemId: 'i1' }, 'high', 'Guard rail');
    await updateAction(action, { owner: 'Lee', status: 'done' });
    await saveActor(kim);
    await verifyAction(action, kim, '2026-11-21', 'Seen in place');
    await removeAction(action);
    expect(await logged(id, 1)).toEqual([
      { entity: 'action', entityId: action.id, field: '', old: null, new: expect.objectContaining({ description: 'Guard rail', status: 'planned', priority: 'high' }), actor: kim },
      { entity: 'action', entityId: action.id, field: 'owner', old: '', new: 'Lee', actor: kim },
      { entity: 'action', entityId: action.id, field: 'status', old: 'planned', new: 'done', actor: kim },
      { entity: 'action', entityId: action.id, field: 'status', old: 'done', new: 'verified', actor: kim },
      { entity: 'action', entityId: action.id, field: 'verification', old: null, new: { by: kim, date: '2026-11-21', note: 'Seen in place' }, actor: kim },
      { entity: 'action', entityId: action.id, field: '', old: expect.objectContaining({ status: 'verified' }), new: null, actor: kim },
    ]);
  });

  it('logs meetings: added, attendees ticked, removed', async () => {
    const id = await started();
    const meeting = await addMeeting(id, '2026-11-20');
    await updateMeeting(meeting, (current) => ({ attendeeIds: [...current.attendeeIds, 'p1'] }));
    await removeMeeting(meeting);
    expect((await logged(id, 1)).map(({ entity, field, old, new: next }) => ({ entity, field, old, new: next }))).toEqual([
      { entity: 'meeting', field: '', old: null, new: expect.objectContaining({ date: '2026-11-20', attendeeIds: [] }) },
      { entity: 'meeting', field: 'attendeeIds', old: [], new: ['p1'] },
      { entity: 'meeting', field: '', old: expect.objectContaining({ attendeeIds: ['p1'] }), new: null },
    ]);
  });

  it('logs nothing when the change fails: the entry and the change are one transaction', async () => {
    const id = await started();
    const before = await lastSeq(id);
    await expect(
      changeRecord(id, [database().actions], async () => {
        await database().actions.add({ id: 'x', assessmentId: id } as never);
        throw new Error('interrupted');
      }),
    ).rejects.toThrow('interrupted');
    expect(await database().actions.count()).toBe(0);
    expect(await lastSeq(id)).toBe(before);
  });

  it('keeps one unbroken chain across every kind of write', async () => {
    const id = await started();
    await saveAnswer({ assessmentId: id, packId: 'p', itemId: 'i1' }, { value: 'no' });
    const action = await addAction(id, null, 'low');
    await updateAssessment(id, { title: 'Renamed' });
    await updateAction(action, { description: 'Train' });
    await addMeeting(id, '');
    const entries = await auditLogOf(id);
    expect(entries).toHaveLength(6);
    expect(verifyChain(entries, id)).toMatchObject({ intact: true, entries: 6, headHash: entries[5]!.hash });
  });
});

describe('imports, follow-ups and deletion', () => {
  it('starts a follow-up with its own log; the earlier visit keeps its own', async () => {
    const id = await started();
    await saveAnswer({ assessmentId: id, packId: 'p', itemId: 'i1' }, { value: 'no' });
    const next = await startFollowUpVisit(id);
    const [first, ...rest] = await auditLogOf(next);
    expect(rest).toEqual([]);
    expect(first).toMatchObject({ assessmentId: next, seq: 1, entity: 'assessment', field: '', old: null, actor: kim, new: expect.objectContaining({ followUpOf: id }) });
    expect(await auditLogOf(id)).toHaveLength(2);
  });

  it("stores a pack's log as it came with the read-only copy, also when it becomes a copy under a new id", async () => {
    const id = await started();
    await saveAnswer({ assessmentId: id, packId: 'p', itemId: 'i1' }, { value: 'no' });
    const log = await auditLogOf(id);
    const bundle = await bundleOf(id);
    const importedFrom = { fileName: 'x.zip', packSha256: hex('c'), importedAt: '2026-11-20T00:00:00.000Z', signer: null, intact: true };
    const copy = await addAssessmentBundle(bundle, { importedFrom, auditLog: log });
    expect(copy.asCopy).toBe(true);
    expect(await auditLogOf(copy.id)).toEqual(log);
    expect(verifyChain(await auditLogOf(copy.id)).intact).toBe(true);
    await expect(updateAssessment(copy.id, { title: 'x' })).rejects.toBeInstanceOf(ReadOnlyAssessmentError);
    await setArchived(copy.id, true);
    expect(await auditLogOf(copy.id)).toEqual(log);
  });

  it('deletes the log with the assessment', async () => {
    const id = await started();
    await saveAnswer({ assessmentId: id, packId: 'p', itemId: 'i1' }, { value: 'no' });
    await deleteAssessment(id);
    expect(await getAssessment(id)).toBeUndefined();
    expect(await auditLogOf(id)).toEqual([]);
    expect(await database().auditLog.count()).toBe(0);
  });
});
