// Instrument results (bias audit, survey, cobot checks) stored as evidence JSON and read back with
// parseInstrumentResult, as the evidence list does: a pack from elsewhere can carry any bytes under that name.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../shared/format/csv';
import { runBiasAudit } from '../../shared/instruments/bias/audit';
import { protectiveSeparationDistance } from '../../shared/instruments/cobot/ssm';
import { parseInstrumentResult, serializeInstrumentResult } from '../../shared/instruments/result';
import { jsonDocumentCases } from './cases/jsonDocument';
import { caseCountTitle, guardEveryCase, type JsonPath, utf8, withinLimit } from './corpus';

function biasSample(): unknown {
  const table = parseCsv(readFileSync(resolve(import.meta.dirname, '../fixtures/instruments/ugesp-example.csv')));
  if (!table.ok) throw new Error(table.error.message);
  const audit = runBiasAudit(table.table, { layout: 'counts', groupColumns: ['group'], countColumn: 'applicants', selectedColumn: 'hired' });
  if (!audit.ok) throw new Error(audit.error.message);
  return JSON.parse(serializeInstrumentResult(audit.result)) as unknown;
}

function ssmSample(): unknown {
  const ssm = protectiveSeparationDistance({ humanSpeedMmS: 1600, robotSpeedMmS: 1000, reactionTimeS: 0.1, stoppingTimeS: 0.3, stoppingDistanceMm: 150, intrusionDistanceMm: 850, humanPositionUncertaintyMm: 100, robotPositionUncertaintyMm: 20, actualSeparationMm: 2000 });
  if (!ssm.ok) throw new Error(ssm.errors.join());
  return JSON.parse(serializeInstrumentResult(ssm.result)) as unknown;
}

const says = {
  notJson: /not JSON|not a JointCheck instrument result/,
  otherKind: /not a JointCheck instrument result/,
  newer: /newer than this JointCheck understands \(1\)\. Update JointCheck/,
  damaged: /is damaged or incomplete \(.+: .+\)/,
};

const cases = [
  ...jsonDocumentCases({
    sample: biasSample(),
    versionPath: ['version'],
    newerVersion: 2,
    oversized: [
      ['a group column name', ['mapping', 'groupColumns', 0], 201],
      ['the count column', ['mapping', 'countColumn'], 201],
      ['a category name', ['comparisons', 0, 'categories', 0, 'name'], 2001],
      ['a category value', ['comparisons', 0, 'categories', 0, 'values', 0], 501],
      ['the caveat', ['caveat', 'en'], 4001],
    ],
    textPath: ['comparisons', 0, 'categories', 0, 'name'],
    says,
  }).map((c) => ({ ...c, name: `bias audit: ${c.name}` })),
  ...jsonDocumentCases({
    sample: ssmSample(),
    versionPath: ['version'],
    newerVersion: 2,
    oversized: [['a term formula', ['terms', 0, 'formula'], 201]],
    textPath: ['terms', 0, 'formula'],
    says,
  })
    // The bias audit's cases already cover the kinds of file that are no result at all.
    .filter((c) => !/^(an empty file|a PNG|a PDF|a ZIP|a CSV|JSON |a JSON|an assessment|100,000 nested (arrays|objects)$)/.test(c.name))
    .map((c) => ({ ...c, name: `separation distance: ${c.name}` })),
  { name: 'an instrument nobody knows', input: () => utf8('{"instrument":"lie-detector","version":1}'), expected: { refused: says.otherKind } },
  { name: 'a survey result version 9', input: () => utf8('{"instrument":"psychosocial-survey","version":9}'), expected: { refused: says.newer } },
] as const;

guardEveryCase();

const at = (value: unknown, path: JsonPath): unknown => path.reduce<unknown>((v, step) => (v as Record<string | number, unknown>)[step], value);

describe(caseCountTitle('instrument result', cases.length), () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const bytes = await c.input();
    // A stored Blob's text(): UTF-8 with replacement characters.
    const read = await withinLimit(() => parseInstrumentResult(new TextDecoder().decode(bytes)));
    if ('refused' in c.expected) {
      expect(read.ok).toBe(false);
      if (!read.ok) expect(read.error.message).toMatch(c.expected.refused);
      return;
    }
    if (!read.ok) throw new Error(read.error.message);
    if ('path' in c.expected && c.expected.path) expect(at(read.result, c.expected.path)).toBe(c.expected.text);
  });
});
