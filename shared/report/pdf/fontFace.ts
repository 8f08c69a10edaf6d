// Runs everywhere (pure). One embedded report font: measured from its own cmap and advances, encoded in batches.
import type { PDFDocument, PDFFont } from '@cantoo/pdf-lib';
import { openFace, pdfFontkit } from './fontkitEngine.js';
import type { MeasuringFace } from './fontkitEngine.js';

/**
 * OpenType features fontkit would otherwise apply on every `layout()` call. The GSUB ones (ligatures,
 * contextual forms, composition) would change glyphs between a word measured alone and the same word in a
 * line; the GPOS ones (kerning, mark placement) are pure cost, because pdf-lib writes glyph ids and never
 * positions. With all of them off a string's glyphs are its characters' cmap glyphs, which is what lets the
 * report measure and encode character by character (see the font tests, which check exactly that).
 */
export const ReportFontFeatures: Readonly<Record<string, boolean>> = {
  calt: false,
  kern: false,
  liga: false,
  clig: false,
  ccmp: false,
  mark: false,
  mkmk: false,
  curs: false,
};

/** Shown instead of a character the font has no glyph for (Hanja or emoji in Pretendard), so nothing vanishes silently. */
const Replacements = ['\u25A1', '?'];

const hangul = /\p{Script=Hangul}/u;

export class FontFace {
  /** Advance per code point, in thousandths of an em. */
  private readonly advances = new Map<number, number>();
  /** Width per word or other string measured, in thousandths of an em: a report repeats its words a lot. */
  private readonly widths = new Map<string, number>();
  /** Subset glyph id per code point, once pdf-lib has put the glyph into the subset. */
  private readonly glyphs = new Map<number, number>();
  /** The same, as the two bytes of a PDF literal string (escaped where PDF syntax needs it). */
  private readonly literals = new Map<number, string>();
  private readonly pending = new Set<number>();
  private readonly covered = new Map<number, boolean>();
  private readonly scale: number;
  readonly replacement: string;
  /** Ascender and descender (negative) as fractions of the size; read once, as fontkit's getters re-read tables. */
  readonly ascent: number;
  readonly descent: number;

  private constructor(
    readonly pdfFont: PDFFont,
    private readonly face: MeasuringFace,
    /** The font's name in every page's resources. */
    readonly resourceName: string,
  ) {
    this.scale = 1000 / face.unitsPerEm;
    this.ascent = face.ascent / face.unitsPerEm;
    this.descent = face.descent / face.unitsPerEm;
    this.replacement = Replacements.find((r) => face.hasGlyphForCodePoint(r.codePointAt(0)!)) ?? '?';
  }

  /**
   * `subsetTag` (six capital letters) prefixes the font's name with `+`, the PDF mark of a subset that pdffonts
   * and preflight tools read. WOFF and WOFF2 are refused: fontkit subsets WOFF2 into broken glyphs.
   */
  static async embed(pdf: PDFDocument, bytes: Uint8Array, subsetTag: string, resourceName: string): Promise<FontFace> {
    const magic = String.fromCharCode(...bytes.subarray(0, 4));
    if (magic === 'wOF2' || magic === 'wOFF') throw new Error('the report fonts must be TTF or OTF, not WOFF/WOFF2');
    const face = openFace(bytes);
    pdf.registerFontkit(pdfFontkit);
    const customName = `${subsetTag}+${face.postscriptName ?? resourceName}`;
    const pdfFont = await pdf.embedFont(bytes, { subset: true, features: ReportFontFeatures, customName });
    return new FontFace(pdfFont, face, resourceName);
  }

  has(codePoint: number): boolean {
    let has = this.covered.get(codePoint);
    if (has === undefined) {
      has = this.face.hasGlyphForCodePoint(codePoint);
      this.covered.set(codePoint, has);
    }
    return has;
  }

  private advance(codePoint: number): number {
    let advance = this.advances.get(codePoint);
    if (advance === undefined) {
      advance = this.face.glyphForCodePoint(codePoint).advanceWidth * this.scale;
      this.advances.set(codePoint, advance);
    }
    return advance;
  }

  /** Width in points of text already cleaned for this font (see `cleanText`). */
  widthOf(text: string, size: number): number {
    let units = this.widths.get(text);
    if (units === undefined) {
      units = 0;
      for (const char of text) units += this.advance(char.codePointAt(0)!);
      this.widths.set(text, units);
    }
    return (units * size) / 1000;
  }

  /** Notes the characters of a drawn string, so `flush` puts their glyphs into the subset. */
  use(text: string): void {
    for (const char of text) {
      const codePoint = char.codePointAt(0)!;
      if (!this.glyphs.has(codePoint)) this.pending.add(codePoint);
    }
  }

  /**
   * Encodes every noted character with pdf-lib (which adds its glyph to the subset), in two calls rather
   * than one per line: each `layout()` call costs fontkit a shaping plan, and Hangul and other scripts go
   * in separate runs because fontkit picks a run's script from its text.
   */
  flush(): void {
    if (this.pending.size === 0) return;
    const all = [...this.pending];
    this.pending.clear();
    for (const run of [all.filter((cp) => hangul.test(String.fromCodePoint(cp))), all.filter((cp) => !hangul.test(String.fromCodePoint(cp)))]) {
      if (run.length === 0) continue;
      const hex = this.pdfFont.encodeText(String.fromCodePoint(...run)).asString();
      if (hex.length === run.length * 4) {
        run.forEach((cp, i) => this.setGlyph(cp, parseInt(hex.slice(i * 4, i * 4 + 4), 16)));
      } else {
        // Something mapped several characters to one glyph or the reverse: fall back to one call each.
        for (const cp of run) this.setGlyph(cp, parseInt(this.pdfFont.encodeText(String.fromCodePoint(cp)).asString().slice(0, 4), 16));
      }
    }
  }

  private setGlyph(codePoint: number, glyph: number): void {
    this.glyphs.set(codePoint, glyph);
    this.literals.set(codePoint, literalByte(glyph >> 8) + literalByte(glyph & 0xff));
  }

  /** Subset glyph ids of a string whose characters were all noted with `use` and flushed. */
  glyphIds(text: string): number[] {
    return Array.from(text, (char) => this.glyphs.get(char.codePointAt(0)!) ?? 0);
  }

  /**
   * The string's glyphs as the body of a PDF literal string, two bytes per glyph (Identity-H): half the size of
   * hex, which matters because text is most of a report's content. Every character must have been noted with
   * `use` and flushed.
   */
  literal(text: string): string {
    let out = '';
    for (const char of text) {
      const code = this.literals.get(char.codePointAt(0)!);
      if (code === undefined) throw new Error(`"${char}" was drawn without being noted for the font subset`);
      out += code;
    }
    return out;
  }
}

/** One byte inside a literal string: parentheses and backslashes are escaped, line ends too (readers would normalise them). */
function literalByte(byte: number): string {
  if (byte === 0x28 || byte === 0x29 || byte === 0x5c) return `\\${String.fromCharCode(byte)}`;
  if (byte === 0x0d) return '\\r';
  if (byte === 0x0a) return '\\n';
  return String.fromCharCode(byte);
}
