import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../../shared/domain/assessment';
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

  it('lists unanswered items as unanswered, with no position invented for any side', () => {
    const input = { ...en, answers: en.answers.filter((a) => a.itemId !== 'intro-01') };
    const item = allItems(input).find((i) => i.itemId === 'intro-01')!;
    expect(item.answer).toBeNull();
    expect(item.concern).toBe(false);
    expect(allItems(en).every((i) => i.positions.length === 0)).toBe(true);
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
    expect(model.actions.length).toBe(allItems(en).filter((i) => i.concern).length);
    const rank = (a: (typeof model.actions)[number]): number => a.item.risk?.score ?? -1;
    for (let i = 1; i < model.actions.length; i++) expect(rank(model.actions[i - 1]!)).toBeGreaterThanOrEqual(rank(model.actions[i]!));
    const unrated = model.actions.findIndex((a) => !a.item.risk);
    if (unrated >= 0) expect(model.actions.slice(unrated).every((a) => !a.item.risk)).toBe(true);
    for (const { measures } of model.actions) {
      const order = measures.map((m) => ControlTypes.indexOf(m.control));
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
    expect(RiskLevels).toContain(model.actions[0]!.item.risk!.level);
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
    expect(item.photos.map((p) => [p.number, p.photo.caption])).toEqual([[1, 'notice board']]);
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
