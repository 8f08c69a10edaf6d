// Runs everywhere (pure). File names made from what users typed, safe on Windows, macOS and Linux.

/** Replaces characters no file system accepts (and control characters) with spaces; never empty. */
export function toFileName(text: string, fallback: string, maxLength = 80): string {
  const cleaned = [...text]
    .map((c) => (c.charCodeAt(0) < 0x20 || '\\/:*?"<>|'.includes(c) ? ' ' : c))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, maxLength)
    .trim();
  return cleaned.replace(/^\.+/, '') || fallback;
}
