// Runs in Electron's main process (Node). Writes a file so that a crash or a full disk never leaves half of it.
import { randomUUID } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * Writes `bytes` to a temporary file beside `target`, flushes it to disk, then renames it over
 * `target`. The rename is atomic on one volume, so readers see the old file or the whole new one.
 * Rejects with the OS error; the temporary file is removed on failure.
 */
export async function writeFileAtomic(target: string, bytes: Uint8Array): Promise<void> {
  // A fixed-length name: the target's own name may already be near the file system's limit.
  const temp = join(dirname(target), `.jointcheck-${randomUUID()}.tmp`);
  try {
    const file = await open(temp, 'wx');
    try {
      await file.writeFile(bytes);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

/** The message of an OS error, for the `detail` of an `io-error` result. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
