import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorMessage, writeFileAtomic } from '../../electron/main/atomicWrite';
import { tempFolder } from './fakes';

let folder: Awaited<ReturnType<typeof tempFolder>>;
beforeEach(async () => {
  folder = await tempFolder();
});
afterEach(() => folder.remove());

describe('writeFileAtomic', () => {
  it('writes the bytes and leaves no temporary file', async () => {
    const target = join(folder.path, 'report.pdf');
    await writeFileAtomic(target, new Uint8Array([37, 80, 68, 70]));
    expect(new Uint8Array(await readFile(target))).toEqual(new Uint8Array([37, 80, 68, 70]));
    expect(await readdir(folder.path)).toEqual(['report.pdf']);
  });

  it('replaces an existing file whole', async () => {
    const target = join(folder.path, 'report.pdf');
    await writeFile(target, 'old contents, longer than the new ones');
    await writeFileAtomic(target, new TextEncoder().encode('new'));
    expect(await readFile(target, 'utf8')).toBe('new');
  });

  it('rejects with the OS error, keeps the old target and removes its temporary file', async () => {
    // A folder where the file should go: the rename fails after the bytes were written.
    const target = join(folder.path, 'taken');
    await mkdir(target);
    await writeFile(join(target, 'inside.txt'), 'kept');
    await expect(writeFileAtomic(target, new Uint8Array([1]))).rejects.toThrow();
    expect(await readdir(folder.path)).toEqual(['taken']);
    expect(await readFile(join(target, 'inside.txt'), 'utf8')).toBe('kept');
  });
});

describe('errorMessage', () => {
  it('reads Error messages and stringifies the rest', () => {
    expect(errorMessage(new Error('ENOSPC: no space left on device'))).toBe('ENOSPC: no space left on device');
    expect(errorMessage('plain')).toBe('plain');
  });
});
