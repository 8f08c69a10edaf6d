import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BackupFailedError, NewerDatabaseError, openDatabase } from '../../../renderer/src/db/openDatabase';
import { currentSchemaVersion } from '../../../renderer/src/db/versions';

const okBackup = () => vi.fn(async (args: { name: string; bytes: Uint8Array }) => ({ ok: true as const, value: { location: `/backups/${args.name}` } }));
let counter = 0;
const freshName = () => `test-db-${++counter}`;

afterEach(() => vi.restoreAllMocks());

describe('openDatabase', () => {
  it('creates a new database at the current version without a backup', async () => {
    const writeBackup = okBackup();
    const { db, backupLocation } = await openDatabase(writeBackup, freshName());
    expect(db.verno).toBe(currentSchemaVersion);
    expect(backupLocation).toBeNull();
    expect(writeBackup).not.toHaveBeenCalled();
    db.close();
  });

  it('refuses a database written by a newer build and changes nothing in it', async () => {
    const name = freshName();
    const newer = new Dexie(name);
    newer.version(currentSchemaVersion + 1).stores({ assessments: 'id', futureThings: 'id' });
    await newer.table('assessments').put({ id: 'kept', title: 'from the future' });
    newer.close();

    const writeBackup = okBackup();
    const error = await openDatabase(writeBackup, name).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NewerDatabaseError);
    expect((error as NewerDatabaseError).found).toBe(currentSchemaVersion + 1);
    expect(writeBackup).not.toHaveBeenCalled();

    const again = new Dexie(name);
    await again.open();
    expect(again.verno).toBe(currentSchemaVersion + 1);
    expect(again.tables.map((t) => t.name).sort()).toEqual(['assessments', 'futureThings']);
    expect(await again.table('assessments').get('kept')).toEqual({ id: 'kept', title: 'from the future' });
    again.close();
  });

  it('writes a backup of every table before upgrading an older database', async () => {
    const name = freshName();
    // Version 0.5 stands in for any older schema: Dexie keeps it as IndexedDB version 5, below ours.
    const older = new Dexie(name);
    older.version(0.5).stores({ assessments: 'id', oldNotes: '++id' });
    await older.table('assessments').put({ id: 'a1', title: 'Before the upgrade' });
    await older.table('oldNotes').put({ text: '메모' });
    older.close();

    const writeBackup = okBackup();
    const { db, backupLocation } = await openDatabase(writeBackup, name);
    expect(writeBackup).toHaveBeenCalledTimes(1);
    const { name: fileName, bytes } = writeBackup.mock.calls[0]![0];
    expect(fileName).toMatch(/^jointcheck-backup-v0\.5-.*\.json$/);
    expect(backupLocation).toBe(`/backups/${fileName}`);
    const backup = JSON.parse(new TextDecoder().decode(bytes));
    expect(backup).toMatchObject({ format: 'jointcheck-backup', schemaVersion: 0.5 });
    expect(backup.tables.assessments).toEqual([{ id: 'a1', title: 'Before the upgrade' }]);
    expect(backup.tables.oldNotes).toEqual([{ id: 1, text: '메모' }]);
    expect(db.verno).toBe(currentSchemaVersion);
    db.close();
  });

  it('does not upgrade when the backup cannot be written', async () => {
    const name = freshName();
    const older = new Dexie(name);
    older.version(0.5).stores({ assessments: 'id' });
    await older.table('assessments').put({ id: 'a1' });
    older.close();

    const failing = vi.fn(async () => ({ ok: false as const, error: 'io-error' as const, detail: 'disk full' }));
    await expect(openDatabase(failing, name)).rejects.toBeInstanceOf(BackupFailedError);
    const still = (await indexedDB.databases()).find((d) => d.name === name);
    expect(still?.version).toBe(5);
  });
});
