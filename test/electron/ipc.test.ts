import { afterEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({ app: { isPackaged: true }, ipcMain: { handle: vi.fn() } }));
vi.mock('electron', () => electron);

import { Channels, MaxFileBytes, MaxSaveChunkBytes, type Channel } from '../../shared/bridge/contract';
import { guarded, handle } from '../../electron/main/ipc';
import { fakeInvokeEvent } from './fakes';

afterEach(() => {
  electron.app.isPackaged = true;
  electron.ipcMain.handle.mockReset();
  vi.unstubAllEnvs();
});

const appPage = 'app://jointcheck/index.html';
const bytes = new Uint8Array([1, 2, 3]);

/** For every channel: arguments the contract accepts, and arguments it must refuse. */
const cases: Record<Channel, { valid: unknown[]; invalid: Record<string, unknown[]> }> = {
  [Channels.getAppInfo]: {
    valid: [],
    invalid: { 'an unexpected argument': ['extra'] },
  },
  [Channels.saveFile]: {
    valid: [{ suggestedName: 'report.pdf', filterName: 'PDF', extensions: ['pdf'], bytes }],
    invalid: {
      'no arguments': [],
      'a folder in the name': [{ suggestedName: '../report.pdf', filterName: 'PDF', extensions: ['pdf'], bytes }],
      'bytes that are not a Uint8Array': [{ suggestedName: 'report.pdf', filterName: 'PDF', extensions: ['pdf'], bytes: [1, 2, 3] }],
      'an unknown key': [{ suggestedName: 'report.pdf', filterName: 'PDF', extensions: ['pdf'], bytes, path: '/etc' }],
      'an extension with a dot': [{ suggestedName: 'report.pdf', filterName: 'PDF', extensions: ['.pdf'], bytes }],
    },
  },
  [Channels.openFile]: {
    valid: [{ filterName: 'Backups', extensions: ['json'], maxBytes: 1024 }],
    invalid: {
      'a limit above MaxFileBytes': [{ filterName: 'Backups', extensions: ['json'], maxBytes: MaxFileBytes + 1 }],
      'a negative limit': [{ filterName: 'Backups', extensions: ['json'], maxBytes: -1 }],
      'no extensions': [{ filterName: 'Backups', extensions: [], maxBytes: 1024 }],
      'two arguments': [{ filterName: 'Backups', extensions: ['json'], maxBytes: 1024 }, 'more'],
    },
  },
  [Channels.writeBackup]: {
    valid: [{ name: 'jointcheck-2025-01-01.json', bytes }],
    invalid: {
      'a path in the name': [{ name: 'sub/backup.json', bytes }],
      'a parent folder as the name': [{ name: '..', bytes }],
      'a Windows path': [{ name: 'C:\\backup.json', bytes }],
      'no bytes': [{ name: 'backup.json' }],
    },
  },
  [Channels.openExternal]: {
    valid: ['https://www.ilo.org/topics'],
    invalid: {
      'a link off the allow-list': ['https://evil.example/'],
      'a look-alike host': ['https://www.ilo.org.evil.example/'],
      'a javascript: URL': ['javascript:alert(1)'],
      'a number': [42],
    },
  },
  [Channels.beginSave]: {
    valid: [{ suggestedName: 'Visit 2026-11-20.jointcheck-pack.zip', filterName: 'Evidence pack', extensions: ['zip'] }],
    invalid: {
      'bytes (they come in pieces)': [{ suggestedName: 'pack.zip', filterName: 'Evidence pack', extensions: ['zip'], bytes }],
      'a folder in the name': [{ suggestedName: '../pack.zip', filterName: 'Evidence pack', extensions: ['zip'] }],
    },
  },
  [Channels.appendSave]: {
    valid: ['6f1c9f5e-0c4b-4a55-9d1e-2f4a7b8c9d0e', bytes],
    invalid: {
      'a handle that is not a UUID': ['../../etc/passwd', bytes],
      'a chunk over MaxSaveChunkBytes': ['6f1c9f5e-0c4b-4a55-9d1e-2f4a7b8c9d0e', new Uint8Array(MaxSaveChunkBytes + 1)],
      'bytes that are not a Uint8Array': ['6f1c9f5e-0c4b-4a55-9d1e-2f4a7b8c9d0e', [1, 2, 3]],
    },
  },
  [Channels.finishSave]: {
    valid: ['6f1c9f5e-0c4b-4a55-9d1e-2f4a7b8c9d0e', true],
    invalid: {
      'a commit flag that is not a boolean': ['6f1c9f5e-0c4b-4a55-9d1e-2f4a7b8c9d0e', 'yes'],
      'no commit flag': ['6f1c9f5e-0c4b-4a55-9d1e-2f4a7b8c9d0e'],
    },
  },
};

