// Runs in the renderer. The only module that reads `window.desktop`: Electron's preload sets it, the browser edition does not.
import type { DesktopApi } from '../../../shared/bridge/contract';
import { createBrowserDesktop } from './browserDesktop';

declare global {
  interface Window {
    readonly desktop?: DesktopApi;
  }
}

export const desktop: DesktopApi = window.desktop ?? createBrowserDesktop(__APP_VERSION__);
