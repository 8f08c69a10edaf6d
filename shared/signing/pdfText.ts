// Runs everywhere (pure). PDF text strings and dates as the signature dictionary needs them.
import { PDFHexString, PDFString } from '@cantoo/pdf-lib';
import type { PDFObject } from '@cantoo/pdf-lib';

/**
 * A PDF text string as UTF-16BE with a byte-order mark, written in hex: Korean names and reasons survive
 * every reader, and no character (parentheses, backslashes) needs escaping.
 */
export function textString(text: string): PDFHexString {
  return PDFHexString.fromText(text);
}

/** The text of a string object (PDFDocEncoding or UTF-16), or '' for anything else. */
export function readText(value: PDFObject | undefined): string {
  if (value instanceof PDFString || value instanceof PDFHexString) return value.decodeText();
  return '';
}

const two = (n: number): string => String(n).padStart(2, '0');

/** `D:YYYYMMDDHHmmSS+HH'mm'` in the signer's local time with its offset, as PDF 32000 §7.9.4 writes dates. */
export function pdfDate(date: Date): string {
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  const zone = offset === 0 ? 'Z' : `${sign}${two(Math.floor(abs / 60))}'${two(abs % 60)}'`;
  return `D:${date.getFullYear()}${two(date.getMonth() + 1)}${two(date.getDate())}${two(date.getHours())}${two(date.getMinutes())}${two(date.getSeconds())}${zone}`;
}

/** Reads a PDF date (`D:` prefix, optional parts and zone); null when it is not one. */
export function parsePdfDate(text: string): Date | null {
  const m = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:([Zz])|([+-])(\d{2})'?(\d{2})?'?)?/.exec(text.trim());
  if (!m) return null;
  const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00', , sign, oh = '00', om = '00'] = m;
  const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  if (Number.isNaN(utc)) return null;
  const offsetMinutes = sign ? (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om)) : 0;
  return new Date(utc - offsetMinutes * 60_000);
}

/** `2026-03-05 14:07 +09:00`: the local time the signer saw, with its offset so readers elsewhere are not misled. */
export function displayTime(date: Date): string {
  const offset = -date.getTimezoneOffset();
  const abs = Math.abs(offset);
  const zone = offset === 0 ? 'UTC' : `${offset >= 0 ? '+' : '-'}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())} ${zone}`;
}
