// Every channel as main really registers it (registerBridgeHandlers), called the way a compromised or foreign page
// would: from every kind of untrusted frame, and from the app with hostile arguments. Each call is refused before
// its handler does anything (no dialog, no file, no external link), and nothing reaches Object.prototype.
import { readdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { tempFolder } from './fakes';

const electron = vi.hoisted(() => ({
  ipcMain: { handle: vi.fn() },
  app: { isPackaged: true, getVersion: () => '1.0.0', getPath: vi.fn(() => '/nonexistent') },
  BrowserWindow: { fromWebContents: vi.fn(() => null) },
  dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
  shell: { openExternal: vi.fn() },
}));
vi.mock('electron', () => electron);

import { Channels, type Channel, MaxFileBytes, MaxSaveChunkBytes } from '../../shared/bridge/contract';
import { registerBridgeHandlers } from '../../electron/main/handlers/register';
import { fakeInvokeEvent } from './fakes';

type Listener = (event: unknown, ...args: unknown[]) => Promise<unknown>;
const listeners = new Map<string, Listener>();
let userData: Awaited<ReturnType<typeof tempFolder>>;

beforeAll(async () => {
  userData = await tempFolder();
  electron.app.getPath.mockReturnValue(userData.path);
  registerBridgeHandlers();
  for (const [channel, listener] of electron.ipcMain.handle.mock.calls as [string, Listener][]) listeners.set(channel, listener);
});
afterAll(() => userData.remove());

const appPage = 'app://jointcheck/index.html';
const handle = '6f1c9f5e-0c4b-4a55-9d1e-2f4a7b8c9d0e';
const bytes = new Uint8Array([1, 2, 3]);
/** An object whose own "__proto__" key carries a payload, as JSON or a structured clone can deliver it. */
const polluting = (value: object): object => Object.assign(JSON.parse('{"__proto__":{"polluted":"yes"}}') as object, value);

/** Arguments each channel accepts, so each refusal below is for the one thing that is wrong. */
const valid: Record<Channel, unknown[]> = {
  [Channels.getAppInfo]: [],
  [Channels.saveFile]: [{ suggestedName: 'report.pdf', filterName: 'PDF', extensions: ['pdf'], bytes }],
  [Channels.openFile]: [{ filterName: 'JSON', extensions: ['json'], maxBytes: 1024 }],
  [Channels.writeBackup]: [{ name: 'backup.json', bytes }],
  [Channels.openExternal]: ['https://www.ilo.org/topics'],
  [Channels.beginSave]: [{ suggestedName: 'pack.zip', filterName: 'Evidence pack', extensions: ['zip'] }],
  [Channels.appendSave]: [handle, bytes],
  [Channels.finishSave]: [handle, true],
};

/** What a hostile page might send instead, per channel. */
const hostile: Record<Channel, Record<string, unknown[]>> = {
  [Channels.getAppInfo]: { 'a polluting object': [polluting({})] },
  [Channels.saveFile]: {
    'an absolute path as the name': [{ ...(valid[Channels.saveFile][0] as object), suggestedName: '/etc/cron.d/evil' }],
    'a Windows path as the name': [{ ...(valid[Channels.saveFile][0] as object), suggestedName: 'C:\\Windows\\evil.pdf' }],
    'a polluting object': [polluting(valid[Channels.saveFile][0] as object)],
    'bytes over MaxFileBytes': [{ ...(valid[Channels.saveFile][0] as object), bytes: { byteLength: MaxFileBytes + 1 } }],
    'a string for the bytes': [{ ...(valid[Channels.saveFile][0] as object), bytes: 'AAAA' }],
  },
  [Channels.openFile]: {
    'no limit on the size': [{ filterName: 'JSON', extensions: ['json'] }],
    'a fractional limit': [{ filterName: 'JSON', extensions: ['json'], maxBytes: 1.5 }],
    'an extension with a path': [{ filterName: 'JSON', extensions: ['../json'], maxBytes: 1024 }],
    'a polluting object': [polluting(valid[Channels.openFile][0] as object)],
  },
  [Channels.writeBackup]: {
    'a parent-folder name': [{ name: '../../.bashrc', bytes }],
    'a name with a NUL': [{ name: 'backup.json\u0000.exe', bytes }],
    'a polluting object': [polluting(valid[Channels.writeBackup][0] as object)],
  },
  [Channels.openExternal]: {
    'a file: URL': ['file:///etc/passwd'],
    'a custom scheme': ['ms-msdt:/id PCWDiagnostic'],
    'credentials before the host': ['https://www.ilo.org@evil.example/'],
    'an array': [['https://www.ilo.org/']],
  },
  [Channels.beginSave]: {
    'a folder in the name': [{ suggestedName: 'sub/pack.zip', filterName: 'Evidence pack', extensions: ['zip'] }],
    'bytes along': [{ ...(valid[Channels.beginSave][0] as object), bytes }],
    'a polluting object': [polluting(valid[Channels.beginSave][0] as object)],
  },
  [Channels.appendSave]: {
    'a path as the handle': ['../../../etc/passwd', bytes],
    'a chunk over MaxSaveChunkBytes': [handle, new Uint8Array(MaxSaveChunkBytes + 1)],
    'an array for the chunk': [handle, [1, 2, 3]],
    'a third argument': [handle, bytes, 'extra'],
  },
  [Channels.finishSave]: {
    'a path as the handle': ['/tmp/x', true],
    'a string for the commit flag': [handle, 'true'],
  },
};

/** Frames that are not the app's own page. */
const untrusted: [string, string | null][] = [
  ['a remote page', 'https://evil.example/'],
  ['a local web server', 'http://127.0.0.1:5317/'],
  ['a file page', 'file:///home/user/evil.html'],
  ['another host on the app scheme', 'app://evil/index.html'],
  ['a look-alike host', 'app://jointcheck.evil.example/index.html'],
  ['a data: page', 'data:text/html,<script>x</script>'],
  ['about:blank', 'about:blank'],
  ['a frame that has gone', null],
];

function expectNothingHappened(): void {
  expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
  expect(electron.dialog.showOpenDialog).not.toHaveBeenCalled();
  expect(electron.shell.openExternal).not.toHaveBeenCalled();
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
}

describe('every registered channel', () => {
  it('is registered, and covered by this test', () => {
    expect([...listeners.keys()].sort()).toEqual(Object.values(Channels).sort());
    expect(Object.keys(hostile).sort()).toEqual(Object.values(Channels).sort());
  });

  for (const channel of Object.values(Channels)) {
    describe(channel, () => {
      it.each(untrusted)('refuses a call from %s, even with valid arguments', async (_what, url) => {
        await expect(listeners.get(channel)!(fakeInvokeEvent(url), ...valid[channel])).rejects.toThrow(/untrusted sender/);
        expectNothingHappened();
      });

      it.each(Object.entries(hostile[channel]))('refuses %s from the app itself', async (_what, args) => {
        await expect(listeners.get(channel)!(fakeInvokeEvent(appPage), ...args)).rejects.toThrow(/invalid arguments/);
        expectNothingHappened();
      });
    });
  }

  it('wrote no file anywhere under the user data folder', async () => {
    expect(await readdir(userData.path, { recursive: true })).toEqual([]);
  });
});
