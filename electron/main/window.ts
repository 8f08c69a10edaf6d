// Runs in Electron's main process (Node). Creates the app window with Electron's security checklist applied.
import { BrowserWindow } from 'electron';
import { resolve } from 'node:path';
import { AppOrigin } from '../../shared/bridge/origin';
import { devServerUrl } from './origins';

/** The sandboxed preload bundle, beside out/main. */
export function preloadPath(): string {
  return resolve(import.meta.dirname, '../preload/index.cjs');
}

/** The page the window opens: the app scheme, or the dev server when running `electron-vite dev`. */
export function startUrl(devUrl: string | undefined = devServerUrl()): string {
  return devUrl ?? `${AppOrigin}/index.html`;
}

/**
 * Creates the window, shows it once its first frame is ready and loads the app. 1280x720 fits the
 * work area of a 1366x768 laptop with a taskbar; the minimum keeps the layout usable when the window
 * is snapped. The options stay inline so the security scan (electronegativity) can read them.
 */
export function createMainWindow(url: string = startUrl(), preload: string = preloadPath()): BrowserWindow {
  const window = new BrowserWindow({
    title: 'JointCheck',
    width: 1280,
    height: 720,
    minWidth: 960,
    minHeight: 600,
    show: false,
    webPreferences: {
      preload,
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
      // Middle-click would otherwise try to open links in a new window (denied anyway, but never asked).
      disableBlinkFeatures: 'Auxclick',
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(url);
  return window;
}
