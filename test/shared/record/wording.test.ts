import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Sides } from '../../../shared/domain/assessment';
import { ActionStatuses, ControlTypes, Priorities } from '../../../shared/domain/record';
import { RecordWordingByLanguage } from '../../../shared/record/wording';

const appWording = (lang: string): Record<string, Record<string, string>> => JSON.parse(readFileSync(new URL(`../../../renderer/src/i18n/${lang}.json`, import.meta.url), 'utf8'));

describe('the working record’s words', () => {
  it.each(['en', 'ko'] as const)('name every control type, status, priority and side, none empty (%s)', (lang) => {
    const words = RecordWordingByLanguage[lang];
    for (const [values, names] of [
      [ControlTypes, words.controls],
      [ActionStatuses, words.statuses],
      [Priorities, words.priorities],
      [Sides, words.sides],
    ] as const) {
      expect(Object.keys(names).sort()).toEqual([...values].sort());
      for (const value of values) expect((names as Record<string, string>)[value]!.trim()).not.toBe('');
    }
    expect(new Set(Object.values(words.statuses)).size).toBe(ActionStatuses.length);
  });

  it.each(['en', 'ko'] as const)('use the app’s terms for sides and control types (%s)', (lang) => {
    const words = RecordWordingByLanguage[lang];
    const app = appWording(lang);
    for (const side of Sides) expect(words.sides[side]).toBe(app.side![side]);
    // The app names the checklists' controls; "protective-equipment" is the checklists' "ppe".
    for (const control of ControlTypes) expect(words.controls[control]).toBe(app.control![control === 'protective-equipment' ? 'ppe' : control]);
  });
});
