// Runs everywhere (pure). An RFC 4180 CSV reader for the instruments' imports: strict, bounded, and clear about what is wrong and where.
/**
 * What the reader accepts: comma-separated fields; records ending in CRLF, LF or a lone CR (old spreadsheet
 * exports); fields in double quotes may hold commas, quotes (doubled) and line breaks; a UTF-8 byte-order
 * mark is dropped. The first record is the header. Blank lines are skipped. Every other record must have as
 * many fields as the header. Fields are returned as written (no trimming): callers decide what blank means.
 */

/** Bounds that keep a wrong or hostile file from exhausting memory in the window or the command line. */
export type CsvLimits = {
  readonly maxBytes: number;
  readonly maxRows: number;
  readonly maxColumns: number;
  readonly maxFieldLength: number;
};

export const DefaultCsvLimits: CsvLimits = { maxBytes: 50 * 1024 * 1024, maxRows: 1_000_000, maxColumns: 1000, maxFieldLength: 100_000 };

export type CsvTable = {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** The line (1-based) where each row starts, for messages that point into the file. */
  readonly lines: readonly number[];
};

export type CsvErrorCode =
  | 'too-large'
  | 'empty'
  | 'binary'
  | 'not-utf8'
  | 'unclosed-quote'
  | 'bad-quote'
  | 'ragged-row'
  | 'too-many-rows'
  | 'too-many-columns'
  | 'field-too-long'
  | 'bad-header';

export type CsvError = { readonly code: CsvErrorCode; readonly line: number | null; readonly message: string };
export type CsvResult = { readonly ok: true; readonly table: CsvTable } | { readonly ok: false; readonly error: CsvError };

/** A file not yet read: its size is checked before its bytes are asked for (a browser File or a stat'ed path). */
export type CsvSource = { readonly size: number; readonly bytes: () => Promise<Uint8Array> };

const megabytes = (bytes: number): string => `${Math.round(bytes / (1024 * 1024))} MB`;

function fail(code: CsvErrorCode, line: number | null, message: string): CsvResult {
  return { ok: false, error: { code, line, message: line === null ? message : `Line ${line}: ${message}` } };
}

/** Refuses an oversized file by its size alone, so it is never read into memory. */
export async function readCsv(source: CsvSource, limits: Partial<CsvLimits> = {}): Promise<CsvResult> {
  const bounds = { ...DefaultCsvLimits, ...limits };
  if (source.size > bounds.maxBytes) return tooLarge(source.size, bounds.maxBytes);
  return parseCsv(await source.bytes(), bounds);
}

function tooLarge(size: number, max: number): CsvResult {
  return fail('too-large', null, `The file is ${megabytes(size)}, larger than the ${megabytes(max)} this reader accepts. Split it, or keep only the columns the analysis needs.`);
}

/** Decodes UTF-8 (refusing binary files and other encodings) and parses; see the file comment for the rules. */
export function parseCsv(input: Uint8Array | string, limits: Partial<CsvLimits> = {}): CsvResult {
  const bounds = { ...DefaultCsvLimits, ...limits };
  let text: string;
  if (typeof input === 'string') {
    // UTF-8 takes at least one byte per UTF-16 code unit, so a longer string is certainly over the limit.
    if (input.length > bounds.maxBytes) return tooLarge(input.length, bounds.maxBytes);
    text = input;
  } else {
    if (input.byteLength > bounds.maxBytes) return tooLarge(input.byteLength, bounds.maxBytes);
    const decoded = decode(input);
    if (!decoded.ok) return decoded.result;
    text = decoded.text;
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.includes('\u0000')) return fail('binary', null, 'The file contains binary data, not text. Save the sheet as "CSV UTF-8 (comma delimited)" and try again.');
  return parseText(text, bounds);
}

function decode(bytes: Uint8Array): { ok: true; text: string } | { ok: false; result: CsvResult } {
  // A spreadsheet (xlsx, ods) is a ZIP archive; old Excel files start with the OLE signature.
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  if (zip || ole) return { ok: false, result: fail('binary', null, 'This is a spreadsheet file (Excel or similar), not CSV. Open it and save it as "CSV UTF-8 (comma delimited)".') };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, result: fail('not-utf8', null, 'The file is not UTF-8 text (it may be binary, or saved in another encoding). Save it as "CSV UTF-8 (comma delimited)".') };
  }
}

