// Renders pages of the reports with poppler. A person looks at the PNGs (KEEP_REPORT_FILES=1 keeps them); the
// test checks what pixels can: the pages render, they are not blank, the signature boxes are empty, and an
// overdue action's due date is shaded.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../../shared/report/buildReport';
import type { ReportInput } from '../../../shared/report/buildReport';
import { buildReportModel } from '../../../shared/report/model/reportModel';
import { PageSize, signatureSlot } from '../../../shared/report/signOffLayout';
import { reportStrings } from '../../../shared/report/strings';
import { reportFonts, sampleInput } from './fixtures';
import { inkIn, pdfinfo, pdftotext, renderPage, scratch, tableRows, words } from './support';

const file = scratch();
const dpi = 60;
const s = reportStrings('ko');
let path: string;
let pages: number;
let participants: number;

beforeAll(async () => {
  const input = await sampleInput('ko', { photos: true });
  participants = input.assessment.participants.length;
  path = file('sample-ko.pdf', await buildReport(input, reportFonts()));
  pages = Number(pdfinfo(path).Pages);
}, 30_000);

const content = { x: 48, y: 48, width: PageSize.width - 96, height: PageSize.height - 96 };

describe('rendered pages of the Korean report', () => {
  it('renders the cover, the summary, a findings page with a photo and the sign-off page, none blank', () => {
    const findings = Array.from({ length: pages }, (_, i) => i + 1).find((p) => pdftotext(path, p).includes(`${s.photo(1)} (`))!;
    expect(findings).toBeGreaterThan(2);
    for (const [name, page] of [['cover', 1], ['summary', 2], ['findings', findings], ['sign-off', pages]] as const) {
      const image = renderPage(path, page, file(`ko-${name}`), dpi);
      expect(Math.abs(image.width - (PageSize.width * dpi) / 72)).toBeLessThan(1.5);
      const ink = inkIn(image, dpi, content, PageSize.height);
      expect(ink, `${name} page ink`).toBeGreaterThan(0.01);
    }
  });

  it('leaves the inside of every signature box empty, with its border drawn around it', () => {
    const image = renderPage(path, pages, file('ko-sign-off-boxes'), dpi);
    const slots = Math.max(2, Math.min(6, participants));
    for (let i = 0; i < slots; i++) {
      const box = signatureSlot(i);
      const inside = { x: box.x + 2, y: box.y + 2, width: box.width - 4, height: box.height - 4 };
      expect(inkIn(image, dpi, inside, PageSize.height), `box ${i} inside`).toBe(0);
      // A band across the bottom edge: one of its five pixel rows is the border line.
      const border = { x: box.x + 4, y: box.y - 3, width: box.width - 8, height: 6 };
      expect(inkIn(image, dpi, border, PageSize.height), `box ${i} border`).toBeGreaterThan(0.15);
    }
    // No box beyond the expected signers.
    const next = signatureSlot(slots);
    expect(inkIn(image, dpi, next, PageSize.height)).toBe(0);
  });
});

describe.each(['en', 'ko'] as const)('rendered working-record pages of the %s report', (lang) => {
  const t = reportStrings(lang);
  let report: string;
  let input: ReportInput;
  beforeAll(async () => {
    input = await sampleInput(lang);
    report = file(`record-${lang}.pdf`, await buildReport(input, reportFonts()));
  }, 30_000);

  it('renders the summary, the action plan, the meetings and the evidence register, none blank', () => {
    const pages = Number(pdfinfo(report).Pages);
    const pageWith = (text: string): number => Array.from({ length: pages }, (_, i) => i + 1).find((p) => pdftotext(report, p).includes(text))!;
    for (const [name, heading] of [
      ['summary', t.workingRecord],
      ['action-plan', t.actionPlanIntro.slice(0, 12)],
      ['meetings', t.meetingsIntro.slice(0, 12)],
      ['evidence', t.evidenceRegisterIntro.slice(0, 12)],
    ] as const) {
      const page = pageWith(heading);
      expect(page, name).toBeGreaterThan(1);
      const image = renderPage(report, page, file(`${lang}-${name}`), dpi);
      expect(inkIn(image, dpi, content, PageSize.height), `${name} page ink`).toBeGreaterThan(0.01);
    }
  });

  it('shades the due date of an overdue action and not of one on time', () => {
    const headers = [t.numberColumn, t.actionColumn, t.ownerColumn, t.dueColumn, t.budgetColumn, t.priorityColumn, t.statusColumn, t.verificationColumn];
    const rows = tableRows(report, headers, /^A\d+$/);
    const page = rows[0]!.page;
    const image = renderPage(report, page, file(`${lang}-overdue`), 72);
    const pageWords = words(report).filter((w) => w.page === page);
    const cellOf = (number: string): { x: number; y: number; width: number; height: number } => {
      const anchor = pageWords.find((w) => w.text === number)!;
      const due = pageWords.find((w) => w.text === t.dueColumn.split(' ')[0])!;
      // A thin strip just left of the due date's text, in the cell's padding: only the shading is there.
      return { x: due.xMin - 3, y: PageSize.height - anchor.yMin - 8, width: 2, height: 6 };
    };
    const shade = (number: string): number => inkIn(image, 72, cellOf(number), PageSize.height);
    const plan = buildReportModel(input).actionPlan;
    const onPage = (overdue: boolean): string => plan.find((a) => (a.daysOverdue !== null) === overdue && rows.some((r) => r.page === page && r.cells[0]!.startsWith(`${a.number} `)))!.number;
    expect(shade(onPage(true))).toBeGreaterThan(0.5);
    expect(shade(onPage(false))).toBeLessThan(0.5);
  });
});
