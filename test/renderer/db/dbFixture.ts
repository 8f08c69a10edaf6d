// Test-time only. The database fixtures of test/fixtures/db (made by test/tools/makeDbFixtures.ts): rows of
// each released schema version in the backup's row encoding, with binary values as base64 and signing keys
// as JWK (a file cannot hold a CryptoKey; the loader imports them non-extractable, as the app stores them).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Dexie } from 'dexie';
import { decodeRow } from '../../../shared/backup/values';
import { databaseVersions } from '../../../renderer/src/db/versions';

export const FixtureFormat = 'jointcheck-db-fixture';

export type DbFixture = {
  readonly format: typeof FixtureFormat;
  readonly schemaVersion: number;
  readonly tables: Readonly<Record<string, readonly unknown[]>>;
  readonly binaries: readonly string[];
};

export function readFixture(version: number): DbFixture {
  return JSON.parse(readFileSync(resolve(import.meta.dirname, `../../fixtures/db/v${version}.json`), 'utf8')) as DbFixture;
}

/** The fixture's rows as the database held them: Blobs, bytes and CryptoKeys back in place. */
export async function fixtureRows(fixture: DbFixture): Promise<Record<string, Record<string, unknown>[]>> {
  const rows: Record<string, Record<string, unknown>[]> = {};
  for (const [table, list] of Object.entries(fixture.tables)) {
    rows[table] = [];
    for (const json of list) {
      const row = decodeRow(json, (ref) => {
        const data = Buffer.from(fixture.binaries[ref.index]!, 'base64');
        return ref.as === 'blob' ? new Blob([data], { type: ref.type }) : new Uint8Array(data);
      }) as Record<string, unknown>;
      const { $keys: keys, ...rest } = row as Record<string, unknown> & { $keys?: { privateKey: JsonWebKey; publicKey: JsonWebKey } };
      if (keys) {
        const algorithm = { name: 'ECDSA', namedCurve: 'P-256' };
        rest['privateKey'] = await crypto.subtle.importKey('jwk', keys.privateKey, algorithm, false, ['sign']);
        rest['publicKey'] = await crypto.subtle.importKey('jwk', keys.publicKey, algorithm, true, ['verify']);
      }
      rows[table]!.push(rest);
    }
  }
  return rows;
}

/** Creates database `name` at the fixture's schema version, with that version's stores, holding its rows. */
export async function loadFixture(fixture: DbFixture, name: string): Promise<Record<string, Record<string, unknown>[]>> {
  const rows = await fixtureRows(fixture);
  const db = new Dexie(name);
  for (const v of databaseVersions.filter((d) => d.version <= fixture.schemaVersion)) db.version(v.version).stores(v.stores);
  await db.open();
  for (const [table, list] of Object.entries(rows)) await db.table(table).bulkPut(list);
  db.close();
  return rows;
}
