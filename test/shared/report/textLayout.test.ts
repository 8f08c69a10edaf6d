import { PDFDocument } from '@cantoo/pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanText, fitLine, wrapText } from '../../../shared/report/layout/textLayout';
import type { Measurer } from '../../../shared/report/layout/textLayout';
import { FontFace } from '../../../shared/report/pdf/fontFace';
import { fontPaths, read } from './fixtures';

/** Every character 1 pt wide per point of size, a space too: widths a test can count. */
const mono: Measurer = {
  widthOf: (text, size) => Array.from(text).length * size,
  has: (cp) => cp < 0x4e00 || cp > 0x9fff,
  replacement: '□',
};

let pretendard: FontFace;
beforeAll(async () => {
  pretendard = await FontFace.embed(await PDFDocument.create(), read(fontPaths.regular), 'AAAAAA', 'F1');
});

describe('wrapText', () => {
  it('breaks English at spaces only, filling each line, hyphenating nothing', () => {
    const text = 'The employer shared the classification with the joint committee before go-live.';
    const lines = wrapText(text, mono, 1, 20);
    expect(lines.map((l) => l.text)).toEqual(['The employer shared', 'the classification', 'with the joint', 'committee before', 'go-live.']);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(20);
    expect(lines.map((l) => l.text).join(' ')).toBe(text);
    expect(lines.some((l) => l.text.endsWith('-'))).toBe(false);
  });

  it('measures with the real font: no line wider than the column, words intact', () => {
    const text = 'Has the employer determined in writing whether the AI system falls into a high-risk or high-impact category and shared that conclusion with workers’ representatives?';
    const lines = wrapText(cleanText(text, pretendard), pretendard, 9.5, 200);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) {
      expect(line.width).toBeLessThanOrEqual(200);
      expect(line.width).toBeCloseTo(pretendard.widthOf(line.text, 9.5), 6);
    }
    expect(lines.map((l) => l.text).join(' ')).toBe(text);
  });

  it('splits a word wider than the line between characters, on a line of its own', () => {
    const lines = wrapText('see https://example.org/a/very/long/path/to/the/policy now', mono, 1, 12);
    expect(lines.map((l) => l.text)).toEqual(['see', 'https://exam', 'ple.org/a/ve', 'ry/long/path', '/to/the/poli', 'cy now']);
  });

  it('breaks Korean at spaces, and between syllables only when one word is too long', () => {
    const spaced = wrapText('사용자는 해당 인공지능 시스템이 고위험 범주에 해당하는지를 판단했습니까?', mono, 1, 12);
    for (const line of spaced) expect(line.width).toBeLessThanOrEqual(12);
    expect(spaced.map((l) => l.text).join(' ')).toBe('사용자는 해당 인공지능 시스템이 고위험 범주에 해당하는지를 판단했습니까?');

    const long = '근로자참여및협력증진에관한법률시행령';
    const pieces = wrapText(`근거: ${long}`, mono, 1, 7);
    expect(pieces.map((l) => l.text)).toEqual(['근거:', '근로자참여및협', '력증진에관한법', '률시행령']);
    expect(pieces.slice(1).map((l) => l.text).join('')).toBe(long);
  });

  it('keeps a character and its combining marks together', () => {
    const lines = wrapText('q\u0303q\u0303q\u0303q\u0303', { ...mono, widthOf: (t, size) => (t.match(/\P{M}/gu) ?? []).length * size }, 1, 3);
    expect(lines.map((l) => l.text)).toEqual(['q\u0303q\u0303q\u0303', 'q\u0303']);
  });

  it('keeps paragraphs and collapses runs of blank lines and spaces', () => {
    const lines = wrapText('first   line\n\n\n\nsecond\nthird\n\n', mono, 1, 40);
    expect(lines.map((l) => l.text)).toEqual(['first line', '', 'second', 'third']);
  });

  it('returns no lines for empty or blank text', () => {
    expect(wrapText('', mono, 1, 10)).toEqual([]);
    expect(wrapText(' \n ', mono, 1, 10)).toEqual([]);
  });
});

describe('cleanText', () => {
  it('composes decomposed Hangul (as macOS types it), so it measures and wraps like composed text', () => {
    const composed = '현장 확인 결과: 관리자 면담과 문서 검토를 했습니다.';
    const decomposed = composed.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    const clean = cleanText(decomposed, pretendard);
    expect(clean).toBe(composed);
    expect(wrapText(clean, pretendard, 9.5, 120)).toEqual(wrapText(composed, pretendard, 9.5, 120));
  });

  it('removes control and invisible format characters, turns tabs and odd spaces into spaces, and line ends into \\n', () => {
    expect(cleanText('a\tb\u00A0c\u3000d\u200Be\u00ADf\u0007g\r\nh\ri', pretendard)).toBe('a b c defg\nh\ni');
  });

  it('replaces characters the font lacks with a visible mark instead of an empty box', () => {
    expect(cleanText('株式會社 OK 🙂', pretendard)).toBe('□□□□ OK □');
    expect(cleanText('漢字', mono)).toBe('□□');
  });
});

describe('fitLine', () => {
  it('cuts a line that does not fit, with an ellipsis', () => {
    expect(fitLine('abcdefghij', mono, 1, 20)).toEqual({ text: 'abcdefghij', width: 10 });
    const cut = fitLine('abcdefghij', pretendard, 10, 30);
    expect(cut.text.endsWith('…')).toBe(true);
    expect(cut.width).toBeLessThanOrEqual(30);
  });
});
