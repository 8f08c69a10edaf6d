// @vitest-environment node
// Hostile backup files through the app's restore (read and check all of it, preview, then write in one transaction):
// every refusal is a BackupRefusedError the restore screen words for the user, nothing is written, and a backup
// that is accepted only adds to what the profile holds.
// Dexie reads the IndexedDB global when it loads: the in-memory one must come first.
import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { BackupRefusedError } from '../../shared/backup/format';
import { database, setDatabase } from '../../renderer/src/data/database';
import { createDb } from '../../renderer/src/db/db';
import { dumpDatabase } from '../../renderer/src/db/openDatabase';
import { memoryDesktop, seedProfile } from '../renderer/backup/profile';
import { backupCases } from './cases/backup';
import { caseCountTitle, guardEveryCase, withinLimit } from './corpus';
import { freshDatabase, seedExisting, snapshot, tablesKeep } from './db';

const desktop = memoryDesktop();
vi.mock('../../renderer/src/desktop', () => ({ desktop: desktop.api }));
const { exportBackup } = await import('../../renderer/src/backup/exportBackup');
const { applyRestore, previewRestore } = await import('../../renderer/src/backup/restoreBackup');

let backup: Uint8Array = new Uint8Array(0);
let dump: Uint8Array = new Uint8Array(0);
const cases = backupCases(
  () => backup,
  () => dump,
);
guardEveryCase();

beforeAll(async () => {
  // A profile with something in every table, backed up both ways.
  const source = createDb(`hostile-backup-source-${process.pid}`);
  await source.open();
  setDatabase(source);
  await seedProfile();
  const outcome = await exportBackup({ keyPassphrase: null, onProgress: () => undefined });
  if (outcome.kind !== 'saved') throw new Error(`backup: ${outcome.kind}`);
  backup = desktop.last();
  dump = await dumpDatabase(database().name);
  // The profile a hostile file is restored into.
  await freshDatabase();
  await seedExisting();
}, 60_000);

/** What the restore screen does: preview (reads and checks everything), then apply with no conflict chosen. */
async function restore(bytes: Uint8Array): Promise<{ refusal: BackupRefusedError } | { applied: true }> {
  try {
    const preview = await previewRestore(new Blob([bytes as Uint8Array<ArrayBuffer>]));
    await applyRestore(preview, new Map(), { passphrase: null, copySuffix: ' (copy)' });
    return { applied: true };
  } catch (error) {
    if (error instanceof BackupRefusedError) return { refusal: error };
    throw error;
  }
}

describe(caseCountTitle('backup file', cases.length), () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const bytes = await c.input();
    const before = await snapshot();
    const outcome = await withinLimit(() => restore(bytes), 10_000);
    if ('refused' in c.expected) {
      expect('refusal' in outcome ? outcome.refusal.refusal.code : 'restored').toBe(c.expected.refused);
      if (c.expected.detail && 'refusal' in outcome) expect(outcome.refusal.message).toMatch(c.expected.detail);
      expect(await snapshot()).toBe(before);
      return;
    }
    expect(outcome).toEqual({ applied: true });
    expect(tablesKeep(before, await snapshot())).toEqual([]);
  });
});
