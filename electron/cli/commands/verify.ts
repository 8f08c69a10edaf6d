// Runs in Node. `jointcheck verify <file.pdf|pack.zip> [--json]`: exit 0 all valid and nothing appended after the last, 1 invalid or altered, 2 unreadable.
import { extractFingerprint } from '../../../shared/signing/fingerprint';
import { type SignatureReport, verifyPdf } from '../../../shared/signing/verifyPdf';
import { type CommandResult, parse, readInput } from './common';
import { looksLikeZip, verifyPackCommand } from './pack';

/** A signature passes when it is valid and only later signatures were appended after it. */
function passes(signature: SignatureReport): boolean {
  return signature.valid && signature.modifiedAfter !== 'other-changes';
}

function describe(signature: SignatureReport, n: number): string {
  const cert = signature.certificate;
  const lines = [
    `Signature ${n} (${signature.fieldName || 'unnamed'}): ${signature.valid ? 'VALID' : 'NOT VALID'}`,
    `  signer: ${signature.signerName || signature.nameInDictionary}${cert?.role ? ` (${cert.role})` : ''}`,
    `  time: ${signature.signingTime ?? 'not stated'}`,
    `  reason: ${signature.reason || '-'}`,
    `  ${{ none: 'nothing was appended after this signature', 'later-signatures-only': 'only later signatures were appended after it', 'other-changes': 'CONTENT WAS CHANGED OR ADDED AFTER THIS SIGNATURE' }[signature.modifiedAfter]}`,
    `  certificate: ${cert ? (cert.selfSigned ? 'self-signed' : `issued by ${cert.issuer}`) : 'missing'}`,
  ];
  if (!signature.valid && signature.problem) lines.push(`  problem: ${signature.problem}`);
  return lines.join('\n');
}

export async function verifyCommand(args: string[]): Promise<CommandResult> {
  const { values, positionals } = parse(args, { json: { type: 'boolean' } }, 1);
  const file = positionals[0]!;
  if (await looksLikeZip(file)) return verifyPackCommand(file, values.json === true);
  const input = await readInput(file);
  if (!input.ok) return { exitCode: 2, error: input.error };
  const report = await verifyPdf(input.bytes, []);
  if (!report.ok) {
    const error = `${file}: not a readable PDF${report.detail ? ` (${report.detail})` : ''}.`;
    return values.json ? { exitCode: 2, output: JSON.stringify({ file, ok: false, error: report.error }, null, 2) } : { exitCode: 2, error };
  }
  const fingerprint = await extractFingerprint(input.bytes);
  const allPass = report.signatures.length > 0 && report.signatures.every(passes);
  const exitCode = allPass ? 0 : 1;
  if (values.json) {
    const signatures = report.signatures.map(({ certificate, ...rest }) => ({ ...rest, certificate: certificate && { ...certificate, der: undefined, chain: undefined } }));
    return { exitCode, output: JSON.stringify({ file, ok: allPass, fingerprint, signatures }, null, 2) };
  }
  const summary = report.signatures.length === 0 ? `${file}: no signatures.` : `${file}: ${allPass ? 'every signature is valid and nothing was changed after signing' : 'NOT OK'}.`;
  return { exitCode, output: [summary, fingerprint ? `Content fingerprint: ${fingerprint}` : 'No JointCheck content fingerprint.', ...report.signatures.map((s, i) => describe(s, i + 1))].join('\n') };
}
