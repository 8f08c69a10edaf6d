// Runs in the sandboxed preload (CommonJS, only `electron` can be required). Exposes the typed bridge as
// `window.desktop` and nothing else. May import the bridge contract from shared/: channel names as values
// (channels.ts has no dependencies), the rest as types only, since contract.ts would bundle zod.
import { contextBridge, ipcRenderer } from 'electron';
import { type Channel, Channels } from '../../shared/bridge/channels';
import type { ChannelArgs, ChannelResults, DesktopApi } from '../../shared/bridge/contract';

type ArgsOf<C extends Channel> = ChannelArgs<C> extends infer A extends readonly unknown[] ? A : never;

function invoke<C extends Channel>(channel: C, ...args: ArgsOf<C>): Promise<ChannelResults[C]> {
  return ipcRenderer.invoke(channel, ...args);
}

const api = {
  getAppInfo: () => invoke(Channels.getAppInfo),
  saveFile: (args) => invoke(Channels.saveFile, args),
  openFile: (args) => invoke(Channels.openFile, args),
  writeBackup: (args) => invoke(Channels.writeBackup, args),
  openExternal: (url) => invoke(Channels.openExternal, url),
  beginSave: (args) => invoke(Channels.beginSave, args),
  appendSave: (handle, bytes) => invoke(Channels.appendSave, handle, bytes),
  finishSave: (handle, commit) => invoke(Channels.finishSave, handle, commit),
} satisfies DesktopApi;

contextBridge.exposeInMainWorld('desktop', api);
