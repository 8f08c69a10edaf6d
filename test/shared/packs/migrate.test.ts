import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sha256 } from '@noble/hashes/sha2';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../shared/domain/assessment';
import type { Action, Evidence, Positions } from '../../../shared/domain/record';
import { type AssessmentBundle, parseAssessmentFile } from '../../../shared/format/assessmentFile';
import { applyPackMigration, newerPackVersions, planPackMigration } from '../../../shared/packs/migrate';
import { currentPacks, findPack, publishedPacks } from '../../../shared/packs/registry';
import { packItems } from '../../../shared/packs/schema';
import { buildReportModel } from '../../../shared/report/model/reportModel';
import { reportInputFor } from '../../../shared/report/reportInput';
import { riskMethod } from '../../../shared/risk/methods';
import { scoreAssessment } from '../../../shared/scoring/score';
import { toHex } from '../../../shared/signing/bytes';
import { withWorkingRecord } from '../record/workingRecord';

const root = resolve(import.meta.dirname, '../../..');
const v1 = findPack({ packId: 'psychosocial-load', version: 1 })!;
const v2 = findPack({ packId: 'psychosocial-load', version: 2 })!;
const worker = { name: '김민지', side: 'worker' } as const;

function sample(): AssessmentBundle {
  const parsed = parseAssessmentFile(new Uint8Array(readFileSync(resolve(root, 'test/fixtures/assessments/sample-en.jointcheck.json'))));
  if (!parsed.ok) throw new Error(parsed.error.code);
  const packs = parsed.file.assessment.packs.map((ref) => findPack(ref)!);
  return withWorkingRecord(parsed.file, packs, 'en');
}

/** The sample with a disagreement, a photo and an action on psy-04, the item version 2 retires. */
function sampleWithRecordOnRetiredItem(): AssessmentBundle {
  const bundle = sample();
  const id = bundle.assessment.id;
  const positions: Positions = {
    assessmentId: id,
    packId: 'psychosocial-load',
    itemId: 'psy-04',
    worker: { text: '응답률이 너무 낮아 결과를 믿기 어렵습니다.', risk: null, recordedBy: '김민지', updatedAt: '2026-11-01T00:00:00.000Z' },
    employer: null,
    status: 'open',
    outcome: '',
    updatedAt: '2026-11-01T00:00:00.000Z',
  };
  const evidence: Evidence = { ...bundle.evidence[0]!, id: 'ev-psy-04', item: { packId: 'psychosocial-load', itemId: 'psy-04' }, caption: 'Survey return sheet' };
  const action: Action = { ...bundle.actions[0]!, id: 'act-psy-04', item: { packId: 'psychosocial-load', itemId: 'psy-04' }, description: 'Give paid time to answer the survey' };
  const answers = bundle.answers.map((a): Answer => (a.itemId === 'psy-04' ? { ...a, note: '9 of 100 invited', risk: { methodId: 'matrix-5x5', values: { likelihood: 3, severity: 2 } } } : a));
  return { ...bundle, answers, positions: [...bundle.positions, positions], evidence: [...bundle.evidence, evidence], actions: [...bundle.actions, action] };
}

const options = { now: '2026-12-01T09:00:00.000Z', lang: 'en' as const, by: worker, summaryId: 'migration-note-1' };

