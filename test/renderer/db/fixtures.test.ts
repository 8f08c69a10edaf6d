// @vitest-environment node
// Every released schema version, from its fixture file: opened by the current code, every row survives with
// the new fields' defaults filled; the automatic backup written before the upgrade restores; a database of a
// version this build does not know is refused and left as it was.
import { Dexie } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { type Answer, AnswerSchema, AssessmentSchema } from '../../../shared/domain/assessment';
import { ActionSchema, EvidenceSchema, MeetingSchema, PositionsSchema } from '../../../shared/domain/record';
import { applyRestore, previewRestore } from '../../../renderer/src/backup/restoreBackup';
import { database, setDatabase } from '../../../renderer/src/data/database';
import { createDb } from '../../../renderer/src/db/db';
import { NewerDatabaseError, openDatabase } from '../../../renderer/src/db/openDatabase';
import { currentSchemaVersion, databaseVersions } from '../../../renderer/src/db/versions';
import { comparable } from '../backup/profile';
import { loadFixture, readFixture } from './dbFixture';

const okBackup = () => vi.fn(async (args: { name: string; bytes: Uint8Array }) => ({ ok: true as const, value: { location: `/backups/${args.name}` } }));
const released = databaseVersions.map((v) => v.version);

/** Shapes of the current schema, which every upgraded row must pass. */
const schemas: Record<string, { parse(value: unknown): unknown }> = { assessments: AssessmentSchema, answers: AnswerSchema, evidence: EvidenceSchema, positions: PositionsSchema, actions: ActionSchema, meetings: MeetingSchema };

function primaryKey(table: Dexie.Table, row: Record<string, unknown>): unknown {
  const path = table.schema.primKey.keyPath;
  return Array.isArray(path) ? path.map((p) => row[p]) : row[path as string];
}

describe('database fixtures of every released schema version', () => {
  it('exist for every version this build knows', () => {
    expect(released).toEqual([1, 2, 3]);
    for (const version of released) expect(readFixture(version).schemaVersion).toBe(version);
  });

  it.each(released)('version %i opens with the current code: every row survives, new fields get their defaults', async (version) => {
    const name = `fixture-open-v${version}`;
    const rows = await loadFixture(readFixture(version), name);
    const writeBackup = okBackup();
    const { db, backupLocation } = await openDatabase(writeBackup, name);
    expect(db.verno).toBe(currentSchemaVersion);
    expect(backupLocation === null).toBe(version === currentSchemaVersion);

    for (const [tableName, list] of Object.entries(rows)) {
      const table = db.table(tableName);
      expect(await table.count(), tableName).toBe(list.length);
      for (const row of list) {
        const stored = (await table.get(primaryKey(table, row) as never)) as Record<string, unknown>;
        expect(await comparable(stored), `${tableName} ${JSON.stringify(primaryKey(table, row))}`).toMatchObject((await comparable(row)) as object);
        schemas[tableName]?.parse(stored);
      }
    }
    if (version < 3) {
      const assessment = AssessmentSchema.parse(await db.assessments.get('a-2026-incheon' as never));
      expect(assessment).toMatchObject({ recommendations: { sentDate: '', responseDays: 21, answeredDate: '' }, followUpOf: null, importedFrom: null, systems: [{ informedDate: '' }] });
      expect(((await db.answers.toArray()) as Answer[]).every((a) => a.recheck === false)).toBe(true);
    }
    db.close();
  });

  it.each(released.filter((v) => v < currentSchemaVersion))('the backup written before upgrading version %i restores into a new profile', async (version) => {
    const name = `fixture-dump-v${version}`;
    await loadFixture(readFixture(version), name);
    const writeBackup = okBackup();
    const { db: upgraded } = await openDatabase(writeBackup, name);
    const dump = writeBackup.mock.calls[0]![0].bytes;

    const profile = createDb(`fixture-restore-v${version}`);
    await profile.open();
    setDatabase(profile);
    const preview = await previewRestore(new Blob([dump as Uint8Array<ArrayBuffer>]));
    expect(preview).toMatchObject({ formatVersion: 1, schemaVersion: version });
    expect(preview.entries.map((e) => e.status)).toEqual(['new', 'new']);
    await applyRestore(preview, new Map(), { passphrase: null, copySuffix: '' });

    for (const table of ['assessments', 'answers', 'reports', 'settings'] as const) {
      const restored = await comparable(await database().table(table).toArray());
      expect(restored, table).toEqual(await comparable(await upgraded.table(table).toArray()));
    }
    if (version >= 2) {
      // The key could not be written to JSON, so the identity returns as a certificate this profile trusts.
      expect(preview.identities.map((i) => [i.identity.name, i.outcome])).toEqual([['김민지', 'certificate-only']]);
      expect((await database().trustedCertificates.toArray()).map((c) => c.subject).sort()).toEqual(['Park Jisoo', '김민지']);
      expect(await database().identities.count()).toBe(0);
    }
    upgraded.close();
    profile.close();
  });

  it('a database of the next schema version is refused and left exactly as it was', async () => {
    const name = 'fixture-from-the-future';
    await loadFixture(readFixture(currentSchemaVersion), name);
    const future = new Dexie(name);
    for (const v of databaseVersions) future.version(v.version).stores(v.stores);
    future.version(currentSchemaVersion + 1).stores({ futureThings: 'id' });
    await future.open();
    await future.table('futureThings').put({ id: 'x', note: '미래' });
    const before: Record<string, unknown> = {};
    for (const table of future.tables) before[table.name] = await comparable(await table.toArray());
    future.close();

    const writeBackup = okBackup();
    await expect(openDatabase(writeBackup, name)).rejects.toBeInstanceOf(NewerDatabaseError);
    expect(writeBackup).not.toHaveBeenCalled();

    const again = new Dexie(name);
    await again.open();
    expect(again.verno).toBe(currentSchemaVersion + 1);
    for (const table of again.tables) expect(await comparable(await table.toArray()), table.name).toEqual(before[table.name]);
    again.close();
  });
});
