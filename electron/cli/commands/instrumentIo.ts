// Runs in Node. What the instrument commands share: reading a CSV file within the reader's limits, and printing aligned tables.
import { readFile, stat } from 'node:fs/promises';
import { type CsvTable, readCsv } from '../../../shared/format/csv';

/** Reads and parses a CSV file; an oversized file is refused from its size alone, before any of it is read. */
export async function readCsvFile(path: string): Promise<{ ok: true; table: CsvTable } | { ok: false; error: string }> {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, error: `${path}: is a folder, not a file.` };
    size = info.size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, error: code === 'ENOENT' ? `${path}: no such file.` : `${path}: cannot be read (${code ?? String(error)}).` };
  }
  const parsed = await readCsv({ size, bytes: async () => new Uint8Array(await readFile(path)) });
  return parsed.ok ? { ok: true, table: parsed.table } : { ok: false, error: `${path}: ${parsed.error.message}` };
}

/** Terminal columns a string takes: Hangul and CJK characters take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const wide = (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xff00 && code <= 0xff60);
    width += wide ? 2 : 1;
  }
  return width;
}

/** Lines of a table with a header row; the first column is left-aligned, the others right-aligned. */
export function formatTable(rows: readonly (readonly string[])[], indent = '  '): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell))));
  return rows.map(
    (row) =>
      indent +
      row
        .map((cell, i) => {
          const pad = ' '.repeat(widths[i]! - displayWidth(cell));
          return i === 0 ? cell + pad : pad + cell;
        })
        .join('  ')
        .trimEnd(),
  );
}

/** Splits a comma-separated option value, dropping blanks. */
export function list(value: string): string[] {
  return value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
