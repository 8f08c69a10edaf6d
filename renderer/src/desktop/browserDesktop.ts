// Runs in the renderer (browser edition). The DesktopApi over browser means: downloads, a file input, and the
// origin-private file system for saves too large to hold in memory.
import { type BridgeResult, type DesktopApi, MaxSaveChunkBytes, MaxStreamedSaveBytes, OpenExternalArgsSchema } from '../../../shared/bridge/contract';

function download(name: string, bytes: Uint8Array, type = 'application/octet-stream'): void {
  offerDownload(name, new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
}

/** Offers a blob as a download; a disk-backed File (from the origin-private file system) is never read into memory. */
function offerDownload(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the object URL by now; release it on the next turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

function pickFile(extensions: readonly string[]): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = extensions.map((e) => `.${e}`).join(',');
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => resolve(null), { once: true });
    input.click();
  });
}

/** Temporary files of streamed saves, at the top of the origin-private file system. */
const savePrefix = 'jointcheck-save-';
/**
 * How long a committed file stays after its download was offered: Chromium copies it from there to the
 * downloads folder (a few seconds per GB). Leftovers older than this (a tab closed mid-save) are removed
 * when the next save begins.
 */
const keepAfterCommitMs = 60 * 60 * 1000;

type BrowserSave = { readonly name: string; readonly entry: string; readonly file: FileSystemFileHandle; readonly writable: FileSystemWritableFileStream; written: number };

const failure = (error: unknown): BridgeResult<never> => ({ ok: false, error: 'io-error', detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });

/** Removes this origin's save files that no save uses any more and that are older than keepAfterCommitMs. */
async function sweepSaveFiles(root: FileSystemDirectoryHandle, inUse: ReadonlySet<string>): Promise<void> {
  // The renderer's lib has no DOM.AsyncIterable; Chromium's directory handles are async-iterable by name.
  const names = (root as unknown as { keys(): AsyncIterable<string> }).keys();
  for await (const name of names) {
    if (!name.startsWith(savePrefix) || inUse.has(name)) continue;
    const file = await (await root.getFileHandle(name)).getFile();
    if (Date.now() - file.lastModified > keepAfterCommitMs) await root.removeEntry(name).catch(() => undefined);
  }
}

/** beginSave, appendSave and finishSave over the origin-private file system; the file is offered as a download on commit. */
function streamedSaves(): Pick<DesktopApi, 'beginSave' | 'appendSave' | 'finishSave'> {
  const saves = new Map<string, BrowserSave>();
  const unknownHandle = { ok: false, error: 'not-allowed', detail: 'no save in progress with this handle' } as const;
  const discard = async (save: BrowserSave): Promise<void> => {
    await save.writable.abort().catch(() => undefined);
    await (await navigator.storage.getDirectory()).removeEntry(save.entry).catch(() => undefined);
  };
  return {
    beginSave: async ({ suggestedName }) => {
      try {
        const root = await navigator.storage.getDirectory();
        await sweepSaveFiles(root, new Set([...saves.values()].map((save) => save.entry)));
        const handle = crypto.randomUUID();
        const entry = `${savePrefix}${handle}`;
        const file = await root.getFileHandle(entry, { create: true });
        saves.set(handle, { name: suggestedName, entry, file, writable: await file.createWritable(), written: 0 });
        return { ok: true, value: { handle } };
      } catch (error) {
        return failure(error);
      }
    },
    appendSave: async (handle, bytes) => {
      const save = saves.get(handle);
      if (!save) return unknownHandle;
      if (bytes.byteLength > MaxSaveChunkBytes || save.written + bytes.byteLength > MaxStreamedSaveBytes) {
        saves.delete(handle);
        await discard(save);
        return { ok: false, error: 'too-large' };
      }
      try {
        // The page is not cross-origin isolated, so no SharedArrayBuffer exists: every view is over an ArrayBuffer.
        await save.writable.write(bytes as Uint8Array<ArrayBuffer>);
        save.written += bytes.byteLength;
        return { ok: true, value: null };
      } catch (error) {
        // Usually the origin's storage quota: the disk is nearly full.
        saves.delete(handle);
        await discard(save);
        return failure(error);
      }
    },
    finishSave: async (handle, commit) => {
      const save = saves.get(handle);
      if (!save) return unknownHandle;
      saves.delete(handle);
      if (!commit) {
        await discard(save);
        return { ok: false, error: 'cancelled' };
      }
      try {
        await save.writable.close();
        offerDownload(save.name, await save.file.getFile());
      } catch (error) {
        await discard(save);
        return failure(error);
      }
      setTimeout(() => void navigator.storage.getDirectory().then((root) => root.removeEntry(save.entry)).catch(() => undefined), keepAfterCommitMs);
      return { ok: true, value: { location: save.name } };
    },
  };
}

export function createBrowserDesktop(version: string): DesktopApi {
  return {
    ...streamedSaves(),
    getAppInfo: async () => ({ version, edition: 'browser', platform: navigator.platform }),
    saveFile: async ({ suggestedName, bytes }) => {
      download(suggestedName, bytes);
      return { ok: true, value: { location: suggestedName } };
    },
    openFile: async ({ extensions, maxBytes }) => {
      const file = await pickFile(extensions);
      if (!file) return { ok: false, error: 'cancelled' };
      if (file.size > maxBytes) return { ok: false, error: 'too-large', detail: `${file.size} bytes` };
      return { ok: true, value: { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } };
    },
    writeBackup: async ({ name, bytes }) => {
      download(name, bytes, 'application/json');
      return { ok: true, value: { location: name } };
    },
    openExternal: async (url) => {
      if (!OpenExternalArgsSchema.safeParse(url).success) return { ok: false, error: 'not-allowed' };
      window.open(url, '_blank', 'noopener,noreferrer');
      return { ok: true, value: null };
    },
  };
}
