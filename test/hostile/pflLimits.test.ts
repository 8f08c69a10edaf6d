// PFL limits tables (.json) a committee loads, read as the cobot check reads a chosen file (its text, then
// parsePflLimitsTable): each hostile one is refused with messages naming where it is wrong, or read as text.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePflLimitsTable } from '../../shared/instruments/cobot/limitsTable';
import { jsonDocumentCases } from './cases/jsonDocument';
import { caseCountTitle, guardEveryCase, type JsonPath, utf8, withinLimit } from './corpus';

const sample = JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/instruments/pfl-limits.example.json'), 'utf8')) as unknown;

const cases = [
  ...jsonDocumentCases({
    sample,
    versionPath: ['formatVersion'],
    newerVersion: 2,
    oversized: [
      ['the source name', ['source', 'name'], 501],
      ['the licence', ['source', 'licence'], 201],
      ['the source address', ['source', 'url'], 2001],
      ['the note', ['note'], 4001],
      ['a region name', ['customRegions', 0, 'name', 'ko'], 201],
      ['a region id', ['limits', 0, 'region'], 65],
    ],
    textPath: ['source', 'name'],
    // The reader has one message for every problem: where it is and what is wrong.
    says: { notJson: /not valid JSON/, otherKind: /^This is not a limits table/, newer: /newer than this JointCheck reads \(1\)\. Update JointCheck/, damaged: /^[a-zA-Z[\]0-9.]+: / },
  }),
  { name: 'a limit of 1e309 (infinite)', input: () => utf8(JSON.stringify(sample).replace('"maxForceN":100', '"maxForceN":1e309')), expected: { refused: /limits\[0\]\.maxForceN/ } },
  { name: 'a negative limit', input: () => utf8(JSON.stringify(sample).replace('"maxForceN":100', '"maxForceN":-100')), expected: { refused: /limits\[0\]\.maxForceN/ } },
  { name: '1,001 limit rows', input: () => utf8(JSON.stringify({ ...(sample as object), limits: Array.from({ length: 1001 }, () => (sample as { limits: unknown[] }).limits[0]) })), expected: { refused: /limits/ } },
  { name: 'a region id written as markup', input: () => utf8(JSON.stringify(sample).replace('"region":"back-of-hand-dominant","contact":"transient"', '"region":"<script>x</script>","contact":"transient"')), expected: { refused: /is not a body region/ } },
] as const;

guardEveryCase();

/** The value at `path` of what was read. */
const at = (value: unknown, path: JsonPath): unknown => path.reduce<unknown>((v, step) => (v as Record<string | number, unknown>)[step], value);

describe(caseCountTitle('PFL limits table', cases.length), () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const bytes = await c.input();
    // A File's text(): UTF-8 with replacement characters, a byte-order mark dropped.
    const checked = await withinLimit(() => parsePflLimitsTable(new TextDecoder().decode(bytes)));
    if ('refused' in c.expected) {
      expect(checked.ok).toBe(false);
      if (!checked.ok) expect(checked.errors.join('\n')).toMatch(c.expected.refused);
      return;
    }
    if (!checked.ok) throw new Error(checked.errors.join('\n'));
    if ('path' in c.expected && c.expected.path) expect(at(checked.table, c.expected.path)).toBe(c.expected.text);
  });
});
