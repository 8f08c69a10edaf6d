import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { PDFDict, PDFDocument, PDFName, PDFRawStream } from '@cantoo/pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { Sides } from '../../../shared/domain/assessment';
import type { Language } from '../../../shared/i18n/localized';
import { packItems } from '../../../shared/packs/schema';
import { buildReport } from '../../../shared/report/buildReport';
import type { ReportInput, ReportPhoto } from '../../../shared/report/buildReport';
import { buildReportModel } from '../../../shared/report/model/reportModel';
import { formatDate } from '../../../shared/report/dates';
import { ReportFingerprintKey } from '../../../shared/report/pdf/metadata';
import { reportStrings } from '../../../shared/report/strings';
import { extractFingerprint, FingerprintKey } from '../../../shared/signing/fingerprint';
import { photoFixtures, reportFonts, sampleInput } from './fixtures';
import { inkIn, misplacedWords, pdfinfo, pdftotext, qpdfCheck, renderPage, scratch, tableRows, words } from './support';

const file = scratch();
const fonts = reportFonts();
type Built = { readonly input: ReportInput; readonly pdf: Uint8Array; readonly path: string; readonly pages: number };
const built = {} as Record<Language, Built>;

beforeAll(async () => {
  for (const lang of ['en', 'ko'] as const) {
    // The Korean one carries the 20 photos; the English one none.
    const input = await sampleInput(lang, { photos: lang === 'ko' });
    const pdf = await buildReport(input, fonts);
    const path = file(`sample-${lang}.pdf`, pdf);
    built[lang] = { input, pdf, path, pages: Number(pdfinfo(path).Pages) };
  }
}, 60_000);

const noteOf = (input: ReportInput, itemId: string): string => input.answers.find((a) => a.itemId === itemId)!.note;

describe.each(['en', 'ko'] as const)('the %s sample report', (lang) => {
  // qpdf reads every object of a 6 MB file: seconds on a busy machine.
  it('is a valid PDF of more than five A4 pages', { timeout: 20_000 }, () => {
    const { path, pages } = built[lang];
    const check = qpdfCheck(path);
    expect(check.output).toContain('No syntax or stream encoding errors');
    expect(check.status).toBe(0);
    const info = pdfinfo(path);
    expect(pages).toBeGreaterThan(5);
    expect(info['Page size']).toContain('595.28 x 841.89');
    expect(info.Title).toBe(built[lang].input.assessment.title);
  });

  it('has real text in its language: workplace, questions, answers, notes and the fingerprint', () => {
    const { input, path } = built[lang];
    const text = pdftotext(path);
    const firstItem = packItems(input.packs[0]!)[0]!;
    expect(text).toContain(input.assessment.workplace.name);
    // pdftotext breaks lines where the report did; compare without the line breaks.
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain(firstItem.question[lang].replace(/\s+/g, ' '));
    expect(flat).toContain(noteOf(input, firstItem.id).replace(/\s+/g, ' '));
    expect(flat).toContain(reportStrings(lang).answers.partly);
    expect(text).toContain(input.fingerprint);
    if (lang === 'ko') expect(text.match(/[가-힣]/g)?.length).toBeGreaterThan(5000);
  });

  it('carries its metadata: title, author, subject, language, creator, date and the fingerprint the signer reads', async () => {
    const { input, pdf } = built[lang];
    const doc = await PDFDocument.load(pdf, { updateMetadata: false });
    expect(doc.getTitle()).toBe(input.assessment.title);
    expect(doc.getAuthor()).toBe(input.assessment.workplace.name);
    expect(doc.getSubject()).toBe(reportStrings(lang).subject);
    expect(doc.catalog.lookup(PDFName.of('Lang'))?.toString()).toBe(lang === 'en' ? '(en-GB)' : '(ko-KR)');
    expect(doc.getCreator()).toBe('JointCheck 0.1.0');
    expect(doc.getCreationDate()?.toISOString()).toBe(input.generatedAt);
    expect(ReportFingerprintKey).toBe(FingerprintKey);
    expect(await extractFingerprint(pdf)).toBe(input.fingerprint);
  });

  it('heads every page with the assessment ID and the fingerprint, and numbers it "n of N"', () => {
    const { input, path, pages } = built[lang];
    const s = reportStrings(lang);
    for (let page = 1; page <= pages; page++) {
      const text = pdftotext(path, page);
      expect(text).toContain(input.assessment.id);
      expect(text).toContain(input.fingerprint.slice(0, 16));
      expect(text).toContain(s.footer(page, pages));
    }
    // In full on the cover and on the sign-off page.
    expect(pdftotext(path, 1)).toContain(input.fingerprint);
    expect(pdftotext(path, pages)).toContain(input.fingerprint);
  });

  it('ends with the sign-off page: heading, what signing means, and the expected signers, worker and employer side first', () => {
    const { input, path, pages } = built[lang];
    const s = reportStrings(lang);
    const last = pdftotext(path, pages).replace(/\s+/g, ' ');
    expect(last).toContain(s.signOff);
    expect(last).toContain(s.expectedSigners);
    expect(last).toContain(s.signOffStatement.slice(0, 30));
    const participants = [...input.assessment.participants].sort((a, b) => Sides.indexOf(a.side) - Sides.indexOf(b.side));
    expect(participants[0]!.side).toBe('worker');
    let at = 0;
    for (const [i, p] of participants.entries()) {
      const found = last.indexOf(`${i + 1}. ${p.name}`, at);
      expect(found).toBeGreaterThanOrEqual(at);
      at = found;
      expect(last).toContain(s.sides[p.side]);
    }
    expect(pdftotext(path, pages - 1)).not.toContain(s.expectedSigners);
  });

  it('keeps every word of the flow between the running header and footer (nothing over the footer)', () => {
    const { path, pages } = built[lang];
    expect(new Set(words(path).map((w) => w.page)).size).toBe(pages);
    expect(misplacedWords(path)).toEqual([]);
  });

  it('comes out the same, byte for byte, from the same input', async () => {
    const again = await buildReport(built[lang].input, fonts);
    expect(Buffer.from(again).equals(Buffer.from(built[lang].pdf))).toBe(true);
  });
});

