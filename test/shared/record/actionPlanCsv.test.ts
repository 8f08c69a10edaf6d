import { beforeAll, describe, expect, it } from 'vitest';
import type { Action } from '../../../shared/domain/record';
import { isOverdue } from '../../../shared/domain/record';
import { parseAssessmentFile } from '../../../shared/format/assessmentFile';
import type { AssessmentBundle } from '../../../shared/format/assessmentFile';
import type { Language } from '../../../shared/i18n/localized';
import { findPack } from '../../../shared/packs/registry';
import type { Pack } from '../../../shared/packs/schema';
import { actionPlanCsv } from '../../../shared/record/actionPlanCsv';
import { csvCell } from '../../../shared/record/csv';
import { recordWording } from '../../../shared/record/wording';
import { read } from '../report/fixtures';
import { parseCsv } from './parseCsv';
import { RecordToday, withWorkingRecord } from './workingRecord';

type Sample = { readonly bundle: AssessmentBundle; readonly packs: readonly Pack[] };
const samples = {} as Record<Language, Sample>;

beforeAll(() => {
  for (const lang of ['en', 'ko'] as const) {
    const parsed = parseAssessmentFile(read(`test/fixtures/assessments/sample-${lang}.jointcheck.json`));
    if (!parsed.ok) throw new Error(parsed.error.code);
    const packs = parsed.file.assessment.packs.map((ref) => findPack(ref)!);
    samples[lang] = { bundle: withWorkingRecord(parsed.file, packs, lang), packs };
  }
});

/** The rows after the header, as objects keyed by the (English) header. */
function table(csv: string): Record<string, string>[] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const [header, ...rows] = parseCsv(csv.slice(1));
  for (const row of rows) expect(row).toHaveLength(header!.length);
  return rows.map((row) => Object.fromEntries(header!.map((h, i) => [h, row[i]!])));
}

const withAction = (sample: Sample, change: Partial<Action>): Pick<AssessmentBundle, 'actions'> => ({ actions: [{ ...sample.bundle.actions[0]!, ...change }] });

