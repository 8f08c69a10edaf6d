import * as fontkit from 'fontkit';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../../shared/report/buildReport';
import { glyphProblems } from './embeddedGlyphs';
import { fontPaths, read, reportFonts, sampleInput } from './fixtures';
import { pdffonts, pdftotext, scratch } from './support';

const file = scratch();
const originals = {
  'Pretendard-Regular': fontkit.create(Buffer.from(read(fontPaths.regular))) as fontkit.Font,
  'Pretendard-Bold': fontkit.create(Buffer.from(read(fontPaths.bold))) as fontkit.Font,
};
let pdf: Uint8Array;
let path: string;

beforeAll(async () => {
  pdf = await buildReport(await sampleInput('ko'), reportFonts());
  path = file('sample-ko.pdf', pdf);
}, 30_000);

describe('glyphs of the Korean report', () => {
  it('embeds both fonts as subsets with a Unicode map (pdffonts)', () => {
    const fonts = pdffonts(path);
    expect(fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['Pretendard-Bold', 'Pretendard-Regular']);
    for (const font of fonts) {
      expect(font).toMatchObject({ type: 'CID TrueType', embedded: true, subset: true, unicode: true });
      expect(font.name).toMatch(/^[A-Z]{6}\+/);
    }
  });

  it('draws every character of its text with the real glyph from the subset font, not .notdef or a broken one', async () => {
    const text = pdftotext(path);
    const hangul = new Set(text.match(/[가-힣]/g));
    expect(hangul.size).toBeGreaterThan(300);
    expect(await glyphProblems(pdf, text, originals)).toEqual([]);
  });
});
