// Runs in the renderer. The change history of each assessment: entries appended inside the transaction of the
// change they record (so there is never one without the other), and read back for the History screen and packs.
import { Dexie, type Table, type Transaction } from 'dexie';
import type { AssessmentId } from '../../../shared/domain/assessment';
import type { AuditChange, AuditEntity, AuditEntry } from '../../../shared/audit/entry';
import { sealChanges } from '../../../shared/audit/chain';
import { diffRows } from '../../../shared/audit/diff';
import type { AuditRow, JointCheckDb } from '../db/db';
import { database } from './database';
import { savedActor } from './settings';

/** The tables a transaction that appends to the log needs besides its own: the log, and the settings that name the member at the keyboard. */
export function auditTables(db: JointCheckDb): Table[] {
  return [db.auditLog, db.settings];
}

/** What appending needs to know: the newest stored row and who is at the keyboard. Read inside the transaction. */
export type AuditTail = { readonly last: AuditRow | undefined; readonly actor: Awaited<ReturnType<typeof savedActor>> };

export async function readAuditTail(assessmentId: AssessmentId): Promise<AuditTail> {
  const [last, actor] = await Promise.all([
    database().auditLog.where('[assessmentId+seq]').between([assessmentId, Dexie.minKey], [assessmentId, Dexie.maxKey]).last(),
    savedActor(),
  ]);
  return { last, actor };
}

/**
 * The rows recording `changes`, chained after `tail`; synchronous (SHA-256 in JavaScript), so the caller
 * writes them in the same round trip as its own change. Rows are numbered after the stored ones even if
 * a damaged log's entries are not, so a damaged log never stops a save.
 */
export function auditRows(tail: AuditTail, assessmentId: AssessmentId, at: string, changes: readonly AuditChange[]): AuditRow[] {
  const entries = sealChanges(tail.last?.entry ?? null, { assessmentId, at, actor: tail.actor }, changes);
  return entries.map((entry, i) => ({ assessmentId, seq: (tail.last?.seq ?? 0) + i + 1, entry }));
}

/** Appends entries for `changes` (none when empty). Call inside a readwrite transaction that includes auditTables(). */
export async function appendAudit(assessmentId: AssessmentId, at: string, changes: readonly AuditChange[]): Promise<void> {
  if (changes.length === 0) return;
  const rows = auditRows(await readAuditTail(assessmentId), assessmentId, at, changes);
  await database().auditLog.bulkAdd(rows);
}

/** Stores a log as it came (an evidence pack's), entry for entry, under the assessment it was imported as. */
export async function storeImportedAudit(assessmentId: AssessmentId, entries: readonly AuditEntry[]): Promise<void> {
  await database().auditLog.bulkAdd(entries.map((entry, i) => ({ assessmentId, seq: i + 1, entry })));
}

/** Oldest first, as stored. */
export async function auditLogOf(assessmentId: AssessmentId): Promise<AuditEntry[]> {
  const rows = await database().auditLog.where('[assessmentId+seq]').between([assessmentId, Dexie.minKey], [assessmentId, Dexie.maxKey]).toArray();
  return rows.map((row) => row.entry);
}

// ------------------------------------------------------------------------------ the working-record tables

type RecordRow = { readonly id?: string; readonly packId?: string; readonly itemId?: string };

/** The working-record tables whose rows changeRecord logs, with the entity each row is and how it is named. */
const trackedTables: Readonly<Record<string, { readonly entity: AuditEntity; readonly id: (row: RecordRow) => string }>> = {
  evidence: { entity: 'evidence', id: (row) => row.id ?? '' },
  positions: { entity: 'positions', id: (row) => `${row.packId}/${row.itemId}` },
  actions: { entity: 'action', id: (row) => row.id ?? '' },
  meetings: { entity: 'meeting', id: (row) => row.id ?? '' },
  surveys: { entity: 'survey', id: (row) => row.id ?? '' },
};

type Written = { readonly table: string; readonly before: RecordRow | null; readonly after: RecordRow | null };

/** Rows written by transactions that are recording, by their IndexedDB transaction (shared by Dexie's sub-transactions). */
const recording = new WeakMap<IDBTransaction, Written[]>();
const watched = new WeakSet<JointCheckDb>();

/**
 * Watches the working-record tables through Dexie's table hooks, which see every add, put, update and
 * delete with the row as it was. Rows go nowhere unless a changeRecord transaction is recording, so
 * imports and deletions of whole assessments pass through untouched.
 */
function watchRecordTables(db: JointCheckDb): void {
  if (watched.has(db)) return;
  watched.add(db);
  for (const table of Object.keys(trackedTables)) {
    const hooks = db.table<RecordRow>(table).hook;
    const note = (trans: Transaction, before: RecordRow | null, after: RecordRow | null): void => {
      recording.get(trans.idbtrans)?.push({ table, before, after });
    };
    hooks('creating', function (_key, row, trans) {
      note(trans, null, row);
    });
    hooks('updating', function (_changes, _key, row, trans) {
      // The written row is only known once it is stored.
      this.onsuccess = (written) => note(trans, row, written);
    });
    hooks('deleting', function (_key, row, trans) {
      note(trans, row ?? null, null);
    });
  }
}

/** Runs `work` inside the current transaction and returns what it changed in the working-record tables, field by field. */
export async function recordChanges<T>(work: () => Promise<T>): Promise<{ readonly result: T; readonly changes: AuditChange[] }> {
  const trans = Dexie.currentTransaction;
  if (!trans) throw new Error('recordChanges runs inside a transaction.');
  // Transactions share their database's hooks, so watching from inside one still sees all of its writes.
  watchRecordTables(database());
  const written: Written[] = [];
  recording.set(trans.idbtrans, written);
  try {
    const result = await work();
    const changes = written.flatMap(({ table, before, after }) => {
      const tracked = trackedTables[table]!;
      return diffRows(tracked.entity, tracked.id((after ?? before)!), before, after);
    });
    return { result, changes };
  } finally {
    recording.delete(trans.idbtrans);
  }
}