describe('psychosocial-load version 2', () => {
  it('is offered next to version 1: the registry keeps both, new assessments get 2', () => {
    expect(publishedPacks().filter((p) => p.id === 'psychosocial-load').map((p) => p.version)).toEqual([1, 2]);
    expect(currentPacks().find((p) => p.id === 'psychosocial-load')!.version).toBe(2);
    expect(newerPackVersions([{ packId: 'psychosocial-load', version: 1 }, { packId: 'biased-data', version: 1 }])).toEqual([{ packId: 'psychosocial-load', from: 1, to: 2 }]);
    expect(newerPackVersions([{ packId: 'psychosocial-load', version: 2 }])).toEqual([]);
  });

  it('rewords psy-09, adds psy-17 and retires psy-04, keeping every other item exactly as it was', () => {
    const plan = planPackMigration(sample(), v1, v2);
    expect(plan.added).toEqual(['psy-17']);
    expect(plan.retired.map((r) => r.itemId)).toEqual(['psy-04']);
    expect(plan.carried.filter((c) => c.change !== 'same').map((c) => [c.itemId, c.change])).toEqual([['psy-09', 'reworded']]);
    expect(plan.carried).toHaveLength(15);
    const before = new Map(packItems(v1).map((i) => [i.id, i]));
    for (const item of packItems(v2)) if (item.id !== 'psy-09' && item.id !== 'psy-17') expect(item).toEqual(before.get(item.id));
  });
});

describe('an assessment answered against version 1', () => {
  it('still scores and reports against version 1: the retired item counts, the new one does not appear', async () => {
    const bundle = sample();
    const packs = bundle.assessment.packs.map((ref) => findPack(ref)!);
    expect(packs.find((p) => p.id === 'psychosocial-load')!.version).toBe(1);
    const score = scoreAssessment(packs, bundle.answers, riskMethod(bundle.assessment.riskMethodId));
    const psy = score.packs.find((p) => p.packId === 'psychosocial-load')!;
    expect(psy).toMatchObject({ version: 1, total: 16, answered: 16 });
    const model = buildReportModel(await reportInputFor({ ...bundle, packs, lang: 'en', generatedAt: '2026-12-01T00:00:00.000Z', appVersion: 'test' }));
    const items = model.domains.flatMap((d) => d.sections.flatMap((s) => s.items));
    expect(items.find((i) => i.itemId === 'psy-04')?.answer).toBe('9 %');
    expect(items.find((i) => i.itemId === 'psy-09')?.question).toBe(packItems(v1).find((i) => i.id === 'psy-09')!.question.en);
    expect(items.some((i) => i.itemId === 'psy-17')).toBe(false);
  });
});

describe('planPackMigration', () => {
  it('lists what was recorded on retired items: the answer, both sides, evidence and actions', () => {
    const plan = planPackMigration(sampleWithRecordOnRetiredItem(), v1, v2);
    const [retired] = plan.retired;
    expect(retired!.answer).toMatchObject({ value: 9, note: '9 of 100 invited' });
    expect(retired!.positions?.worker?.text).toContain('응답률');
    expect(retired!.evidence.map((e) => e.id)).toEqual(['ev-psy-04']);
    expect(retired!.actions.map((a) => a.id)).toEqual(['act-psy-04']);
    expect(plan.carried.find((c) => c.itemId === 'psy-09')).toMatchObject({ answered: true, answerDropped: false });
  });

  it('refuses versions that do not fit the assessment', () => {
    const bundle = sample();
    expect(() => planPackMigration(bundle, v2, v1)).toThrow(/not newer/);
    expect(() => planPackMigration(bundle, v1, findPack({ packId: 'biased-data', version: 1 })!)).toThrow(/different packs/);
    const onV2 = { ...bundle, assessment: { ...bundle.assessment, packs: [{ packId: 'psychosocial-load', version: 2 }] } };
    expect(() => planPackMigration(onV2, v1, v2)).toThrow(/not answered against/);
  });
});

