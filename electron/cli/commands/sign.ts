// Runs in Node. `jointcheck sign <file.pdf> --identity <identity.p12> --password-file <file> --out <signed.pdf> [--reason <text>]`.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import * as fontkit from 'fontkit';
import { importPkcs12, type ImportError } from '../../../shared/signing/pkcs12';
import { signPdf } from '../../../shared/signing/signPdf';
import { looksLikePdf } from '../../../shared/signing/verifyPdf';
import { type CommandResult, parse, readInput, readPassword, required, writeOutput } from './common';

const importMessages: Record<ImportError, string> = {
  'not-pkcs12': 'is not a PKCS#12 (.p12/.pfx) file.',
  'wrong-password': 'could not be opened with that password.',
  expired: 'holds a certificate that has expired.',
  'not-yet-valid': 'holds a certificate that is not valid yet (check the clock).',
  'no-private-key': 'holds no private key, so it cannot sign.',
  unsupported: 'uses encryption or a key type JointCheck cannot use.',
};

export async function signCommand(args: string[]): Promise<CommandResult> {
  const { values, positionals } = parse(args, { identity: { type: 'string' }, 'password-file': { type: 'string' }, out: { type: 'string' }, reason: { type: 'string' } }, 1);
  const identityPath = required(values, 'identity');
  const out = required(values, 'out');
  const password = await readPassword(required(values, 'password-file'));
  if (!password.ok) return { exitCode: 2, error: password.error };
  const [pdf, p12] = await Promise.all([readInput(positionals[0]!), readInput(identityPath)]);
  if (!pdf.ok) return { exitCode: 2, error: pdf.error };
  if (!p12.ok) return { exitCode: 2, error: p12.error };
  if (!looksLikePdf(pdf.bytes)) return { exitCode: 2, error: `${positionals[0]}: not a PDF.` };

  const imported = await importPkcs12(p12.bytes, password.password);
  if (!imported.ok) return { exitCode: 2, error: `${identityPath} ${importMessages[imported.error]}${imported.detail ? ` (${imported.detail})` : ''}` };
  const font = await readFile(resolve(import.meta.dirname, '../../../assets/fonts/Pretendard-Regular.ttf'));
  let signed: Uint8Array;
  try {
    signed = await signPdf(pdf.bytes, { identity: imported.identity, chain: imported.chain }, {
      reason: String(values.reason ?? 'Approved'),
      signerName: imported.identity.name,
      signingTime: new Date(),
      appearanceFont: { bytes: new Uint8Array(font), fontkit },
    });
  } catch (error) {
    return { exitCode: 2, error: `${positionals[0]}: cannot be signed (${error instanceof Error ? error.message : String(error)}).` };
  }
  const written = await writeOutput(out, signed);
  if (!written.ok) return { exitCode: 1, error: written.error };
  return { exitCode: 0, output: `Wrote ${out}, signed by ${imported.identity.name}.` };
}
