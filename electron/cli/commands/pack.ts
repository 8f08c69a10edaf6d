// Runs in Node. `jointcheck verify <pack.zip>`: evidence packs read from disk through a file handle (a 1 GB pack
// is never loaded whole), hashed with node:crypto, and the verdict per file in words or JSON.
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { describeChain } from '../../../shared/audit/describe';
import type { PackRefusalCode, PackReport, RandomAccessSource } from '../../../shared/evidencePack/read';
import { verifyPack } from '../../../shared/evidencePack/read';
import type { HashFactory } from '../../../shared/evidencePack/hash';
import { type CommandResult, readErrorMessage } from './common';

/** Native SHA-256: about ten times the pure-JavaScript one the app uses. */
export const nodeSha256: HashFactory = () => {
  const hash = createHash('sha256');
  return {
    update: (chunk) => {
      hash.update(chunk);
    },
    digestHex: () => hash.digest('hex'),
  };
};

export type FileSource = RandomAccessSource & { close(): Promise<void> };

/** Random access to a file on disk; each read allocates only what it returns. */
export async function openFileSource(path: string): Promise<FileSource> {
  const handle = await open(path, 'r');
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
    return {
      size: stats.size,
      async read(offset, length) {
        const buffer = new Uint8Array(Math.max(0, Math.min(length, stats.size - offset)));
        let filled = 0;
        while (filled < buffer.length) {
          const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, offset + filled);
          if (bytesRead === 0) break;
          filled += bytesRead;
        }
        return buffer.subarray(0, filled);
      },
      close: () => handle.close(),
    };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

/** A ZIP by its name or its first bytes (`PK\x03\x04`, or `PK\x05\x06` for an empty archive). */
export async function looksLikeZip(path: string): Promise<boolean> {
  if (path.toLowerCase().endsWith('.zip')) return true;
  try {
    const source = await openFileSource(path);
    try {
      const head = await source.read(0, 4);
      return head[0] === 0x50 && head[1] === 0x4b && ((head[2] === 3 && head[3] === 4) || (head[2] === 5 && head[3] === 6));
    } finally {
      await source.close();
    }
  } catch {
    // Unreadable: the PDF path reports why.
    return false;
  }
}

const refusalMessages: Record<PackRefusalCode, string> = {
  'not-zip': 'it is not a ZIP file, so it is not an evidence pack',
  truncated: 'the file is incomplete (cut short while copying or downloading); get the pack again',
  encrypted: 'it holds encrypted files, which evidence packs never do',
  zip64: 'it is a ZIP64 archive, which evidence packs never are',
  'multi-disk': 'it is one part of a ZIP archive split over several files',
  'unsafe-path': 'it holds a file whose name could place it outside its folder when extracted',
  'duplicate-name': 'two of its files have the same name (perhaps differing only in letter case)',
  'too-many-entries': 'it holds more files than an evidence pack may',
  'entry-too-large': 'one of its files is larger than an evidence pack allows',
  'total-too-large': 'its files add up to more than an evidence pack allows',
  'compression-ratio': 'one of its files would expand more than 100 times (a "zip bomb")',
  'unsupported-compression': 'it uses a compression method JointCheck does not read',
  'local-header-mismatch': 'its file headers disagree with its table of contents: it was tampered with or damaged',
  'overlapping-entries': 'its files overlap each other inside the archive (a "zip bomb")',
  malformed: 'its ZIP structure is damaged',
  'not-a-pack': 'it is a ZIP file but not a JointCheck evidence pack',
  'newer-version': 'it was made by a newer version of JointCheck; update JointCheck to check it',
};

const describeEvidenceProblem = { 'not-in-pack': 'the assessment lists this evidence but the pack has no file for it', 'differs-from-capture': 'the file is not the one recorded when the evidence was added', 'unknown-evidence': 'no evidence with this id in the assessment file' } as const;

function signatureLines(report: PackReport): string[] {
  const signature = report.signature;
  if (signature.status === 'unsigned') return ['Signature: NONE. The pack is not signed, so nothing shows who made it or that its manifest is unchanged.'];
  const signer = signature.signer;
  const who = signer ? `${signer.commonName}${[signer.role, signer.organisation].filter(Boolean).length ? ` (${[signer.role, signer.organisation].filter(Boolean).join(', ')})` : ''}` : 'an unknown signer';
  const lines = [`Signature: ${signature.status === 'valid' ? 'VALID' : 'NOT VALID'}, by ${who}, signed ${signature.signingTime ?? 'at a time not stated'}.`];
  if (signer) lines.push(`  certificate: ${signer.selfSigned ? 'self-signed' : `issued by ${signer.issuer}`}, ${signer.trusted ? 'trusted' : 'not on a trust list'}, ${signer.validAtSigningTime ? 'valid' : 'NOT valid'} at signing time.`);
  if (signature.status === 'invalid' && signature.problem) lines.push(`  problem: ${signature.problem}`);
  return lines;
}

