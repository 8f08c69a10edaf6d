import { PDFDocument } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { PageWriter } from '../../../shared/report/layout/pageWriter';
import { drawTable } from '../../../shared/report/layout/table';
import { Styles } from '../../../shared/report/layout/theme';
import { FontFace } from '../../../shared/report/pdf/fontFace';
import { PageMargin, PageSize } from '../../../shared/report/signOffLayout';
import { drawLabelledRows } from '../../../shared/report/sections/labelled';
import { fontPaths, read } from './fixtures';
import { pdfinfo, pdftotext, qpdfCheck, scratch, words } from './support';

const file = scratch();

async function writer(): Promise<{ pdf: PDFDocument; w: PageWriter }> {
  const pdf = await PDFDocument.create();
  const [regular, bold] = await Promise.all([FontFace.embed(pdf, read(fontPaths.regular), 'AAAAAA', 'F1'), FontFace.embed(pdf, read(fontPaths.bold), 'AAAAAB', 'F2')]);
  return { pdf, w: new PageWriter({ regular, bold }) };
}

const sentence = (i: number): string => `Sentence ${i}: 근로자 대표는 시스템 도입 결정 전에 충분한 정보를 받았고, the committee recorded why.`;

/** Every text line on every page lies between the margins. */
function expectWithinMargins(w: PageWriter): void {
  for (const [page, { lowest, highest }] of w.textExtents().entries()) {
    expect(lowest, `page ${page + 1} lowest line`).toBeGreaterThanOrEqual(PageMargin - 1e-9);
    expect(highest, `page ${page + 1} highest line`).toBeLessThanOrEqual(PageSize.height - PageMargin + 1e-9);
  }
}

describe('PageWriter', () => {
  it('breaks long text between lines, never below the bottom margin', async () => {
    const { pdf, w } = await writer();
    for (let i = 0; i < 150; i++) {
      w.heading(`Heading ${i}`, Styles.h3, 6);
      w.paragraph(Array.from({ length: 1 + (i % 7) }, (_, j) => sentence(i * 10 + j)).join(' '), i % 2 ? Styles.body : Styles.muted);
    }
    expect(w.pageCount).toBeGreaterThan(10);
    expectWithinMargins(w);
    w.writeTo(pdf, { headerLeft: 'left', headerRight: 'right', footer: (n, total) => `Page ${n} of ${total}` });
    const path = file('flow.pdf', await pdf.save());
    expect(qpdfCheck(path).status).toBe(0);
    expect(Number(pdfinfo(path).Pages)).toBe(w.pageCount);
    // Each heading is followed on its page by at least the start of its paragraph.
    for (let page = 1; page <= w.pageCount; page++) expect(pdftotext(path, page).trim().split('\n').filter((l) => l.trim() !== '').at(-2)).not.toMatch(/^Heading \d+$/);
  });

  it('does not carry space from the foot of one page to the top of the next', async () => {
    const { w } = await writer();
    w.paragraph('x', Styles.body);
    w.gap(w.remaining + 10);
    expect(w.pageCount).toBe(2);
    expect(w.y).toBe(w.top);
    w.gap(20);
    expect(w.y).toBe(w.top);
  });

  it('breaks a long table between rows and inside a row taller than a page, repeating the header', async () => {
    const { pdf, w } = await writer();
    const rows = Array.from({ length: 60 }, (_, i) => [`${i + 1}`, i === 30 ? Array.from({ length: 120 }, (_, j) => sentence(j)).join('\n') : sentence(i), String(i * 3)]);
    drawTable(
      w,
      [
        { header: 'No.', share: 0.5 },
        { header: 'Finding column', share: 6 },
        { header: 'Score', share: 1, align: 'right' },
      ],
      rows,
      { zebra: true },
    );
    expectWithinMargins(w);
    w.writeTo(pdf, { headerLeft: 'l', headerRight: 'r', footer: (n, total) => `${n}/${total}` });
    const path = file('table.pdf', await pdf.save());
    expect(w.pageCount).toBeGreaterThan(3);
    for (let page = 1; page <= w.pageCount; page++) expect(pdftotext(path, page)).toContain('Finding column');
    const all = words(path);
    for (const word of all.filter((x) => x.text !== `${x.page}/${w.pageCount}` && x.text !== 'l' && x.text !== 'r')) {
      expect(word.yMax, `"${word.text}" on page ${word.page}`).toBeLessThanOrEqual(PageSize.height - PageMargin + 1);
    }
    // The tall row's lines all made it, in order, across the pages.
    const text = pdftotext(path).replace(/\s+/g, ' ');
    let at = 0;
    for (let j = 0; j < 120; j++) {
      const found = text.indexOf(`Sentence ${j}:`, at);
      expect(found, `line ${j} of the tall row`).toBeGreaterThan(at - 1);
      at = found;
    }
  });

  it('keeps label/value rows within the margins when values run over pages', async () => {
    const { w } = await writer();
    w.y = w.bottom + 30;
    drawLabelledRows(
      w,
      Array.from({ length: 12 }, (_, i) => ({ label: `A label long enough to wrap onto two lines ${i}`, value: Array.from({ length: 8 }, (_, j) => sentence(j)).join(' ') })),
      w.left,
      90,
    );
    expect(w.pageCount).toBeGreaterThan(2);
    expectWithinMargins(w);
  });
});
