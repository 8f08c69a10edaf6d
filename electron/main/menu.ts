// Runs in Electron's main process (Node). The application menu: roles only, nothing that opens a web page.
import { Menu, type MenuItemConstructorOptions } from 'electron';

/** The macOS menu (app, edit, view, window); macOS needs the edit roles for copy and paste shortcuts. */
export function macMenuTemplate(withDevTools: boolean): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  if (withDevTools) view.unshift({ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' });
  return [{ role: 'appMenu' }, { role: 'editMenu' }, { label: 'View', submenu: view }, { role: 'windowMenu' }];
}

/**
 * Replaces Electron's default menu, whose Help items open electronjs.org. Windows and Linux get no
 * menu bar (text fields keep their shortcuts without one).
 */
export function installApplicationMenu(platform: NodeJS.Platform, withDevTools: boolean): void {
  Menu.setApplicationMenu(platform === 'darwin' ? Menu.buildFromTemplate(macMenuTemplate(withDevTools)) : null);
}