describe('the action plan spreadsheet', () => {
  it('is UTF-8 text with a byte order mark, CRLF line ends and one row per action', () => {
    const csv = actionPlanCsv(samples.en.bundle, samples.en.packs, 'en', RecordToday);
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/"[^"]*"/g, '').match(/(?<!\r)\n/g)).toBeNull();
    expect(table(csv)).toHaveLength(samples.en.bundle.actions.length);
  });

  it('lists overdue actions first, then by due date (none last), then by priority', () => {
    const rows = table(actionPlanCsv(samples.en.bundle, samples.en.packs, 'en', RecordToday));
    const overdue = rows.map((r) => r.Overdue);
    expect(overdue.slice(0, 3)).toEqual(['Yes', 'Yes', 'Yes']);
    expect(overdue.slice(3).every((v) => v === 'No')).toBe(true);
    const dues = rows.slice(3).map((r) => r['Due date']!);
    expect(dues.at(-1)).toBe('');
    const dated = dues.filter((d) => d !== '');
    expect(dated).toEqual([...dated].sort());
    // Same due date: high priority before low.
    const sameDay = table(
      actionPlanCsv(
        { actions: ['low', 'high', 'medium'].map((priority, i) => ({ ...samples.en.bundle.actions[5]!, id: `x${i}`, priority: priority as Action['priority'] })) },
        samples.en.packs,
        'en',
        RecordToday,
      ),
    );
    expect(sameDay.map((r) => r.Priority)).toEqual(['High', 'Medium', 'Low']);
  });

  it('flags as overdue exactly what the record calls overdue on the given day', () => {
    const { bundle, packs } = samples.en;
    for (const today of ['2026-09-01', RecordToday, '2027-06-01']) {
      const rows = table(actionPlanCsv(bundle, packs, 'en', today));
      const expected = bundle.actions.filter((a) => isOverdue(a, today)).length;
      expect(rows.filter((r) => r.Overdue === 'Yes')).toHaveLength(expected);
    }
    expect(() => actionPlanCsv(bundle, packs, 'en', '20/11/2026')).toThrow(/today must be a calendar date/);
  });

  it('names the item by checklist, item id and the start of its question, and the owner, status and verification in words', () => {
    const rows = table(actionPlanCsv(samples.en.bundle, samples.en.packs, 'en', RecordToday));
    const gloves = rows.find((r) => r.Action === 'Provide cut-resistant gloves at the packing cell')!;
    expect(gloves).toMatchObject({
      Checklist: 'Collaborative robots (cobots)',
      Item: 'cobot-08',
      'Control type': 'Protective equipment',
      Owner: 'Warehouse manager',
      'Owner’s side': 'Employer side',
      'Due date': '2026-10-01',
      Budget: 'KRW 300,000',
      Priority: 'Low',
      Status: 'Verified',
      'Verified by': 'Park Jun-ho (Employer side)',
      'Verification date': '2026-10-02',
      'Verification note': 'Gloves handed out on both shifts.',
      'Carried over from': '',
    });
    expect(gloves['Item text']!.length).toBeLessThanOrEqual(80);
    expect(gloves['Item text']!.endsWith('…')).toBe(true);
    const general = rows.find((r) => r.Item === '')!;
    expect(general.Checklist).toBe(recordWording('en').wholeAssessment);
    expect(rows.find((r) => r['Carried over from'] !== '')!['Carried over from']).toBe('b7d1e2f0-earlier-visit-action-7');
    expect(rows.map((r) => r['No.']).sort()).toEqual(samples.en.bundle.actions.map((_, i) => `A${i + 1}`).sort());
  });

  it('keeps commas, quotes and line breaks inside their cells', () => {
    const rows = table(actionPlanCsv(samples.en.bundle, samples.en.packs, 'en', RecordToday));
    expect(rows.some((r) => r.Action === 'Remove the live "pick rate ranking" screen from the break room, and stop sending rankings to team leads')).toBe(true);
    expect(rows.some((r) => r.Owner === 'IT manager, Choi Dong-hyun')).toBe(true);
    expect(rows.some((r) => r.Budget === 'KRW 2,000,000')).toBe(true);
    expect(rows.some((r) => r.Action === 'Freeze pick-rate targets until the workload study is finished\nand discuss its results at the committee')).toBe(true);
    const tricky = 'Line one\r\nline "two", with a comma\nand ""quotes""';
    expect(table(actionPlanCsv(withAction(samples.en, { description: tricky }), samples.en.packs, 'en', RecordToday))[0]!.Action).toBe(tricky);
  });

  it('writes Korean headers and values, Korean text intact', () => {
    const csv = actionPlanCsv(samples.ko.bundle, samples.ko.packs, 'ko', RecordToday);
    const [header] = parseCsv(csv.slice(1));
    expect(header).toEqual(['번호', '체크리스트', '항목', '항목 내용', '조치', '대책 유형', '담당자', '담당자 소속', '기한', '기한 경과', '예산', '우선순위', '상태', '확인자', '확인일', '확인 메모', '이전 조치']);
    const rows = parseCsv(csv.slice(1)).slice(1);
    const gloves = rows.find((r) => r[4] === '포장 셀에 베임 방지 장갑 지급')!;
    expect(gloves.slice(5, 8)).toEqual(['보호구', '물류센터장', '사용자 측']);
    expect(gloves[12]).toBe('확인 완료');
    expect(gloves[13]).toBe('박준호 (사용자 측)');
    expect(rows.slice(0, 3).every((r) => r[9] === '예')).toBe(true);
    // The bytes decode back to the same text: nothing was mangled on the way.
    expect(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(new TextEncoder().encode(csv))).toBe(csv);
    expect(csv).toContain('휴게실의 실시간 “작업 속도 순위” 화면을 없애고, 조장에게 순위를 보내지 않도록 변경');
  });

  it.each([
    ['=HYPERLINK("http://evil.example","Click")'],
    ['+82 10 1234 5678'],
    ['-500'],
    ['@SUM(A1:A9)'],
    ['\tTab first'],
    ['\rCarriage return first'],
  ])('stops a spreadsheet from reading %j as a formula', (value) => {
    const change = { description: value, owner: value, budget: value, verification: { by: { name: value, side: 'worker' as const }, date: '2026-10-05', note: value } };
    const [row] = table(actionPlanCsv(withAction(samples.en, change), samples.en.packs, 'en', RecordToday));
    expect(row!.Action).toBe(`'${value}`);
    expect(row!.Owner).toBe(`'${value}`);
    expect(row!.Budget).toBe(`'${value}`);
    expect(row!['Verification note']).toBe(`'${value}`);
    expect(row!['Verified by']!.startsWith(`'${value}`)).toBe(true);
  });

  it('leaves ordinary text alone, quoting only what needs it', () => {
    expect(csvCell('Planned')).toBe('Planned');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('2026-11-20')).toBe('2026-11-20');
    expect(csvCell('')).toBe('');
    expect(csvCell('A-1 = fine')).toBe('A-1 = fine');
  });

  it('writes only the header row when there are no actions', () => {
    const csv = actionPlanCsv({ actions: [] }, samples.en.packs, 'en', RecordToday);
    expect(parseCsv(csv.slice(1))).toHaveLength(1);
  });
});