describe('argument validation, on every channel', () => {
  for (const [channel, { valid, invalid }] of Object.entries(cases) as [Channel, (typeof cases)[Channel]][]) {
    describe(channel, () => {
      it('passes valid arguments to the handler', async () => {
        const handler = vi.fn(async () => ({ ok: true }) as never);
        await guarded(channel, handler)(fakeInvokeEvent(appPage), ...valid);
        expect(handler).toHaveBeenCalledOnce();
        expect(handler.mock.calls[0]?.slice(1)).toEqual(valid);
      });
      for (const [what, args] of Object.entries(invalid)) {
        it(`rejects ${what} before the handler runs`, async () => {
          const handler = vi.fn(async () => ({ ok: true }) as never);
          await expect(guarded(channel, handler)(fakeInvokeEvent(appPage), ...args)).rejects.toThrow(/invalid arguments/);
          expect(handler).not.toHaveBeenCalled();
        });
      }
    });
  }

  it('covers every channel of the contract', () => {
    expect(Object.keys(cases).sort()).toEqual(Object.values(Channels).sort());
  });
});

describe('sender check', () => {
  const call = (url: string | null): Promise<unknown> => guarded(Channels.getAppInfo, async () => ({ version: '1', edition: 'desktop', platform: 'linux' }))(fakeInvokeEvent(url));

  it('accepts the app origin', async () => {
    await expect(call(appPage)).resolves.toMatchObject({ edition: 'desktop' });
    await expect(call('app://jointcheck/nested/page.html?x=1')).resolves.toBeDefined();
  });

  it.each([
    ['a remote page', 'https://evil.example/'],
    ['another app host', 'app://other/index.html'],
    ['a look-alike host', 'app://jointcheck.evil/index.html'],
    ['a file page', 'file:///tmp/index.html'],
    ['about:blank', 'about:blank'],
    ['a gone frame', null],
  ])('rejects %s with an Error', async (_what, url) => {
    const handler = vi.fn();
    await expect(guarded(Channels.getAppInfo, handler)(fakeInvokeEvent(url))).rejects.toThrow(/untrusted sender/);
    expect(handler).not.toHaveBeenCalled();
  });

  it('checks the sender before the arguments', async () => {
    await expect(guarded(Channels.openExternal, vi.fn())(fakeInvokeEvent('https://evil.example/'), 42)).rejects.toThrow(/untrusted sender/);
  });

  it('trusts the dev server only when unpackaged', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    await expect(call('http://localhost:5173/')).rejects.toThrow(/untrusted sender/);
    electron.app.isPackaged = false;
    await expect(call('http://localhost:5173/')).resolves.toBeDefined();
    await expect(call('http://localhost:9999/')).rejects.toThrow(/untrusted sender/);
  });
});

describe('handle', () => {
  it('registers a guarded listener with ipcMain', async () => {
    const handler = vi.fn(async () => ({ ok: true, value: null }) as const);
    handle(Channels.openExternal, handler);
    expect(electron.ipcMain.handle).toHaveBeenCalledWith(Channels.openExternal, expect.any(Function));
    const listener = electron.ipcMain.handle.mock.calls[0]?.[1] as (event: unknown, ...args: unknown[]) => Promise<unknown>;
    await expect(listener(fakeInvokeEvent('https://evil.example/'), 'https://www.ilo.org/')).rejects.toThrow();
    await expect(listener(fakeInvokeEvent(appPage), 'https://evil.example/')).rejects.toThrow();
    expect(handler).not.toHaveBeenCalled();
    await expect(listener(fakeInvokeEvent(appPage), 'https://www.ilo.org/')).resolves.toEqual({ ok: true, value: null });
  });
});
