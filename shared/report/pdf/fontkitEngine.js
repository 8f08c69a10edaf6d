// Runs everywhere. Upstream fontkit 2, reached through this file so that shared/ compiles without
// fontkit's typings, which pull Node's types into every file (fontkitEngine.d.ts types the two exports).
import * as fontkit from 'fontkit';

/**
 * One parse per font bytes, shared by pdf-lib (layout and subsetting) and the report's own measuring, and
 * kept for the next report built from the same bytes: parsing Pretendard's tables is a good share of a build.
 * A parsed font is only read from; each document makes its own subset.
 */
const parsed = new WeakMap();

function parse(bytes) {
  let font = parsed.get(bytes);
  if (!font) {
    font = fontkit.create(bytes);
    parsed.set(bytes, font);
  }
  return font;
}

/** What pdf.registerFontkit takes: upstream fontkit's `create`, memoised per byte array. */
export const pdfFontkit = {
  create(bytes, postscriptName) {
    return postscriptName ? fontkit.create(bytes, postscriptName) : parse(bytes);
  },
};

/** The same parsed font, for measuring: cmap and advance widths. */
export function openFace(bytes) {
  return parse(bytes);
}
