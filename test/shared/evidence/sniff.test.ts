// Which files a committee can attach as evidence, judged by their bytes and not their names.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AcceptAttribute, nameForType, SupportedTypes } from '../../../shared/evidence/fileTypes';
import { DocumentMaxBytes, PhotoMaxBytes, SniffBytes } from '../../../shared/evidence/limits';
import { formatMegabytes, refusalDetail } from '../../../shared/evidence/refusalDetail';
import { checkFile, detectContent, type FileAccepted, type FileRefusal } from '../../../shared/evidence/sniff';

const jpeg = new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../fixtures/evidence/plain.jpg')));
const ascii = (text: string): number[] => Array.from(text, (c) => c.charCodeAt(0));
const bytes = (...parts: (string | number[])[]): Uint8Array => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? ascii(p) : p)));
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

const samples = {
  png: bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], [0, 0, 0, 13], 'IHDR'),
  webp: bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 '),
  gif: bytes('GIF89a', [1, 0, 1, 0]),
  pdf: bytes('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj'),
  zip: bytes('PK', [3, 4, 20, 0, 6, 0, 8, 0], '[Content_Types].xml'),
  ole: bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
  heic: bytes([0, 0, 0, 0x18], 'ftypheic', [0, 0, 0, 0], 'mif1heic'),
  avif: bytes([0, 0, 0, 0x1c], 'ftypavif', [0, 0, 0, 0], 'avifmif1miaf'),
  mp4: bytes([0, 0, 0, 0x18], 'ftypisom', [0, 0, 2, 0], 'isomiso2'),
  exe: bytes('MZ', [0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff]),
  elf: bytes([0x7f], 'ELF', [2, 1, 1, 0]),
  tiff: bytes('II*', [0, 8, 0, 0, 0]),
  bmp: bytes('BM', [0x36, 0x10, 0, 0, 0, 0, 0, 0, 0x36, 0, 0, 0, 0x28, 0]),
  rar: bytes('Rar!', [0x1a, 0x07, 0x01, 0x00]),
  svg: utf8('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"></svg>'),
  text: utf8('항목,답변,메모\nQ1,예,"지게차 통로 확인"\n'),
};

const accepted = (result: FileAccepted | FileRefusal): FileAccepted => {
  expect(result).toMatchObject({ ok: true });
  return result as FileAccepted;
};

