import { afterEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({ Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn((template: unknown) => ({ template })) } }));
vi.mock('electron', () => electron);

import type { MenuItemConstructorOptions } from 'electron';
import { installApplicationMenu, macMenuTemplate } from '../../electron/main/menu';

afterEach(() => vi.clearAllMocks());

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

describe('application menu', () => {
  it.each(['win32', 'linux'] as const)('has no menu on %s', (platform) => {
    installApplicationMenu(platform, false);
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledWith(null);
  });

  it('has a basic role-only menu on macOS', () => {
    installApplicationMenu('darwin', false);
    expect(electron.Menu.buildFromTemplate).toHaveBeenCalledOnce();
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledWith({ template: macMenuTemplate(false) });
  });

  it('contains nothing that could load remote content', () => {
    for (const withDevTools of [false, true]) {
      for (const item of flatten(macMenuTemplate(withDevTools))) {
        expect(item.click).toBeUndefined();
        expect(item.role).not.toBe('help');
      }
    }
    const roles = flatten(macMenuTemplate(false)).map((item) => item.role);
    expect(roles).toContain('editMenu');
    expect(roles).not.toContain('toggleDevTools');
    expect(flatten(macMenuTemplate(true)).map((item) => item.role)).toContain('toggleDevTools');
  });
});
