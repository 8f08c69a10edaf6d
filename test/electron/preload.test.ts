import { describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(async (channel: string) => ({ ok: true, value: channel })), send: vi.fn(), on: vi.fn() },
}));
vi.mock('electron', () => electron);

import { Channels, type DesktopApi } from '../../shared/bridge/contract';
import '../../electron/preload/index';

const api = electron.contextBridge.exposeInMainWorld.mock.calls[0]?.[1] as DesktopApi;

describe('preload', () => {
  it('exposes only `desktop`, once', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
    expect(electron.contextBridge.exposeInMainWorld.mock.calls[0]?.[0]).toBe('desktop');
  });

  it('exposes exactly the bridge verbs, all functions, and no ipcRenderer', () => {
    expect(Object.keys(api).sort()).toEqual(['appendSave', 'beginSave', 'finishSave', 'getAppInfo', 'openExternal', 'openFile', 'saveFile', 'writeBackup']);
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    expect(Object.values(api)).not.toContain(electron.ipcRenderer);
  });

  it('calls the right channel with the arguments for each verb', async () => {
    const bytes = new Uint8Array([1]);
    const saveArgs = { suggestedName: 'r.pdf', filterName: 'PDF', extensions: ['pdf'], bytes };
    const openArgs = { filterName: 'Backups', extensions: ['json'], maxBytes: 10 };
    const backupArgs = { name: 'b.json', bytes };
    const calls: [() => Promise<unknown>, string, unknown[]][] = [
      [() => api.getAppInfo(), Channels.getAppInfo, []],
      [() => api.saveFile(saveArgs), Channels.saveFile, [saveArgs]],
      [() => api.openFile(openArgs), Channels.openFile, [openArgs]],
      [() => api.writeBackup(backupArgs), Channels.writeBackup, [backupArgs]],
      [() => api.openExternal('https://www.ilo.org/'), Channels.openExternal, ['https://www.ilo.org/']],
      [() => api.beginSave({ suggestedName: 'p.zip', filterName: 'Pack', extensions: ['zip'] }), Channels.beginSave, [{ suggestedName: 'p.zip', filterName: 'Pack', extensions: ['zip'] }]],
      [() => api.appendSave('h', bytes), Channels.appendSave, ['h', bytes]],
      [() => api.finishSave('h', true), Channels.finishSave, ['h', true]],
    ];
    for (const [call, channel, args] of calls) {
      electron.ipcRenderer.invoke.mockClear();
      await expect(call()).resolves.toEqual({ ok: true, value: channel });
      expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(channel, ...args);
    }
    expect(electron.ipcRenderer.send).not.toHaveBeenCalled();
    expect(electron.ipcRenderer.on).not.toHaveBeenCalled();
  });
});
