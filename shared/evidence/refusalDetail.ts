// Runs everywhere (pure). The values a refusal message shows, written so they read the same in every language.
import type { FileRefusal } from './sniff';

/** Bytes as megabytes with at most one decimal: "40 MB", "52.3 MB". */
export function formatMegabytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}

/**
 * `size`/`limit`/`kind` for a file too large; `extension`/`claimed` as the extension in capitals; `detected`
 * as the content id ('' when unknown); `advice` 'convert-to-jpeg' or ''.
 */
export function refusalDetail(refusal: FileRefusal): Record<string, string | number> {
  switch (refusal.code) {
    case 'empty':
      return {};
    case 'too-large':
      return { size: formatMegabytes(refusal.size), limit: formatMegabytes(refusal.limit), kind: refusal.kind };
    case 'unsupported-type':
    case 'content-mismatch':
      return {
        ...(refusal.code === 'unsupported-type' ? { extension: refusal.extension.toUpperCase() } : { claimed: refusal.claimed.extensions[0]!.toUpperCase() }),
        detected: refusal.detected ?? '',
        advice: refusal.convertToJpeg ? 'convert-to-jpeg' : '',
      };
  }
}
