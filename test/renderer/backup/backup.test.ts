// @vitest-environment node
// Under node, Blobs keep their methods through IndexedDB's structured clone (happy-dom's do not).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BackupRefusedError, BackupTables } from '../../../shared/backup/format';
import { createExportableIdentity } from '../../../shared/signing/identity';
import { isStorageFull } from '../../../renderer/src/storage/storageFull';
import { fillDisk } from './diskFull';
import { dumpAll, memoryDesktop, seedAssessment, seedProfile } from './profile';

const desktop = memoryDesktop();
vi.mock('../../../renderer/src/desktop', () => ({ desktop: desktop.api }));

const { exportBackup } = await import('../../../renderer/src/backup/exportBackup');
const { applyRestore, previewRestore, WrongPassphraseError } = await import('../../../renderer/src/backup/restoreBackup');
const { saveAnswer } = await import('../../../renderer/src/data/answers');
const { deleteAssessment, getAssessment, listAssessments } = await import('../../../renderer/src/data/assessments');
const { database, setDatabase } = await import('../../../renderer/src/data/database');
const { addIdentity, listIdentities, listTrustedCertificates } = await import('../../../renderer/src/data/identities');
const { createDb } = await import('../../../renderer/src/db/db');

let n = 0;
async function freshProfile(): Promise<void> {
  const db = createDb(`backup-test-${++n}`);
  await db.open();
  setDatabase(db);
}
beforeEach(freshProfile);

async function backUp(keyPassphrase: string | null = null): Promise<Blob> {
  const outcome = await exportBackup({ keyPassphrase, onProgress: () => undefined });
  expect(outcome.kind).toBe('saved');
  return new Blob([desktop.last() as Uint8Array<ArrayBuffer>]);
}

