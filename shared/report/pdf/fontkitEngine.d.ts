// Types for fontkitEngine.js (see there for why it exists).
import type { PDFDocument } from '@cantoo/pdf-lib';

/** pdf-lib's own structural type for the engine it is given. */
export type PdfFontkit = Parameters<PDFDocument['registerFontkit']>[0];

/** The little of a parsed font the report measures text with. */
export type MeasuringFace = {
  readonly postscriptName: string | null;
  readonly unitsPerEm: number;
  readonly ascent: number;
  readonly descent: number;
  hasGlyphForCodePoint(codePoint: number): boolean;
  glyphForCodePoint(codePoint: number): { readonly id: number; readonly advanceWidth: number };
};

export declare const pdfFontkit: PdfFontkit;
export declare function openFace(bytes: Uint8Array): MeasuringFace;
