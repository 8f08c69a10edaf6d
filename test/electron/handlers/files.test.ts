import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  app: { getPath: vi.fn((_name: string) => '/nowhere') },
  dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
}));
vi.mock('electron', () => electron);

import type { BrowserWindow } from 'electron';
import { openFile } from '../../../electron/main/handlers/openFile';
import { saveFile } from '../../../electron/main/handlers/saveFile';
import { backupFolder, writeBackup } from '../../../electron/main/handlers/writeBackup';
import { tempFolder } from '../fakes';

let folder: Awaited<ReturnType<typeof tempFolder>>;
beforeEach(async () => {
  folder = await tempFolder();
  electron.app.getPath.mockImplementation((name: string) => join(folder.path, name));
});
afterEach(async () => {
  vi.clearAllMocks();
  await folder.remove();
});

const pdf = new Uint8Array([37, 80, 68, 70, 45, 49, 46, 55]);
const saveArgs = { suggestedName: 'report.pdf', filterName: 'PDF', extensions: ['pdf'], bytes: pdf };

describe('saveFile', () => {
  it('resolves cancelled when the user cancels, writing nothing', async () => {
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await expect(saveFile(saveArgs)).resolves.toEqual({ ok: false, error: 'cancelled' });
    expect(await readdir(folder.path)).toEqual([]);
  });

  it('asks with the filters and the suggested name, then writes the bytes', async () => {
    const target = join(folder.path, 'chosen.pdf');
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    await expect(saveFile(saveArgs)).resolves.toEqual({ ok: true, value: { location: target } });
    expect(new Uint8Array(await readFile(target))).toEqual(pdf);
    expect(await readdir(folder.path)).toEqual(['chosen.pdf']);
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({ defaultPath: join(folder.path, 'documents', 'report.pdf'), filters: [{ name: 'PDF', extensions: ['pdf'] }] }),
    );
  });

  it('is modal to the calling window when there is one', async () => {
    const parent = { id: 7 } as unknown as BrowserWindow;
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await saveFile(saveArgs, parent);
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith(parent, expect.any(Object));
  });

  it('resolves io-error with the OS message when writing fails, leaving no half file', async () => {
    const target = join(folder.path, 'missing-folder', 'report.pdf');
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const result = await saveFile(saveArgs);
    expect(result).toMatchObject({ ok: false, error: 'io-error' });
    expect(result.ok ? '' : result.detail).toMatch(/ENOENT/);
    expect(await readdir(folder.path)).toEqual([]);
  });
});

describe('openFile', () => {
  const openArgs = { filterName: 'Backups', extensions: ['json'], maxBytes: 16 };

  it('resolves cancelled when the user cancels', async () => {
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    await expect(openFile(openArgs)).resolves.toEqual({ ok: false, error: 'cancelled' });
  });

  it('reads the chosen file with the filters given', async () => {
    const path = join(folder.path, 'backup.json');
    await writeFile(path, '{"v":1}');
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [path] });
    const result = await openFile(openArgs);
    expect(result).toEqual({ ok: true, value: { name: 'backup.json', bytes: new TextEncoder().encode('{"v":1}') } });
    expect(result.ok && result.value.bytes).toBeInstanceOf(Uint8Array);
    expect(electron.dialog.showOpenDialog).toHaveBeenCalledWith({ filters: [{ name: 'Backups', extensions: ['json'] }], properties: ['openFile'] });
  });

  it('refuses a file larger than maxBytes', async () => {
    const path = join(folder.path, 'big.json');
    await writeFile(path, 'x'.repeat(17));
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [path] });
    await expect(openFile(openArgs)).resolves.toMatchObject({ ok: false, error: 'too-large' });
  });

  it('accepts a file of exactly maxBytes', async () => {
    const path = join(folder.path, 'edge.json');
    await writeFile(path, 'x'.repeat(16));
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [path] });
    await expect(openFile(openArgs)).resolves.toMatchObject({ ok: true });
  });

  it('resolves io-error for a file that cannot be read or is not a file', async () => {
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [join(folder.path, 'gone.json')] });
    const missing = await openFile(openArgs);
    expect(missing).toMatchObject({ ok: false, error: 'io-error' });
    expect(missing.ok ? '' : missing.detail).toMatch(/ENOENT/);

    await mkdir(join(folder.path, 'a-folder'));
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [join(folder.path, 'a-folder')] });
    await expect(openFile(openArgs)).resolves.toMatchObject({ ok: false, error: 'io-error' });
  });
});

describe('writeBackup', () => {
  it('writes into <userData>/backups, creating it, and resolves the full path', async () => {
    const expected = join(folder.path, 'userData', 'backups', 'jointcheck-1.json');
    await expect(writeBackup({ name: 'jointcheck-1.json', bytes: pdf })).resolves.toEqual({ ok: true, value: { location: expected } });
    expect(new Uint8Array(await readFile(expected))).toEqual(pdf);
    expect(await readdir(backupFolder())).toEqual(['jointcheck-1.json']);
  });

  it('replaces a backup of the same name whole', async () => {
    await writeBackup({ name: 'b.json', bytes: new TextEncoder().encode('first, longer') });
    await writeBackup({ name: 'b.json', bytes: new TextEncoder().encode('second') });
    expect(await readFile(join(backupFolder(), 'b.json'), 'utf8')).toBe('second');
  });

  it('refuses a name that is not a plain file name, even when called directly', async () => {
    for (const name of ['../escape.json', 'sub/b.json', '..']) {
      await expect(writeBackup({ name, bytes: pdf })).resolves.toMatchObject({ ok: false, error: 'not-allowed' });
    }
    expect(await readdir(folder.path)).toEqual([]);
  });

  it('resolves io-error when the folder cannot be created', async () => {
    // userData is a file, so backups/ cannot be made under it.
    await writeFile(join(folder.path, 'userData'), 'not a folder');
    const result = await writeBackup({ name: 'b.json', bytes: pdf });
    expect(result).toMatchObject({ ok: false, error: 'io-error' });
    expect(result.ok ? '' : result.detail).toMatch(/ENOTDIR|EEXIST/);
  });
});
