// Runs in the renderer. Opens the local database safely: refuses data from a newer build and backs up before upgrading.
import { Dexie } from 'dexie';
import type { BridgeResult, WriteBackupArgs } from '../../../shared/bridge/contract';
import { createDb, DatabaseName, type JointCheckDb } from './db';
import { currentSchemaVersion } from './versions';

/** A newer build wrote this database; opening it here could lose what that build added. */
export class NewerDatabaseError extends Error {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(`The local database has schema version ${found}; this build reads up to version ${supported}.`);
    this.name = 'NewerDatabaseError';
  }
}

/** The automatic pre-upgrade backup could not be written, so the upgrade did not run. */
export class BackupFailedError extends Error {
  constructor(readonly detail: string) {
    super(`The backup before the database upgrade could not be written: ${detail}`);
    this.name = 'BackupFailedError';
  }
}

export type OpenedDatabase = { readonly db: JointCheckDb; readonly backupLocation: string | null };

export const BackupFormat = 'jointcheck-backup';

/** Schema version of an existing database without opening (and so without upgrading) it; 0 if none. */
export async function installedSchemaVersion(name: string): Promise<number> {
  const found = (await indexedDB.databases()).find((d) => d.name === name);
  // Dexie stores version n as IndexedDB version n * 10.
  return found?.version ? found.version / 10 : 0;
}

/** Every row of every table of the database as it stands, read without declaring a schema. */
export async function dumpDatabase(name: string): Promise<Uint8Array<ArrayBuffer>> {
  const raw = new Dexie(name);
  await raw.open();
  try {
    const tables: Record<string, unknown[]> = {};
    for (const table of raw.tables) tables[table.name] = await table.toArray();
    const backup = { format: BackupFormat, formatVersion: 1, schemaVersion: raw.verno, createdAt: new Date().toISOString(), tables };
    return new TextEncoder().encode(JSON.stringify(backup));
  } finally {
    raw.close();
  }
}

export async function openDatabase(
  writeBackup: (args: WriteBackupArgs) => Promise<BridgeResult<{ readonly location: string }>>,
  name: string = DatabaseName,
): Promise<OpenedDatabase> {
  const installed = await installedSchemaVersion(name);
  if (installed > currentSchemaVersion) throw new NewerDatabaseError(installed, currentSchemaVersion);

  let backupLocation: string | null = null;
  if (installed > 0 && installed < currentSchemaVersion) {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const result = await writeBackup({ name: `jointcheck-backup-v${installed}-${stamp}.json`, bytes: await dumpDatabase(name) });
    if (!result.ok) throw new BackupFailedError(result.detail ?? result.error);
    backupLocation = result.value.location;
  }

  const db = createDb(name);
  await db.open();
  return { db, backupLocation };
}