describe('checkFile accepts every supported type under its own name', () => {
  it.each([
    ['photo.jpg', jpeg, 'jpeg', 'photo', 'image/jpeg'],
    ['PHOTO.JPEG', jpeg, 'jpeg', 'photo', 'image/jpeg'],
    ['screen.png', samples.png, 'png', 'photo', 'image/png'],
    ['shot.webp', samples.webp, 'webp', 'photo', 'image/webp'],
    ['anim.gif', samples.gif, 'gif', 'photo', 'image/gif'],
    ['policy.pdf', samples.pdf, 'pdf', 'document', 'application/pdf'],
    ['minutes.docx', samples.zip, 'docx', 'document', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['rota.xlsx', samples.zip, 'xlsx', 'document', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['briefing.pptx', samples.zip, 'pptx', 'document', 'application/vnd.openxmlformats-officedocument.presentationml.presentation'],
    ['old.doc', samples.ole, 'doc', 'document', 'application/msword'],
    ['old.xls', samples.ole, 'xls', 'document', 'application/vnd.ms-excel'],
    ['old.ppt', samples.ole, 'ppt', 'document', 'application/vnd.ms-powerpoint'],
    ['notes.txt', samples.text, 'txt', 'document', 'text/plain'],
    ['answers.csv', samples.text, 'csv', 'document', 'text/csv'],
  ] as const)('%s', (name, content, id, kind, mediaType) => {
    const result = accepted(checkFile(name, content, content.length));
    expect(result.type.id).toBe(id);
    expect(result.kind).toBe(kind);
    expect(result.mediaType).toBe(mediaType);
  });

  it('takes a file with no extension for what its bytes clearly are, plain text included', () => {
    expect(accepted(checkFile('IMG_0042', jpeg, jpeg.length)).type.id).toBe('jpeg');
    expect(accepted(checkFile('scan', samples.pdf, samples.pdf.length)).type.id).toBe('pdf');
    expect(accepted(checkFile('README', samples.text, samples.text.length)).type.id).toBe('txt');
  });

  it('stores a photo saved under another photo extension as what it really is, under a name that says so', () => {
    const result = accepted(checkFile('download.jpg', samples.png, samples.png.length));
    expect(result.type.id).toBe('png');
    expect(result.mediaType).toBe('image/png');
    expect(nameForType('download.jpg', result.type)).toBe('download.png');
    expect(nameForType('README', accepted(checkFile('README', samples.text, samples.text.length)).type)).toBe('README.txt');
    expect(nameForType('IMG_1.JPEG', accepted(checkFile('IMG_1.JPEG', jpeg, jpeg.length)).type)).toBe('IMG_1.JPEG');
  });

  it('finds a PDF header after junk a scanner wrote before it, and text cut off mid-character by the sniff window', () => {
    expect(detectContent(bytes('\r\n\r\n%PDF-1.4\n'))).toBe('pdf');
    const korean = utf8('안전 점검 메모 '.repeat(400)).subarray(0, SniffBytes - 3);
    expect(korean.at(-1)! & 0xc0).toBe(0x80); // the window ends inside '모'
    expect(detectContent(korean, SniffBytes * 10)).toBe('text');
    // The same cut at the real end of the file is broken UTF-8.
    expect(detectContent(korean, korean.length)).toBe(null);
  });

  it('offers every allowed extension to the file picker', () => {
    for (const type of SupportedTypes) for (const ext of type.extensions) expect(AcceptAttribute.split(',')).toContain(`.${ext}`);
  });
});

describe('checkFile refuses, saying why', () => {
  it('an empty file', () => {
    expect(checkFile('photo.jpg', new Uint8Array(), 0)).toEqual({ ok: false, code: 'empty', fileName: 'photo.jpg' });
  });

  it('a photo over 40 MB and a document over 100 MB, but not one just under', () => {
    expect(checkFile('big.jpg', jpeg, PhotoMaxBytes + 1)).toEqual({ ok: false, code: 'too-large', fileName: 'big.jpg', kind: 'photo', size: PhotoMaxBytes + 1, limit: PhotoMaxBytes });
    expect(checkFile('ok.jpg', jpeg, PhotoMaxBytes)).toMatchObject({ ok: true });
    expect(checkFile('big.pdf', samples.pdf, DocumentMaxBytes + 1)).toMatchObject({ ok: false, code: 'too-large', kind: 'document', limit: DocumentMaxBytes });
    expect(checkFile('manual.pdf', samples.pdf, 60 * 1024 * 1024)).toMatchObject({ ok: true });
  });

  it('a HEIC photo from an iPhone, with the advice to convert it to JPEG', () => {
    expect(checkFile('IMG_1234.HEIC', samples.heic, 2_000_000)).toEqual({
      ok: false,
      code: 'unsupported-type',
      fileName: 'IMG_1234.HEIC',
      extension: 'heic',
      detected: 'heic',
      convertToJpeg: true,
    });
  });

  it.each([
    ['photo.avif', samples.avif, 'avif', true],
    ['scan.tif', samples.tiff, 'tiff', true],
    ['paint.bmp', samples.bmp, 'bmp', true],
    ['clip.mp4', samples.mp4, 'video', false],
    ['logo.svg', samples.svg, 'svg', false],
    ['evidence.zip', samples.zip, 'zip', false],
    ['minutes.odt', samples.zip, 'zip', false],
    ['backup.rar', samples.rar, 'rar', false],
    ['tool', samples.elf, 'elf', false],
    ['notes.md', samples.text, 'text', false],
    ['data.bin', bytes([0, 1, 2, 3, 0xfe, 0xff]), null, false],
  ] as const)('%s as an unsupported type, naming what it is', (name, content, detected, convertToJpeg) => {
    expect(checkFile(name, content, content.length)).toMatchObject({ ok: false, code: 'unsupported-type', detected, convertToJpeg });
  });

  it.each([
    ['report.jpg', samples.pdf, 'jpeg', 'pdf', false],
    ['invoice.pdf', samples.exe, 'pdf', 'exe', false],
    ['IMG_1234.jpg', samples.heic, 'jpeg', 'heic', true],
    ['minutes.docx', samples.pdf, 'docx', 'pdf', false],
    ['minutes.docx', samples.ole, 'docx', 'ole', false],
    ['old.doc', samples.zip, 'doc', 'zip', false],
    ['photo.jpg', samples.text, 'jpeg', 'text', false],
    ['notes.txt', bytes('abc', [0], 'def'), 'txt', null, false],
    // Excel's plain "CSV" on Korean Windows writes CP949, not UTF-8.
    ['excel.csv', bytes([0xc7, 0xd7, 0xb8, 0xf1], ',', [0xb4, 0xe4, 0xba, 0xaf]), 'csv', null, false],
    ['utf16.txt', bytes([0xff, 0xfe, 0x41, 0x00, 0x42, 0x00]), 'txt', null, false],
  ] as const)('%s whose bytes are something else, naming both', (name, content, claimed, detected, convertToJpeg) => {
    const result = checkFile(name, content, content.length);
    expect(result).toMatchObject({ ok: false, code: 'content-mismatch', detected, convertToJpeg });
    expect(result.ok === false && result.code === 'content-mismatch' && result.claimed.id).toBe(claimed);
  });
});

describe('refusalDetail', () => {
  it('gives a message the sizes, names and advice it shows, in a form every language can use', () => {
    expect(refusalDetail(checkFile('big.jpg', jpeg, 52.34 * 1024 * 1024) as FileRefusal)).toEqual({ size: '52.3 MB', limit: '40 MB', kind: 'photo' });
    expect(refusalDetail(checkFile('IMG_1.heic', samples.heic, 100) as FileRefusal)).toEqual({ extension: 'HEIC', detected: 'heic', advice: 'convert-to-jpeg' });
    expect(refusalDetail(checkFile('report.jpeg', samples.pdf, 100) as FileRefusal)).toEqual({ claimed: 'JPG', detected: 'pdf', advice: '' });
    expect(refusalDetail(checkFile('x.pdf', bytes([0, 1, 2]), 3) as FileRefusal)).toEqual({ claimed: 'PDF', detected: '', advice: '' });
    expect(formatMegabytes(DocumentMaxBytes)).toBe('100 MB');
  });
});
