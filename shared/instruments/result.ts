// Runs everywhere (pure). Any instrument's result as stored evidence: one union, one schema to read it back, one line to describe it.
import { z } from 'zod';
import type { Language } from '../i18n/localized';
import { type BiasAuditResult, BiasAuditResultSchema, BiasAuditVersion } from './bias/result';
import { type CobotPflResult, CobotPflResultSchema, CobotResultVersion, type CobotSsmResult, CobotSsmResultSchema } from './cobot/result';
import { findQuestionnaire } from './survey/registry';
import { type SurveyResult, SurveyResultSchema, SurveyResultVersion } from './survey/result';

/** The media type of an evidence file holding one instrument result as JSON. */
export const InstrumentMediaType = 'application/vnd.jointcheck.instrument+json';

export type InstrumentResult = BiasAuditResult | SurveyResult | CobotPflResult | CobotSsmResult;
export type InstrumentKind = InstrumentResult['instrument'];

export const InstrumentResultSchema = z.discriminatedUnion('instrument', [BiasAuditResultSchema, SurveyResultSchema, CobotPflResultSchema, CobotSsmResultSchema]);

const KnownVersions: Readonly<Record<InstrumentKind, number>> = {
  'bias-audit': BiasAuditVersion,
  'psychosocial-survey': SurveyResultVersion,
  'cobot-pfl': CobotResultVersion,
  'cobot-ssm': CobotResultVersion,
};

export type InstrumentResultError =
  | { readonly code: 'not-json' | 'not-instrument' | 'invalid'; readonly message: string }
  | { readonly code: 'newer-version'; readonly message: string; readonly found: number };

/** Reads a stored result (JSON text or a parsed value); a newer version than this build knows is refused by name. */
export function parseInstrumentResult(input: unknown): { readonly ok: true; readonly result: InstrumentResult } | { readonly ok: false; readonly error: InstrumentResultError } {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch {
      return { ok: false, error: { code: 'not-json', message: 'The file is not JSON, so it cannot be an instrument result.' } };
    }
  }
  const head = z.looseObject({ instrument: z.enum(['bias-audit', 'psychosocial-survey', 'cobot-pfl', 'cobot-ssm']), version: z.number() }).safeParse(value);
  if (!head.success) return { ok: false, error: { code: 'not-instrument', message: 'This is not a JointCheck instrument result (no known "instrument" field).' } };
  const known = KnownVersions[head.data.instrument];
  if (head.data.version > known) {
    return { ok: false, error: { code: 'newer-version', found: head.data.version, message: `This ${head.data.instrument} result is version ${head.data.version}, newer than this JointCheck understands (${known}). Update JointCheck to read it.` } };
  }
  const parsed = InstrumentResultSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, error: { code: 'invalid', message: `The ${head.data.instrument} result is damaged or incomplete (${issue.path.join('.') || 'result'}: ${issue.message}).` } };
  }
  return { ok: true, result: parsed.data };
}

/** The bytes of an evidence file: indented JSON, so a person can read it too. */
export function serializeInstrumentResult(result: InstrumentResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}

const mm = (x: number): string => `${Math.round(x).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',')} mm`;
const percent = (x: number): string => `${Math.round(x * 100)}%`;
const responsesEn = (n: number): string => `${n} response${n === 1 ? '' : 's'}`;

const RateBands = {
  en: { low: 'low', adequate: 'adequate', desirable: 'desirable', good: 'good', 'very-good': 'very good' },
  ko: { low: '낮음', adequate: '적정', desirable: '바람직', good: '좋음', 'very-good': '매우 좋음' },
} as const;

function describeBias(r: BiasAuditResult, lang: Language): string {
  const { categories, belowFourFifths, fragile } = r.summary;
  if (r.comparisons.every((c) => c.ratiosUndefined !== null)) {
    return lang === 'en' ? 'Bias audit: no one was selected in any category, so impact ratios cannot be computed' : '편향 감사: 어느 범주에서도 선정된 사람이 없어 영향비를 계산할 수 없음';
  }
  if (lang === 'en') return `Bias audit: ${belowFourFifths} of ${categories} categories below four-fifths${fragile > 0 ? ` (${fragile} fragile)` : ''}`;
  return `편향 감사: 범주 ${categories}개 중 ${belowFourFifths}개가 5분의 4 기준 미만${fragile > 0 ? `(취약 ${fragile}개)` : ''}`;
}

function describeSurvey(r: SurveyResult, lang: Language): string {
  const questionnaire = findQuestionnaire(r.questionnaire.id, r.questionnaire.version);
  const name = questionnaire ? questionnaire.name[lang] : r.questionnaire.id;
  const rate = r.responseRate ? (lang === 'en' ? `, response rate ${percent(r.responseRate.rate)} (${RateBands.en[r.responseRate.band]})` : `, 응답률 ${percent(r.responseRate.rate)}(${RateBands.ko[r.responseRate.band]})`) : '';
  if (r.overall.suppressed) {
    const min = r.options.minGroupSize;
    return lang === 'en' ? `Psychosocial survey (${name}): ${responsesEn(r.responses)}, fewer than ${min}: results suppressed` : `심리사회적 설문(${name}): 응답 ${r.responses}건, ${min}건 미만이라 결과를 표시하지 않음`;
  }
  const scales = new Set(r.needsAction.map((n) => n.scaleId)).size;
  return lang === 'en'
    ? `Psychosocial survey (${name}): ${responsesEn(r.responses)}${rate}, ${scales} scale${scales === 1 ? '' : 's'} need${scales === 1 ? 's' : ''} action`
    : `심리사회적 설문(${name}): 응답 ${r.responses}건${rate}, 조치 필요 척도 ${scales}개`;
}

function describePfl(r: CobotPflResult, lang: Language): string {
  const { measurements, fail, incomplete } = r.summary;
  if (lang === 'en') {
    return `Contact force and pressure check: ${measurements} measurement${measurements === 1 ? '' : 's'}, ${fail} over the limit${incomplete > 0 ? `, ${incomplete} with no limit in the table` : ''}${r.table.example ? ' (EXAMPLE VALUES, NOT FOR USE)' : ''}`;
  }
  return `접촉 힘·압력 점검: 측정 ${measurements}건 중 한계 초과 ${fail}건${incomplete > 0 ? `, 표에 한계값 없음 ${incomplete}건` : ''}${r.table.example ? '(예시 값, 실제 사용 불가)' : ''}`;
}

function describeSsm(r: CobotSsmResult, lang: Language): string {
  const actual = r.inputs.actualSeparationMm;
  if (lang === 'en') {
    return `Protective separation distance: ${mm(r.protectiveSeparationMm)}${actual === null ? '' : ` (kept: ${mm(actual)}, ${r.verdict === 'sufficient' ? 'sufficient' : 'NOT sufficient'})`}`;
  }
  return `보호 이격 거리: ${mm(r.protectiveSeparationMm)}${actual === null ? '' : `(실제 ${mm(actual)}, ${r.verdict === 'sufficient' ? '충분' : '부족'})`}`;
}

/** One line in the chosen language, for lists of evidence and report captions. */
export function describeInstrumentResult(result: InstrumentResult, lang: Language): string {
  switch (result.instrument) {
    case 'bias-audit':
      return describeBias(result, lang);
    case 'psychosocial-survey':
      return describeSurvey(result, lang);
    case 'cobot-pfl':
      return describePfl(result, lang);
    case 'cobot-ssm':
      return describeSsm(result, lang);
  }
}