function fileLines(report: PackReport): string[] {
  const pdfs = new Map(report.reports.map((pdf) => [pdf.path, pdf]));
  return report.files.map((file) => {
    const pdf = pdfs.get(file.path)?.result;
    const signatures = pdf?.ok ? (pdf.signatures.length === 0 ? 'report not signed' : `report signatures: ${pdf.signatures.map((s) => `${s.signerName || s.nameInDictionary} ${s.valid && s.modifiedAfter !== 'other-changes' ? 'valid' : 'NOT VALID'}`).join(', ')}`) : pdf ? 'not a readable PDF' : '';
    const note = file.problem || signatures;
    return `  ${(file.verdict === 'valid' ? 'valid' : file.verdict.toUpperCase()).padEnd(11)} ${file.path}${note ? `  (${note})` : ''}`;
  });
}

function auditLines(report: PackReport): string[] {
  if (report.auditLogs.length === 0) return ['Change history: none in this pack.'];
  return report.auditLogs.map((log) => `Change history ${log.path}: ${log.chain ? describeChain(log.chain, log.unreadableLines) : 'not checked (missing or too large)'}.`);
}

function summary(report: PackReport): string {
  if (report.passed) return 'Result: OK. Every file matches the signed manifest and nothing was added or removed.';
  const counts = (['altered', 'missing', 'unexpected'] as const).map((verdict) => [verdict, report.files.filter((f) => f.verdict === verdict).length] as const).filter(([, n]) => n > 0);
  const reasons = [
    ...counts.map(([verdict, n]) => `${n} ${verdict}`),
    ...(report.signature.status === 'unsigned' ? ['not signed'] : report.signature.status === 'invalid' ? ['signature not valid'] : []),
    ...(report.assessmentProblem ? ['assessment file unreadable'] : []),
    ...(report.evidenceProblems.length ? [`${report.evidenceProblems.length} evidence problem(s)`] : []),
    ...(report.reports.some((r) => r.result && !r.passes) ? ['a report signature is not valid'] : []),
    ...(report.auditLogs.some((log) => log.chain && !log.passes) ? ['change history broken'] : []),
  ];
  return `Result: NOT OK (${reasons.join('; ') || report.manifestProblem}).`;
}

function describe(file: string, report: PackReport): string {
  const manifest = report.manifest;
  if (!manifest) return [`${file}: ${report.manifestProblem}; no file can be checked against it.`, summary(report)].join('\n');
  const lines = [
    `${file}: evidence pack of "${manifest.title}" (assessment ${manifest.assessmentId}), made ${manifest.createdAt} by JointCheck ${manifest.appVersion}.`,
    ...signatureLines(report),
    'Files:',
    ...fileLines(report),
  ];
  if (report.assessmentProblem) lines.push(`Assessment file: cannot be read (${report.assessmentProblem.code}).`);
  for (const problem of report.evidenceProblems) lines.push(`Evidence ${problem.evidenceId}${problem.path ? ` (${problem.path})` : ''}: ${describeEvidenceProblem[problem.problem]}.`);
  lines.push(...auditLines(report), summary(report));
  return lines.join('\n');
}

/** The report as JSON: certificates without their DER, the assessment as id and title only. */
function asJson(file: string, report: PackReport): string {
  const { passed, assessment, signature, reports, ...rest } = report;
  const certificate = <T extends { der?: unknown; chain?: unknown } | null>(c: T) => c && { ...c, der: undefined, chain: undefined };
  return JSON.stringify(
    {
      file,
      kind: 'evidence-pack',
      ok: passed,
      ...rest,
      signature: signature.status === 'unsigned' ? signature : { ...signature, signer: certificate(signature.signer) },
      assessment: assessment && { id: assessment.assessment.id, title: assessment.assessment.title, evidence: assessment.evidence.length },
      reports: reports.map((pdf) => ({ ...pdf, result: pdf.result?.ok ? { ...pdf.result, signatures: pdf.result.signatures.map((s) => ({ ...s, certificate: certificate(s.certificate) })) } : pdf.result })),
    },
    null,
    2,
  );
}

/** Exit 0 when the pack passes, 1 when anything is altered, missing, unexpected, unsigned or badly signed or the change history is broken, 2 when it is refused or unreadable. */
export async function verifyPackCommand(file: string, json: boolean): Promise<CommandResult> {
  let source: FileSource;
  try {
    source = await openFileSource(file);
  } catch (error) {
    return { exitCode: 2, error: readErrorMessage(file, error) };
  }
  try {
    const result = await verifyPack(source, { trusted: [], hash: nodeSha256 });
    if (!result.ok) {
      const { code, detail } = result.refusal;
      return json
        ? { exitCode: 2, output: JSON.stringify({ file, kind: 'evidence-pack', ok: false, refusal: result.refusal }, null, 2) }
        : { exitCode: 2, error: `${file}: refused, nothing was extracted: ${refusalMessages[code]} (${detail}).` };
    }
    const exitCode = result.report.passed ? 0 : 1;
    return { exitCode, output: json ? asJson(file, result.report) : describe(file, result.report) };
  } catch (error) {
    return { exitCode: 2, error: readErrorMessage(file, error) };
  } finally {
    await source.close();
  }
}
