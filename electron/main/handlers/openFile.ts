// Runs in Electron's main process (Node). Handler for `file:open`: let the user pick one file and read it.
import { dialog, type BrowserWindow, type OpenDialogOptions } from 'electron';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import type { BridgeResult, OpenFileArgs, OpenedFile } from '../../../shared/bridge/contract';
import { errorMessage } from '../atomicWrite';

/** Shows the open dialog (modal to `parent` when given); refuses files over `maxBytes` without reading them. */
export async function openFile(args: OpenFileArgs, parent: BrowserWindow | null = null): Promise<BridgeResult<OpenedFile>> {
  const options: OpenDialogOptions = {
    filters: [{ name: args.filterName, extensions: [...args.extensions] }],
    properties: ['openFile'],
  };
  const choice = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  const path = choice.filePaths[0];
  if (choice.canceled || path === undefined) return { ok: false, error: 'cancelled' };
  try {
    // One handle for the size check and the read, so a file swapped in between is not read blind.
    const file = await open(path, 'r');
    try {
      const stats = await file.stat();
      if (!stats.isFile()) return { ok: false, error: 'io-error', detail: 'not a regular file' };
      if (stats.size > args.maxBytes) return { ok: false, error: 'too-large', detail: `${stats.size} bytes` };
      const buffer = await file.readFile();
      // The file may have grown since stat().
      if (buffer.byteLength > args.maxBytes) return { ok: false, error: 'too-large', detail: `${buffer.byteLength} bytes` };
      return { ok: true, value: { name: basename(path), bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) } };
    } finally {
      await file.close();
    }
  } catch (error) {
    return { ok: false, error: 'io-error', detail: errorMessage(error) };
  }
}