describe('backup and restore', () => {
  it('covers every table of the database, so a table added later cannot be left out unnoticed', async () => {
    expect([...BackupTables].sort()).toEqual(database().tables.map((t) => t.name).sort());
  });

  it('restores a deleted assessment with its whole record, evidence bytes included, and changes nothing else', async () => {
    const { first } = await seedProfile();
    const before = await dumpAll();
    const outcome = await exportBackup({ keyPassphrase: null, onProgress: () => undefined });
    expect(outcome).toMatchObject({ kind: 'saved', location: expect.stringMatching(/jointcheck-backup-\d{4}-\d\d-\d\d\.zip$/), assessments: 2, files: 4, keys: 0 });
    const file = new Blob([desktop.last() as Uint8Array<ArrayBuffer>]);

    await deleteAssessment(first);
    const preview = await previewRestore(file);
    expect(preview.entries.map((e) => [e.backup.title, e.status])).toEqual(
      expect.arrayContaining([
        ['물류센터 AI 점검', 'new'],
        ['Warehouse follow-up', 'identical'],
      ]),
    );
    expect(preview.identities.map((i) => i.outcome)).toEqual(['already-here']);
    expect(preview.settings).toEqual({ add: [], kept: 2 });
    expect(preview.certificates).toEqual([]);

    const restored = await applyRestore(preview, new Map(), { passphrase: null, copySuffix: ' (copy)' });
    expect(restored).toMatchObject({ added: 1, replaced: 0, copied: 0, kept: 1 });
    expect(await dumpAll()).toEqual(before);
  });

  it('restores everything into an empty profile; identities whose key cannot leave their computer come back as trusted certificates', async () => {
    await seedProfile();
    const before = await dumpAll();
    const file = await backUp('a passphrase nobody uses');
    await freshProfile();
    const preview = await previewRestore(file);
    expect(preview.entries.every((e) => e.status === 'new')).toBe(true);
    expect(preview.identities.map((i) => [i.identity.name, i.outcome])).toEqual([['김민지', 'certificate-only']]);
    expect(preview.certificates.map((c) => c.subject).sort()).toEqual(['Employer co-chair', '김민지']);
    await applyRestore(preview, new Map(), { passphrase: null, copySuffix: ' (copy)' });
    const after = await dumpAll();
    for (const table of ['assessments', 'answers', 'evidence', 'evidenceFiles', 'positions', 'actions', 'meetings', 'surveys', 'surveyResponses', 'reports', 'settings'] as const) expect(after[table], table).toEqual(before[table]);
    expect(await listIdentities()).toEqual([]);
    expect((await listTrustedCertificates()).map((c) => c.subject).sort()).toEqual(['Employer co-chair', '김민지']);
  });

  it('carries an exportable key as a PKCS#12 sealed with the passphrase, and refuses a wrong passphrase without writing anything', async () => {
    const made = await createExportableIdentity({ name: 'Park Jisoo', organisation: 'Hanbit', role: 'employer co-chair' });
    await addIdentity({ ...made, chain: [], source: 'imported' });
    const file = await backUp('correct horse battery staple');
    const zipText = new TextDecoder('latin1').decode(await file.arrayBuffer());
    expect(zipText).toContain('"key": "included"');

    await freshProfile();
    const empty = await dumpAll();
    const preview = await previewRestore(file);
    expect(preview.identities.map((i) => i.outcome)).toEqual(['with-key']);
    await expect(applyRestore(preview, new Map(), { passphrase: 'wrong', copySuffix: '' })).rejects.toBeInstanceOf(WrongPassphraseError);
    expect(await dumpAll()).toEqual(empty);

    await applyRestore(preview, new Map(), { passphrase: 'correct horse battery staple', copySuffix: '' });
    const [identity] = await listIdentities();
    expect(identity).toMatchObject({ name: 'Park Jisoo', source: 'imported', createdAt: made.createdAt });
    // The restored key still signs, and its signature verifies with the certificate's public key.
    const data = new TextEncoder().encode('보고서');
    const signature = await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, identity!.privateKey, data);
    expect(await crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, made.publicKey, signature, data)).toBe(true);
  }, 60_000);

  it('never overwrites newer local work unless asked: keep local by default, take the backup, or keep both', async () => {
    const id = await seedAssessment('물류센터 AI 점검');
    const file = await backUp();
    await saveAnswer({ assessmentId: id, packId: 'psychosocial-load', itemId: 'psy-01' }, { note: '회의 후 수정한 메모' });
    const localNewer = await dumpAll();

    const preview = await previewRestore(file);
    expect(preview.entries).toMatchObject([{ status: 'conflict', kind: 'local-newer' }]);
    await applyRestore(preview, new Map(), { passphrase: null, copySuffix: ' (copy)' });
    expect(await dumpAll()).toEqual(localNewer);

    await applyRestore(preview, new Map([[id, 'keep-both']]), { passphrase: null, copySuffix: ' (from backup)' });
    const titles = (await listAssessments()).map((a) => a.title).sort();
    expect(titles).toEqual(['물류센터 AI 점검', '물류센터 AI 점검 (from backup)']);
    const copy = (await listAssessments()).find((a) => a.title.endsWith('(from backup)'))!;
    const db = database();
    const copyFiles = await db.evidenceFiles.where('assessmentId').equals(copy.id).toArray();
    expect(copyFiles).toHaveLength(2);
    expect((await db.evidence.where('assessmentId').equals(copy.id).first())!.id).toBe(copyFiles.find((f) => !f.id.endsWith('/original'))!.evidenceId);
    expect((await db.answers.get([id, 'psy-01']))!.note).toBe('회의 후 수정한 메모');
    expect((await db.answers.get([copy.id, 'psy-01']))!.note).toBe('목표 속도가 너무 높음');

    await applyRestore(await previewRestore(file), new Map([[id, 'take-backup']]), { passphrase: null, copySuffix: '' });
    expect((await db.answers.get([id, 'psy-01']))!.note).toBe('목표 속도가 너무 높음');
    expect((await getAssessment(id))!.title).toBe('물류센터 AI 점검');
    expect(await db.evidenceFiles.where('assessmentId').equals(id).count()).toBe(2);
  });

  it('changes nothing when the disk fills up halfway through a restore, and the same restore succeeds on retry', async () => {
    await seedProfile();
    const file = await backUp();
    await freshProfile();
    const empty = await dumpAll();
    const preview = await previewRestore(file);
    // The assessments and their answers go in first; the evidence files are where the disk runs out.
    const freeSpace = fillDisk('evidenceFiles');
    const error = await applyRestore(preview, new Map(), { passphrase: null, copySuffix: '' }).catch((e: unknown) => e);
    freeSpace();
    expect(isStorageFull(error)).toBe(true);
    expect(await dumpAll()).toEqual(empty);
    await applyRestore(preview, new Map(), { passphrase: null, copySuffix: '' });
    expect(await database().assessments.count()).toBe(2);
  });

  it('refuses a damaged backup and a backup from a newer JointCheck, with nothing written', async () => {
    await seedAssessment('점검');
    const bytes = new Uint8Array(await (await backUp()).arrayBuffer());
    await freshProfile();
    const damaged = bytes.slice();
    damaged[200] = damaged[200]! ^ 1;
    const refusal = await previewRestore(new Blob([damaged])).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(BackupRefusedError);
    const newer = new TextEncoder().encode(JSON.stringify({ format: 'jointcheck-backup', formatVersion: 1, schemaVersion: 99, createdAt: '', tables: {} }));
    expect(((await previewRestore(new Blob([newer])).catch((e: unknown) => e)) as BackupRefusedError).refusal).toEqual({ code: 'newer-schema', found: 99, supported: 3 });
    expect(await database().assessments.count()).toBe(0);
  });
});
