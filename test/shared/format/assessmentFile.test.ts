import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentFingerprint, MaxAssessmentFileBytes, parseAssessmentFile, serializeAssessmentFile } from '../../../shared/format/assessmentFile';

const fixture = (name: string): Uint8Array => readFileSync(resolve(import.meta.dirname, '../../fixtures/assessments', name));
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const sample = (): Record<string, unknown> => JSON.parse(new TextDecoder().decode(fixture('sample-en.jointcheck.json')));

describe('assessment files', () => {
  it('read both sample files, in English and Korean', () => {
    for (const name of ['sample-en.jointcheck.json', 'sample-ko.jointcheck.json']) {
      const parsed = parseAssessmentFile(fixture(name));
      expect(parsed.ok, name).toBe(true);
      if (parsed.ok) expect(parsed.file.answers.length).toBe(80);
    }
  });

  it('round-trip through serialize and parse', () => {
    const parsed = parseAssessmentFile(fixture('sample-ko.jointcheck.json'));
    if (!parsed.ok) throw new Error('fixture');
    const again = parseAssessmentFile(bytes(serializeAssessmentFile(parsed.file, '9.9.9', '2026-01-01T00:00:00.000Z')));
    expect(again.ok && again.file.answers).toEqual(parsed.file.answers);
  });

  it('name each way a file can be wrong', () => {
    expect(parseAssessmentFile(new Uint8Array(MaxAssessmentFileBytes + 1))).toMatchObject({ ok: false, error: { code: 'too-large' } });
    expect(parseAssessmentFile(bytes('%PDF-1.7'))).toMatchObject({ ok: false, error: { code: 'not-json' } });
    expect(parseAssessmentFile(new Uint8Array([0xff, 0xfe, 0x00]))).toMatchObject({ ok: false, error: { code: 'not-json' } });
    expect(parseAssessmentFile(bytes('{"format":"jointcheck-pack"}'))).toMatchObject({ ok: false, error: { code: 'wrong-format' } });
    expect(parseAssessmentFile(bytes('[1,2]'))).toMatchObject({ ok: false, error: { code: 'wrong-format' } });
    expect(parseAssessmentFile(bytes(JSON.stringify({ ...sample(), formatVersion: 3 })))).toMatchObject({ ok: false, error: { code: 'newer-version', found: 3 } });
    const noWorkplace = sample();
    delete (noWorkplace.assessment as Record<string, unknown>).workplace;
    expect(parseAssessmentFile(bytes(JSON.stringify(noWorkplace)))).toMatchObject({ ok: false, error: { code: 'invalid', detail: expect.stringContaining('assessment.workplace') } });
    const stranger = sample();
    (stranger.answers as Record<string, unknown>[])[0]!.assessmentId = 'someone-else';
    expect(parseAssessmentFile(bytes(JSON.stringify(stranger)))).toMatchObject({ ok: false, error: { code: 'invalid' } });
    const extra = sample();
    (extra.assessment as Record<string, unknown>).__proto__polluted = true;
    expect(parseAssessmentFile(bytes(JSON.stringify(extra)))).toMatchObject({ ok: false, error: { code: 'invalid' } });
  });
});

describe('content fingerprint', () => {
  it('ignores bookkeeping and answer order, and changes with any visible content', async () => {
    const parsed = parseAssessmentFile(fixture('sample-en.jointcheck.json'));
    if (!parsed.ok) throw new Error('fixture');
    const { assessment, answers } = parsed.file;
    const fp = (a: typeof assessment, rows: typeof answers): Promise<string> => contentFingerprint({ ...parsed.file, assessment: a, answers: rows });
    const base = await fp(assessment, answers);
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    const reordered = [...answers].reverse().map((a) => ({ ...a, updatedAt: '2030-01-01T00:00:00.000Z' }));
    expect(await fp({ ...assessment, updatedAt: 'x', status: 'archived', answeredCount: 3 }, reordered)).toBe(base);
    const edited = answers.map((a, i) => (i === 5 ? { ...a, note: `${a.note}.` } : a));
    expect(await fp(assessment, edited)).not.toBe(base);
    expect(await fp({ ...assessment, workplace: { ...assessment.workplace, site: 'Busan' } }, answers)).not.toBe(base);
  });
});
