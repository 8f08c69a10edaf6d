// @vitest-environment node
// Hostile CSV files for the bias audit, read as the app reads a chosen file (size first, then the bytes) and
// audited with the user's column mapping: each is refused with its code, or read and audited, promptly.
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../shared/format/csv';
import { type BiasAuditError, runBiasAudit } from '../../shared/instruments/bias/audit';
import type { BiasMappingInput } from '../../shared/instruments/bias/records';
import { CsvAdvice, type CsvCase, fixtureCsv, readerCases } from './cases/csv';
import { caseCountTitle, guardEveryCase, utf8, withinLimit } from './corpus';

type Code = BiasAuditError['code'];
type BiasCase = CsvCase<Code> & { readonly mapping?: BiasMappingInput };

const perPerson: BiasMappingInput = { layout: 'per-person', groupColumns: ['sex'], outcome: { kind: 'selected', column: 'selected' } };
const counts: BiasMappingInput = { layout: 'counts', groupColumns: ['group'], countColumn: 'count', selectedColumn: 'selected' };
const scores: BiasMappingInput = { layout: 'per-person', groupColumns: ['team'], outcome: { kind: 'score', column: 'score' } };

const cases: BiasCase[] = [
  ...readerCases<Code>(fixtureCsv('applicants.csv'), 'missing-column', { refused: 'no-usable-records' }),
  { name: 'no outcome that means selected or not', input: () => utf8('sex,selected\nF,maybe\nM,perhaps\n'), expected: { refused: 'no-usable-records' } },
  { name: 'group values __proto__ and constructor', input: () => utf8('sex,selected\n__proto__,yes\nconstructor,no\nprototype,yes\n__proto__,no\n'), expected: { ok: true } },
  { name: 'a count beyond 2^53', mapping: counts, input: () => utf8('group,count,selected\nA,99999999999999999999,1\nB,10,5\n'), expected: { ok: true } },
  { name: 'negative and fractional counts', mapping: counts, input: () => utf8('group,count,selected\nA,-5,1\nB,2.5,1\nC,10,5\n'), expected: { ok: true } },
  { name: 'more selected than counted', mapping: counts, input: () => utf8('group,count,selected\nA,3,5\n'), expected: { refused: 'no-usable-records' } },
  // A small expected count (Fisher's exact test) over a range of 200 million tables.
  { name: 'huge counts with few selected', mapping: counts, input: () => utf8('group,count,selected\nA,200000000,0\nB,9000000000000000,200000000\n'), expected: { ok: true } },
  { name: 'scores that overflow or are not numbers', mapping: scores, input: () => utf8('team,score\nA,1e309\nA,NaN\nB,Infinity\nB,0x10\nA,3\nB,4\n'), expected: { ok: true } },
];

guardEveryCase();

describe(caseCountTitle('bias audit CSV', cases.length), () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const bytes = await c.input();
    const outcome = await withinLimit(async () => {
      const read = await readCsv({ size: bytes.byteLength, bytes: async () => bytes });
      return read.ok ? { read, audit: runBiasAudit(read.table, c.mapping ?? perPerson) } : { read, audit: null };
    });
    const expected = c.expected;
    if ('csv' in expected) {
      expect(outcome.read.ok ? 'read' : outcome.read.error.code).toBe(expected.csv);
      if (!outcome.read.ok) expect(outcome.read.error.message).toMatch(CsvAdvice[outcome.read.error.code]);
      return;
    }
    if (!outcome.read.ok) throw new Error(`the reader refused: ${outcome.read.error.message}`);
    const audit = outcome.audit!;
    if ('refused' in expected) {
      expect(audit.ok ? 'audited' : audit.error.code).toBe(expected.refused);
      if (!audit.ok) expect(audit.error.message.length).toBeGreaterThan(20);
      return;
    }
    if (!audit.ok) throw new Error(`refused: ${audit.error.message}`);
    expect(audit.result.inputs.analysed).toBeGreaterThan(0);
    for (const comparison of audit.result.comparisons) for (const category of comparison.categories) if (category.test) expect(category.test.p).toBeGreaterThanOrEqual(0);
  });
});