function parseText(text: string, bounds: CsvLimits): CsvResult {
  const records: string[][] = [];
  const lines: number[] = [];
  let line = 1;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const startLine = line;
    const fields: string[] = [];
    let field = '';
    let atRecordEnd = false;
    while (!atRecordEnd) {
      if (text[i] === '"') {
        // Quoted field: runs to the next lone quote; doubled quotes are one quote; line breaks are kept.
        const openedAt = line;
        i++;
        for (;;) {
          const close = text.indexOf('"', i);
          if (close < 0) return fail('unclosed-quote', openedAt, 'a quoted field is never closed. Check that every opening " has a closing ".');
          const chunk = text.slice(i, close);
          line += chunk.match(/\r\n|\r|\n/g)?.length ?? 0;
          field += chunk;
          if (field.length > bounds.maxFieldLength) return fail('field-too-long', openedAt, `a field is longer than ${bounds.maxFieldLength} characters. Is a closing " missing?`);
          if (text[close + 1] === '"') {
            field += '"';
            i = close + 2;
            continue;
          }
          i = close + 1;
          break;
        }
        const next = text[i];
        if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
          return fail('bad-quote', line, `unexpected text after a closing quote (field ${fields.length + 1}). Inside a quoted field, write a quote as "".`);
        }
      } else {
        const start = i;
        while (i < n) {
          const c = text[i]!;
          if (c === ',' || c === '\n' || c === '\r') break;
          if (c === '"') return fail('bad-quote', line, `a quote inside an unquoted field (field ${fields.length + 1}). Put the whole field in quotes and write the quote as "".`);
          i++;
        }
        field = text.slice(start, i);
        if (field.length > bounds.maxFieldLength) return fail('field-too-long', line, `a field is longer than ${bounds.maxFieldLength} characters. Check that this is the right file and that its values are separated by commas.`);
      }
      fields.push(field);
      field = '';
      if (fields.length > bounds.maxColumns) return fail('too-many-columns', startLine, `more than ${bounds.maxColumns} columns. Keep only the columns the analysis needs.`);
      const c = text[i];
      if (c === ',') {
        i++;
      } else {
        atRecordEnd = true;
        if (c === '\r') i += text[i + 1] === '\n' ? 2 : 1;
        else if (c === '\n') i++;
        if (c !== undefined) line++;
      }
    }
    if (fields.length === 1 && fields[0] === '') continue;
    records.push(fields);
    lines.push(startLine);
    if (records.length > bounds.maxRows + 1) return fail('too-many-rows', startLine, `more than ${bounds.maxRows} rows. Split the file into smaller ones.`);
  }
  return toTable(records, lines);
}

function toTable(records: string[][], lines: number[]): CsvResult {
  const header = records[0];
  if (!header) return fail('empty', null, 'The file is empty: it needs a header row naming the columns, then one row per record.');
  const names = header.map((name) => name.trim());
  const seen = new Map<string, number>();
  for (const [index, name] of names.entries()) {
    if (name === '') return fail('bad-header', lines[0]!, `column ${index + 1} of the header row has no name. Name it or delete the column.`);
    const key = name.toLowerCase();
    const earlier = seen.get(key);
    if (earlier !== undefined) return fail('bad-header', lines[0]!, `the header names "${name}" twice (columns ${earlier + 1} and ${index + 1}). Column names must differ.`);
    seen.set(key, index);
  }
  for (let r = 1; r < records.length; r++) {
    const count = records[r]!.length;
    if (count !== names.length) return fail('ragged-row', lines[r]!, `${count} field${count === 1 ? '' : 's'}, but the header has ${names.length}. Check for a missing or extra comma, or an unquoted comma inside a value.`);
  }
  return { ok: true, table: { header: names, rows: records.slice(1), lines: lines.slice(1) } };
}

export type ColumnLookup = { readonly ok: true; readonly index: number } | { readonly ok: false; readonly message: string };

/** Finds a column by name (exact, else ignoring case and surrounding spaces); the message lists the columns there are. */
export function findColumn(table: Pick<CsvTable, 'header'>, name: string): ColumnLookup {
  const exact = table.header.indexOf(name);
  if (exact >= 0) return { ok: true, index: exact };
  const wanted = name.trim().toLowerCase();
  const loose = table.header.findIndex((column) => column.toLowerCase() === wanted);
  if (loose >= 0) return { ok: true, index: loose };
  return { ok: false, message: `Column "${name}" not found. The file has these columns: ${table.header.map((c) => `"${c}"`).join(', ')}.` };
}
