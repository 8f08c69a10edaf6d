import { describe, expect, it } from 'vitest';
import { formatDate, uiStrings } from '../../renderer/src/i18n';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(`${prefix}${key}`, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}
const placeholders = (text: string): string[] => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).sort();

describe('UI strings', () => {
  const en = flatten(uiStrings.en);
  const ko = flatten(uiStrings.ko);

  it('have the same keys in English and Korean', () => {
    expect([...ko.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it('are never empty, and Korean strings are in Korean', () => {
    for (const [key, text] of en) expect(text.trim(), key).not.toBe('');
    const brandOnly = new Set(['app.name', 'risk.cellLabel']);
    for (const [key, text] of ko) if (!brandOnly.has(key)) expect(text, key).toMatch(/[가-힣]/);
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, text] of en) expect(placeholders(ko.get(key) ?? ''), key).toEqual(placeholders(text));
  });
});

describe('dates', () => {
  it('follow the language and keep the calendar day whatever the time zone', () => {
    expect(formatDate('2026-03-01', 'en')).toBe('1 Mar 2026');
    expect(formatDate('2026-03-01', 'ko')).toBe('2026. 3. 1.');
    expect(formatDate('', 'en')).toBe('');
  });
});
