// Runs in Electron's main process (Node). Handler for `file:save`: ask where, then write atomically.
import { app, dialog, type BrowserWindow, type SaveDialogOptions } from 'electron';
import { join } from 'node:path';
import type { BridgeResult, SaveFileArgs } from '../../../shared/bridge/contract';
import { errorMessage, writeFileAtomic } from '../atomicWrite';

/** Shows the save dialog (modal to `parent` when given) and writes the bytes where the user chose. */
export async function saveFile(args: SaveFileArgs, parent: BrowserWindow | null = null): Promise<BridgeResult<{ readonly location: string }>> {
  const options: SaveDialogOptions = {
    defaultPath: join(app.getPath('documents'), args.suggestedName),
    filters: [{ name: args.filterName, extensions: [...args.extensions] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { ok: false, error: 'cancelled' };
  try {
    await writeFileAtomic(choice.filePath, args.bytes);
  } catch (error) {
    return { ok: false, error: 'io-error', detail: errorMessage(error) };
  }
  return { ok: true, value: { location: choice.filePath } };
}
