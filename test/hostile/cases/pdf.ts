// Test-time only (Node). Hostile PDFs handed to "Check a PDF" and `jointcheck verify`, and what each must come to.
import { deflateSync } from 'fflate';
import { MaxSignatureWork } from '../../../shared/signing/verifyPdf';
import { createIdentity, type SigningIdentity } from '../../../shared/signing/identity';
import { signPdf } from '../../../shared/signing/signPdf';
import { samplePdf } from '../../shared/signing/support';
import { Cp949Bytes, cutsOf, type HostileCase, MarkupPayloads, PngBytes, utf8 } from '../corpus';

/**
 * `valid`: every signature passes (exit 0). `invalid`: read, but a signature fails or there is none (exit 1),
 * with a problem matching when given. `unreadable`: not a PDF that can be read (exit 2). `notValid`: either of the last two.
 */
export type PdfExpected =
  | { readonly valid: true; readonly reason?: string }
  | { readonly invalid: true; readonly problem?: RegExp }
  | { readonly unreadable: 'not-pdf' | 'unreadable' }
  /** Invalid or unreadable (a file cut short may be either, depending on where): never exit 0. */
  | { readonly notValid: true };

type Case = HostileCase<Uint8Array, PdfExpected>;

const latin1 = (bytes: Uint8Array): string => new TextDecoder('latin1').decode(bytes);
const fromLatin1 = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0));

/** A minimal PDF of the given object bodies (object 1 is the catalog), with a correct cross-reference table. */
export function craftPdf(objects: readonly (string | Uint8Array)[]): Uint8Array {
  let out = '%PDF-1.7\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${typeof body === 'string' ? body : latin1(body)}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return fromLatin1(out);
}

const catalog = '<< /Type /Catalog /Pages 2 0 R >>';
const pages = '<< /Type /Pages /Kids [] /Count 0 >>';
const pad10 = (n: number): string => String(n).padStart(10, '0');

/**
 * `n` signature dictionaries that each point their ByteRange gap at their own /Contents and end at a later
 * revision, the last at the file's end: the shape that makes a verifier compare every pair of revisions.
 * `filler` small objects come first, so that each revision has that many objects to load and compare.
 */
export function fakeSignatures(n: number, filler = 0): Uint8Array {
  const build = (ranges: readonly (readonly number[])[] | null): { text: string; gaps: [number, number][] } => {
    let text = '%PDF-1.7\n';
    const offsets: number[] = [];
    const gaps: [number, number][] = [];
    for (let i = 0; i < n + 2 + filler; i++) {
      offsets.push(text.length);
      text += `${i + 1} 0 obj\n`;
      if (i === 0) text += catalog;
      else if (i === 1) text += pages;
      else if (i < 2 + filler) text += `<< /Filler ${i} >>`;
      else {
        text += `<< /Type /Sig /ByteRange [${(ranges?.[i - 2 - filler] ?? [0, 0, 0, 0]).map(pad10).join(' ')}] /Contents `;
        const b = text.length;
        text += '<3080>';
        gaps.push([b, text.length]);
        text += ' >>';
      }
      text += '\nendobj\n';
    }
    const xref = text.length;
    text += `xref\n0 ${offsets.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${pad10(o)} 00000 n \n`).join('')}trailer\n<< /Size ${offsets.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
    return { text, gaps };
  };
  const first = build(null);
  const length = first.text.length;
  const ranges = first.gaps.map(([b, c], i) => [0, b, c, (i === n - 1 ? length : Math.min(length, c + 20 + i)) - c]);
  return fromLatin1(build(ranges).text);
}

/** Replaces the first occurrence of `from` (latin1) with `to` of the same length, so every offset stays right. */
function overwrite(pdf: Uint8Array, from: string, to: (found: string) => string, occurrence: 'first' | 'last' = 'first'): Uint8Array {
  const text = latin1(pdf);
  const at = occurrence === 'first' ? text.indexOf(from) : text.lastIndexOf(from);
  if (at < 0) throw new Error(`${from} not in the PDF`);
  const replacement = to(from);
  if (replacement.length !== from.length) throw new Error('the replacement must keep the length');
  return fromLatin1(text.slice(0, at) + replacement + text.slice(at + from.length));
}

/** The hex digits of the (last) signature's /Contents, as [start, end) in the file. */
function contentsHex(pdf: Uint8Array): [number, number] {
  const text = latin1(pdf);
  const key = text.lastIndexOf('/Contents <');
  const start = key + '/Contents <'.length;
  return [start, text.indexOf('>', start)];
}

function withContents(pdf: Uint8Array, hex: (length: number) => string): Uint8Array {
  const [start, end] = contentsHex(pdf);
  const text = latin1(pdf);
  return fromLatin1(text.slice(0, start) + hex(end - start).slice(0, end - start).padEnd(end - start, '0') + text.slice(end));
}

