// Test-time only (Node). Small fakes shared by the electron tests: IPC events and temporary folders.
import type { IpcMainInvokeEvent } from 'electron';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** An invoke event as ipcMain would pass it, from a frame showing `url` (null: the frame is gone). */
export function fakeInvokeEvent(url: string | null): IpcMainInvokeEvent {
  const event = { senderFrame: url === null ? null : { url }, sender: { id: 1 } };
  // Only senderFrame and sender are read by the code under test.
  return event as unknown as IpcMainInvokeEvent;
}

/** A fresh temporary folder and a function that removes it. */
export async function tempFolder(): Promise<{ path: string; remove: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), 'jointcheck-electron-'));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}