describe.each(['en', 'ko'] as const)('the committee’s working record in the %s report', (lang) => {
  const flat = (text: string): string => text.replace(/\s+/g, ' ');
  const s = reportStrings(lang);
  const model = () => buildReportModel(built[lang].input);

  it('shows both sides’ positions on an item, with rating, who recorded them, and whether they are open or settled', () => {
    const { input, path } = built[lang];
    const text = flat(pdftotext(path));
    for (const row of input.positions) {
      for (const side of [row.worker, row.employer]) {
        if (!side) continue;
        expect(text).toContain(flat(side.text));
        expect(text).toContain(s.recordedBy(side.recordedBy));
      }
      expect(text).toContain(row.status === 'open' ? s.openDisagreement : flat(s.settled(row.outcome)));
    }
    expect(text.split(s.openDisagreement).length - 1).toBe(3);
    // The worker side's rating of item 1.1 (16, high) follows the question, its level badge on the same line.
    const question = flat(model().domains[0]!.sections[0]!.items[0]!.question);
    const rating = `${s.score(16)} · ${s.recordedBy(input.positions[0]!.worker!.recordedBy)}`;
    expect(text.indexOf(rating)).toBeGreaterThan(text.indexOf(question));
    const all = words(path);
    const score = all.find((w, i) => w.text === '16' && all[i + 1]?.text === '·')!;
    expect(all.some((w) => w.page === score.page && w.text === s.levels.high && Math.abs(w.yMin - score.yMin) < 3 && w.xMax < score.xMin)).toBe(true);
    expect(text).toContain(s.recheck);
    expect(text.split(flat(s.recheckNote)).length - 1).toBe(3);
  });

  it('sums up the working record and warns of the statutory clocks on the summary page', () => {
    const { input, path } = built[lang];
    const page = Array.from({ length: built[lang].pages }, (_, i) => i + 1).find((p) => pdftotext(path, p).includes(s.workingRecord))!;
    const text = flat(pdftotext(path, page));
    expect(text).toContain(s.summary);
    expect(text).toContain(s.positionsValue(3, 2));
    expect(text).toContain(s.overdueValue(3));
    expect(text).toContain(s.meetingsValue(2, 1));
    const [pickRate, cobot] = input.assessment.systems;
    expect(text).toContain(flat(s.wentLiveBeforeInformed(pickRate!.name, formatDate('2026-03-02', lang), formatDate('2026-04-15', lang), 44)));
    expect(text).toContain(flat(s.goLiveWithoutInformation(cobot!.name, formatDate('2026-05-11', lang))));
    expect(text).toContain('Regulation (EU) 2024/1689, Art. 26(7)');
    expect(text).toContain(flat(s.responseOverdue(formatDate('2026-11-10', lang), 10)));
  });

  it('lists every agreed action in the action plan table, overdue ones first and flagged in words, with who verified them', () => {
    const { path } = built[lang];
    const plan = model().actionPlan;
    const headers = [s.numberColumn, s.actionColumn, s.ownerColumn, s.dueColumn, s.budgetColumn, s.priorityColumn, s.statusColumn, s.verificationColumn];
    const rows = tableRows(path, headers, /^A\d+$/);
    const overdueFlags = Array.from({ length: 400 }, (_, n) => s.overdueBy(n + 1));
    expect(rows.map((r) => r.cells[0]!.split(' ')[0])).toEqual(plan.map((a) => a.number));
    rows.forEach(({ cells }, i) => {
      const { action, daysOverdue } = plan[i]!;
      expect(flat(cells[1]!)).toContain(flat(action.description).slice(0, 20));
      expect(cells[1]).toContain(s.record.controls[action.control]);
      expect(cells[2]).toContain(s.record.sides[action.ownerSide]);
      // Overdue is written out in the due-date cell, not shown by colour alone.
      if (daysOverdue === null) expect(overdueFlags.filter((flag) => cells[3]!.includes(flag))).toEqual([]);
      else expect(cells[3]).toContain(s.overdueBy(daysOverdue));
      expect(cells[6]).toBe(s.record.statuses[action.status]);
      if (action.verification) expect(cells[7]).toContain(action.verification.by.name);
      else expect(cells[7]).toBe(s.notVerified);
    });
    const sameSide = rows.find((r) => r.cells[0]!.startsWith('A9 '))!;
    expect(sameSide.cells[7]).toContain(s.sameSideVerification);
    // The checklists' suggestions follow, under their own heading.
    const text = flat(pdftotext(path));
    expect(text.indexOf(s.suggestions)).toBeGreaterThan(text.indexOf(s.actionPlanIntro.slice(0, 30)));
  });

  it('records each meeting with attendees by side, and warns when one side was absent', () => {
    const { path } = built[lang];
    const text = flat(pdftotext(path));
    expect(text).toContain(s.meetingTitle(1, formatDate('2026-10-02', lang)));
    expect(text).toContain(s.meetingTitle(2, formatDate('2026-11-20', lang)));
    expect(text).toContain(s.sideAbsent(['employer']));
    expect(text.indexOf(s.bothSidesPresent, text.indexOf(s.meetingTitle(2, formatDate('2026-11-20', lang))))).toBeGreaterThan(0);
  });

  it('registers every piece of evidence with its full SHA-256, file name, and who added it', () => {
    const { input, path } = built[lang];
    const register = model().evidenceRegister;
    const rows = tableRows(path, [s.numberColumn, s.evidenceColumn, s.hashColumn, s.addedColumn], /^E\d+$/);
    expect(rows).toHaveLength(input.evidence.length);
    rows.forEach(({ cells }, i) => {
      const { number, evidence, figure } = register[i]!;
      expect(cells[0]!.split(' ')[0]).toBe(number);
      expect(cells[1]).toContain(evidence.file.fileName);
      expect(cells[2]!.replace(/\s/g, '').startsWith(evidence.file.sha256)).toBe(true);
      expect(cells[3]).toContain(evidence.addedBy.name);
      if (figure !== null) expect(flat(cells[0]!)).toContain(s.printedAs(figure));
    });
    // The Korean report carries the photos: each photo's row names its figure.
    if (lang === 'ko') expect(register.filter((r) => r.figure !== null)).toHaveLength(20);
  });
});