describe('applyPackMigration', () => {
  it('pins version 2, carries answers by id, flags the reworded one, leaves new items unanswered and other packs alone', () => {
    const before = sampleWithRecordOnRetiredItem();
    const { bundle } = applyPackMigration(before, planPackMigration(before, v1, v2), v1, v2, options);
    expect(bundle.assessment.packs.find((p) => p.packId === 'psychosocial-load')).toEqual({ packId: 'psychosocial-load', version: 2 });
    expect(bundle.assessment.packs.filter((p) => p.packId !== 'psychosocial-load')).toEqual(before.assessment.packs.filter((p) => p.packId !== 'psychosocial-load'));
    const byItem = new Map(bundle.answers.map((a) => [a.itemId, a]));
    expect(byItem.get('psy-09')).toMatchObject({ value: 'partly', recheck: true });
    expect(byItem.get('psy-01')).toEqual(before.answers.find((a) => a.itemId === 'psy-01'));
    expect(byItem.has('psy-04')).toBe(false);
    expect(byItem.has('psy-17')).toBe(false);
    expect(bundle.answers.filter((a) => a.packId !== 'psychosocial-load')).toEqual(before.answers.filter((a) => a.packId !== 'psychosocial-load'));
    expect(bundle.assessment.answeredCount).toBe(before.answers.length - 1);
    expect(bundle.positions.some((p) => p.itemId === 'psy-04')).toBe(false);
    // Evidence and actions of the retired item stay, filed under the assessment as a whole.
    expect(bundle.evidence.find((e) => e.id === 'ev-psy-04')!.item).toBeNull();
    expect(bundle.actions.find((a) => a.id === 'act-psy-04')!.item).toBeNull();
    // What scores now is version 2: 16 items, 15 answered.
    const packs = bundle.assessment.packs.map((ref) => findPack(ref)!);
    expect(scoreAssessment(packs, bundle.answers, riskMethod(bundle.assessment.riskMethodId)).packs.find((p) => p.packId === 'psychosocial-load')).toMatchObject({ version: 2, total: 16, answered: 15 });
    // The input was not touched.
    expect(before.answers.some((a) => a.itemId === 'psy-04')).toBe(true);
  });

  it('keeps the retired item’s answer, note, rating, positions, evidence and actions in a summary note among the evidence', () => {
    const before = sampleWithRecordOnRetiredItem();
    const { bundle, summary } = applyPackMigration(before, planPackMigration(before, v1, v2), v1, v2, options);
    expect(bundle.evidence.at(-1)).toBe(summary.evidence);
    expect(summary.evidence).toMatchObject({ id: 'migration-note-1', item: null, kind: 'document', addedBy: worker, caption: `Checklist update: ${v2.title.en}, version 1 to 2` });
    expect(summary.evidence.file).toEqual({ fileName: 'checklist-update-psychosocial-load-v1-v2.txt', mediaType: 'text/plain', size: summary.bytes.byteLength, sha256: toHex(sha256(summary.bytes)) });
    expect(new TextDecoder().decode(summary.bytes)).toBe(summary.text);
    const text = summary.text;
    expect(text).toContain('moved from version 1 to version 2 on 2026-12-01');
    expect(text).toContain('psy-04: What was the response rate');
    expect(text).toContain('Answer: 9 %');
    expect(text).toContain('Note: 9 of 100 invited');
    expect(text).toContain('Risk rating: matrix-5x5 likelihood 3, severity 2');
    expect(text).toContain('Worker side (김민지): 응답률이 너무 낮아 결과를 믿기 어렵습니다.');
    expect(text).toContain('Survey return sheet');
    expect(text).toContain('Give paid time to answer the survey');
    expect(text).toMatch(/psy-09: .*personal phones/);
    expect(text).toMatch(/New items \(unanswered\):\n- psy-17: /);
  });

  it('writes the summary in Korean when asked', () => {
    const before = sampleWithRecordOnRetiredItem();
    const { summary } = applyPackMigration(before, planPackMigration(before, v1, v2), v1, v2, { ...options, lang: 'ko' });
    expect(summary.evidence.caption).toBe(`체크리스트 개정: ${v2.title.ko}, 버전 1에서 2로`);
    expect(summary.text).toContain('폐지된 항목');
    expect(summary.text).toContain(packItems(v1).find((i) => i.id === 'psy-04')!.question.ko);
  });

  it('refuses a plan made for another assessment', () => {
    const before = sample();
    const plan = planPackMigration(before, v1, v2);
    expect(() => applyPackMigration({ ...before, assessment: { ...before.assessment, id: 'other' as never } }, plan, v1, v2, options)).toThrow(/another assessment/);
  });
});
