// Instrument results as stored evidence: every kind validates after a round trip, damaged or newer files are refused by name, and each has a one-line summary in both languages.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../shared/format/csv';
import { runBiasAudit } from '../../../shared/instruments/bias/audit';
import { parsePflLimitsTable } from '../../../shared/instruments/cobot/limitsTable';
import { comparePflMeasurements } from '../../../shared/instruments/cobot/pfl';
import { protectiveSeparationDistance } from '../../../shared/instruments/cobot/ssm';
import { describeInstrumentResult, type InstrumentResult, InstrumentMediaType, parseInstrumentResult, serializeInstrumentResult } from '../../../shared/instruments/result';
import { HseIndicatorTool } from '../../../shared/instruments/survey/hseIndicator';
import { importSurveyCsv } from '../../../shared/instruments/survey/responses';
import { scoreSurvey } from '../../../shared/instruments/survey/score';

const fixture = (name: string): Uint8Array => readFileSync(resolve(import.meta.dirname, '../../fixtures/instruments', name));

function unwrap<T>(outcome: { ok: true; result: T } | { ok: false }): T {
  if (!outcome.ok) throw new Error(JSON.stringify(outcome));
  return outcome.result;
}

function results(): Record<InstrumentResult['instrument'], InstrumentResult> {
  const ugesp = parseCsv(fixture('ugesp-example.csv'));
  const hse = parseCsv(fixture('hse-responses.csv'));
  const table = parsePflLimitsTable(new TextDecoder().decode(fixture('pfl-limits.example.json')));
  if (!ugesp.ok || !hse.ok || !table.ok) throw new Error('fixtures');
  const imported = importSurveyCsv(hse.table, HseIndicatorTool, { groupColumn: 'team' });
  if (!imported.ok) throw new Error(imported.message);
  return {
    'bias-audit': unwrap(runBiasAudit(ugesp.table, { layout: 'counts', groupColumns: ['group'], countColumn: 'applicants', selectedColumn: 'hired' })),
    'psychosocial-survey': unwrap(scoreSurvey(HseIndicatorTool, imported.responses, { invited: 60, groupColumn: 'team' })),
    'cobot-pfl': unwrap(
      comparePflMeasurements(table.table, [
        { region: 'back-of-hand-dominant', contact: 'transient', forceN: 130 },
        { region: 'sternum', contact: 'transient', forceN: 10 },
        { region: 'palm-dominant', contact: 'quasi-static', pressureNcm2: 100 },
      ]),
    ),
    'cobot-ssm': unwrap(
      protectiveSeparationDistance({ humanSpeedMmS: 1600, robotSpeedMmS: 1000, reactionTimeS: 0.1, stoppingTimeS: 0.3, stoppingDistanceMm: 150, intrusionDistanceMm: 850, humanPositionUncertaintyMm: 100, robotPositionUncertaintyMm: 20, actualSeparationMm: 2000 }),
    ),
  };
}

describe('stored instrument results', () => {
  const all = results();

  it('has one media type for evidence files', () => {
    expect(InstrumentMediaType).toBe('application/vnd.jointcheck.instrument+json');
  });

  it.each(Object.keys(all))('%s validates after serializing and reading back, unchanged', (kind) => {
    const result = all[kind as InstrumentResult['instrument']];
    const text = serializeInstrumentResult(result);
    expect(parseInstrumentResult(text)).toEqual({ ok: true, result });
  });

  it('describes each result in one line, in English and Korean', () => {
    const lines = Object.values(all).map((r) => [describeInstrumentResult(r, 'en'), describeInstrumentResult(r, 'ko')]);
    expect(lines).toEqual([
      ['Bias audit: 1 of 4 categories below four-fifths (1 fragile)', '편향 감사: 범주 4개 중 1개가 5분의 4 기준 미만(취약 1개)'],
      [
        'Psychosocial survey (HSE Management Standards Indicator Tool): 43 responses, response rate 72% (good), 2 scales need action',
        '심리사회적 설문(영국 HSE 관리기준 지표 도구(Indicator Tool)): 응답 43건, 응답률 72%(좋음), 조치 필요 척도 2개',
      ],
      [
        'Contact force and pressure check: 3 measurements, 1 over the limit, 1 with no limit in the table (EXAMPLE VALUES, NOT FOR USE)',
        '접촉 힘·압력 점검: 측정 3건 중 한계 초과 1건, 표에 한계값 없음 1건(예시 값, 실제 사용 불가)',
      ],
      ['Protective separation distance: 1,860 mm (kept: 2,000 mm, sufficient)', '보호 이격 거리: 1,860 mm(실제 2,000 mm, 충분)'],
    ]);
  });

  it('refuses text that is not JSON, JSON that is not a result, and a damaged result, saying which', () => {
    expect(parseInstrumentResult('<html>')).toMatchObject({ ok: false, error: { code: 'not-json' } });
    expect(parseInstrumentResult({ format: 'jointcheck-assessment' })).toMatchObject({ ok: false, error: { code: 'not-instrument' } });
    const damaged = JSON.parse(serializeInstrumentResult(all['bias-audit']));
    damaged.comparisons[0].categories[0].impactRatio = 'high';
    const outcome = parseInstrumentResult(damaged);
    expect(outcome.ok || outcome.error.message).toMatch(/^The bias-audit result is damaged or incomplete \(comparisons\.0\.categories\.0\.impactRatio: /);
  });

  it('refuses a result from a newer JointCheck by name, asking for an update', () => {
    const newer = { ...all['cobot-ssm'], version: 2 };
    expect(parseInstrumentResult(newer)).toEqual({
      ok: false,
      error: { code: 'newer-version', found: 2, message: 'This cobot-ssm result is version 2, newer than this JointCheck understands (1). Update JointCheck to read it.' },
    });
  });

  it('refuses a stored survey whose suppressed group carries a figure', () => {
    const survey = JSON.parse(serializeInstrumentResult(all['psychosocial-survey']));
    expect(survey.groups[2].suppressed).toBe(true);
    survey.groups[2].respondents = 6;
    expect(parseInstrumentResult(survey).ok).toBe(false);
  });

  it('describes a fully suppressed survey and an audit in which no one was selected without any figure it should not give', () => {
    const few = unwrap(scoreSurvey(HseIndicatorTool, [{ questionnaireId: 'hse-indicator', questionnaireVersion: 1, answers: { q1: 3 }, group: null }]));
    expect(describeInstrumentResult(few, 'en')).toBe('Psychosocial survey (HSE Management Standards Indicator Tool): 1 response, fewer than 10: results suppressed');
    const none = parseCsv('g,n,s\na,5,0\nb,5,0\n');
    if (!none.ok) throw new Error();
    const audit = unwrap(runBiasAudit(none.table, { layout: 'counts', groupColumns: ['g'], countColumn: 'n', selectedColumn: 's' }));
    expect(describeInstrumentResult(audit, 'en')).toBe('Bias audit: no one was selected in any category, so impact ratios cannot be computed');
    expect(describeInstrumentResult(audit, 'ko')).toBe('편향 감사: 어느 범주에서도 선정된 사람이 없어 영향비를 계산할 수 없음');
  });
});