describe.each(['en', 'ko'] as const)('the %s cover of a follow-up and of an imported copy', (lang) => {
  it('names the earlier visit, and says the copy is imported and read-only', async () => {
    const input = await sampleInput(lang);
    const s = reportStrings(lang);
    const importedFrom = { fileName: 'hanbit-2026-11.jointcheck-pack.zip', packSha256: 'b'.repeat(64), importedAt: '2026-11-21T12:00:00.000Z', signer: 'Kim Min-ji', intact: false };
    const assessment = { ...input.assessment, followUpOf: 'earlier-visit' as ReportInput['assessment']['id'], importedFrom };
    const path = file(`cover-${lang}.pdf`, await buildReport({ ...input, assessment, followUpOfTitle: 'Warehouse picking system, first visit (2 March 2026)' }, fonts));
    const cover = pdftotext(path, 1).replace(/\s+/g, ' ');
    expect(cover).toContain(s.followUpOf);
    expect(cover).toContain('Warehouse picking system, first visit (2 March 2026)');
    expect(cover).toContain(s.importedCopy);
    expect(cover).toContain(importedFrom.fileName);
    expect(cover).toContain(s.importedDetail('', '', 'Kim Min-ji', false).split(' ').slice(-4).join(' '));
    const unknown = await buildReport({ ...input, assessment: { ...assessment, importedFrom: null } }, fonts);
    expect(pdftotext(file(`cover-unknown-${lang}.pdf`, unknown), 1).replace(/\s+/g, ' ')).toContain(s.earlierAssessment('earlier-visit'));
  });
});

