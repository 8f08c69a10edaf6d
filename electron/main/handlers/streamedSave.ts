// Runs in Electron's main process (Node). Handlers for `file:begin-save`, `file:append-save` and `file:finish-save`:
// a file too large for one call (an evidence pack) is written in pieces to a temporary file beside the target,
// then flushed and renamed over it whole, or deleted.
import type { BrowserWindow } from 'electron';
import { randomUUID } from 'node:crypto';
import { type FileHandle, open, rename, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { type BeginSaveArgs, type BridgeResult, MaxStreamedSaveBytes } from '../../../shared/bridge/contract';
import { errorMessage } from '../atomicWrite';
import { chooseSavePath } from './saveFile';

/** The window's webContents a save belongs to: only it may use the handle, and its end ends the save. */
export type SaveOwner = { readonly id: number; once(event: 'destroyed', listener: () => void): unknown };

type OpenSave = {
  readonly target: string;
  readonly temp: string;
  readonly file: FileHandle;
  written: number;
  /** Every operation on the file runs after the previous one, even if the renderer does not wait between calls. */
  tail: Promise<unknown>;
};

/** Saves in progress, per owner (webContents id), then per handle. */
const saves = new Map<number, Map<string, OpenSave>>();

const unknownHandle = { ok: false, error: 'not-allowed', detail: 'no save in progress with this handle' } as const;

function savesOf(owner: SaveOwner): Map<string, OpenSave> {
  let owned = saves.get(owner.id);
  if (!owned) {
    owned = new Map();
    saves.set(owner.id, owned);
    // A window closed or crashed mid-save leaves no temporary file behind.
    owner.once('destroyed', () => void abandonAll(owner.id));
  }
  return owned;
}

/** Closes and deletes the temporary file; never throws (it is cleanup). */
async function discard(save: OpenSave): Promise<void> {
  await save.tail.catch(() => undefined);
  await save.file.close().catch(() => undefined);
  await unlink(save.temp).catch(() => undefined);
}

async function abandon(owner: SaveOwner, handle: string, save: OpenSave): Promise<void> {
  saves.get(owner.id)?.delete(handle);
  await discard(save);
}

/** Ends every save of a window that went away. */
export async function abandonAll(ownerId: number): Promise<void> {
  const owned = saves.get(ownerId);
  saves.delete(ownerId);
  await Promise.all([...(owned?.values() ?? [])].map(discard));
}

/** Asks where to save, then opens a temporary file beside the target; resolves the handle for the next calls. */
export async function beginSave(owner: SaveOwner, args: BeginSaveArgs, parent: BrowserWindow | null = null): Promise<BridgeResult<{ readonly handle: string }>> {
  const target = await chooseSavePath(args, parent);
  if (!target) return { ok: false, error: 'cancelled' };
  // Beside the target so the final rename stays on one volume (atomic); a fixed-length name, as in writeFileAtomic.
  const temp = join(dirname(target), `.jointcheck-${randomUUID()}.tmp`);
  let file: FileHandle;
  try {
    file = await open(temp, 'wx');
  } catch (error) {
    return { ok: false, error: 'io-error', detail: errorMessage(error) };
  }
  const handle = randomUUID();
  savesOf(owner).set(handle, { target, temp, file, written: 0, tail: Promise.resolve() });
  return { ok: true, value: { handle } };
}

/** Appends `bytes` at the end of what was written; on failure the save is abandoned. */
export async function appendSave(owner: SaveOwner, handle: string, bytes: Uint8Array): Promise<BridgeResult<null>> {
  const save = saves.get(owner.id)?.get(handle);
  if (!save) return unknownHandle;
  if (save.written + bytes.byteLength > MaxStreamedSaveBytes) {
    await abandon(owner, handle, save);
    return { ok: false, error: 'too-large', detail: `more than ${MaxStreamedSaveBytes} bytes` };
  }
  const position = save.written;
  save.written += bytes.byteLength;
  const write = save.tail.then(async () => {
    for (let done = 0; done < bytes.byteLength; ) done += (await save.file.write(bytes, done, bytes.byteLength - done, position + done)).bytesWritten;
  });
  save.tail = write;
  try {
    await write;
  } catch (error) {
    await abandon(owner, handle, save);
    return { ok: false, error: 'io-error', detail: errorMessage(error) };
  }
  return { ok: true, value: null };
}

/** Commit: flush, close and rename over the target. Otherwise: delete the temporary file and resolve `cancelled`. */
export async function finishSave(owner: SaveOwner, handle: string, commit: boolean): Promise<BridgeResult<{ readonly location: string }>> {
  const save = saves.get(owner.id)?.get(handle);
  if (!save) return unknownHandle;
  saves.get(owner.id)?.delete(handle);
  if (!commit) {
    await discard(save);
    return { ok: false, error: 'cancelled' };
  }
  try {
    await save.tail;
    await save.file.sync();
    await save.file.close();
    await rename(save.temp, save.target);
  } catch (error) {
    await discard(save);
    return { ok: false, error: 'io-error', detail: errorMessage(error) };
  }
  return { ok: true, value: { location: save.target } };
}
