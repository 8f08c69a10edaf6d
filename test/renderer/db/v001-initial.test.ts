import { describe, expect, it } from 'vitest';
import { createDb } from '../../../renderer/src/db/db';
import { v001Initial } from '../../../renderer/src/db/versions/v001-initial';

describe('schema v1', () => {
  it('creates the three tables with the indexes the repositories query', async () => {
    const db = createDb('v001-test');
    await db.open();
    expect(v001Initial.version).toBe(1);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['answers', 'assessments', 'settings']);
    expect(db.assessments.schema.indexes.map((i) => i.name).sort()).toEqual(['status', 'updatedAt']);
    expect(db.answers.schema.primKey.keyPath).toEqual(['assessmentId', 'itemId']);
    expect(db.answers.schema.indexes.map((i) => i.name)).toEqual(['assessmentId']);
    db.close();
  });
});
