// The failure the toolchain guide warns of: @pdf-lib/fontkit 1.1.1 writes a TrueType subset's `loca` in the short
// format without padding odd-length glyph records, so later glyphs read the wrong bytes. pdftotext still finds
// every word; only the glyph check sees it. Here upstream fontkit is made to write its subsets the same way.
import * as fontkit from 'fontkit';
import { describe, expect, it, vi } from 'vitest';
import { buildReport } from '../../../shared/report/buildReport';
import type * as Engine from '../../../shared/report/pdf/fontkitEngine.js';
import { glyphProblems } from './embeddedGlyphs';
import { fontPaths, read, reportFonts, sampleInput } from './fixtures';
import { pdftotext, scratch } from './support';

type Subset = { encode(): Uint8Array };
type WithLoca = { loca: { version: number }; createSubset(): Subset };

vi.mock('../../../shared/report/pdf/fontkitEngine.js', async (importOriginal) => {
  const real = await importOriginal<typeof Engine>();
  const upstream = await import('fontkit');
  /** The subset encoder of @pdf-lib/fontkit: the source's long `loca` format is not carried over. */
  const legacy = (bytes: Uint8Array): unknown => {
    const font = upstream.create(Buffer.from(bytes)) as unknown as WithLoca;
    const createSubset = font.createSubset.bind(font);
    font.createSubset = () => {
      const subset = createSubset();
      const encode = subset.encode.bind(subset);
      subset.encode = () => {
        const version = font.loca.version;
        font.loca.version = 0;
        try {
          return encode();
        } finally {
          font.loca.version = version;
        }
      };
      return subset;
    };
    return font;
  };
  return { ...real, pdfFontkit: { create: legacy } };
});

const file = scratch();

describe('the glyph check, given subsets written as @pdf-lib/fontkit writes them', () => {
  // The legacy subsetter and the glyph-by-glyph comparison take several seconds on a busy two-core machine.
  it('fails where a text-only check passes', { timeout: 30_000 }, async () => {
    // The working record adds nothing to what this shows, only time with the slow legacy subsetter.
    const input = await sampleInput('ko', { record: false });
    const pdf = await buildReport(input, reportFonts());
    const text = pdftotext(file('legacy.pdf', pdf));
    expect(text).toContain(input.assessment.workplace.name);
    const originals = {
      'Pretendard-Regular': fontkit.create(Buffer.from(read(fontPaths.regular))) as fontkit.Font,
      'Pretendard-Bold': fontkit.create(Buffer.from(read(fontPaths.bold))) as fontkit.Font,
    };
    const problems = await glyphProblems(pdf, text, originals);
    expect(problems.length).toBeGreaterThan(50);
    expect(problems.join('\n')).toMatch(/differs from the original|cannot be read/);
  });
});
