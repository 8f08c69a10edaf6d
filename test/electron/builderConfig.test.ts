// Test-time only (Node). electron-builder.yml checked offline with electron-builder's own loader and schema.
import { resolve } from 'node:path';
import { DebugLogger } from 'builder-util';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import type { Configuration } from 'app-builder-lib';
import { describe, expect, it } from 'vitest';

const projectDir = resolve(import.meta.dirname, '../..');
const load = (): Promise<Configuration> => getConfig(projectDir, resolve(projectDir, 'electron-builder.yml'), null);

describe('electron-builder.yml', () => {
  it('passes electron-builder schema validation', async () => {
    await expect(validateConfiguration(await load(), new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('would fail validation with an unknown key (the check can fail)', async () => {
    const config = { ...(await load()), notAnOption: true } as Configuration;
    await expect(validateConfiguration(config, new DebugLogger(false))).rejects.toThrow(/notAnOption/);
    const misplaced = { ...(await load()), linux: { ...(await load()).linux, oneClick: true } } as Configuration;
    await expect(validateConfiguration(misplaced, new DebugLogger(false))).rejects.toThrow(/configuration\.linux/);
  });

  it('names the app and ships only the built bundles, in an asar', async () => {
    const config = await load();
    expect(config.appId).toBe('org.jointcheck.app');
    expect(config.productName).toBe('JointCheck');
    expect(config.directories?.output).toBe('release');
    expect(config.asar).toBe(true);
    const files = JSON.stringify(config.files);
    for (const included of ['out/main/**', 'out/preload/**', 'out/renderer/**', 'package.json', '!**/*.map']) expect(files).toContain(included);
    for (const source of ['electron/', 'shared/', 'renderer/', 'test/', 'src/']) expect(files).not.toContain(`"${source}`);
  });

  it('builds NSIS x64 for Windows, dmg for macOS, AppImage and deb for Linux', async () => {
    const config = await load();
    expect(config.win?.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.mac?.target).toEqual(['dmg']);
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(['Office', 'Utility']).toContain(config.linux?.category);
    expect(config.linux?.maintainer).toMatch(/<[^@\s]+@[^>\s]+>/);
  });

  it('turns off the Electron fuses an offline app does not need', async () => {
    expect((await load()).electronFuses).toMatchObject({ runAsNode: false, enableNodeOptionsEnvironmentVariable: false, onlyLoadAppFromAsar: true });
  });
});