/** The ByteRange array of the last signature replaced by `range`, padded with spaces to the same length (the signer leaves room after it). */
function withByteRange(pdf: Uint8Array, range: string): Uint8Array {
  const text = latin1(pdf);
  const key = text.lastIndexOf('/ByteRange [');
  const start = key + '/ByteRange '.length;
  let end = text.indexOf(']', start) + 1;
  while (text[end] === ' ') end++;
  if (range.length > end - start) throw new Error('range too long');
  return fromLatin1(text.slice(0, start) + range.padEnd(end - start, ' ') + text.slice(end));
}

/** The four numbers of the last signature's ByteRange. */
function lastByteRange(pdf: Uint8Array): [number, number, number, number] {
  const text = latin1(pdf);
  const start = text.lastIndexOf('/ByteRange [') + '/ByteRange ['.length;
  return text.slice(start, text.indexOf(']', start)).trim().split(/\s+/).map(Number) as [number, number, number, number];
}

/** Every digit of the last cross-reference table turned into a 7: offsets pointing anywhere. */
function garbleLastXref(pdf: Uint8Array): Uint8Array {
  const text = latin1(pdf);
  const at = text.lastIndexOf('\nxref\n');
  if (at < 0) throw new Error('no cross-reference table');
  const start = at + '\nxref\n'.length;
  const end = text.indexOf('trailer', start);
  return fromLatin1(text.slice(0, start) + text.slice(start, end).replace(/[0-9]/g, '7') + text.slice(end));
}

let prepared: Promise<{ identity: SigningIdentity; unsigned: Uint8Array; signed: Uint8Array; twice: Uint8Array }> | null = null;

function signedSamples(): NonNullable<typeof prepared> {
  prepared ??= (async () => {
    const identity = await createIdentity({ name: 'Kim Min-ji', organisation: 'Hanbit union', role: 'Worker co-chair' }, new Date('2026-01-01T00:00:00Z'));
    const unsigned = await samplePdf({ pages: 2 });
    const sign = (pdf: Uint8Array, reason: string): Promise<Uint8Array> => signPdf(pdf, { identity }, { reason, signerName: identity.name, signingTime: new Date('2026-11-20T08:00:00Z') });
    const signed = await sign(unsigned, 'Approved');
    return { identity, unsigned, signed, twice: await sign(signed, 'Agreed') };
  })();
  return prepared;
}

