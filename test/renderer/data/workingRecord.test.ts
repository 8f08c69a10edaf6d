// @vitest-environment node
// Repositories need no DOM; under node, Blobs keep their methods through IndexedDB's structured clone (happy-dom's do not).
import { beforeEach, describe, expect, it } from 'vitest';
import type { AssessmentId } from '../../../shared/domain/assessment';
import type { Actor } from '../../../shared/domain/record';
import { addAction, removeAction, updateAction, VerificationError, verifyAction } from '../../../renderer/src/data/actions';
import { saveAnswer } from '../../../renderer/src/data/answers';
import { createAssessment, deleteAssessment, getAssessment, setArchived, updateAssessment } from '../../../renderer/src/data/assessments';
import { bundleOf } from '../../../renderer/src/data/bundle';
import { database, setDatabase } from '../../../renderer/src/data/database';
import { addEvidence, evidenceBytes, evidenceFor, removeEvidence, updateCaption } from '../../../renderer/src/data/evidence';
import { addMeeting, updateMeeting } from '../../../renderer/src/data/meetings';
import { newAssessmentDefaults } from '../../../renderer/src/data/newAssessment';
import { countDisagreements, reopenPositions, saveSidePosition, settlePositions } from '../../../renderer/src/data/positions';
import { savedActor, saveActor } from '../../../renderer/src/data/settings';
import { ReadOnlyAssessmentError } from '../../../renderer/src/data/writable';
import { createDb } from '../../../renderer/src/db/db';

let n = 0;
beforeEach(async () => {
  const db = createDb(`record-test-${++n}`);
  await db.open();
  setDatabase(db);
});

const worker: Actor = { name: '김민지', side: 'worker' };
const employer: Actor = { name: 'Park', side: 'employer' };
const hex = (c: string): string => c.repeat(64);
const file = (name: string, text: string, sha: string) => ({ fileName: name, mediaType: 'text/plain', size: text.length, sha256: hex(sha), blob: new Blob([text]) });

async function newEvidence(assessmentId: AssessmentId, item: { packId: string; itemId: string } | null, original = false) {
  return addEvidence({
    assessmentId,
    item,
    kind: 'document',
    caption: '',
    file: file('minutes.txt', 'stored', 'a'),
    original: original ? file('minutes-original.txt', 'original bytes', 'b') : null,
    capturedSha256: hex('b'),
    takenAt: null,
    keptLocation: false,
    width: null,
    height: null,
    addedBy: worker,
  });
}

/** Marks an assessment as imported from a pack, as the pack import does. */
async function makeImported(id: AssessmentId): Promise<void> {
  const a = (await getAssessment(id))!;
  await database().assessments.put({ ...a, importedFrom: { fileName: 'x.zip', packSha256: hex('c'), importedAt: '2026-11-20T00:00:00.000Z', signer: null, intact: true } });
}

describe('evidence', () => {
  it('stores metadata and bytes together, and reads the bytes apart', async () => {
    const id = await createAssessment(newAssessmentDefaults());
    const before = (await getAssessment(id))!.updatedAt;
    const e = await newEvidence(id, { packId: 'p', itemId: 'i1' }, true);
    expect(e).toMatchObject({ addedBy: worker, file: { fileName: 'minutes.txt', sha256: hex('a') }, original: { sha256: hex('b') } });
    expect('blob' in e.file).toBe(false);
    expect(await (await evidenceBytes(e))!.text()).toBe('stored');
    expect(await (await evidenceBytes(e, 'original'))!.text()).toBe('original bytes');
    expect((await getAssessment(id))!.updatedAt >= before).toBe(true);
    await updateCaption(e, 'Notice board, canteen');
    const bundle = await bundleOf(id);
    expect(evidenceFor(bundle.evidence, { packId: 'p', itemId: 'i1' }).map((x) => x.caption)).toEqual(['Notice board, canteen']);
    expect(evidenceFor(bundle.evidence, null)).toEqual([]);
  });

  it('removes the file rows with the evidence', async () => {
    const id = await createAssessment(newAssessmentDefaults());
    const e = await newEvidence(id, null, true);
    await removeEvidence(e);
    expect(await database().evidence.count()).toBe(0);
    expect(await database().evidenceFiles.count()).toBe(0);
  });
});

describe('positions', () => {
  it('keeps both sides of a disagreement, each with who recorded it, until settled', async () => {
    const id = await createAssessment(newAssessmentDefaults());
    const key = { assessmentId: id, packId: 'p', itemId: 'i1' };
    await Promise.all([
      saveSidePosition(key, 'worker', { text: 'Ratings are opaque' }, worker.name),
      saveSidePosition(key, 'employer', { text: 'Ratings are explained monthly' }, employer.name),
      saveSidePosition(key, 'worker', (stored) => ({ risk: { methodId: 'matrix-5x5', values: { ...stored.risk?.values, likelihood: 4 } } }), worker.name),
    ]);
    let [row] = (await bundleOf(id)).positions;
    expect(row).toMatchObject({ status: 'open', worker: { text: 'Ratings are opaque', recordedBy: '김민지', risk: { values: { likelihood: 4 } } }, employer: { recordedBy: 'Park' } });
    expect(countDisagreements([row!])).toEqual({ open: 1, settled: 0 });
    await settlePositions(key, 'Monthly explanation in Korean agreed');
    [row] = (await bundleOf(id)).positions;
    expect(row).toMatchObject({ status: 'settled', outcome: 'Monthly explanation in Korean agreed' });
    await reopenPositions(key);
    expect((await bundleOf(id)).positions[0]!.status).toBe('open');
  });
});

