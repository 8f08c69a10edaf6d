import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { v001Initial } from '../../../renderer/src/db/versions/v001-initial';

describe('schema v1', () => {
  it('creates the three tables with the indexes the repositories query', async () => {
    const db = new Dexie('v001-test');
    db.version(v001Initial.version).stores(v001Initial.stores);
    await db.open();
    expect(v001Initial.version).toBe(1);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['answers', 'assessments', 'settings']);
    expect(db.table('assessments').schema.indexes.map((i) => i.name).sort()).toEqual(['status', 'updatedAt']);
    expect(db.table('answers').schema.primKey.keyPath).toEqual(['assessmentId', 'itemId']);
    expect(db.table('answers').schema.indexes.map((i) => i.name)).toEqual(['assessmentId']);
    db.close();
  });
});