export async function pdfCases(): Promise<Case[]> {
  const { identity, unsigned, signed, twice } = await signedSamples();
  const cases: Case[] = [];
  const add = (name: string, input: () => Uint8Array | Promise<Uint8Array>, expected: PdfExpected): void => void cases.push({ name, input, expected });
  const invalid = (problem?: RegExp): PdfExpected => (problem ? { invalid: true, problem } : { invalid: true });

  add('a signed report (baseline)', () => signed, { valid: true, reason: 'Approved' });
  add('a report signed by both sides (baseline)', () => twice, { valid: true });
  add('an unsigned report', () => unsigned, invalid());

  // Cut short anywhere: at the start, in objects and streams, in the signature, in the cross-reference table and trailer.
  for (const cut of cutsOf(signed, ['%PDF', ' obj', 'stream', '/ByteRange', '/Contents <', 'xref', 'trailer', 'startxref', '%%EOF'], 2).filter((c) => c > 0)) {
    add(`cut at byte ${cut} of ${signed.length}`, () => signed.subarray(0, cut), cut < 5 ? { unreadable: 'not-pdf' } : { notValid: true });
  }
  add('the final %%EOF removed', () => signed.subarray(0, latin1(signed).lastIndexOf('%%EOF')), invalid(/past the end/));
  add('a cross-reference table of garbage', () => garbleLastXref(signed), invalid());
  add('an unsigned file with a cross-reference table of garbage', () => garbleLastXref(craftPdf([catalog, pages])), invalid());
  add('startxref pointing past the end', () => overwrite(unsigned, `startxref\n${latin1(unsigned).split('startxref\n')[1]!.split('\n')[0]}`, (s) => `startxref\n${'9'.repeat(s.length - 10)}`, 'last'), invalid());

  // The signature's contents: garbage, zeros, ASN.1 nested until a naive parser overflows its stack.
  add('random hex as the signature', () => withContents(signed, (n) => Array.from({ length: n }, (_, i) => '0123456789abcdef'[(i * 7 + 3) % 16]).join('')), invalid());
  add('a signature of zeros', () => withContents(signed, (n) => '0'.repeat(n)), invalid());
  add('a signature of nested BER sequences', () => withContents(signed, (n) => '3080'.repeat(n / 4)), invalid());
  add('a signature that is not hex', () => withContents(signed, (n) => 'zz'.repeat(n / 2)), invalid());
  add('one byte of a page changed after signing', () => {
    const changed = signed.slice();
    changed[latin1(signed).indexOf('stream\n') + 20]! ^= 1;
    return changed;
  }, invalid(/digest/i));

  // ByteRange lies.
  for (const [what, range] of [
    ['all zeros', '[0 0 0 0]'],
    ['negative numbers', '[0 -5 10 -1]'],
    ['fractions', '[0 10.5 20 30]'],
    ['five numbers', '[0 1 2 3 4]'],
    ['numbers beyond 2^53', '[0 99999999999999999999 1 1]'],
    ['a range past the end of the file', '[0 100 200 999999999]'],
    ['a range that does not start at 0', '[5 100 200 300]'],
    ['ranges that overlap', '[0 200 100 300]'],
    ['names instead of numbers', '[/A /B /C /D]'],
  ] as const) {
    add(`a ByteRange of ${what}`, () => withByteRange(signed, range), invalid());
  }
  add('a ByteRange gap that is not its own /Contents', () => {
    const [a, b, c, d] = lastByteRange(signed);
    return withByteRange(signed, `[${a} ${b + 2} ${c} ${d}]`);
  }, invalid(/gap/));

  // Structures built to exhaust a parser or a verifier.
  // n signatures over n + 2 objects: the most signatures within the limit on signatures × objects, then one more.
  const most = Math.floor(Math.sqrt(MaxSignatureWork + 1)) - 1;
  add(`${most} fake signatures, each compared with every later revision`, () => fakeSignatures(most), invalid());
  add(`${most + 1} fake signatures`, () => fakeSignatures(most + 1), { unreadable: 'unreadable' });
  add('1,000 fake signatures', () => fakeSignatures(1000), { unreadable: 'unreadable' });
  add('20 fake signatures over 10,000 objects', () => fakeSignatures(20, 10_000), { unreadable: 'unreadable' });
  add('5 fake signatures over 10,000 objects', () => fakeSignatures(5, 10_000), invalid());
  add('100,000 nested arrays in the catalog', () => craftPdf([`<< /Type /Catalog /Pages 2 0 R /X ${'['.repeat(100_000)}${']'.repeat(100_000)} >>`, pages]), { unreadable: 'unreadable' });
  add('50,000 nested dictionaries in the catalog', () => craftPdf([`<< /Type /Catalog /Pages 2 0 R /X ${'<< /A '.repeat(50_000)}1${' >>'.repeat(50_000)} >>`, pages]), { unreadable: 'unreadable' });
  add('an object stream inflating to 300 MB', () => {
    const bomb = deflateSync(new Uint8Array(300 * 1024 * 1024), { level: 1 });
    return craftPdf([catalog, pages, new Uint8Array([...utf8(`<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length ${bomb.length} >>\nstream\n`), ...bomb, ...utf8('\nendstream')])]);
  }, invalid());
  add('a form whose fields are their own kids', () => craftPdf(['<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [3 0 R] >> >>', pages, '<< /T (a) /FT /Sig /Kids [4 0 R] >>', '<< /T (b) /Parent 3 0 R /Kids [3 0 R 4 0 R] >>']), invalid());
  add('a signature field whose value is a loop', () => craftPdf(['<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [3 0 R] >> >>', pages, '<< /T (s) /FT /Sig /V 3 0 R /ByteRange [0 1 2 3] /Contents <00> >>']), invalid());
  add('a catalog that is a number', () => craftPdf(['42', pages]), { unreadable: 'unreadable' });

  // Other kinds of file.
  add('an empty file', () => new Uint8Array(0), { unreadable: 'not-pdf' });
  add('a PNG image', () => PngBytes, { unreadable: 'not-pdf' });
  add('an assessment file', () => utf8('{"format":"jointcheck-assessment","formatVersion":2}'), { unreadable: 'not-pdf' });
  add('a CSV in CP949', () => Cp949Bytes, { unreadable: 'not-pdf' });
  add('the header alone', () => utf8('%PDF-'), { unreadable: 'unreadable' });
  // pdf-lib reads noise at about 1.7 s per MB (a real PDF's streams are skipped by their length): kept small here.
  add('a header followed by 256 KB of noise', () => new Uint8Array([...utf8('%PDF-1.7\n'), ...Uint8Array.from({ length: 256 * 1024 }, (_, i) => (i * 2654435761) >>> 24)]), { unreadable: 'unreadable' });
  add('the header after 1,024 bytes of junk', () => new Uint8Array([...new Uint8Array(1024).fill(0x20), ...signed]), { unreadable: 'not-pdf' });

  // What the signer wrote is text.
  for (const payload of MarkupPayloads.slice(0, 2)) {
    add(`a reason written as markup: ${payload}`, () => signPdf(unsigned, { identity }, { reason: payload, signerName: payload, signingTime: new Date('2026-11-20T08:00:00Z') }), { valid: true, reason: payload });
  }
  return cases;
}
