// Runs in Node. `jointcheck identity --name --org --role --out <identity.p12> --password-file <file>`.
import { exportPkcs12 } from '../../../shared/signing/pkcs12';
import { parseCertificate, summarizeCertificate } from '../../../shared/signing/certificate';
import { createExportableIdentity } from '../../../shared/signing/identity';
import { type CommandResult, parse, readPassword, required, UsageError, writeOutput } from './common';

export async function identityCommand(args: string[]): Promise<CommandResult> {
  const { values } = parse(args, { name: { type: 'string' }, org: { type: 'string' }, role: { type: 'string' }, out: { type: 'string' }, 'password-file': { type: 'string' } }, 0);
  const name = required(values, 'name');
  const out = required(values, 'out');
  const password = await readPassword(required(values, 'password-file'));
  if (!password.ok) return { exitCode: 2, error: password.error };
  if (password.password.length < 8) throw new UsageError('The password in --password-file must be at least 8 characters: the file protects a private key.');
  const identity = await createExportableIdentity({ name, organisation: String(values.org ?? ''), role: String(values.role ?? '') });
  const written = await writeOutput(out, await exportPkcs12(identity, password.password));
  if (!written.ok) return { exitCode: 1, error: written.error };
  const certificate = parseCertificate(identity.certificate);
  const until = certificate ? (await summarizeCertificate(certificate)).notAfter.slice(0, 10) : '?';
  return { exitCode: 0, output: `Wrote ${out}: a signing identity for ${identity.name} with a self-signed certificate valid until ${until}.` };
}
