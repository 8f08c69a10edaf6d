// Reports from assessments at the edges of what the app accepts: very long notes, a hundred participants, fifty
// systems, decomposed Hangul, characters the font lacks, a three-factor method, nobody to sign, 200 actions,
// 500 pieces of evidence, and very long positions, outcomes, action descriptions and meeting notes.
import { describe, expect, it } from 'vitest';
import type { Answer, Assessment, Participant } from '../../../shared/domain/assessment';
import { Sides } from '../../../shared/domain/assessment';
import { buildReport } from '../../../shared/report/buildReport';
import type { ReportInput } from '../../../shared/report/buildReport';
import { PageSize, signatureSlot } from '../../../shared/report/signOffLayout';
import { reportStrings } from '../../../shared/report/strings';
import { OiraKinney } from '../../../shared/risk/methods';
import { ActionStatuses, ControlTypes, Priorities } from '../../../shared/domain/record';
import type { Action, Evidence } from '../../../shared/domain/record';
import { reportFonts, sampleInput } from './fixtures';
import { inkIn, misplacedWords, pdfinfo, pdftotext, qpdfCheck, renderPage, scratch, tableRows } from './support';

const file = scratch();
const fonts = reportFonts();

async function build(name: string, input: ReportInput): Promise<{ path: string; pages: number; text: string }> {
  const path = file(`${name}.pdf`, await buildReport(input, fonts));
  expect(qpdfCheck(path).status).toBe(0);
  expect(misplacedWords(path)).toEqual([]);
  const pages = Number(pdfinfo(path).Pages);
  return { path, pages, text: pdftotext(path) };
}

function withNotes(input: ReportInput, note: (answer: Answer, i: number) => string): ReportInput {
  return { ...input, answers: input.answers.map((a, i) => ({ ...a, note: note(a, i) })) };
}