describe('photos in the report', () => {
  it('embeds each JPEG as it is (DCTDecode, same bytes), after its item or in the evidence section', async () => {
    const { input, pdf, path } = built.ko;
    const doc = await PDFDocument.load(pdf);
    const images = doc.context
      .enumerateIndirectObjects()
      .map(([, obj]) => obj)
      .filter((obj): obj is PDFRawStream => obj instanceof PDFRawStream && obj.dict.get(PDFName.of('Subtype'))?.toString() === '/Image');
    expect(images).toHaveLength(20);
    const sources = Object.values(photoFixtures).map((p) => readFileSync(p.startsWith('/') ? p : new URL(`../../../${p}`, import.meta.url)));
    for (const image of images) {
      expect(image.dict.get(PDFName.of('Filter'))?.toString()).toBe('/DCTDecode');
      expect(sources.some((source) => Buffer.from(image.contents).equals(source))).toBe(true);
    }
    const text = pdftotext(path).replace(/\s+/g, ' ');
    const s = reportStrings('ko');
    const photos = input.photos!;
    const model = buildReportModel(input);
    const evidenceOf = (photo: ReportPhoto): string => model.evidenceRegister.find((row) => row.evidence.id === photo.evidenceId)!.number;
    // Photo 1 follows its item's question; photos of the assessment as a whole follow the evidence heading.
    const first = photos[0]!;
    const question = packItems(input.packs.find((p) => p.id === first.packId)!).find((i) => i.id === first.itemId)!.question.ko;
    expect(text.indexOf(`${s.photoOfEvidence(1, evidenceOf(first))}: ${first.caption}`)).toBeGreaterThan(text.indexOf(question.replace(/\s+/g, ' ')));
    expect(text.indexOf(`${s.photoOfEvidence(17, evidenceOf(photos[16]!))}: ${photos[16]!.caption}`)).toBeGreaterThan(text.indexOf(s.evidence));
    for (let n = 1; n <= 20; n++) expect(text).toContain(`${s.photo(n)} (E`);
  });

  it('embeds a CMYK JPEG as DeviceCMYK the way Adobe writes it, so it does not render as a negative', async () => {
    // pdftoppm writes CMYK JPEGs with Adobe's marker (inverted values), as most CMYK JPEGs are.
    const cmyk = file('cmyk');
    expect(spawnSync('pdftoppm', ['-jpegcmyk', '-scale-to', '300', '-f', '1', '-l', '1', '-singlefile', built.en.path, cmyk]).status).toBe(0);
    const jpeg = new Uint8Array(readFileSync(`${cmyk}.jpg`));
    const input = await sampleInput('en');
    const pdf = await buildReport({ ...input, photos: [{ packId: input.packs[0]!.id, itemId: null, caption: 'CMYK print', jpeg }] }, fonts);
    const doc = await PDFDocument.load(pdf);
    const image = doc.context
      .enumerateIndirectObjects()
      .map(([, obj]) => obj)
      .find((obj): obj is PDFRawStream => obj instanceof PDFRawStream && obj.dict.get(PDFName.of('Subtype'))?.toString() === '/Image')!;
    expect(image.dict.get(PDFName.of('ColorSpace'))?.toString()).toBe('/DeviceCMYK');
    expect(image.dict.get(PDFName.of('Decode'))?.toString()).toBe('[ 1 0 1 0 1 0 1 0 ]');
    const path = file('cmyk-photo.pdf', pdf);
    expect(qpdfCheck(path).status).toBe(0);
    // The picture is of a mostly white page: mostly light once rendered (a negative would be mostly dark).
    const caption = words(path).find((w) => w.text === 'CMYK')!;
    const rendered = renderPage(path, caption.page, file('cmyk-page'), 30);
    const shown = { x: 48 + 10, y: 841.89 - (caption.yMin - 13), width: 213 * (300 / 300) - 20, height: 270 };
    expect(inkIn(rendered, 30, shown, 841.89)).toBeLessThan(0.4);
  });

  it('notes a photo that is not a readable JPEG in its place instead of failing', async () => {
    const input = await sampleInput('en');
    const broken = { packId: input.packs[0]!.id, itemId: null, caption: 'Blurry scan', jpeg: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 2, 1, 2, 3]) };
    const notJpeg = { packId: input.packs[0]!.id, itemId: null, caption: 'A PNG by mistake', jpeg: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) };
    const path = file('broken-photo.pdf', await buildReport({ ...input, photos: [broken, notJpeg] }, fonts));
    const text = pdftotext(path).replace(/\s+/g, ' ');
    expect(text).toContain('Photo 1: Blurry scan');
    expect(text).toContain('Photo 2: A PNG by mistake');
    expect(text.split(reportStrings('en').photoUnreadable).length - 1).toBe(2);
  });
});

