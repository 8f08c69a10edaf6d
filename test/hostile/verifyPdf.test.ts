// Hostile PDFs through both ways of checking one: the app's (verifyPdf and the content fingerprint, as its PDF
// worker runs them) and `jointcheck verify` (exit 0 valid, 1 invalid or unsigned, 2 unreadable), promptly.
import { describe, expect, it } from 'vitest';
import { verifyCommand } from '../../electron/cli/commands/verify';
import { extractFingerprint } from '../../shared/signing/fingerprint';
import { verifyPdf } from '../../shared/signing/verifyPdf';
import { scratch } from '../support/scratch';
import { pdfCases } from './cases/pdf';
import { caseCountTitle, guardEveryCase, withinLimit } from './corpus';

const cases = await pdfCases();
const file = scratch('hostile-pdf', 'KEEP_HOSTILE_PDFS');
guardEveryCase();

describe(caseCountTitle('PDF to verify', cases.length), () => {
  it.each(cases.map((c, i) => [c.name, c, i] as const))('%s', async (_name, c, index) => {
    const bytes = await c.input();
    const [report] = await withinLimit(() => Promise.all([verifyPdf(bytes, []), extractFingerprint(bytes)]));
    const cli = await withinLimit(() => verifyCommand([file(`case-${index}.pdf`, bytes)]));
    const expected = c.expected;
    if ('notValid' in expected) {
      expect(cli.exitCode).toBeGreaterThan(0);
      expect(cli.exitCode === 2 ? cli.error : cli.output).toMatch(/not a readable PDF|NOT OK|no signatures/);
      return;
    }
    if ('unreadable' in expected) {
      expect(report.ok ? 'read' : report.error).toBe(expected.unreadable);
      expect(cli.exitCode).toBe(2);
      expect(cli.error).toMatch(/not a readable PDF/);
      return;
    }
    if (!report.ok) throw new Error(`unreadable: ${report.detail ?? report.error}`);
    if ('valid' in expected) {
      expect(report.signatures.length).toBeGreaterThan(0);
      expect(report.signatures.every((s) => s.valid && s.modifiedAfter !== 'other-changes')).toBe(true);
      if (expected.reason !== undefined) expect(report.signatures.at(-1)?.reason).toBe(expected.reason);
      expect(cli.exitCode).toBe(0);
      return;
    }
    expect(report.signatures.some((s) => s.valid && s.modifiedAfter !== 'other-changes') && report.signatures.every((s) => s.valid && s.modifiedAfter !== 'other-changes')).toBe(false);
    if (expected.problem) expect(report.signatures.map((s) => s.problem).join('\n')).toMatch(expected.problem);
    expect(cli.exitCode).toBe(1);
    expect(cli.output).toMatch(/NOT OK|no signatures/);
  });
});