describe('reports at the edges', () => {
  it('flows very long notes over pages: 20,000 characters of unspaced Korean, long English with a long URL', async () => {
    const ko = await sampleInput('ko');
    const unspaced = '근로자대표와의협의기록이없음'.repeat(1430).slice(0, 20000);
    const { pages, text } = await build(
      'long-ko',
      withNotes(ko, (a, i) => (i === 0 ? unspaced : i === 1 ? `${a.note}\n\n${'관리자 면담 결과를 기록했습니다. '.repeat(300)}` : a.note)),
    );
    expect(pages).toBeGreaterThan(30);
    expect(text.replace(/\s+/g, '')).toContain(unspaced.slice(0, 500));

    const en = await sampleInput('en');
    const url = `https://intranet.example.org/${'policies/'.repeat(40)}ai.pdf`;
    const english = await build('long-en', withNotes(en, (a, i) => (i < 10 ? `${'The supervisor confirmed the record. '.repeat(120)}\nSee ${url} for the policy.` : a.note)));
    expect(english.text.replace(/\s+/g, '')).toContain(url);
  });

  it('lists a hundred participants and fifty systems, and fits the signers on the sign-off page with the rest named elsewhere', async () => {
    const en = await sampleInput('en');
    const participants: Participant[] = Array.from({ length: 100 }, (_, i) => ({
      id: `p-${i}`,
      name: `Participant number ${i + 1} with a rather long name`,
      side: Sides[(i * 3) % 4]!,
      role: 'Member of the joint health and safety committee, representing the night shift',
    }));
    const systems = Array.from({ length: 50 }, (_, i) => ({ ...en.assessment.systems[0]!, id: `s-${i}`, name: `System ${i + 1}`, purpose: 'Allocates tasks and measures pick rates. '.repeat(12) }));
    const { path, pages, text } = await build('crowd', { ...en, assessment: { ...en.assessment, participants, systems } });
    const last = pdftotext(path, pages);
    const s = reportStrings('en');
    expect(last).toContain(s.signOff);
    expect(last).toMatch(/and \d+ more \(every participant is listed on the first page\)/);
    for (let i = 1; i <= 100; i++) expect(text).toContain(`Participant number ${i} with`);
    for (let i = 1; i <= 50; i++) expect(text).toContain(`System ${i}\n`);
    // Six boxes, the most there are; the signers' list stays above them.
    const image = renderPage(path, pages, file('crowd-last'));
    for (let i = 0; i < 6; i++) {
      const box = signatureSlot(i);
      expect(inkIn(image, 60, { x: box.x + 2, y: box.y + 2, width: box.width - 4, height: box.height - 4 }, PageSize.height)).toBe(0);
    }
  });

  it('composes decomposed Hangul and marks characters the font lacks instead of dropping them', async () => {
    const ko = await sampleInput('ko');
    const { text } = await build('odd-text', withNotes(ko, (a, i) => (i === 0 ? '관리자 면담 결과 (NFD)'.normalize('NFD') : i === 1 ? '株式會社 한빛 🙂' : a.note)));
    expect(text).toContain('관리자 면담 결과 (NFD)');
    expect(text).toContain('□□□□ 한빛 □');
  });

  it('says there is no matrix for a three-factor method, and rates with it', async () => {
    const en = await sampleInput('en');
    const rated = en.answers.map((a, i) => ({ ...a, risk: i % 2 ? { methodId: OiraKinney.id, values: { probability: 5, frequency: 7, severity: 10 } } : null }));
    const { text } = await build('kinney', { ...en, method: OiraKinney, answers: rated, assessment: { ...en.assessment, riskMethodId: OiraKinney.id } });
    const s = reportStrings('en');
    expect(text.replace(/\s+/g, ' ')).toContain(s.noHeatMap);
    expect(text).toContain('score 350');
    expect(text).not.toContain(s.levels['very-high']);
  });

  it('builds a report of an assessment with nothing in it yet: two boxes, one per side of the committee', async () => {
    const en = await sampleInput('en');
    const empty: Assessment = { ...en.assessment, title: '', participants: [], systems: [], date: '', workplace: { name: '', site: '', sector: '', sizeBand: '' } };
    const { path, pages, text } = await build('empty', { ...en, assessment: empty, answers: [] });
    const s = reportStrings('en');
    expect(text).toContain(s.untitled);
    expect(text).toContain(s.noGaps);
    expect(text).toContain(s.noReferences);
    const last = pdftotext(path, pages);
    expect(last).toContain(`1. ${s.sides.worker}`);
    expect(last).toContain(`2. ${s.sides.employer}`);
    const image = renderPage(path, pages, file('empty-last'));
    const third = signatureSlot(2);
    expect(inkIn(image, 60, third, PageSize.height)).toBe(0);
  });

  it('lists pinned checklist versions it was not given on the cover', async () => {
    const en = await sampleInput('en');
    const { path } = await build('missing-pack', { ...en, packs: en.packs.slice(1) });
    expect(pdftotext(path, 1).replace(/\s+/g, ' ')).toContain('ai-introduction v1');
  });

  it('lays out 200 actions and 500 pieces of evidence over pages, every row there, nothing over the footer', { timeout: 60_000 }, async () => {
    for (const lang of ['en', 'ko'] as const) {
      const input = await sampleInput(lang);
      const template = input.actions[1]!;
      const actions: Action[] = Array.from({ length: 200 }, (_, i) => ({
        ...template,
        id: `bulk-${String(i).padStart(3, '0')}`,
        item: i % 7 === 0 ? null : template.item,
        description: `${template.description} (${i + 1}) ${i % 25 === 0 ? template.description.repeat(12) : ''}`,
        control: ControlTypes[i % ControlTypes.length]!,
        dueDate: `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
        priority: Priorities[i % 3]!,
        status: ActionStatuses[i % 4]!,
        verification: i % 4 === 3 ? input.actions.find((a) => a.verification)!.verification : null,
        createdAt: `2026-10-01T00:${String(Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}.000Z`,
      }));
      const evidence: Evidence[] = Array.from({ length: 500 }, (_, i) => ({
        ...input.evidence[i % input.evidence.length]!,
        id: `bulk-ev-${i}`,
        caption: `${input.evidence[i % input.evidence.length]!.caption} #${i + 1}`,
        addedAt: `2026-11-${String((i % 28) + 1).padStart(2, '0')}T0${i % 10}:00:00.000Z`,
      }));
      const started = performance.now();
      const { path, pages } = await build(`bulk-${lang}`, { ...input, actions, evidence });
      const ms = performance.now() - started;
      const s = reportStrings(lang);
      const planRows = tableRows(path, [s.numberColumn, s.actionColumn, s.ownerColumn, s.dueColumn, s.budgetColumn, s.priorityColumn, s.statusColumn, s.verificationColumn], /^A\d+$/);
      expect(new Set(planRows.map((r) => r.cells[0]!.split(' ')[0])).size).toBe(200);
      const register = tableRows(path, [s.numberColumn, s.evidenceColumn, s.hashColumn, s.addedColumn], /^E\d+$/);
      expect(new Set(register.map((r) => r.cells[0]!.split(' ')[0])).size).toBe(500);
      expect(pages).toBeGreaterThan(60);
      // Generous: about a second here; the bound only catches layout going quadratic.
      expect(ms).toBeLessThan(30_000);
      renderPage(path, planRows[0]!.page, file(`bulk-${lang}-actions`));
      renderPage(path, register[250]!.page, file(`bulk-${lang}-evidence`));
    }
  });

  it('flows very long positions, outcomes, action descriptions, verification notes and meeting notes over pages', { timeout: 30_000 }, async () => {
    const ko = await sampleInput('ko');
    const long = '근로자대표와의협의기록이없음'.repeat(1430).slice(0, 20000);
    const spaced = '관리자 면담 결과를 기록했습니다. '.repeat(1000).slice(0, 20000);
    const positions = ko.positions.map((p) => ({ ...p, worker: p.worker && { ...p.worker, text: long }, employer: p.employer && { ...p.employer, text: spaced }, outcome: p.status === 'settled' ? spaced : '' }));
    const actions = ko.actions.map((a, i) => ({ ...a, description: i === 0 ? long.slice(0, 5000) : a.description, verification: a.verification && { ...a.verification, note: spaced.slice(0, 2000) } }));
    const meetings = ko.meetings.map((m) => ({ ...m, notes: spaced }));
    const { path, text } = await build('long-record-ko', { ...ko, positions, actions, meetings });
    expect(text.replace(/\s+/g, '')).toContain(long.slice(0, 2000));
    const s = reportStrings('ko');
    const rows = tableRows(path, [s.numberColumn, s.actionColumn, s.ownerColumn, s.dueColumn, s.budgetColumn, s.priorityColumn, s.statusColumn, s.verificationColumn], /^A\d+$/);
    expect(new Set(rows.map((r) => r.cells[0]!.split(' ')[0])).size).toBe(ko.actions.length);
    const first = rows.find((r) => r.cells[0]!.startsWith('A1 '))!;
    renderPage(path, first.page, file('long-record-ko-actions'));
  });
});
