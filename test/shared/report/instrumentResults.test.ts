// The report's "Instrument results" section: every kind of result, in English and Korean, checked with poppler.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Evidence } from '../../../shared/domain/record';
import { parseCsv } from '../../../shared/format/csv';
import type { Language } from '../../../shared/i18n/localized';
import { runBiasAudit } from '../../../shared/instruments/bias/audit';
import { parsePflLimitsTable } from '../../../shared/instruments/cobot/limitsTable';
import { comparePflMeasurements } from '../../../shared/instruments/cobot/pfl';
import { protectiveSeparationDistance } from '../../../shared/instruments/cobot/ssm';
import type { InstrumentResult } from '../../../shared/instruments/result';
import { JointCheckQuestionnaire } from '../../../shared/instruments/survey/jointcheckQuestionnaire';
import { questionnaireItems } from '../../../shared/instruments/survey/questionnaire';
import type { SurveyResponse } from '../../../shared/instruments/survey/responses';
import { scoreSurvey } from '../../../shared/instruments/survey/score';
import { buildReport, type ReportInput } from '../../../shared/report/buildReport';
import { root, reportFonts, sampleInput } from './fixtures';
import { misplacedWords, pdfinfo, pdftotext, qpdfCheck, renderPage, scratch } from './support';

const file = scratch();
const fonts = reportFonts();
const fixture = (name: string): string => readFileSync(join(root, 'test/fixtures/instruments', name), 'utf8');
const unwrap = <T>(outcome: { ok: true; result: T } | { ok: false }): T => {
  if (!outcome.ok) throw new Error('fixture result failed');
  return outcome.result;
};

/** A bias audit of the applicants fixture, two surveys (one with a small team hidden, one hidden as a whole), both cobot checks. */
function results(): { kind: string; itemId: string; packId: string; result: InstrumentResult }[] {
  const table = parseCsv(fixture('applicants.csv'));
  if (!table.ok) throw new Error(table.error.message);
  const bias = unwrap(runBiasAudit(table.table, { layout: 'per-person', groupColumns: ['sex', 'age_band'], outcome: { kind: 'selected', column: 'selected' } }, { exclusions: [{ category: 'sex=Other', reason: 'One person: no ratio means anything' }] }));
  const items = questionnaireItems(JointCheckQuestionnaire);
  const reverse = new Set(items.filter((i) => i.reverse).map((i) => i.id));
  const respond = (group: string, answer: (id: string) => number): SurveyResponse => ({ questionnaireId: JointCheckQuestionnaire.id, questionnaireVersion: 1, answers: Object.fromEntries(items.map((i) => [i.id, answer(i.id)])), group });
  const low = (id: string): number => (id.startsWith('monitoring-') ? (reverse.has(id) ? 5 : 1) : reverse.has(id) ? 2 : 4);
  const survey = unwrap(
    scoreSurvey(
      JointCheckQuestionnaire,
      [...Array.from({ length: 14 }, () => respond('Inbound', low)), ...Array.from({ length: 12 }, () => respond('Outbound', () => 3)), ...Array.from({ length: 11 }, () => respond('Returns', () => 4)), ...Array.from({ length: 4 }, () => respond('Night', () => 1))],
      { invited: 60 },
    ),
  );
  const tooFew = unwrap(scoreSurvey(JointCheckQuestionnaire, Array.from({ length: 3 }, () => respond('Inbound', () => 1))));
  const limits = parsePflLimitsTable(fixture('pfl-limits.example.json'));
  if (!limits.ok) throw new Error(limits.errors.join(' '));
  const pfl = unwrap(
    comparePflMeasurements(limits.table, [
      { region: 'back-of-hand-dominant', contact: 'transient', forceN: 120, pressureNcm2: 150, label: 'Gripper edge, station 3' },
      { region: 'palm-dominant', contact: 'quasi-static', forceN: 70, label: 'Clamp at the pallet guide' },
      { region: 'forehead-middle', contact: 'transient', forceN: 10, label: 'Arm at head height' },
    ]),
  );
  const ssm = unwrap(protectiveSeparationDistance({ humanSpeedMmS: 'iso13855-walking', robotSpeedMmS: 1000, reactionTimeS: 0.1, stoppingTimeS: 0.3, stoppingDistanceMm: 150, intrusionDistanceMm: 50, humanPositionUncertaintyMm: 20, robotPositionUncertaintyMm: 5, actualSeparationMm: 800 }));
  return [
    { kind: 'bias', packId: 'biased-data', itemId: 'bias-07', result: bias },
    { kind: 'survey', packId: 'psychosocial-load', itemId: 'psy-03', result: survey },
    { kind: 'few', packId: 'psychosocial-load', itemId: 'psy-03', result: tooFew },
    { kind: 'pfl', packId: 'collaborative-robots', itemId: 'cobot-07', result: pfl },
    { kind: 'ssm', packId: 'collaborative-robots', itemId: 'cobot-08', result: ssm },
  ];
}

async function inputWithResults(lang: Language): Promise<ReportInput> {
  const input = await sampleInput(lang, { record: false });
  const evidence: Evidence[] = results().map(({ kind, packId, itemId }, i) => ({
    id: `ev-${kind}`,
    assessmentId: input.assessment.id,
    item: { packId, itemId },
    kind: 'instrument',
    caption: `Result ${kind}`,
    file: { fileName: `${kind}.json`, mediaType: 'application/vnd.jointcheck.instrument+json', size: 1000, sha256: String(i).repeat(64) },
    original: null,
    capturedSha256: String(i).repeat(64),
    addedBy: { name: 'Kim Minji', side: 'worker' },
    addedAt: `2026-11-1${i}T09:00:00.000Z`,
    takenAt: null,
    keptLocation: false,
    width: null,
    height: null,
  }));
  return { ...input, evidence, instrumentResults: results().map(({ kind, result }) => ({ evidenceId: `ev-${kind}`, result })) };
}