describe('actions', () => {
  it('goes planned → in progress → done → verified by the other side, and withdraws verification on a status change', async () => {
    const id = await createAssessment(newAssessmentDefaults());
    const action = await addAction(id, { packId: 'p', itemId: 'i1' }, 'high', 'Publish the rating criteria');
    expect(action).toMatchObject({ status: 'planned', ownerSide: 'employer', priority: 'high', verification: null });
    await updateAction(action, { status: 'in-progress', owner: 'HR lead', dueDate: '2026-12-01' });
    await expect(verifyAction(action, worker, '2026-11-30', '')).rejects.toThrow(VerificationError);
    await updateAction(action, { status: 'done' });
    await expect(verifyAction(action, employer, '2026-11-30', '')).rejects.toThrow(/worker side/);
    await verifyAction(action, worker, '2026-11-30', 'Criteria posted in both languages');
    let [stored] = (await bundleOf(id)).actions;
    expect(stored).toMatchObject({ status: 'verified', verification: { by: worker, date: '2026-11-30' } });
    await updateAction(action, { status: 'in-progress' });
    [stored] = (await bundleOf(id)).actions;
    expect(stored).toMatchObject({ status: 'in-progress', verification: null });
    await removeAction(action);
    expect((await bundleOf(id)).actions).toEqual([]);
  });
});

describe('meetings', () => {
  it('keeps every one of several quick attendee ticks', async () => {
    const id = await createAssessment(newAssessmentDefaults());
    const meeting = await addMeeting(id, '2026-11-20');
    await Promise.all(['a', 'b', 'c'].map((pid) => updateMeeting(meeting, (m) => ({ attendeeIds: [...m.attendeeIds, pid] }))));
    expect((await bundleOf(id)).meetings[0]!.attendeeIds.sort()).toEqual(['a', 'b', 'c']);
  });
});

describe('read-only imports', () => {
  it('refuses every kind of edit and changes nothing, but can still be archived and deleted', async () => {
    const id = await createAssessment(newAssessmentDefaults());
    const e = await newEvidence(id, null);
    await makeImported(id);
    const before = await bundleOf(id);
    const key = { assessmentId: id, packId: 'p', itemId: 'i1' };
    const attempts = [
      () => saveAnswer(key, { value: 'no' }),
      () => updateAssessment(id, { title: 'changed' }),
      () => newEvidence(id, null),
      () => updateCaption(e, 'changed'),
      () => removeEvidence(e),
      () => saveSidePosition(key, 'worker', { text: 'x' }, 'x'),
      () => addAction(id, null, 'low'),
      () => addMeeting(id, '2026-11-21'),
    ];
    for (const attempt of attempts) await expect(attempt()).rejects.toThrow(ReadOnlyAssessmentError);
    expect(await bundleOf(id)).toEqual(before);
    await setArchived(id, true);
    expect((await getAssessment(id))!.status).toBe('archived');
    await deleteAssessment(id);
    expect(await database().evidence.count()).toBe(0);
    expect(await database().evidenceFiles.count()).toBe(0);
  });
});

describe('the member at the keyboard', () => {
  it('is remembered, and a malformed stored value reads as nobody', async () => {
    expect(await savedActor()).toBeNull();
    await saveActor(worker);
    expect(await savedActor()).toEqual(worker);
    await database().settings.put({ key: 'actor', value: { name: '', side: 'boss' } });
    expect(await savedActor()).toBeNull();
  });
});

describe('assessment files with a working record', () => {
  it('round-trip every record row; a second import is a copy with fresh row ids', async () => {
    const { exportAssessmentFile, addAssessmentBundle } = await import('../../../renderer/src/data/assessmentFiles');
    const { parseAssessmentFile } = await import('../../../shared/format/assessmentFile');
    const id = await createAssessment(newAssessmentDefaults());
    await newEvidence(id, { packId: 'p', itemId: 'i1' });
    await saveSidePosition({ assessmentId: id, packId: 'p', itemId: 'i1' }, 'worker', { text: 'x' }, worker.name);
    await addAction(id, null, 'medium', 'Train supervisors');
    await addMeeting(id, '2026-11-20');
    const parsed = parseAssessmentFile((await exportAssessmentFile(id, '0.2.0')).bytes);
    if (!parsed.ok) throw new Error(parsed.error.code);
    expect(parsed.file.formatVersion).toBe(2);

    const copy = await addAssessmentBundle(parsed.file);
    expect(copy.asCopy).toBe(true);
    const [original, copied] = [await bundleOf(id), await bundleOf(copy.id)];
    expect(copied.positions.map((p) => p.worker?.text)).toEqual(['x']);
    expect(copied.actions.map((a) => a.description)).toEqual(['Train supervisors']);
    expect(copied.meetings.map((m) => m.date)).toEqual(['2026-11-20']);
    expect(copied.evidence.map((e) => e.file.sha256)).toEqual(original.evidence.map((e) => e.file.sha256));
    expect(copied.actions[0]!.id).not.toBe(original.actions[0]!.id);
    expect(copied.evidence[0]!.id).not.toBe(original.evidence[0]!.id);
    // A plain assessment file carries no file bytes: the copy lists the evidence, the bytes are not here.
    expect(await evidenceBytes(copied.evidence[0]!)).toBeNull();
  });
});
