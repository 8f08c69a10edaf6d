// @vitest-environment node
// The change history leaves in an evidence pack and comes back with the read-only copy; a history changed inside the
// pack fails the pack's check and, if the user adds it anyway, shows broken where it was changed.
import { unzipSync, zipSync } from 'fflate';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { verifyChain } from '../../../shared/audit/verify';
import { createIdentity } from '../../../shared/signing/identity';
import { saveAnswer } from '../../../renderer/src/data/answers';
import { createAssessment, deleteAssessment, updateAssessment } from '../../../renderer/src/data/assessments';
import { auditLogOf } from '../../../renderer/src/data/audit';
import { setDatabase } from '../../../renderer/src/data/database';
import type { StoredIdentity } from '../../../renderer/src/data/identities';
import { newAssessmentDefaults } from '../../../renderer/src/data/newAssessment';
import { saveActor } from '../../../renderer/src/data/settings';
import { createDb } from '../../../renderer/src/db/db';

/** The bridge as a save dialog that always writes into memory. */
const saved: Uint8Array[] = [];
vi.mock('../../../renderer/src/desktop', () => ({
  desktop: {
    getAppInfo: async () => ({ version: '0.0.0-test' }),
    beginSave: async () => ({ ok: true, value: { handle: 'h' } }),
    appendSave: async (_handle: string, bytes: Uint8Array) => {
      saved.push(bytes.slice());
      return { ok: true, value: null };
    },
    finishSave: async () => ({ ok: true, value: { location: 'memory' } }),
  },
}));
const { exportPack } = await import('../../../renderer/src/packs/exportPack');
const { addCheckedPack, checkPack } = await import('../../../renderer/src/packs/importPack');

let identity: StoredIdentity;
beforeAll(async () => {
  identity = { ...(await createIdentity({ name: 'Park Jun-ho', organisation: 'Hanbit', role: 'Employer co-chair' })), id: 'i1', chain: [], source: 'created' };
});
let n = 0;
beforeEach(async () => {
  const db = createDb(`audit-pack-${++n}`);
  await db.open();
  setDatabase(db);
  saved.length = 0;
});

async function exported(): Promise<{ id: Awaited<ReturnType<typeof createAssessment>>; pack: Uint8Array<ArrayBuffer> }> {
  await saveActor({ name: '김민지', side: 'worker' });
  const id = await createAssessment({ ...newAssessmentDefaults(), title: 'Visit' });
  await saveAnswer({ assessmentId: id, packId: 'p', itemId: 'i1' }, { value: 'no', note: 'Rates shown to all' });
  await updateAssessment(id, { title: 'First visit' });
  const outcome = await exportPack({ assessmentId: id, identity, includeOriginals: false, onProgress: () => undefined });
  expect(outcome).toMatchObject({ kind: 'saved', signed: true });
  return { id, pack: new Uint8Array(Buffer.concat(saved)) };
}

describe('the change history through an evidence pack', () => {
  it('comes back entry for entry with the read-only copy, its chain intact', async () => {
    const { id, pack } = await exported();
    const log = await auditLogOf(id);
    expect(log).toHaveLength(4);
    expect(new TextDecoder().decode(unzipSync(pack)['audit/log.jsonl']).trim().split('\n')).toHaveLength(4);
    await deleteAssessment(id);
    const checked = await checkPack(new File([pack], 'visit.zip'));
    if (!checked.ok) throw new Error(checked.refusal.detail);
    expect(checked.report.passed).toBe(true);
    expect(checked.report.auditLogs[0]).toMatchObject({ path: 'audit/log.jsonl', passes: true, chain: { entries: 4, headHash: log[3]!.hash } });
    const imported = await addCheckedPack(new File([pack], 'visit.zip'), checked.report, false);
    expect(imported).toEqual({ id, asCopy: false });
    expect(await auditLogOf(id)).toEqual(log);
    expect(verifyChain(await auditLogOf(id), id).intact).toBe(true);
  });

  it('fails the check of a pack whose history was edited, and shows where it breaks if added anyway', async () => {
    const { id, pack } = await exported();
    const files = unzipSync(pack);
    files['audit/log.jsonl'] = new TextEncoder().encode(new TextDecoder().decode(files['audit/log.jsonl']).replace('Rates shown to all', 'Rates shown to nobody'));
    const tampered = new File([zipSync(files, { level: 0 })], 'visit.zip');
    const checked = await checkPack(tampered);
    if (!checked.ok) throw new Error(checked.refusal.detail);
    expect(checked.report.passed).toBe(false);
    expect(checked.report.auditLogs[0]).toMatchObject({ passes: false, chain: { brokenAt: 2, problems: [{ kind: 'edited', seq: 2 }] } });
    const copy = await addCheckedPack(tampered, checked.report, true);
    expect(copy.asCopy).toBe(true);
    expect(verifyChain(await auditLogOf(copy.id))).toMatchObject({ intact: false, brokenAt: 2 });
    expect(verifyChain(await auditLogOf(id), id).intact).toBe(true);
  });
});
