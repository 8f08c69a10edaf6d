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
    seedPostHeader(font, bytes);
    parsed.set(bytes, font);
  }
  return font;
}

/**
 * fontkit decodes the whole `post` table the first time anything asks for the italic angle, as pdf-lib does for
 * every font it embeds. For Pretendard that is 14,716 glyph names, each through a new TextDecoder: some 30 ms of
 * a first build. Neither pdf-lib nor the report uses glyph names, so only the table's fixed header is decoded,
 * and given to fontkit as the table, marked version 3 ("no glyph names"). fontkit 2 keeps decoded tables in
 * `_tables`; should that ever change, this does nothing and fontkit decodes the table itself.
 */
function seedPostHeader(font, bytes) {
  const entry = font.directory && font.directory.tables && font.directory.tables.post;
  if (!entry || entry.length < 32 || typeof font._tables !== 'object' || font._tables === null || 'post' in font._tables) return;
  const view = new DataView(bytes.buffer, bytes.byteOffset + entry.offset, 32);
  font._tables.post = {
    version: 3,
    italicAngle: view.getInt32(4) / 65536,
    underlinePosition: view.getInt16(8),
    underlineThickness: view.getInt16(10),
    isFixedPitch: view.getUint32(12),
    minMemType42: view.getUint32(16),
    maxMemType42: view.getUint32(20),
    minMemType1: view.getUint32(24),
    maxMemType1: view.getUint32(28),
  };
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
