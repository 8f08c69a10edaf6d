// Runs everywhere (pure). Spreadsheet text as RFC 4180 describes it, safe to open in Excel and LibreOffice.

/** Characters that make a spreadsheet read a cell as a formula (CSV injection, OWASP). */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * A cell that starts like a formula gets a leading apostrophe, so a description such as "=HYPERLINK(...)"
 * stays text; a cell holding a comma, a quote or a line break is quoted, its quotes doubled.
 */
export function csvCell(value: string): string {
  const safe = formulaStart.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Rows ended by CRLF, after a UTF-8 byte order mark: without the mark, Excel reads the file in the machine's
 * legacy code page and Korean comes out garbled.
 */
export function csvDocument(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('')}`;
}
