// Runs in the renderer. The typed Dexie database; only repositories import it.
import { Dexie, type EntityTable } from 'dexie';
import type { Answer, Assessment } from '../../../shared/domain/assessment';
import { databaseVersions } from './versions';

export type Setting = { readonly key: string; readonly value: unknown };

export type JointCheckDb = Dexie & {
  assessments: EntityTable<Assessment, 'id'>;
  answers: Dexie.Table<Answer, [string, string]>;
  settings: EntityTable<Setting, 'key'>;
};

export const DatabaseName = 'jointcheck';

export function createDb(name: string = DatabaseName): JointCheckDb {
  const db = new Dexie(name) as JointCheckDb;
  for (const v of databaseVersions) {
    const version = db.version(v.version).stores(v.stores);
    if (v.upgrade) version.upgrade(v.upgrade);
  }
  return db;
}
