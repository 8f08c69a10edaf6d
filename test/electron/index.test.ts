import { afterEach, describe, expect, it, vi } from 'vitest';

/** Electron as the entry point sees it; each test loads the entry afresh. */
const electron = vi.hoisted(() => {
  const order: string[] = [];
  const listeners = new Map<string, (...args: unknown[]) => void>();
  const windows: { on: ReturnType<typeof vi.fn>; isMinimized: () => boolean; restore: ReturnType<typeof vi.fn>; focus: ReturnType<typeof vi.fn> }[] = [];
  let resolveReady: () => void = () => undefined;
  const state = { lock: true, ready: new Promise<void>((r) => (resolveReady = r)) };
  class BrowserWindow {
    on = vi.fn();
    once = vi.fn();
    loadURL = vi.fn(async () => undefined);
    isMinimized = (): boolean => false;
    restore = vi.fn();
    focus = vi.fn();
    constructor() {
      order.push('window');
      windows.push(this);
    }
    static fromWebContents = vi.fn(() => null);
  }
  const app = {
    isPackaged: true,
    enableSandbox: vi.fn(() => order.push('enableSandbox')),
    requestSingleInstanceLock: vi.fn(() => state.lock),
    quit: vi.fn(),
    exit: vi.fn(),
    on: vi.fn((name: string, listener: (...args: unknown[]) => void) => listeners.set(name, listener)),
    whenReady: vi.fn(() => state.ready),
    isReady: vi.fn(() => true),
    setAppUserModelId: vi.fn(),
    getVersion: vi.fn(() => '0.1.0'),
    getPath: vi.fn(() => '/tmp'),
  };
  const session = {
    defaultSession: {
      setPermissionRequestHandler: vi.fn(() => order.push('permissions')),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
      webRequest: { onBeforeRequest: vi.fn(() => order.push('requestFilter')) },
    },
  };
  return {
    order,
    listeners,
    windows,
    state,
    fireReady: () => resolveReady(),
    module: {
      app,
      session,
      BrowserWindow,
      ipcMain: { handle: vi.fn((channel: string) => order.push(`ipc:${channel}`)) },
      protocol: {
        registerSchemesAsPrivileged: vi.fn(() => order.push('registerSchemes')),
        handle: vi.fn(() => order.push('protocol.handle')),
      },
      Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn() },
      dialog: {},
      shell: {},
    },
  };
});
vi.mock('electron', () => electron.module);

afterEach(() => {
  vi.resetModules();
  vi.clearAllMocks();
  electron.order.length = 0;
  electron.listeners.clear();
  electron.windows.length = 0;
});

async function loadEntry(): Promise<void> {
  await import('../../electron/main/index');
}

describe('main entry', () => {
  it('quits when another instance holds the lock', async () => {
    electron.state.lock = false;
    await loadEntry();
    expect(electron.module.app.quit).toHaveBeenCalled();
    expect(electron.module.app.whenReady).not.toHaveBeenCalled();
    electron.state.lock = true;
  });

  it('sandboxes, registers the scheme and guards WebContents before ready, then wires the rest', async () => {
    await loadEntry();
    expect(electron.order).toEqual(['enableSandbox', 'registerSchemes']);
    expect(electron.listeners.has('web-contents-created')).toBe(true);

    electron.fireReady();
    await vi.waitFor(() => expect(electron.order).toContain('window'));
    expect(electron.order.slice(2)).toEqual([
      'permissions',
      'requestFilter',
      'protocol.handle',
      'ipc:app:get-info',
      'ipc:file:save',
      'ipc:file:open',
      'ipc:backup:write',
      'ipc:shell:open-external',
      'ipc:file:begin-save',
      'ipc:file:append-save',
      'ipc:file:finish-save',
      'window',
    ]);
    expect(electron.module.Menu.setApplicationMenu).toHaveBeenCalled();
  });

  it('quits when all windows close, except on macOS', async () => {
    await loadEntry();
    const onAllClosed = electron.listeners.get('window-all-closed');
    const platform = Object.getOwnPropertyDescriptor(process, 'platform');
    try {
      Object.defineProperty(process, 'platform', { value: 'darwin' });
      onAllClosed?.();
      expect(electron.module.app.quit).not.toHaveBeenCalled();
      Object.defineProperty(process, 'platform', { value: 'linux' });
      onAllClosed?.();
      expect(electron.module.app.quit).toHaveBeenCalledOnce();
    } finally {
      if (platform) Object.defineProperty(process, 'platform', platform);
    }
  });

  it('focuses the existing window when a second instance starts', async () => {
    await loadEntry();
    electron.fireReady();
    await vi.waitFor(() => expect(electron.windows).toHaveLength(1));
    electron.listeners.get('second-instance')?.();
    expect(electron.windows[0]?.focus).toHaveBeenCalled();
  });
});
