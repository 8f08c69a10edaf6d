import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  app: { getPath: vi.fn((_name: string) => '/nowhere') },
  dialog: { showSaveDialog: vi.fn() },
}));
vi.mock('electron', () => electron);
// A small ceiling, so the too-large path can be tested without writing 4 GB.
vi.mock('../../../shared/bridge/contract', async (original) => ({ ...(await original<object>()), MaxStreamedSaveBytes: 64 }));

import { appendSave, beginSave, finishSave, type SaveOwner } from '../../../electron/main/handlers/streamedSave';
import { tempFolder } from '../fakes';

let folder: Awaited<ReturnType<typeof tempFolder>>;
let nextOwnerId = 1;
beforeEach(async () => {
  folder = await tempFolder();
  electron.app.getPath.mockImplementation((name: string) => join(folder.path, name));
});
afterEach(async () => {
  vi.clearAllMocks();
  await folder.remove();
});

/** A window's webContents as the handlers see it, which the test can close. */
function fakeOwner(): SaveOwner & { destroy(): void } {
  const listeners: (() => void)[] = [];
  return { id: nextOwnerId++, once: (_event, listener) => listeners.push(listener), destroy: () => listeners.splice(0).forEach((l) => l()) };
}

const args = { suggestedName: 'Visit.jointcheck-pack.zip', filterName: 'Evidence pack', extensions: ['zip'] };
const text = (s: string): Uint8Array => new TextEncoder().encode(s);

async function begun(owner: SaveOwner, target: string): Promise<string> {
  electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
  const result = await beginSave(owner, args);
  if (!result.ok) throw new Error(`beginSave: ${result.error}`);
  return result.value.handle;
}

const waitFor = async (check: () => Promise<boolean>): Promise<void> => {
  for (let i = 0; i < 100 && !(await check()); i++) await new Promise((r) => setTimeout(r, 5));
};

