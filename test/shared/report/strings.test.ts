import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Sides } from '../../../shared/domain/assessment';
import { ControlTypes, StandardAnswers } from '../../../shared/packs/schema';
import { formatDate, formatInstant } from '../../../shared/report/dates';
import { ReportStringsByLanguage } from '../../../shared/report/strings';
import { RiskLevels } from '../../../shared/risk/methods';

const appWording = (lang: string): Record<string, Record<string, unknown>> => JSON.parse(readFileSync(new URL(`../../../renderer/src/i18n/${lang}.json`, import.meta.url), 'utf8'));

describe('report wording', () => {
  it.each(['en', 'ko'] as const)('uses the app’s own terms for sides, answers, levels, controls and summary parts (%s)', (lang) => {
    const s = ReportStringsByLanguage[lang];
    const app = appWording(lang);
    const risk = app.risk as { level: Record<string, string>; notRated: string };
    const summary = app.summary as { part: Record<string, string> } & Record<string, string>;
    for (const side of Sides) expect(s.sides[side]).toBe(app.side![side]);
    for (const answer of StandardAnswers) expect(s.answers[answer]).toBe(app.answer![answer]);
    for (const level of RiskLevels) expect(s.levels[level]).toBe(risk.level[level]);
    for (const control of ControlTypes) expect(s.controls[control]).toBe(app.control![control]);
    for (const part of ['ok', 'concern', 'unknown', 'open'] as const) expect(s.parts[part]).toBe(summary.part[part]);
    expect(s.notRated).toBe(risk.notRated);
    for (const key of ['answered', 'unanswered', 'concerns', 'unknowns', 'chartTitle', 'heatMap', 'noHeatMap', 'noHighRisks'] as const) expect(s[key]).toBe(summary[key]);
  });

  it('has every entry in both languages, none empty', () => {
    const keys = (o: object): string[] => Object.keys(o).sort();
    expect(keys(ReportStringsByLanguage.ko)).toEqual(keys(ReportStringsByLanguage.en));
    for (const strings of Object.values(ReportStringsByLanguage)) {
      for (const value of Object.values(strings)) {
        if (typeof value === 'string') expect(value.trim()).not.toBe('');
        if (typeof value === 'function') expect(String((value as (...a: unknown[]) => string)(1, 2, 3)).trim()).not.toBe('');
      }
    }
  });
});

describe('dates', () => {
  it('writes calendar dates as each language does, without moving them a day', () => {
    expect(formatDate('2026-11-20', 'en')).toBe('20 November 2026');
    expect(formatDate('2026-01-02', 'ko')).toBe('2026년 1월 2일');
    expect(formatDate('', 'en')).toBe('');
  });

  it('writes an instant in local time with its UTC offset', () => {
    const text = formatInstant('2026-11-20T06:00:00.000Z', 'en');
    expect(text).toMatch(/^\d{1,2} \w+ 2026, \d{2}:\d{2} \(UTC[+-]\d{2}:\d{2}\)$/);
    const local = new Date('2026-11-20T06:00:00.000Z');
    expect(text).toContain(`${String(local.getHours()).padStart(2, '0')}:00`);
    expect(formatInstant('2026-11-20T06:00:00.000Z', 'ko')).toMatch(/^2026년 11월 \d{1,2}일 \d{2}:\d{2} \(UTC[+-]\d{2}:\d{2}\)$/);
    expect(formatInstant('not a date', 'en')).toBe('not a date');
  });
});
