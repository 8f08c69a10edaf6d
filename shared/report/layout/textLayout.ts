// Runs everywhere (pure). Text cleaning and line breaking over measured widths.

/** What line breaking needs from a font: the width of a string at a size, in points. */
export type Measurer = {
  widthOf(text: string, size: number): number;
  has(codePoint: number): boolean;
  readonly replacement: string;
};

export type Line = { readonly text: string; readonly width: number };

// eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
const controls = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
/** Zero-width and direction marks, soft hyphens, byte-order marks: invisible, and absent from most fonts. */
const formatChars = /\p{Cf}/gu;
const oddSpaces = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;

/**
 * NFC first: Hangul typed on macOS arrives decomposed into jamo, and the font maps precomposed syllables.
 * Line ends become `\n`; characters the font lacks become its replacement mark rather than an empty box.
 */
export function cleanText(text: string, font: Measurer): string {
  const normal = text.normalize('NFC').replace(/\r\n?/g, '\n').replace(controls, '').replace(formatChars, '').replace(oddSpaces, ' ');
  let out = '';
  let clean = true;
  for (const char of normal) {
    if (char === '\n' || font.has(char.codePointAt(0)!)) continue;
    clean = false;
    break;
  }
  if (clean) return normal;
  for (const char of normal) out += char === '\n' || font.has(char.codePointAt(0)!) ? char : font.replacement;
  return out;
}

/** A character with the combining marks that follow it: never split apart. */
const clusters = /\P{M}\p{M}*|\p{M}+/gu;

/** Splits a word wider than a line between characters (Korean breaks between syllables; nothing is hyphenated). */
function splitWord(word: string, font: Measurer, size: number, maxWidth: number): Line[] {
  const pieces: Line[] = [];
  let text = '';
  let width = 0;
  for (const cluster of word.match(clusters) ?? []) {
    const w = font.widthOf(cluster, size);
    if (text !== '' && width + w > maxWidth) {
      pieces.push({ text, width });
      text = '';
      width = 0;
    }
    text += cluster;
    width += w;
  }
  if (text !== '') pieces.push({ text, width });
  return pieces;
}

/**
 * Greedy line breaking at spaces, over widths from the font's per-word cache. A word wider than the whole
 * line starts a line of its own and is split between characters. `\n` starts a new paragraph; runs of blank
 * lines collapse to one. Text must already be cleaned (`cleanText`).
 */
export function wrapText(text: string, font: Measurer, size: number, maxWidth: number): Line[] {
  const lines: Line[] = [];
  const space = font.widthOf(' ', size);
  for (const paragraph of text.split('\n')) {
    const words = paragraph.split(' ').filter((w) => w !== '');
    if (words.length === 0) {
      if (lines.length > 0 && lines[lines.length - 1]!.text !== '') lines.push({ text: '', width: 0 });
      continue;
    }
    let current = '';
    let width = 0;
    for (const word of words) {
      const w = font.widthOf(word, size);
      if (current !== '' && width + space + w <= maxWidth) {
        current += ` ${word}`;
        width += space + w;
        continue;
      }
      if (current !== '') lines.push({ text: current, width });
      if (w <= maxWidth) {
        current = word;
        width = w;
        continue;
      }
      const pieces = splitWord(word, font, size, maxWidth);
      const last = pieces.pop() ?? { text: '', width: 0 };
      lines.push(...pieces);
      current = last.text;
      width = last.width;
    }
    if (current !== '') lines.push({ text: current, width });
  }
  while (lines.length > 0 && lines[lines.length - 1]!.text === '') lines.pop();
  return lines;
}

/** One line, cut with an ellipsis when it does not fit. */
export function fitLine(text: string, font: Measurer, size: number, maxWidth: number): Line {
  const width = font.widthOf(text, size);
  if (width <= maxWidth) return { text, width };
  const ellipsis = font.has(0x2026) ? '\u2026' : '...';
  const chars = text.match(clusters) ?? [];
  while (chars.length > 0) {
    chars.pop();
    const candidate = `${chars.join('').trimEnd()}${ellipsis}`;
    const w = font.widthOf(candidate, size);
    if (w <= maxWidth) return { text: candidate, width: w };
  }
  return { text: '', width: 0 };
}
