// Test-time only (Node). A fresh in-memory JointCheck database per test file (fake-indexeddb), seeded with one
// assessment and its record, and a snapshot of every table to prove a refused import wrote nothing.
import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import type { AssessmentId } from '../../shared/domain/assessment';
import { saveAnswer } from '../../renderer/src/data/answers';
import { createAssessment } from '../../renderer/src/data/assessments';
import { database, setDatabase } from '../../renderer/src/data/database';
import { addEvidence } from '../../renderer/src/data/evidence';
import { newAssessmentDefaults } from '../../renderer/src/data/newAssessment';
import { createDb } from '../../renderer/src/db/db';

let opened = 0;

/** Opens a new database under a unique name and makes it the app's. */
export async function freshDatabase(): Promise<void> {
  const db = createDb(`hostile-${process.pid}-${++opened}`);
  await db.open();
  setDatabase(db);
}

/** What a user already has: an assessment with an answer and a piece of evidence with its bytes. */
export async function seedExisting(): Promise<AssessmentId> {
  const id = await createAssessment({ ...newAssessmentDefaults(), title: 'Already here' });
  await saveAnswer({ assessmentId: id, packId: 'ai-introduction', itemId: 'ai-01' }, { value: 'yes', note: 'kept' });
  const bytes = new TextEncoder().encode('minutes of the March meeting');
  const stored = { fileName: 'minutes.txt', mediaType: 'text/plain', size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
  await addEvidence({
    assessmentId: id,
    item: null,
    kind: 'document',
    caption: 'Minutes',
    file: { ...stored, blob: new Blob([bytes]) },
    original: null,
    capturedSha256: stored.sha256,
    takenAt: null,
    keptLocation: false,
    width: null,
    height: null,
    addedBy: { name: 'Kim', side: 'worker' },
  });
  return id;
}

async function plain(value: unknown): Promise<unknown> {
  if (value instanceof Blob) return { blob: value.size, sha256: createHash('sha256').update(new Uint8Array(await value.arrayBuffer())).digest('hex') };
  if (value instanceof Uint8Array) return { bytes: createHash('sha256').update(value).digest('hex') };
  if (Array.isArray(value)) return Promise.all(value.map(plain));
  if (value !== null && typeof value === 'object') {
    // Keys sorted, and own keys only, so a stored "__proto__" property would show up.
    const entries = await Promise.all(Object.keys(value).sort().map(async (key) => [key, await plain((value as Record<string, unknown>)[key])] as const));
    return Object.fromEntries(entries);
  }
  return value;
}

/** Every row of every table, Blobs and bytes as their SHA-256, as one comparable string. */
export async function snapshot(): Promise<string> {
  const db = database();
  const tables = await Promise.all(db.tables.map(async (table) => [table.name, await plain(await table.toArray())] as const));
  return JSON.stringify(Object.fromEntries(tables.sort(([a], [b]) => a.localeCompare(b))));
}

/** Rows of `before` that `after` no longer holds exactly (changed or gone): empty when an import only added. */
export function tablesKeep(before: string, after: string): string[] {
  const old = JSON.parse(before) as Record<string, unknown[]>;
  const now = JSON.parse(after) as Record<string, unknown[]>;
  return Object.entries(old).flatMap(([table, rows]) => {
    const kept = new Set((now[table] ?? []).map((row) => JSON.stringify(row)));
    return rows.map((row) => JSON.stringify(row)).filter((row) => !kept.has(row)).map((row) => `${table}: ${row.slice(0, 200)}`);
  });
}
