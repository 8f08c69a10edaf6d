import { describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  ipcMain: { handle: vi.fn() },
  app: { isPackaged: true, getVersion: () => '1.0.0', getPath: () => '/tmp' },
  BrowserWindow: { fromWebContents: vi.fn(() => null) },
  dialog: {},
  shell: {},
}));
vi.mock('electron', () => electron);

import { Channels } from '../../../shared/bridge/contract';
import { registerBridgeHandlers } from '../../../electron/main/handlers/register';
import { fakeInvokeEvent } from '../fakes';

describe('registerBridgeHandlers', () => {
  it('registers every channel of the contract exactly once, each behind the sender check', async () => {
    registerBridgeHandlers();
    const registered = electron.ipcMain.handle.mock.calls.map(([channel]) => channel as string);
    expect(registered.sort()).toEqual(Object.values(Channels).sort());
    for (const [channel, listener] of electron.ipcMain.handle.mock.calls as [string, (event: unknown, ...args: unknown[]) => Promise<unknown>][]) {
      await expect(listener(fakeInvokeEvent('https://evil.example/')), channel).rejects.toThrow(/untrusted sender/);
    }
  });

  it('routes app:get-info to its handler', async () => {
    const listener = electron.ipcMain.handle.mock.calls.find(([channel]) => channel === Channels.getAppInfo)?.[1] as (event: unknown) => Promise<unknown>;
    await expect(listener(fakeInvokeEvent('app://jointcheck/index.html'))).resolves.toMatchObject({ version: '1.0.0', edition: 'desktop' });
  });
});
