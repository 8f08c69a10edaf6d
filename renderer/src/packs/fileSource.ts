// Runs in the renderer. A file the user picked, read at any offset without loading it whole (packs can be gigabytes).
import type { RandomAccessSource } from '../../../shared/evidencePack/read';

export function fileSource(file: Blob): RandomAccessSource {
  return {
    size: file.size,
    async read(offset, length) {
      return new Uint8Array(await file.slice(offset, Math.min(file.size, offset + length)).arrayBuffer());
    },
  };
}