const built = {} as Record<Language, { path: string; text: string; pages: number }>;

beforeAll(async () => {
  for (const lang of ['en', 'ko'] as const) {
    const path = file(`instruments-${lang}.pdf`, await buildReport(await inputWithResults(lang), fonts));
    built[lang] = { path, text: pdftotext(path), pages: Number(pdfinfo(path).Pages) };
  }
}, 60_000);

/** The text from the section's title to the evidence register that follows it, whitespace collapsed. */
const section = (lang: Language, from: string, to: string): string => {
  const text = built[lang].text.replace(/\s+/g, ' ');
  const start = text.lastIndexOf(from);
  return text.slice(start, text.indexOf(to, start));
};

describe('the instrument results section', () => {
  it('is a valid PDF with nothing outside the margins', { timeout: 20_000 }, () => {
    for (const lang of ['en', 'ko'] as const) {
      const check = qpdfCheck(built[lang].path);
      expect(check.status, check.output).toBe(0);
      expect(misplacedWords(built[lang].path)).toEqual([]);
    }
  });

  it('lists each result under its evidence number and item, with tables, words for every flag and the caveats (English)', () => {
    const text = section('en', 'Instrument results', 'Evidence register');
    expect(text).toContain('E1 · Bias audit');
    expect(text).toContain('Bias audit: 4 of 9 categories below four-fifths (3 fragile)');
    // Word order in extracted text follows the columns' lines; the row's own words are all there.
    expect(text).toContain('0.714 Below four-fifths z-test (z = −1.51)');
    expect(text).toContain('p 0.035, significant');
    expect(text).toContain('Left out: One person: no ratio means anything');
    expect(text).toContain('EU equality law sets no numeric threshold');
    expect(text).toContain('0.8 (four-fifths)');

    expect(text).toContain('E2 · Psychosocial survey');
    expect(text).toContain('41 responses, response rate 68% of 60 invited (desirable)');
    // Night (4) is below the minimum; hiding it alone would reveal it from the total, so Returns (11) is hidden too.
    expect(text).toContain('hidden: fewer than 10 responses');
    expect(text).toContain('hidden so that a smaller group cannot be worked out from the total');
    expect(text).toMatch(/Constant monitoring, All respondents: mean \d\.\d\d/);
    expect(text).toContain('Constant monitoring, Inbound: mean 1.00');
    expect(text).not.toMatch(/Night: mean|Returns: mean/);

    expect(text).toContain('E3 · Psychosocial survey');
    expect(text).toContain('Results are hidden: fewer than 10 responses. Nothing but the number of responses is reported.');

    expect(text).toContain('E4 · Contact force and pressure');
    expect(text).toContain('EXAMPLE VALUES, NOT FOR USE');
    expect(text).toContain('Force 120.0 N 100.0 N −20.0 N (−20%) Over the limit');
    expect(text).toContain('No limit in the table: not a pass');
    expect(text).toContain('lower of the limits for women and men');

    expect(text).toContain('E5 · Protective separation distance');
    expect(text).toMatch(/S_p S_h \+ S_r \+ S_s \+ C \+ Z_d \+ Z_r 965 mm/);
    expect(text).toContain('The application keeps 800 mm, less than the 965 mm needed (short by 165 mm): NOT sufficient.');
  });

  it('is in Korean in the Korean report', () => {
    const text = section('ko', 'E1 · 편향 감사', '증거 목록 ');
    expect(text).toContain('E1 · 편향 감사');
    expect(text).toContain('5분의 4 미만');
    expect(text).toContain('EU 평등법에는 정해진 수치 기준이 없습니다');
    expect(text).toContain('숨김: 응답 10건 미만');
    expect(text).toContain('예시 값 — 실제 사용 불가');
    expect(text).toContain('표에 한계값 없음: 합격 아님');
    expect(text).toContain('불충분');
  });

  it('gives no figure of a hidden group, anywhere in the report', () => {
    const text = section('en', 'E2 · Psychosocial survey', 'E3 · Psychosocial survey');
    // Night answered 1 throughout: a mean of 1.00 appears only for Inbound's monitoring scale, never for Night.
    expect(text).not.toMatch(/\bn (4|11)\b/);
    expect(text).not.toMatch(/\b(4|11) respondents/);
    expect(text).toContain('Night hidden: fewer than 10 responses');
    expect(text).toContain('Returns hidden: fewer than 10 responses');
  });

  it('is left out when the report carries no instrument result', async () => {
    const path = file('no-instruments.pdf', await buildReport(await sampleInput('en', { record: false }), fonts));
    expect(pdftotext(path)).not.toContain('Instrument results');
  });

  it('renders its pages (kept in .bench/ for a person to look at)', () => {
    const out = join(root, '.bench');
    mkdirSync(out, { recursive: true });
    for (const lang of ['en', 'ko'] as const) {
      const text = built[lang].text.split('\f');
      const first = text.findIndex((page) => page.includes(lang === 'en' ? 'E1 · Bias audit' : 'E1 · 편향 감사'));
      const last = text.findIndex((page) => page.includes(lang === 'en' ? 'E5 · Protective separation distance' : 'E5 · 보호 이격 거리'));
      expect(first).toBeGreaterThan(0);
      for (let page = first + 1; page <= last + 2; page++) {
        const image = renderPage(built[lang].path, page, file(`instruments-${lang}-p${page}`), 70);
        copyFileSync(image.png, join(out, `report-instruments-${lang}-p${page}.png`));
      }
    }
  });
});
