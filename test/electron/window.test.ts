import { sep } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => {
  const created: { options: unknown; once: ReturnType<typeof vi.fn>; show: ReturnType<typeof vi.fn>; loadURL: ReturnType<typeof vi.fn> }[] = [];
  class BrowserWindow {
    once = vi.fn();
    show = vi.fn();
    loadURL = vi.fn(async () => undefined);
    constructor(public options: unknown) {
      created.push(this);
    }
  }
  return { created, BrowserWindow, app: { isPackaged: true } };
});
vi.mock('electron', () => ({ BrowserWindow: electron.BrowserWindow, app: electron.app }));

import { createMainWindow, preloadPath, startUrl } from '../../electron/main/window';

afterEach(() => {
  electron.created.length = 0;
  electron.app.isPackaged = true;
  vi.unstubAllEnvs();
});

describe('createMainWindow', () => {
  it('creates the window with exactly the hardened webPreferences', () => {
    createMainWindow('app://jointcheck/index.html', '/app/out/preload/index.cjs');
    const options = electron.created[0]?.options as { webPreferences: unknown };
    expect(options.webPreferences).toStrictEqual({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
    });
  });

  it('is titled, hidden until ready, and fits an old 1366x768 laptop', () => {
    createMainWindow('app://jointcheck/index.html');
    const options = electron.created[0]?.options as Record<string, number | string | boolean>;
    expect(options).toMatchObject({ title: 'JointCheck', show: false });
    // 1366x768 minus a 40 px taskbar.
    expect(options['width']).toBeLessThanOrEqual(1366);
    expect(options['height']).toBeLessThanOrEqual(728);
    expect(options['minWidth']).toBeLessThanOrEqual(options['width'] as number);
    expect(options['minHeight']).toBeLessThanOrEqual(options['height'] as number);
    expect(options['minWidth']).toBeGreaterThanOrEqual(800);
  });

  it('shows on ready-to-show and loads the app page', () => {
    createMainWindow('app://jointcheck/index.html');
    const window = electron.created[0];
    expect(window?.show).not.toHaveBeenCalled();
    expect(window?.once).toHaveBeenCalledWith('ready-to-show', expect.any(Function));
    (window?.once.mock.calls[0]?.[1] as () => void)();
    expect(window?.show).toHaveBeenCalledOnce();
    expect(window?.loadURL).toHaveBeenCalledWith('app://jointcheck/index.html');
  });
});

describe('paths and start URL', () => {
  it('uses the sandboxed CommonJS preload beside the main bundle', () => {
    expect(preloadPath().endsWith(`${sep}preload${sep}index.cjs`)).toBe(true);
  });

  it('starts on the app scheme, or the dev server when unpackaged', () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    expect(startUrl()).toBe('app://jointcheck/index.html');
    electron.app.isPackaged = false;
    expect(startUrl()).toBe('http://localhost:5173');
  });
});
