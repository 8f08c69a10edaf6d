// The CSV reader the instruments import through: what spreadsheets actually write, and clear refusals with line numbers for what they should not.
import { describe, expect, it } from 'vitest';
import { findColumn, parseCsv, readCsv } from '../../../shared/format/csv';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

function table(text: string | Uint8Array) {
  const result = parseCsv(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.table;
}

function error(text: string | Uint8Array, limits = {}) {
  const result = parseCsv(text, limits);
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks inside, and keeps the line each row starts on', () => {
    const t = table('name,note,score\r\n"Kim, Minji","said ""fine""\r\nthen left",3\r\nPark,,4\r\n');
    expect(t.header).toEqual(['name', 'note', 'score']);
    expect(t.rows).toEqual([
      ['Kim, Minji', 'said "fine"\r\nthen left', '3'],
      ['Park', '', '4'],
    ]);
    expect(t.lines).toEqual([2, 4]);
  });

  it('accepts LF, CRLF and lone CR line ends, a missing final line end and blank lines', () => {
    for (const text of ['a,b\n1,2\n3,4', 'a,b\r\n1,2\r\n3,4\r\n', 'a,b\r1,2\r3,4\r', 'a,b\n\n1,2\n\n3,4\n\n']) {
      expect(table(text).rows, JSON.stringify(text)).toEqual([['1', '2'], ['3', '4']]);
    }
  });

  it('drops a UTF-8 byte-order mark (Excel writes one) and reads Korean text', () => {
    const t = table(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('성별,선정\n여성,예\n')]));
    expect(t.header).toEqual(['성별', '선정']);
    expect(t.rows).toEqual([['여성', '예']]);
  });

  it('refuses a row with more or fewer fields than the header, naming its line', () => {
    const e = error('a,b,c\n1,2,3\n4,5\n6,7,8\n');
    expect(e.code).toBe('ragged-row');
    expect(e.line).toBe(3);
    expect(e.message).toBe('Line 3: 2 fields, but the header has 3. Check for a missing or extra comma, or an unquoted comma inside a value.');
    expect(error('a,b\n1,2,3\n').line).toBe(2);
  });

  it('refuses an unclosed quote at the line where it opened, and a quote inside an unquoted field', () => {
    const unclosed = error('a,b\n1,2\n3,"never closed\n4,5\n');
    expect(unclosed).toMatchObject({ code: 'unclosed-quote', line: 3 });
    expect(error('a,b\n1,5" screen\n')).toMatchObject({ code: 'bad-quote', line: 2 });
    expect(error('a,b\n1,"x"y\n')).toMatchObject({ code: 'bad-quote', line: 2 });
    // Line numbers count the line breaks inside quoted fields.
    expect(error('a,b\n"x\ny",1\n2\n')).toMatchObject({ code: 'ragged-row', line: 4 });
  });

  it('refuses an empty file, and a header with a blank or repeated column name', () => {
    expect(error('').code).toBe('empty');
    expect(error('\n\n').code).toBe('empty');
    expect(error(new Uint8Array([0xef, 0xbb, 0xbf])).code).toBe('empty');
    expect(error('a,,c\n1,2,3\n')).toMatchObject({ code: 'bad-header', line: 1 });
    expect(error('Sex,sex\n1,2\n').message).toContain('"sex" twice (columns 1 and 2)');
  });

  it('refuses binary garbage, spreadsheet files and text in other encodings, saying how to save CSV', () => {
    const garbage = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    expect(['binary', 'not-utf8']).toContain(error(garbage).code);
    expect(error(garbage).message).toContain('CSV UTF-8');
    expect(error(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00])).message).toContain('spreadsheet file');
    expect(error(bytes('a,b\n1,\u0000\n')).code).toBe('binary');
    // "남" in EUC-KR, as older Korean Excel saves it.
    expect(error(new Uint8Array([0x61, 0x0a, 0xb3, 0xb2, 0x0a])).code).toBe('not-utf8');
  });

  it('keeps to its limits on size, rows, columns and field length', () => {
    expect(error('a,b\n1,2\n', { maxBytes: 4 }).code).toBe('too-large');
    expect(error(bytes('a,b\n1,2\n'), { maxBytes: 4 }).code).toBe('too-large');
    expect(error('a\n1\n2\n3\n', { maxRows: 2 })).toMatchObject({ code: 'too-many-rows', line: 4 });
    expect(table('a\n1\n2\n').rows).toHaveLength(2);
    expect(error('a,b,c\n', { maxColumns: 2 }).code).toBe('too-many-columns');
    expect(error(`a\n${'x'.repeat(11)}\n`, { maxFieldLength: 10 }).code).toBe('field-too-long');
    expect(error(`a\n"${'x'.repeat(11)}"\n`, { maxFieldLength: 10 }).code).toBe('field-too-long');
  });
});

describe('readCsv', () => {
  it('refuses a 100 MB file from its size alone, without asking for its bytes', async () => {
    let read = false;
    const result = await readCsv({
      size: 100 * 1024 * 1024,
      bytes: async () => {
        read = true;
        return new Uint8Array();
      },
    });
    expect(read).toBe(false);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toBe('The file is 100 MB, larger than the 50 MB this reader accepts. Split it, or keep only the columns the analysis needs.');
  });

  it('reads a file within the limit', async () => {
    const data = bytes('a,b\n1,2\n');
    const result = await readCsv({ size: data.byteLength, bytes: async () => data });
    expect(result.ok && result.table.rows).toEqual([['1', '2']]);
  });
});

describe('findColumn', () => {
  const header = { header: ['Applicant', 'Sex', 'age band'] };
  it('finds a column exactly, else ignoring case and spaces', () => {
    expect(findColumn(header, 'Sex')).toEqual({ ok: true, index: 1 });
    expect(findColumn(header, ' AGE BAND ')).toEqual({ ok: true, index: 2 });
  });
  it('names the missing column and lists the ones there are', () => {
    expect(findColumn(header, 'gender')).toEqual({ ok: false, message: 'Column "gender" not found. The file has these columns: "Applicant", "Sex", "age band".' });
  });
});
