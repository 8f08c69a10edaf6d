// Runs in the renderer. Brings rows of an older schema version up to the current one by the same upgrade
// functions a database goes through: loaded into a scratch database at their version, opened with every
// version, read back, and the scratch database deleted.
// A scratch database is opened here, not through a repository: the rows are not the profile's yet.
// eslint-disable-next-line no-restricted-imports
import { Dexie } from 'dexie';
// eslint-disable-next-line no-restricted-imports
import { createDb } from '../db/db';
import { currentSchemaVersion, databaseVersions } from '../db/versions';

/** A backup whose rows are of a schema version this build never had (so no upgrade path exists). */
export class UnknownSchemaError extends Error {
  constructor(readonly version: number) {
    super(`This backup holds data of database version ${version}, which no JointCheck release used, so it cannot be read.`);
    this.name = 'UnknownSchemaError';
  }
}

export async function upgradeRows(tables: Readonly<Record<string, readonly unknown[]>>, fromVersion: number): Promise<Record<string, unknown[]>> {
  if (fromVersion === currentSchemaVersion) return Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, [...rows]]));
  if (!databaseVersions.some((v) => v.version === fromVersion)) throw new UnknownSchemaError(fromVersion);
  const name = `jointcheck-restore-${crypto.randomUUID()}`;
  try {
    const old = new Dexie(name);
    for (const v of databaseVersions.filter((d) => d.version <= fromVersion)) old.version(v.version).stores(v.stores);
    await old.open();
    const known = new Set(old.tables.map((t) => t.name));
    await old.transaction('rw', old.tables, async () => {
      for (const [table, rows] of Object.entries(tables)) if (known.has(table)) await old.table(table).bulkPut([...rows]);
    });
    old.close();
    const db = createDb(name);
    await db.open();
    const upgraded: Record<string, unknown[]> = {};
    for (const table of db.tables) upgraded[table.name] = await table.toArray();
    db.close();
    return upgraded;
  } finally {
    await Dexie.delete(name);
  }
}
