// Streamed saves in the browser edition, in Debian's Chromium: an evidence pack written and signed in the page,
// streamed through beginSave/appendSave/finishSave into the origin-private file system, and downloaded whole.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, type Rolldown } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DesktopApi } from '../../shared/bridge/contract';
import type { AssessmentBundle } from '../../shared/format/assessmentFile';
import type { bytesSource } from '../../shared/evidencePack/byteSource';
import { verifyPack } from '../../shared/evidencePack/read';
import type { writePack } from '../../shared/evidencePack/write';
import type { createIdentity } from '../../shared/signing/identity';
import { memorySource, sampleBundle } from '../shared/evidencePack/support';
import { openSession, type Session } from './browser';

/** What the test bundle puts on `window.PackSave`: the browser edition's bridge and the pack writer, as the app uses them. */
type PackSave = {
  createBrowserDesktop(version: string): DesktopApi;
  writePack: typeof writePack;
  bytesSource: typeof bytesSource;
  createIdentity: typeof createIdentity;
};
declare global {
  interface Window {
    PackSave: PackSave;
  }
}

const root = resolve(import.meta.dirname, '../..');
const entry = 'virtual:pack-save-entry';

/** The real modules bundled for the page (the built app keeps them private to its own chunks). */
async function bundleForPage(): Promise<string> {
  const source = (path: string): string => JSON.stringify(resolve(root, path));
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root,
    build: { write: false, minify: false, lib: { entry, formats: ['iife'], name: 'PackSave' } },
    plugins: [
      {
        name: 'pack-save-entry',
        // Library mode resolves the entry against the root first.
        resolveId: (id) => (id.endsWith(entry) ? entry : null),
        load: (id) =>
          id === entry
            ? [
                `export { createBrowserDesktop } from ${source('renderer/src/desktop/browserDesktop.ts')};`,
                `export { writePack } from ${source('shared/evidencePack/write.ts')};`,
                `export { bytesSource } from ${source('shared/evidencePack/byteSource.ts')};`,
                `export { createIdentity } from ${source('shared/signing/identity.ts')};`,
              ].join('\n')
            : null,
      },
    ],
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunk = outputs[0]!.output.find((item) => item.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('no bundle');
  return chunk.code;
}

let s: Session;
beforeAll(async () => {
  const [code, session] = await Promise.all([bundleForPage(), openSession()]);
  s = session;
  await s.page.evaluate(code);
  expect(await s.page.evaluate(() => typeof window.PackSave.writePack)).toBe('function');
});
afterAll(async () => {
  await s?.close();
});

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

describe('streamed saves in the browser edition', () => {
  it('writes and signs an evidence pack in the page, streams it to the origin-private file system and downloads it whole', async () => {
    const { bundle, files } = sampleBundle();
    const encoded = Object.fromEntries([...files].map(([id, f]) => [id, { file: Buffer.from(f.file).toString('base64'), original: f.original && Buffer.from(f.original).toString('base64') }]));
    const download = s.page.waitForEvent('download');
    const outcome = await s.page.evaluate(
      async ({ bundle, encoded }) => {
        const { createBrowserDesktop, writePack, bytesSource, createIdentity } = window.PackSave;
        const decode = (text: string): Uint8Array => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
        const desktop = createBrowserDesktop('test');
        // Non-extractable: the key can sign but never leave WebCrypto.
        const identity = await createIdentity({ name: '김민지', organisation: '한빛물류 노동조합', role: '근로자 측' });
        const begun = await desktop.beginSave({ suggestedName: 'sample.jointcheck-pack.zip', filterName: 'Evidence pack', extensions: ['zip'] });
        if (!begun.ok) return { error: begun.error };
        let appends = 0;
        const written = await writePack(
          {
            bundle: bundle as AssessmentBundle,
            appVersion: '0.0.0-test',
            createdAt: new Date().toISOString(),
            evidenceBytes: async (evidence, which) => {
              const text = encoded[evidence.id]?.[which];
              return text ? bytesSource(decode(text)) : null;
            },
            includeOriginals: true,
            reports: [],
            signer: { identity },
          },
          {
            sink: async (chunk) => {
              appends++;
              const appended = await desktop.appendSave(begun.value.handle, chunk);
              if (!appended.ok) throw new Error(appended.error);
            },
          },
        );
        const finished = await desktop.finishSave(begun.value.handle, true);
        return { extractable: identity.privateKey.extractable, appends, bytes: written.bytes, finished };
      },
      { bundle, encoded },
    );
    expect(outcome).toMatchObject({ extractable: false, finished: { ok: true, value: { location: 'sample.jointcheck-pack.zip' } } });
    expect((outcome as { appends: number }).appends).toBeGreaterThan(5);

    const file = await download;
    expect(file.suggestedFilename()).toBe('sample.jointcheck-pack.zip');
    const path = (await file.path())!;
    const bytes = new Uint8Array(readFileSync(path));
    expect(bytes.byteLength).toBe((outcome as { bytes: number }).bytes);
    expect(spawnSync('unzip', ['-t', path], { encoding: 'utf8' }).stdout).toContain('No errors detected');
    const verified = await verifyPack(memorySource(bytes), { trusted: [] });
    expect(verified.ok && verified.report.passed).toBe(true);
    expect(verified.ok && verified.report.signature.status === 'valid' && verified.report.signature.signer?.commonName).toBe('김민지');
  });

  it('streams 64 MB in 8 MB pieces; the download is byte for byte what was appended', async () => {
    const piece = 8 * 1024 * 1024;
    const pieces = 8;
    const expected = createHash('sha256');
    const bytes = new Uint8Array(piece);
    for (let i = 0; i < pieces; i++) {
      for (let j = 0; j < piece; j++) bytes[j] = (i * 31 + j * 7) & 0xff;
      expected.update(bytes);
    }
    const download = s.page.waitForEvent('download');
    const finished = await s.page.evaluate(
      async ({ piece, pieces }) => {
        const desktop = window.PackSave.createBrowserDesktop('test');
        const begun = await desktop.beginSave({ suggestedName: 'large.bin', filterName: 'Data', extensions: ['bin'] });
        if (!begun.ok) return begun;
        for (let i = 0; i < pieces; i++) {
          const bytes = new Uint8Array(piece);
          for (let j = 0; j < piece; j++) bytes[j] = (i * 31 + j * 7) & 0xff;
          const appended = await desktop.appendSave(begun.value.handle, bytes);
          if (!appended.ok) return appended;
        }
        return desktop.finishSave(begun.value.handle, true);
      },
      { piece, pieces },
    );
    expect(finished).toEqual({ ok: true, value: { location: 'large.bin' } });
    const saved = readFileSync((await (await download).path())!);
    expect(saved.byteLength).toBe(piece * pieces);
    expect(sha256(saved)).toBe(expected.digest('hex'));
  });

  it('discards an abandoned save without a download, and refuses handles it never gave', async () => {
    let downloads = 0;
    const count = (): void => void downloads++;
    s.page.on('download', count);
    const outcome = await s.page.evaluate(async () => {
      const desktop = window.PackSave.createBrowserDesktop('test');
      const begun = await desktop.beginSave({ suggestedName: 'abandoned.zip', filterName: 'Evidence pack', extensions: ['zip'] });
      if (!begun.ok) return { begun };
      await desktop.appendSave(begun.value.handle, new Uint8Array(1024));
      const finished = await desktop.finishSave(begun.value.handle, false);
      const root = await navigator.storage.getDirectory();
      const left = await root.getFileHandle(`jointcheck-save-${begun.value.handle}`).then(
        () => true,
        () => false,
      );
      const again = await desktop.appendSave(begun.value.handle, new Uint8Array(1));
      const unknown = await desktop.finishSave(crypto.randomUUID(), true);
      return { finished, left, again, unknown };
    });
    await s.page.waitForTimeout(500);
    s.page.off('download', count);
    expect(outcome).toMatchObject({ finished: { ok: false, error: 'cancelled' }, left: false, again: { ok: false, error: 'not-allowed' }, unknown: { ok: false, error: 'not-allowed' } });
    expect(downloads).toBe(0);
  });

  it('made no request to any host but its own', () => {
    expect(s.foreignRequests).toEqual([]);
  });
});
