// Runs in Electron's main process (Node). Handler for `backup:write`: a copy under <userData>/backups.
import { app } from 'electron';
import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { BridgeResult, WriteBackupArgs } from '../../../shared/bridge/contract';
import { errorMessage, writeFileAtomic } from '../atomicWrite';

/** The folder backups go to. */
export function backupFolder(): string {
  return join(app.getPath('userData'), 'backups');
}

/** Writes the backup atomically and resolves its full path for the UI to show. */
export async function writeBackup(args: WriteBackupArgs): Promise<BridgeResult<{ readonly location: string }>> {
  const folder = resolve(backupFolder());
  const location = resolve(folder, args.name);
  // The argument schema already forbids separators; this keeps the handler safe if called another way.
  if (dirname(location) !== folder) return { ok: false, error: 'not-allowed', detail: 'backup name must be a plain file name' };
  try {
    await mkdir(folder, { recursive: true });
    await writeFileAtomic(location, args.bytes);
  } catch (error) {
    return { ok: false, error: 'io-error', detail: errorMessage(error) };
  }
  return { ok: true, value: { location } };
}