describe('streamed saves', () => {
  it('resolves cancelled when the user cancels the dialog, creating nothing', async () => {
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await expect(beginSave(fakeOwner(), args)).resolves.toEqual({ ok: false, error: 'cancelled' });
    expect(await readdir(folder.path)).toEqual([]);
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith(expect.objectContaining({ defaultPath: join(folder.path, 'documents', args.suggestedName), filters: [{ name: 'Evidence pack', extensions: ['zip'] }] }));
  });

  it('writes the pieces to a temporary file beside the target, and puts the whole file in place on commit', async () => {
    const owner = fakeOwner();
    const target = join(folder.path, 'pack.zip');
    const handle = await begun(owner, target);
    await expect(appendSave(owner, handle, text('first piece, '))).resolves.toEqual({ ok: true, value: null });
    await appendSave(owner, handle, text('second piece'));
    const during = await readdir(folder.path);
    expect(during).toHaveLength(1);
    expect(during[0]).toMatch(/^\.jointcheck-[0-9a-f-]{36}\.tmp$/);
    await expect(finishSave(owner, handle, true)).resolves.toEqual({ ok: true, value: { location: target } });
    expect(await readFile(target, 'utf8')).toBe('first piece, second piece');
    expect(await readdir(folder.path)).toEqual(['pack.zip']);
  });

  it('leaves an existing file untouched until the commit, then replaces it whole', async () => {
    const owner = fakeOwner();
    const target = join(folder.path, 'pack.zip');
    await writeFile(target, 'the previous export, which is longer');
    const handle = await begun(owner, target);
    await appendSave(owner, handle, text('new'));
    expect(await readFile(target, 'utf8')).toBe('the previous export, which is longer');
    await finishSave(owner, handle, true);
    expect(await readFile(target, 'utf8')).toBe('new');
  });

  it('keeps the order of pieces sent without waiting for each other', async () => {
    const owner = fakeOwner();
    const target = join(folder.path, 'pack.zip');
    const handle = await begun(owner, target);
    const pieces = Array.from({ length: 20 }, (_, i) => `${i};`);
    const results = await Promise.all(pieces.map((piece) => appendSave(owner, handle, text(piece))));
    expect(results.every((r) => r.ok)).toBe(true);
    await finishSave(owner, handle, true);
    expect(await readFile(target, 'utf8')).toBe(pieces.join(''));
  });

  it('deletes the temporary file when the save is abandoned, and resolves cancelled', async () => {
    const owner = fakeOwner();
    const handle = await begun(owner, join(folder.path, 'pack.zip'));
    await appendSave(owner, handle, text('half a pack'));
    await expect(finishSave(owner, handle, false)).resolves.toEqual({ ok: false, error: 'cancelled' });
    expect(await readdir(folder.path)).toEqual([]);
    await expect(appendSave(owner, handle, text('more'))).resolves.toMatchObject({ ok: false, error: 'not-allowed' });
  });

  it("refuses unknown handles and another window's handles", async () => {
    const owner = fakeOwner();
    const other = fakeOwner();
    const handle = await begun(owner, join(folder.path, 'pack.zip'));
    await expect(appendSave(owner, '6f1c9f5e-0c4b-4a55-9d1e-2f4a7b8c9d0e', text('x'))).resolves.toEqual({ ok: false, error: 'not-allowed', detail: 'no save in progress with this handle' });
    await expect(appendSave(other, handle, text('x'))).resolves.toMatchObject({ ok: false, error: 'not-allowed' });
    await expect(finishSave(other, handle, true)).resolves.toMatchObject({ ok: false, error: 'not-allowed' });
    // The owner's save is unaffected.
    await appendSave(owner, handle, text('mine'));
    await expect(finishSave(owner, handle, true)).resolves.toMatchObject({ ok: true });
    expect(await readFile(join(folder.path, 'pack.zip'), 'utf8')).toBe('mine');
  });

  it('removes the temporary files of a window closed mid-save', async () => {
    const owner = fakeOwner();
    const first = await begun(owner, join(folder.path, 'a.zip'));
    const second = await begun(owner, join(folder.path, 'b.zip'));
    await appendSave(owner, first, text('a'));
    await appendSave(owner, second, text('b'));
    expect(await readdir(folder.path)).toHaveLength(2);
    owner.destroy();
    await waitFor(async () => (await readdir(folder.path)).length === 0);
    expect(await readdir(folder.path)).toEqual([]);
    await expect(finishSave(owner, first, true)).resolves.toMatchObject({ ok: false, error: 'not-allowed' });
  });

  it('abandons a save that would grow past the limit', async () => {
    const owner = fakeOwner();
    const handle = await begun(owner, join(folder.path, 'pack.zip'));
    await appendSave(owner, handle, new Uint8Array(60));
    await expect(appendSave(owner, handle, new Uint8Array(5))).resolves.toMatchObject({ ok: false, error: 'too-large' });
    expect(await readdir(folder.path)).toEqual([]);
  });

  it('resolves io-error with the OS message when the temporary file or the final rename fails', async () => {
    const owner = fakeOwner();
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: join(folder.path, 'missing-folder', 'pack.zip') });
    const begin = await beginSave(owner, args);
    expect(begin).toMatchObject({ ok: false, error: 'io-error' });
    expect(begin.ok ? '' : begin.detail).toMatch(/ENOENT/);

    // The target is a folder by the time of the commit: the rename fails and nothing is left behind.
    const target = join(folder.path, 'pack.zip');
    const handle = await begun(owner, target);
    await appendSave(owner, handle, text('x'));
    await mkdir(target);
    await writeFile(join(target, 'inside'), 'occupied');
    await expect(finishSave(owner, handle, true)).resolves.toMatchObject({ ok: false, error: 'io-error' });
    expect(await readdir(folder.path)).toEqual(['pack.zip']);
    await rm(target, { recursive: true });
  });
});
