// Runs in the renderer (browser edition). The DesktopApi over browser means: downloads and a file input.
import { type DesktopApi, OpenExternalArgsSchema } from '../../../shared/bridge/contract';

function download(name: string, bytes: Uint8Array, type = 'application/octet-stream'): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
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

export function createBrowserDesktop(version: string): DesktopApi {
  return {
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
