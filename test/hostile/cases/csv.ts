// Test-time only (Node). Hostile CSV files for the two CSV imports (bias audit records, survey responses) and what each must come to.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CsvErrorCode } from '../../../shared/format/csv';
import { Cp949Bytes, type HostileCase, MarkupPayloads, PngBytes, utf8, ZipHeadBytes } from '../corpus';

/** `csv`: the reader refuses the file with this code. `refused`: the reader accepts it, the import refuses with this code. `ok`: read and used. */
export type CsvExpected<RefusalCode extends string> = { readonly csv: CsvErrorCode } | { readonly refused: RefusalCode } | { readonly ok: true };

export type CsvCase<RefusalCode extends string> = HostileCase<Uint8Array, CsvExpected<RefusalCode>>;

const root = resolve(import.meta.dirname, '../../..');
export const fixtureCsv = (name: string): Uint8Array => new Uint8Array(readFileSync(resolve(root, 'test/fixtures/instruments', name)));

const csvError = (code: CsvErrorCode) => ({ csv: code }) as const;

/** What each refusal of the reader tells the user to do (the English message the app shows). */
export const CsvAdvice: Readonly<Record<CsvErrorCode, RegExp>> = {
  'too-large': /Split it/,
  empty: /needs a header row/,
  binary: /save it as "CSV UTF-8|Save the sheet as "CSV UTF-8/i,
  'not-utf8': /Save it as "CSV UTF-8/,
  'unclosed-quote': /closing "/,
  'bad-quote': /""/,
  'ragged-row': /missing or extra comma/,
  'too-many-rows': /Split the file/,
  'too-many-columns': /Keep only the columns/,
  'field-too-long': /closing " missing|separated by commas/,
  'bad-header': /Name it|must differ/,
};

/**
 * What breaks any CSV reader, built around a valid file of the importer (`valid`, header first). Each is
 * refused by the reader with the code given, or (for the ones a spreadsheet really writes) read as text.
 * `notForThisImport`: the import's refusal of a text file with none of its columns; `noRows`: its outcome for a header alone.
 */
export function readerCases<R extends string>(valid: Uint8Array, notForThisImport: R, noRows: CsvExpected<R>): CsvCase<R>[] {
  const text = new TextDecoder().decode(valid).replace(/^\ufeff/, '');
  const [header = '', first = ''] = text.split(/\r?\n/);
  const width = header.split(',').length;
  const cases: CsvCase<R>[] = [];
  const add = (name: string, input: () => Uint8Array, expected: CsvExpected<R>): void => void cases.push({ name, input, expected });

  add('an empty file', () => new Uint8Array(0), csvError('empty'));
  add('only a byte-order mark', () => Uint8Array.from([0xef, 0xbb, 0xbf]), csvError('empty'));
  add('only blank lines', () => utf8('\n\r\n\n'), csvError('empty'));
  add('a PNG image', () => PngBytes, csvError('not-utf8'));
  add('a spreadsheet (xlsx)', () => ZipHeadBytes, csvError('binary'));
  add('an old Excel file', () => Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), csvError('binary'));
  add('Korean text saved in CP949', () => new Uint8Array([...utf8(`${header}\n`), ...Cp949Bytes]), csvError('not-utf8'));
  add('the file saved as UTF-16', () => new Uint8Array(Buffer.from(`\ufeff${text}`, 'utf16le')), csvError('not-utf8'));
  add('a NUL byte in a field', () => utf8(`${header}\n${first.replace(',', '\u0000,')}\n`), csvError('binary'));
  add('an unbalanced quote', () => utf8(`${header}\n"${first}\n`), csvError('unclosed-quote'));
  add('a quote inside an unquoted field', () => utf8(`${header}\n${first.replace(',', 'x"y,')}\n`), csvError('bad-quote'));
  add('text after a closing quote', () => utf8(`${header}\n"a"b${first.slice(first.indexOf(','))}\n`), csvError('bad-quote'));
  add('a header of 10,000 columns', () => utf8(`${Array.from({ length: 10_000 }, (_, i) => `c${i}`).join(',')}\n`), csvError('too-many-columns'));
  add('a row of 10,000 columns', () => utf8(`${header}\n${Array.from({ length: 10_000 }, () => '1').join(',')}\n`), csvError('too-many-columns'));
  add('a row with one field too many', () => utf8(`${header}\n${first},extra\n`), csvError('ragged-row'));
  add('a header with an empty name', () => utf8(`${header},\n${first},x\n`), csvError('bad-header'));
  add('a header naming a column twice', () => utf8(`${header},${header.split(',')[0]!.toUpperCase()}\n${first},x\n`), csvError('bad-header'));
  add('a field of 100,001 characters', () => utf8(`${header}\n"${'x'.repeat(100_001)}"${',1'.repeat(width - 1)}\n`), csvError('field-too-long'));
  add('a quote opened and never closed, 2 MB of text after it', () => utf8(`${header}\n"${'x,'.repeat(1024 * 1024)}`), csvError('unclosed-quote'));
  add('an unquoted field of 100,001 characters', () => utf8(`${header}\n${'x'.repeat(100_001)}${',1'.repeat(width - 1)}\n`), csvError('field-too-long'));
  add('1,000,001 rows', () => utf8(`${header}\n${`${','.repeat(width - 1)}\n`.repeat(1_000_001)}`), csvError('too-many-rows'));
  add('one byte over 50 MB', () => new Uint8Array(50 * 1024 * 1024 + 1).fill(0x41), csvError('too-large'));
  // Cut short: inside a quoted field, in the middle of a row, right after the header.
  add('cut inside a quoted field', () => utf8(`${header}\n"${first.slice(0, 3)}`), csvError('unclosed-quote'));
  add('cut in the middle of a row', () => utf8(`${header}\n${first.split(',').slice(0, 2).join(',')}`), csvError('ragged-row'));
  add('cut right after the header', () => utf8(`${header}\n`), noRows);
  // What spreadsheets and editors really write: read as text.
  add('a byte-order mark in the middle of the file', () => utf8(`${header}\n\ufeff${first}\n`), { ok: true });
  add('old Mac line breaks (CR only)', () => utf8(`${header}\r${first}\r`), { ok: true });
  add('Windows line breaks and a byte-order mark', () => utf8(`\ufeff${header}\r\n${first}\r\n`), { ok: true });
  add('a column named __proto__, constructor and prototype', () => utf8(`${header},__proto__,constructor,prototype\n${first},"{""polluted"":1}",x,y\n`), { ok: true });
  for (const payload of MarkupPayloads.slice(0, 2)) add(`markup in a field: ${payload}`, () => utf8(`${header}\n"${payload.replace(/"/g, '""')}"${first.slice(first.indexOf(','))}\n`), { ok: true });
  add('a formula in a field', () => utf8(`${header}\n"=HYPERLINK(""http://evil.example"",""x"")"${first.slice(first.indexOf(','))}\n`), { ok: true });
  add('a PDF chosen by mistake (text with no columns this import knows)', () => utf8('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'), { refused: notForThisImport });
  return cases;
}
