// Runs in Electron's main process (Node). Handler for `file:save`: ask where, then write atomically.
import { app, dialog, type BrowserWindow, type SaveDialogOptions } from 'electron';
import { join } from 'node:path';
import type { BeginSaveArgs, BridgeResult, SaveFileArgs } from '../../../shared/bridge/contract';
import { errorMessage, writeFileAtomic } from '../atomicWrite';

/** Shows the save dialog (modal to `parent` when given); resolves the chosen path, or null when the user cancels. */
export async function chooseSavePath(args: BeginSaveArgs, parent: BrowserWindow | null): Promise<string | null> {
  const options: SaveDialogOptions = {
    defaultPath: join(app.getPath('documents'), args.suggestedName),
    filters: [{ name: args.filterName, extensions: [...args.extensions] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  return choice.canceled || !choice.filePath ? null : choice.filePath;
}

/** Shows the save dialog and writes the bytes where the user chose. */
export async function saveFile(args: SaveFileArgs, parent: BrowserWindow | null = null): Promise<BridgeResult<{ readonly location: string }>> {
  const target = await chooseSavePath(args, parent);
  if (!target) return { ok: false, error: 'cancelled' };
  try {
    await writeFileAtomic(target, args.bytes);
  } catch (error) {
    return { ok: false, error: 'io-error', detail: errorMessage(error) };
  }
  return { ok: true, value: { location: target } };
}
