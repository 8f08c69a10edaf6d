// Runs in Electron's main process (Node). Wires every bridge channel to its handler, behind handle()'s checks.
import { BrowserWindow } from 'electron';
import { Channels } from '../../../shared/bridge/contract';
import { handle } from '../ipc';
import { getAppInfo } from './getAppInfo';
import { openExternal } from './openExternal';
import { openFile } from './openFile';
import { saveFile } from './saveFile';
import { appendSave, beginSave, finishSave } from './streamedSave';
import { writeBackup } from './writeBackup';

export function registerBridgeHandlers(): void {
  handle(Channels.getAppInfo, () => getAppInfo());
  handle(Channels.saveFile, (event, args) => saveFile(args, BrowserWindow.fromWebContents(event.sender)));
  handle(Channels.openFile, (event, args) => openFile(args, BrowserWindow.fromWebContents(event.sender)));
  handle(Channels.writeBackup, (_event, args) => writeBackup(args));
  handle(Channels.openExternal, (_event, url) => openExternal(url));
  handle(Channels.beginSave, (event, args) => beginSave(event.sender, args, BrowserWindow.fromWebContents(event.sender)));
  handle(Channels.appendSave, (event, handle, bytes) => appendSave(event.sender, handle, bytes));
  handle(Channels.finishSave, (event, handle, commit) => finishSave(event.sender, handle, commit));
}
