// Runs everywhere (pure). The space a signature dictionary reserves in the saved file, found again and filled in.
// Written by us, not @signpdf: it garbles non-ASCII text and fixes the field name.
import { PDFHexString } from '@cantoo/pdf-lib';
import type { PDFArray, PDFContext } from '@cantoo/pdf-lib';
import { indexOf, latin1, lastIndexOf, toHex } from './bytes';

/**
 * pdf-lib writes this name as `/**********`: 11 bytes, room for any offset up to 10 digits (9.3 GiB)
 * padded with spaces, so filling the ByteRange in moves no byte and leaves the xref offsets true.
 */
const marker = '**********';
const markerToken = latin1(`/${marker}`);

export function byteRangePlaceholder(context: PDFContext): PDFArray {
  return context.obj([0, marker, marker, marker]);
}

export function contentsPlaceholder(reservedBytes: number): PDFHexString {
  return PDFHexString.of('0'.repeat(reservedBytes * 2));
}

/** Where the reserved space lies in the saved file. */
export type Reservation = {
  /** The ByteRange array, from `[` to just after `]`. */
  readonly rangeStart: number;
  readonly rangeEnd: number;
  /** The /Contents hex string, from `<` to just after `>`: the one gap the signature does not cover. */
  readonly contentsStart: number;
  readonly contentsEnd: number;
};

const isSpace = (b: number | undefined): boolean => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09 || b === 0x0c || b === 0x00;

/**
 * Finds our placeholder: the last `/ByteRange` whose array is `[0` and three markers (earlier signatures
 * have numbers there), then the /Contents that follows it in the same dictionary.
 */
export function findReservation(pdf: Uint8Array, searchFrom: number): Reservation {
  const third = lastIndexOf(pdf, markerToken, searchFrom);
  if (third < 0) throw new Error('signature placeholder not found in the saved PDF');
  const rangeStart = lastIndexOf(pdf.subarray(0, third), latin1('['), searchFrom);
  const rangeEnd = indexOf(pdf, latin1(']'), third) + 1;
  const tokens = String.fromCharCode(...pdf.subarray(rangeStart + 1, rangeEnd - 1)).trim().split(/\s+/);
  if (rangeStart < 0 || rangeEnd <= 0 || tokens.join(' ') !== `0 /${marker} /${marker} /${marker}`) throw new Error('signature ByteRange placeholder is malformed');
  const contentsKey = indexOf(pdf, latin1('/Contents'), rangeEnd);
  let contentsStart = contentsKey + '/Contents'.length;
  while (isSpace(pdf[contentsStart])) contentsStart++;
  if (contentsKey < 0 || pdf[contentsStart] !== 0x3c /* < */) throw new Error('signature /Contents placeholder not found after its ByteRange');
  const contentsEnd = indexOf(pdf, latin1('>'), contentsStart) + 1;
  if (contentsEnd <= 0) throw new Error('signature /Contents placeholder is not closed');
  return { rangeStart, rangeEnd, contentsStart, contentsEnd };
}

/** The four ByteRange numbers: everything but the /Contents gap. */
export function byteRangeOf(reservation: Reservation, fileLength: number): readonly [number, number, number, number] {
  return [0, reservation.contentsStart, reservation.contentsEnd, fileLength - reservation.contentsEnd];
}

/** Writes the ByteRange numbers over the placeholder, in place, padded with spaces to the same length. */
export function fillByteRange(pdf: Uint8Array, reservation: Reservation, range: readonly number[]): void {
  const width = reservation.rangeEnd - reservation.rangeStart;
  const text = `[${range.join(' ')}]`;
  if (text.length > width) throw new Error('ByteRange does not fit its placeholder');
  pdf.set(latin1(text.padEnd(width, ' ')), reservation.rangeStart);
}

/** Writes the DER signature into the /Contents gap as hex, zero-padded; false when it does not fit. */
export function fillContents(pdf: Uint8Array, reservation: Reservation, der: Uint8Array): boolean {
  const room = reservation.contentsEnd - reservation.contentsStart - 2;
  const hex = toHex(der).toUpperCase();
  if (hex.length > room) return false;
  pdf.set(latin1(hex.padEnd(room, '0')), reservation.contentsStart + 1);
  return true;
}