describe('buildReport', () => {
  it('reports progress in order, ending at the total', async () => {
    const calls: [number, number][] = [];
    await buildReport(built.en.input, fonts, (done, total) => calls.push([done, total]));
    const total = calls[0]![1];
    expect(calls.length).toBeGreaterThan(80);
    expect(calls.every(([, t]) => t === total)).toBe(true);
    expect(calls.every(([done], i) => i === 0 || done >= calls[i - 1]![0])).toBe(true);
    expect(calls[calls.length - 1]).toEqual([total, total]);
  });

  it('refuses a generation time that is not an instant', async () => {
    await expect(buildReport({ ...built.en.input, generatedAt: 'yesterday' }, fonts)).rejects.toThrow(/ISO instant/);
  });

  it('writes the fonts as named subsets, so readers and preflight tools know them as such', async () => {
    const doc = await PDFDocument.load(built.ko.pdf);
    const names = doc.context
      .enumerateIndirectObjects()
      .map(([, obj]) => obj)
      .filter((obj): obj is PDFDict => obj instanceof PDFDict && obj.get(PDFName.of('Type'))?.toString() === '/FontDescriptor')
      .map((d) => d.get(PDFName.of('FontName'))!.toString());
    // Subset tags follow the content, so compare in the order of the font names after them.
    const byFont = names.sort((a, b) => a.slice(8).localeCompare(b.slice(8)));
    expect(byFont).toEqual([expect.stringMatching(/^\/[A-P]{6}\+Pretendard-Bold$/), expect.stringMatching(/^\/[A-P]{6}\+Pretendard-Regular$/)]);
  });
});
