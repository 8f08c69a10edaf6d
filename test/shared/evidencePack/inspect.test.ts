// Hostile and broken archives are refused from their directory alone, each with its own reason, before any content is read.
import { deflateSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { PackLimits } from '../../../shared/evidencePack/format';
import { inspectPack, type PackRefusalCode } from '../../../shared/evidencePack/read';
import { craftZip, type CraftedEntry, memorySource, packBytes, sampleInput } from './support';

const text = (s: string): Uint8Array => new TextEncoder().encode(s);

async function refusal(bytes: Uint8Array): Promise<{ code: PackRefusalCode; detail: string; entry?: string }> {
  const result = await inspectPack(memorySource(bytes));
  if (result.ok) throw new Error('expected a refusal');
  return result.refusal;
}

const refusedAs = async (bytes: Uint8Array, code: PackRefusalCode): Promise<void> => {
  expect((await refusal(bytes)).code).toBe(code);
};

describe('inspectPack', () => {
  it('lists the entries of a pack the app wrote, reading only its directory and headers', async () => {
    const { bytes } = await packBytes(sampleInput());
    const source = memorySource(bytes);
    const result = await inspectPack(source);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.entries.map((e) => e.name)).toEqual([
      'assessment.jointcheck.json',
      'evidence/ev-landscape/zone-b-display.jpg',
      'evidence/ev-portrait/cobot-cell.jpg',
      'originals/ev-portrait/IMG_2041.jpg',
      'evidence/ev-note/document.txt',
      'manifest.json',
    ]);
    expect(result.entries.every((e) => e.method === 0 && e.compressedSize === e.size)).toBe(true);
    // The photos alone are 660 KB; the directory, end record and local headers are a few KB.
    expect(source.bytesRead).toBeLessThan(70_000);
  });

  it('accepts a plain ZIP made by another tool (deflated, no data descriptors, with a folder entry)', async () => {
    const zip = zipSync({ 'folder/': new Uint8Array(0), 'folder/a.txt': text('hello '.repeat(100)) }, { level: 9 });
    const result = await inspectPack(memorySource(zip));
    expect(result.ok && result.entries.map((e) => [e.name, e.directory, e.method])).toEqual([
      ['folder/', true, 8],
      ['folder/a.txt', false, 8],
    ]);
  });

  it('refuses what is not a ZIP at all', async () => {
    await refusedAs(text('%PDF-1.7\n...'), 'not-zip');
    await refusedAs(new Uint8Array(0), 'not-zip');
    await refusedAs(text('PK'), 'not-zip');
  });

  it('refuses a pack cut short, wherever it was cut', async () => {
    const { bytes } = await packBytes(sampleInput());
    for (const length of [4, 100, Math.floor(bytes.length / 2), bytes.length - 30, bytes.length - 1]) {
      expect((await refusal(bytes.subarray(0, length))).code, `cut at ${length}`).toBe('truncated');
    }
  });

  it('refuses encrypted entries (traditional and AES)', async () => {
    await refusedAs(craftZip([{ name: 'a.txt', data: text('x'), flags: 1 }]), 'encrypted');
    await refusedAs(craftZip([{ name: 'a.txt', data: text('x'), method: 99 }]), 'encrypted');
  });

  it('refuses ZIP64 and split archives', async () => {
    await refusedAs(craftZip([{ name: 'a.txt', data: text('x') }], { zip64Locator: true }), 'zip64');
    await refusedAs(craftZip([{ name: 'a.txt', data: text('x'), extra: new Uint8Array([1, 0, 0, 0]) }]), 'zip64');
    await refusedAs(craftZip([{ name: 'a.txt', data: text('x') }], { disk: 1 }), 'multi-disk');
  });

  it('refuses every path that could escape a folder or mean something else on Windows', async () => {
    for (const name of ['../evil.txt', 'evidence/../../evil.txt', '/etc/passwd', 'C:/Windows/evil.txt', 'c:evil.txt', 'evidence\\..\\evil.txt', 'a//b.txt', './a.txt', 'a/./b.txt', 'bell\u0007.txt', '']) {
      const result = await refusal(craftZip([{ name, data: text('x') }]));
      expect(result.code, JSON.stringify(name)).toBe('unsafe-path');
    }
    await refusedAs(craftZip([{ name: 'link', data: text('/etc/passwd'), unixMode: 0o120777 }]), 'unsafe-path');
    await refusedAs(craftZip([{ name: 'x'.repeat(PackLimits.maxPathBytes + 1), data: text('x') }]), 'unsafe-path');
  });

  it('refuses duplicate names, also those differing only in case or Unicode normalisation', async () => {
    await refusedAs(craftZip([{ name: 'a.txt', data: text('1') }, { name: 'a.txt', data: text('2') }]), 'duplicate-name');
    const caseClash = await refusal(craftZip([{ name: 'evidence/Photo.jpg', data: text('1') }, { name: 'EVIDENCE/photo.JPG', data: text('2') }]));
    expect(caseClash).toMatchObject({ code: 'duplicate-name', entry: 'EVIDENCE/photo.JPG' });
    await refusedAs(craftZip([{ name: 'caf\u00e9.txt', data: text('1') }, { name: 'cafe\u0301.txt', data: text('2') }]), 'duplicate-name');
  });

  it('refuses more entries than the limit, from the end record alone', async () => {
    await refusedAs(craftZip([{ name: 'a.txt', data: text('x') }], { count: PackLimits.maxEntries + 1 }), 'too-many-entries');
  });

  it('refuses declared sizes over the per-file and total limits', async () => {
    const tiny = deflateSync(new Uint8Array(1000));
    await refusedAs(craftZip([{ name: 'big.bin', data: tiny, method: 8, size: PackLimits.maxEntryBytes + 1, compressedSize: tiny.length }]), 'entry-too-large');
    const stored = (name: string): CraftedEntry => ({ name, data: text('x'), size: PackLimits.maxEntryBytes, compressedSize: PackLimits.maxEntryBytes });
    await refusedAs(craftZip([stored('a.bin'), stored('b.bin'), stored('c.bin')]), 'total-too-large');
  });

  it('refuses a zip bomb: a deflated entry declaring over 100 times its compressed size', async () => {
    const zeros = new Uint8Array(10 * 1024 * 1024);
    const bomb = deflateSync(zeros, { level: 9 });
    expect(zeros.length / bomb.length).toBeGreaterThan(100);
    const result = await refusal(craftZip([{ name: 'zeros.bin', data: bomb, method: 8, size: zeros.length }]));
    expect(result).toMatchObject({ code: 'compression-ratio', entry: 'zeros.bin' });
    await refusedAs(craftZip([{ name: 'nothing.bin', data: new Uint8Array(0), method: 8, size: 1_000_000 }]), 'compression-ratio');
  });

  it('refuses compression methods other than stored and deflate', async () => {
    await refusedAs(craftZip([{ name: 'a.txt', data: text('x'), method: 12 }]), 'unsupported-compression');
  });

  it('refuses local headers that disagree with the directory', async () => {
    await refusedAs(craftZip([{ name: 'a.txt', data: text('x'), localName: 'b.txt' }]), 'local-header-mismatch');
    await refusedAs(craftZip([{ name: 'a.txt', data: text('x'), localMethod: 8 }]), 'local-header-mismatch');
    await refusedAs(craftZip([{ name: 'a.txt', data: text('x'), localCrc: 1234 }]), 'local-header-mismatch');
    await refusedAs(craftZip([{ name: 'a.txt', data: text('hello') }, { name: 'b.txt', data: text('x'), offset: 3 }]), 'local-header-mismatch');
  });

  it('refuses entries that share bytes (the overlapping-file zip bomb)', async () => {
    const data = text('the same bytes, declared twice over');
    // The first entry claims 20 bytes more than it has: its data runs over the second entry's header.
    await refusedAs(craftZip([{ name: 'a.txt', data, size: data.length + 20, compressedSize: data.length + 20 }, { name: 'b.txt', data: text('b') }]), 'overlapping-entries');
  });

  it('refuses a directory whose end record miscounts it', async () => {
    await refusedAs(craftZip([{ name: 'a.txt', data: text('x') }, { name: 'b.txt', data: text('y') }], { count: 1 }), 'malformed');
    await refusedAs(craftZip([{ name: 'a.txt', data: text('x') }], { directorySize: 10 }), 'malformed');
  });
});
