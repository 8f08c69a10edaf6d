import { Dexie } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../../renderer/src/db/openDatabase';
import { currentSchemaVersion } from '../../../renderer/src/db/versions';
import { v001Initial } from '../../../renderer/src/db/versions/v001-initial';

describe('schema v2 (signing)', () => {
  it('upgrades a version 1 database, keeping every row, after writing a backup', async () => {
    const name = 'v002-upgrade';
    const v1 = new Dexie(name);
    v1.version(1).stores(v001Initial.stores);
    await v1.table('assessments').put({ id: 'a1', title: '점검', status: 'active', updatedAt: '2026-01-01' });
    await v1.table('answers').put({ assessmentId: 'a1', itemId: 'sam-01', packId: 'surveillance-algorithmic-management', value: 'no', note: '메모', risk: null });
    await v1.table('settings').put({ key: 'language', value: 'ko' });
    v1.close();

    const writeBackup = vi.fn(async (args: { name: string; bytes: Uint8Array }) => ({ ok: true as const, value: { location: args.name } }));
    const { db, backupLocation } = await openDatabase(writeBackup, name);
    expect(backupLocation).toMatch(/^jointcheck-backup-v1-/);
    const backup = JSON.parse(new TextDecoder().decode(writeBackup.mock.calls[0]![0].bytes));
    expect(backup.tables.answers).toHaveLength(1);

    expect(db.verno).toBe(currentSchemaVersion);
    expect(await db.assessments.get('a1' as never)).toMatchObject({ title: '점검' });
    expect(await db.answers.count()).toBe(1);
    expect(await db.settings.get('language')).toEqual({ key: 'language', value: 'ko' });
    expect(db.identities.schema.primKey.name).toBe('id');
    expect(db.reports.schema.indexes.map((i) => i.name)).toContain('assessmentId');
    expect(db.trustedCertificates.schema.primKey.name).toBe('sha256');
    db.close();
  });

  it('stores a non-extractable private key that still signs after reading it back', async () => {
    const { createDb } = await import('../../../renderer/src/db/db');
    const db = createDb('v002-keys');
    await db.open();
    const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']);
    await db.identities.put({ id: 'i1', name: '김민지', organisation: 'Union', role: 'worker', certificate: new Uint8Array([1]), chain: [], privateKey: pair.privateKey, publicKey: pair.publicKey, source: 'created', createdAt: '2026-01-01' });
    const stored = await db.identities.get('i1');
    expect(stored?.privateKey.extractable).toBe(false);
    const data = new TextEncoder().encode('report');
    const signature = await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, stored!.privateKey, data);
    expect(await crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, pair.publicKey, signature, data)).toBe(true);
    await expect(crypto.subtle.exportKey('pkcs8', stored!.privateKey)).rejects.toThrow();
    db.close();
  });
});
