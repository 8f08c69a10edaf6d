// Runs everywhere (pure). The visible face of a signature: what a reader of the printed report sees in its box.
import {
  beginText,
  endText,
  fill,
  moveText,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  setFillingRgbColor,
  setFontAndSize,
  setLineWidth,
  setStrokingRgbColor,
  showText,
  StandardFonts,
  stroke,
} from '@cantoo/pdf-lib';
import type { PDFDocument, PDFFont, PDFOperator, PDFRef } from '@cantoo/pdf-lib';

/** pdf-lib's fontkit parameter type, so shared/ need not import fontkit (its typings pull in Node's). */
export type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];

/**
 * A font for the visible signature: TTF or OTF bytes (Pretendard for Korean) and the fontkit
 * module (upstream fontkit 2; the caller imports it). Without one the text is set in Helvetica, which
 * has no Hangul: signing then refuses any text it cannot show.
 */
export type AppearanceFont = { readonly bytes: Uint8Array; readonly fontkit: Fontkit };

/** The fixed words in the box, replaceable for a Korean report. */
export type AppearanceLabels = {
  readonly digitallySigned: string;
  readonly signed: string;
  readonly reason: string;
  readonly location: string;
};

export const EnglishLabels: AppearanceLabels = { digitallySigned: 'Digitally signed', signed: 'Signed', reason: 'Reason', location: 'Location' };

export type AppearanceText = {
  readonly signerName: string;
  /** The side or role and organisation, one line. */
  readonly role: string;
  readonly time: string;
  readonly reason: string;
  readonly location: string;
  readonly labels: AppearanceLabels;
};

type Rgb = readonly [number, number, number];
const accent: Rgb = [0.12, 0.33, 0.62];
const ink: Rgb = [0.1, 0.1, 0.12];
const muted: Rgb = [0.33, 0.35, 0.4];
const tint: Rgb = [0.95, 0.97, 1];
const padding = 8;
/** The font's name in the appearance's own resources; private to this stream, so any fixed name will do. */
const fontKey = 'F1';

export class AppearanceFontError extends Error {
  override readonly name = 'AppearanceFontError';
}

export async function embedAppearanceFont(doc: PDFDocument, font: AppearanceFont | undefined): Promise<PDFFont> {
  if (!font) return doc.embedFont(StandardFonts.Helvetica);
  const magic = String.fromCharCode(...font.bytes.subarray(0, 4));
  // fontkit subsets WOFF2 into broken glyphs, and WOFF1 takes seconds (it inflates the glyph table per glyph).
  if (magic === 'wOF2' || magic === 'wOFF') throw new AppearanceFontError('the signature font must be TTF or OTF, not WOFF/WOFF2');
  doc.registerFontkit(font.fontkit);
  // Subset: a box of text needs a few dozen glyphs of a font with 11,172 Hangul syllables.
  return doc.embedFont(font.bytes, { subset: true });
}

const characterSets = new WeakMap<PDFFont, ReadonlySet<number>>();

/**
 * Throws AppearanceFontError, naming the text, when the font lacks a character (Helvetica and Hangul,
 * Pretendard and Hanja): pdf-lib would quietly draw a placeholder or an empty box instead.
 */
function encoded(font: PDFFont, text: string): ReturnType<PDFFont['encodeText']> {
  let supported = characterSets.get(font);
  if (!supported) {
    supported = new Set(font.getCharacterSet());
    characterSets.set(font, supported);
  }
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (!supported.has(codePoint)) throw new AppearanceFontError(`the signature's font cannot show "${char}" in "${text}": pass an appearance font that has it (Pretendard for Korean)`);
  }
  return font.encodeText(text);
}

/** Cuts `text` to fit `width`, ending with an ellipsis when cut. */
function fitLine(font: PDFFont, text: string, size: number, width: number): string {
  if (font.widthOfTextAtSize(text, size) <= width) return text;
  const chars = Array.from(text);
  while (chars.length > 0 && font.widthOfTextAtSize(`${chars.join('').trimEnd()}…`, size) > width) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/** Word-wraps into at most `maxLines`; the last line, and any word wider than a line, is cut with an ellipsis. */
function wrap(font: PDFFont, text: string, size: number, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let current = '';
  const words = text.split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const candidate = current === '' ? word : `${current} ${word}`;
    if (font.widthOfTextAtSize(candidate, size) <= width) {
      current = candidate;
      continue;
    }
    if (current !== '') lines.push(current);
    current = word;
    if (lines.length === maxLines - 1) {
      // Last line: the rest of the text, cut to fit.
      return [...lines, fitLine(font, [word, ...words.slice(i + 1)].join(' '), size, width)];
    }
  }
  if (current !== '') lines.push(current);
  return lines.map((line) => fitLine(font, line, size, width));
}

/**
 * Draws the signature into a form XObject the size of its box and returns it, for the widget's /AP /N.
 * Text is NFC-normalised: Hangul typed on macOS arrives decomposed, and fonts map precomposed syllables.
 */
export function buildAppearance(doc: PDFDocument, font: PDFFont, width: number, height: number, text: AppearanceText): PDFRef {
  const inner = width - 2 * padding;
  const ops: PDFOperator[] = [];
  const colour = (rgb: Rgb): PDFOperator => setFillingRgbColor(rgb[0], rgb[1], rgb[2]);

  ops.push(pushGraphicsState(), colour(tint), rectangle(0, 0, width, height), fill());
  ops.push(setStrokingRgbColor(accent[0], accent[1], accent[2]), setLineWidth(0.75), rectangle(0.375, 0.375, width - 0.75, height - 0.75), stroke());
  ops.push(colour(accent), rectangle(0, 0, 3, height), fill(), popGraphicsState());

  let baseline = height - padding;
  const line = (value: string, size: number, rgb: Rgb, gapAfter = 0.3): void => {
    const normal = value.normalize('NFC');
    baseline -= size;
    if (normal !== '') ops.push(beginText(), colour(rgb), setFontAndSize(fontKey, size), moveText(padding, baseline), showText(encoded(font, normal)), endText());
    baseline -= size * gapAfter;
  };

  line(text.labels.digitallySigned, 8, accent, 0.55);
  const name = text.signerName.normalize('NFC');
  let nameSize = 17;
  while (nameSize > 10 && font.widthOfTextAtSize(name, nameSize) > inner) nameSize -= 0.5;
  line(fitLine(font, name, nameSize, inner), nameSize, ink, 0.4);
  if (text.role.trim() !== '') line(fitLine(font, text.role.normalize('NFC'), 10, inner), 10, muted, 0.5);
  line(fitLine(font, `${text.labels.signed}: ${text.time}`, 9, inner), 9, ink, 0.35);
  const hasLocation = text.location.trim() !== '';
  // Whatever height is left goes to the reason, which is the one free-length text.
  const lineBudget = Math.max(1, Math.floor((baseline - padding + 9 * 0.35) / (9 * 1.35)) - (hasLocation ? 1 : 0));
  if (text.reason.trim() !== '') {
    for (const reasonLine of wrap(font, `${text.labels.reason}: ${text.reason.normalize('NFC')}`, 9, inner, lineBudget)) line(reasonLine, 9, ink, 0.35);
  }
  if (hasLocation && baseline - 9 >= padding / 2) line(fitLine(font, `${text.labels.location}: ${text.location.normalize('NFC')}`, 9, inner), 9, ink, 0.35);

  const stream = doc.context.formXObject(ops, {
    BBox: [0, 0, width, height],
    Resources: { Font: { [fontKey]: font.ref } },
  });
  return doc.context.register(stream);
}
