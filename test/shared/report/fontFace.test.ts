import { PDFDocument } from '@cantoo/pdf-lib';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { publishedPacks } from '../../../shared/packs/registry';
import { packItems } from '../../../shared/packs/schema';
import { cleanText } from '../../../shared/report/layout/textLayout';
import { FontFace } from '../../../shared/report/pdf/fontFace';
import { openFace } from '../../../shared/report/pdf/fontkitEngine.js';
import { ReportStringsByLanguage } from '../../../shared/report/strings';
import { fontPaths, read } from './fixtures';

/** Every text the packs and the report's own wording can put on a page, in both languages. */
function allTexts(): string[] {
  const texts: string[] = [];
  for (const pack of publishedPacks()) {
    for (const lang of ['en', 'ko'] as const) {
      texts.push(pack.title[lang], ...pack.sections.map((s) => s.title[lang]), ...pack.instruments.map((i) => i.title[lang]));
      for (const item of packItems(pack)) texts.push(item.question[lang], item.guidance[lang], ...item.measures.map((m) => m.text[lang]));
    }
  }
  for (const strings of Object.values(ReportStringsByLanguage)) texts.push(...Object.values(strings).filter((v): v is string => typeof v === 'string'));
  return texts;
}

const glyphIdsOf = (hex: string): number[] => Array.from({ length: hex.length / 4 }, (_, i) => parseInt(hex.slice(i * 4, i * 4 + 4), 16));

describe('FontFace', () => {
  for (const [weight, path] of Object.entries(fontPaths)) {
    it(`measures and encodes character by character exactly as pdf-lib lays out whole strings (${weight})`, async () => {
      const face = await FontFace.embed(await PDFDocument.create(), read(path), 'AAAAAA', 'F1');
      const texts = allTexts().map((t) => cleanText(t, face));
      for (const text of texts) face.use(text);
      face.flush();
      let checked = 0;
      for (const text of texts) {
        // Widths: the per-character cache against fontkit's layout of the whole string, with the same features.
        expect(face.widthOf(text, 9.5)).toBeCloseTo(face.pdfFont.widthOfTextAtSize(text, 9.5), 6);
        // Glyphs: what the report writes against what pdf-lib's drawText would have written.
        for (const line of text.split('\n')) expect(face.glyphIds(line)).toEqual(glyphIdsOf(face.pdfFont.encodeText(line).asString()));
        checked++;
      }
      expect(checked).toBeGreaterThan(500);
    });
  }

  it('writes glyphs as literal-string bytes, escaping what PDF syntax needs', async () => {
    const face = await FontFace.embed(await PDFDocument.create(), read(fontPaths.regular), 'AAAAAA', 'F1');
    const text = 'Art. 6(3)(c) \\ 관리자';
    face.use(text);
    face.flush();
    const literal = face.literal(text);
    // Unescaped, the literal gives back two bytes per glyph id.
    const bytes = literal.replace(/\\([()\\])/g, '$1').replace(/\\r/g, '\r').replace(/\\n/g, '\n');
    const ids = Array.from({ length: bytes.length / 2 }, (_, i) => (bytes.charCodeAt(2 * i) << 8) | bytes.charCodeAt(2 * i + 1));
    expect(ids).toEqual(face.glyphIds(text));
    expect(() => face.literal('never noted: 漢')).toThrow(/noted/);
  });

  it('reads only the header of the post table, with the values a full decode gives', () => {
    type Post = { italicAngle: number; underlinePosition: number; underlineThickness: number; post: { version: number; isFixedPitch: number } };
    for (const path of Object.values(fontPaths)) {
      const bytes = read(path);
      const seeded = openFace(bytes) as unknown as Post;
      const full = fontkit.create(Buffer.from(bytes)) as unknown as Post;
      expect(seeded.post.version).toBe(3);
      expect(full.post.version).toBe(2);
      for (const key of ['italicAngle', 'underlinePosition', 'underlineThickness'] as const) expect(seeded[key]).toBe(full[key]);
      expect(seeded.post.isFixedPitch).toBe(full.post.isFixedPitch);
      // Parsed once per byte array, shared with pdf-lib.
      expect(openFace(bytes)).toBe(seeded);
    }
  });

  it('refuses WOFF and WOFF2 fonts, which fontkit subsets into broken glyphs', async () => {
    const woff2 = read('assets/fonts/Pretendard-Regular.woff2');
    await expect(FontFace.embed(await PDFDocument.create(), woff2, 'AAAAAA', 'F1')).rejects.toThrow(/TTF or OTF/);
  });
});
