import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer, Assessment } from '../../../shared/domain/assessment';
import { packItems } from '../../../shared/packs/schema';
import { buildReportModel, compareProvisions, MaxTopRisks } from '../../../shared/report/model/reportModel';
import type { ReportInput } from '../../../shared/report/buildReport';
import { ControlTypes } from '../../../shared/packs/schema';
import { RiskLevels } from '../../../shared/risk/methods';
import { sampleInput } from './fixtures';
import { miniPack } from '../../support/miniPack';

let en: ReportInput;
let ko: ReportInput;
beforeAll(async () => {
  [en, ko] = await Promise.all([sampleInput('en'), sampleInput('ko')]);
});

const allItems = (input: ReportInput) => buildReportModel(input).domains.flatMap((d) => d.sections.flatMap((s) => s.items));

describe('buildReportModel', () => {
  it('numbers items <checklist>.<item> and shows every item of every pack, in the language asked for', () => {
    const model = buildReportModel(ko);
    const items = allItems(ko);
    expect(items).toHaveLength(ko.packs.reduce((n, p) => n + packItems(p).length, 0));
    expect(items[0]!.number).toBe('1.1');
    expect(model.domains[1]!.sections[0]!.items[0]!.number).toBe('2.1');
    expect(items[0]!.question).toBe(packItems(ko.packs[0]!)[0]!.question.ko);
    expect(items.filter((i) => i.answer === '일부').length).toBeGreaterThan(0);
    // Choice answers show the option's label, numbers their unit.
    const choice = packItems(ko.packs[0]!).find((i) => i.answerType.kind === 'choice')!;
    const answered = ko.answers.find((a) => a.itemId === choice.id)!;
    const label = choice.answerType.kind === 'choice' ? choice.answerType.options.find((o) => o.id === answered.value)!.label.ko : '';
    expect(items.find((i) => i.itemId === choice.id)!.answer).toBe(label);
  });

  it('lists unanswered items as unanswered, with no position invented for any side', async () => {
    const input = { ...en, answers: en.answers.filter((a) => a.itemId !== 'intro-03') };
    const item = allItems(input).find((i) => i.itemId === 'intro-03')!;
    expect(item.answer).toBeNull();
    expect(item.concern).toBe(false);
    expect(item.positions).toBeNull();
    const positioned = new Set(en.positions.map((p) => p.itemId));
    expect(allItems(en).filter((i) => !positioned.has(i.itemId)).every((i) => i.positions === null)).toBe(true);
    expect(allItems(await sampleInput('en', { record: false })).every((i) => i.positions === null && i.actions.length === 0 && i.evidence.length === 0)).toBe(true);
  });

  it('takes the top risks from high and very high only, highest score first, at most ten', () => {
    const model = buildReportModel(en);
    expect(model.topRisks.length).toBeLessThanOrEqual(MaxTopRisks);
    expect(model.topRisks.length).toBe(Math.min(MaxTopRisks, model.score.highRisks.length));
    expect(model.topRisks.every((i) => i.risk && (i.risk.level === 'high' || i.risk.level === 'very-high'))).toBe(true);
    const scores = model.topRisks.map((i) => i.risk!.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('orders the suggested measures by risk (unrated gaps last), each with its measures in hierarchy-of-controls order', () => {
    const model = buildReportModel(en);
    expect(model.suggestions.length).toBe(allItems(en).filter((i) => i.concern).length);
    const rank = (a: (typeof model.suggestions)[number]): number => a.item.risk?.score ?? -1;
    for (let i = 1; i < model.suggestions.length; i++) expect(rank(model.suggestions[i - 1]!)).toBeGreaterThanOrEqual(rank(model.suggestions[i]!));
    const unrated = model.suggestions.findIndex((a) => !a.item.risk);
    if (unrated >= 0) expect(model.suggestions.slice(unrated).every((a) => !a.item.risk)).toBe(true);
    for (const { measures } of model.suggestions) {
      const order = measures.map((m) => ControlTypes.indexOf(m.control));
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
    expect(RiskLevels).toContain(model.suggestions[0]!.item.risk!.level);
  });

  it('cites each instrument once, only for answered items, with its provisions in numeric order', () => {
    const model = buildReportModel(en);
    const keys = model.references.map((r) => `${r.title}|${r.citation}`);
    expect(new Set(keys).size).toBe(keys.length);
    const none = buildReportModel({ ...en, answers: [] });
    expect(none.references).toEqual([]);
    for (const ref of model.references) {
      const provisions = ref.provisions.map((p) => p.provision);
      expect(provisions).toEqual([...provisions].sort(compareProvisions));
    }
    expect(['Art. 11', 'Art. 6(3)(c)', 'Annex III, point 4', 'Art. 6(2)(d)'].sort(compareProvisions)).toEqual(['Annex III, point 4', 'Art. 6(2)(d)', 'Art. 6(3)(c)', 'Art. 11']);
  });

  it('expects the worker side and the employer side to sign first, taking turns so both get boxes', () => {
    const participants = [
      { id: 'a', name: 'Obi', side: 'observer' as const, role: '' },
      { id: 'b', name: 'Ines', side: 'inspector' as const, role: '' },
      { id: 'c', name: 'Emma', side: 'employer' as const, role: '' },
      { id: 'd', name: 'Wan', side: 'worker' as const, role: '' },
      { id: 'e', name: 'Will', side: 'worker' as const, role: '' },
    ];
    const model = buildReportModel({ ...en, assessment: { ...en.assessment, participants } });
    expect(model.signers.map((s) => s.name)).toEqual(['Wan', 'Emma', 'Will', 'Ines', 'Obi']);
  });

  it('puts a photo after its item, and photos of the assessment or of an unknown item in the evidence section', () => {
    const jpeg = new Uint8Array([0xff, 0xd8]);
    const photos = [
      { packId: 'ai-introduction', itemId: null, caption: 'whole site', jpeg },
      { packId: 'ai-introduction', itemId: 'intro-02', caption: 'notice board', jpeg },
      { packId: 'ai-introduction', itemId: 'no-such-item', caption: 'stray', jpeg },
    ];
    const model = buildReportModel({ ...en, photos });
    const item = model.domains[0]!.sections[0]!.items.find((i) => i.itemId === 'intro-02')!;
    expect(item.photos.map((p) => [p.number, p.photo.caption, p.evidence])).toEqual([[1, 'notice board', null]]);
    expect(model.evidence.map((p) => [p.number, p.photo.caption])).toEqual([
      [2, 'whole site'],
      [3, 'stray'],
    ]);
  });

  it('names pinned pack versions it was not given, and ignores answers of another assessment', () => {
    const pack = miniPack();
    const answer: Answer = { assessmentId: 'other' as Answer['assessmentId'], packId: 'mini', itemId: 'm-01', value: 'no', note: 'x', risk: null, recheck: false, updatedAt: '' };
    const model = buildReportModel({ ...en, packs: [pack], answers: [answer], assessment: { ...en.assessment, packs: [{ packId: 'mini', version: 1 }, { packId: 'gone', version: 3 }] } });
    expect(model.missingPacks).toEqual([{ packId: 'gone', version: 3 }]);
    expect(model.domains[0]!.sections[0]!.items[0]!.answer).toBeNull();
    expect(model.score.answered).toBe(0);
  });
});

const find = (input: ReportInput, itemId: string) => allItems(input).find((i) => i.itemId === itemId)!;

describe('the working record in the report model', () => {
  it('carries both sides’ positions with their ratings and who recorded them, open or settled', () => {
    const open = find(en, 'intro-01').positions!;
    expect(open.status).toBe('open');
    expect(open.sides.map((p) => [p.side, p.risk?.level, p.risk?.score, p.recordedBy])).toEqual([
      ['worker', 'high', 16, 'Kim Min-ji'],
      ['employer', 'medium', 6, 'Park Jun-ho'],
    ]);
    expect(open.sides[0]!.text).toContain('high-risk use');
    const settled = find(ko, 'cobot-01').positions!;
    expect(settled.status).toBe('settled');
    expect(settled.outcome).toContain('2구역 속도 제한');
    expect(settled.sides.map((p) => p.risk?.level)).toEqual(['very-high', 'high']);
    // One side only, and positions without ratings.
    expect(find(en, 'psy-01').positions!.sides.map((p) => p.side)).toEqual(['worker']);
    expect(find(en, 'bias-04').positions!.sides.every((p) => p.risk === null)).toBe(true);
  });

  it('shows nothing for a positions row where neither side has said anything yet, unless it was settled', () => {
    const blank = { ...en.positions[0]!, worker: null, employer: null, outcome: '' };
    expect(find({ ...en, positions: [{ ...blank, status: 'open' }] }, blank.itemId).positions).toBeNull();
    expect(find({ ...en, positions: [{ ...blank, status: 'settled', outcome: 'Agreed at the meeting' }] }, blank.itemId).positions).toEqual({ sides: [], status: 'settled', outcome: 'Agreed at the meeting' });
  });

  it('counts open and settled disagreements, actions by status and overdue actions', () => {
    expect(buildReportModel(en).counts).toEqual({
      openDisagreements: 3,
      settled: 2,
      actions: { planned: 6, 'in-progress': 3, done: 1, verified: 2 },
      overdue: 3,
      meetings: 2,
      meetingsWithoutBothSides: 1,
      evidence: 25,
    });
  });

  it('flags an action overdue, with the days late, only when it is not done and its date has passed on the report’s day', () => {
    const model = buildReportModel(en);
    expect(model.today).toBe('2026-11-20');
    const overdue = model.actionPlan.filter((a) => a.daysOverdue !== null).map((a) => [a.number, a.daysOverdue]);
    expect(overdue).toEqual([
      ['A1', 36],
      ['A2', 19],
      ['A12', 1],
    ]);
    // Done (A7, due 10 November) and verified actions past their date are not overdue.
    expect(model.actionPlan.find((a) => a.number === 'A7')!.daysOverdue).toBeNull();
    const later = buildReportModel({ ...en, generatedAt: '2027-03-01T12:00:00.000Z' });
    // Every open action with a date by then; A10 has none.
    expect(later.counts.overdue).toBe(8);
    expect(later.actionPlan.find((a) => a.number === 'A7')!.daysOverdue).toBeNull();
  });

  it('lists the action plan overdue first, then by due date and priority, numbered in creation order', () => {
    const plan = buildReportModel(en).actionPlan;
    expect(plan.map((a) => a.number)).toEqual(['A1', 'A2', 'A12', 'A3', 'A9', 'A7', 'A11', 'A6', 'A5', 'A8', 'A4', 'A10']);
    expect(plan.map((a) => a.item)).toContain(null);
    expect(plan.find((a) => a.number === 'A1')!.item).toBe('1.1');
    // The numbers follow creation, whatever order the rows come in.
    const shuffled = buildReportModel({ ...en, actions: [...en.actions].reverse() });
    expect(shuffled.actionPlan.map((a) => a.number)).toEqual(plan.map((a) => a.number));
  });

  it('notes a verification by the owner’s own side', () => {
    const plan = buildReportModel(en).actionPlan;
    expect(plan.filter((a) => a.verifiedBySameSide).map((a) => a.number)).toEqual(['A9']);
    expect(plan.find((a) => a.number === 'A3')!.action.verification!.by.side).toBe('worker');
  });

  it('gives each finding its actions, evidence numbers and the re-check marker', () => {
    const item = find(en, 'intro-01');
    expect(item.actions.map((a) => a.number)).toEqual(['A1']);
    expect(item.evidence).toEqual(['E1', 'E4']);
    expect(find(en, 'intro-03').recheck).toBe(true);
    expect(find(en, 'intro-02').recheck).toBe(false);
  });

  it('lists meetings by date with attendees by side, and says which side was absent', () => {
    const [first, second] = buildReportModel(en).meetings;
    expect(first!.meeting.date).toBe('2026-10-02');
    expect(first!.attendees).toEqual([
      { name: 'Kim Min-ji', side: 'worker' },
      { name: 'Jung Hae-in', side: 'worker' },
    ]);
    expect(first!.absentSides).toEqual(['employer']);
    expect(first!.packs).toEqual([en.packs.find((p) => p.id === 'ai-introduction')!.title.en, en.packs.find((p) => p.id === 'psychosocial-load')!.title.en]);
    expect(second!.absentSides).toEqual([]);
    expect(second!.attendees.map((a) => a.side)).toEqual(['worker', 'worker', 'employer', 'inspector']);
    const undated = buildReportModel({ ...en, meetings: [{ ...en.meetings[0]!, id: 'undated', date: '' }, ...en.meetings] }).meetings;
    expect(undated.map((m) => m.meeting.id)).toEqual(['meet-2', 'meet-1', 'undated']);
    const gone = buildReportModel({ ...en, meetings: [{ ...en.meetings[0]!, attendeeIds: ['p-1', 'p-gone'], guests: [] }] }).meetings[0]!;
    expect(gone.unknownAttendees).toBe(1);
    expect(gone.absentSides).toEqual(['employer']);
  });

  it('numbers the evidence in the order it was added and ties embedded photos to their figures', async () => {
    const input = await sampleInput('en', { photos: true });
    const model = buildReportModel(input);
    expect(model.evidenceRegister.map((r) => r.number)).toEqual(Array.from({ length: 25 }, (_, i) => `E${i + 1}`));
    const added = model.evidenceRegister.map((r) => r.evidence.addedAt);
    expect(added).toEqual([...added].sort());
    const photos = allItems(input).flatMap((i) => i.photos).concat(model.evidence);
    for (const photo of photos) {
      const row = model.evidenceRegister.find((r) => r.evidence.id === photo.photo.evidenceId)!;
      expect(row.figure).toBe(photo.number);
      expect(photo.evidence).toBe(row.number);
    }
    expect(model.evidenceRegister.filter((r) => r.evidence.kind !== 'photo').every((r) => r.figure === null)).toBe(true);
    // Without the photos, nothing is printed and no figure is claimed.
    expect(buildReportModel(en).evidenceRegister.every((r) => r.figure === null)).toBe(true);
  });

  it('works out the informing clock per system and the employer’s answer on the report’s day', () => {
    const model = buildReportModel(en);
    expect(model.systemClocks.map((c) => [c.name, c.warning, c.daysLate])).toEqual([
      ['PickRate 3', 'went-live-before-informed', 44],
      ['CoBot UR-10 cell', 'go-live-without-information', null],
    ]);
    expect(model.response).toEqual({ status: 'overdue', dueDate: '2026-11-10', daysLate: 10 });
    const answered = { ...en.assessment, recommendations: { ...en.assessment.recommendations, answeredDate: '2026-11-09' } };
    expect(buildReportModel({ ...en, assessment: answered }).response).toMatchObject({ status: 'answered', daysLate: 0 });
  });

  it('names the earlier visit of a follow-up, and an imported copy', () => {
    expect(buildReportModel(en).followUpOf).toBeNull();
    const followUp = { ...en.assessment, followUpOf: 'earlier-1' as Assessment['id'] };
    expect(buildReportModel({ ...en, assessment: followUp }).followUpOf).toEqual({ id: 'earlier-1', title: null });
    expect(buildReportModel({ ...en, assessment: followUp, followUpOfTitle: ' First visit, 2 March 2026 ' }).followUpOf).toEqual({ id: 'earlier-1', title: 'First visit, 2 March 2026' });
    const importedFrom = { fileName: 'pack.zip', packSha256: 'a'.repeat(64), importedAt: '2026-11-21T09:00:00.000Z', signer: 'Kim Min-ji', intact: true };
    expect(buildReportModel({ ...en, assessment: { ...en.assessment, importedFrom } }).importedFrom).toEqual(importedFrom);
  });

  it('leaves out working-record rows of another assessment', () => {
    const other = 'other' as Assessment['id'];
    const input: ReportInput = {
      ...en,
      positions: en.positions.map((p) => ({ ...p, assessmentId: other })),
      actions: en.actions.map((a) => ({ ...a, assessmentId: other })),
      meetings: en.meetings.map((m) => ({ ...m, assessmentId: other })),
      evidence: en.evidence.map((e) => ({ ...e, assessmentId: other })),
    };
    const model = buildReportModel(input);
    expect(model.counts).toMatchObject({ openDisagreements: 0, settled: 0, overdue: 0, meetings: 0, evidence: 0 });
    expect(model.actionPlan).toEqual([]);
    expect(allItems(input).every((i) => i.positions === null && i.actions.length === 0 && i.evidence.length === 0)).toBe(true);
  });
});
