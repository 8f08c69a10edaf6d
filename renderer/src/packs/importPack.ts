// Runs in the renderer. Checking an evidence pack someone sent, then adding it as a read-only assessment.
import { parseAuditLog } from '../../../shared/audit/logFile';
import { inspectZip, entryChunks, type ZipEntry } from '../../../shared/evidencePack/zipReader';
import { sha256Incremental } from '../../../shared/evidencePack/hash';
import { type PackReport, type PackVerification, verifyPack } from '../../../shared/evidencePack/read';
import { addAssessmentBundle, type ImportOutcome } from '../data/assessmentFiles';
import { listTrustedCertificates } from '../data/identities';
import { fileSource } from './fileSource';

/** Every hash and the signature, checked before anything is written. */
export async function checkPack(file: File, onProgress?: (done: number, total: number) => void): Promise<PackVerification> {
  const trusted = (await listTrustedCertificates()).map((c) => c.der);
  return verifyPack(fileSource(file), { trusted, ...(onProgress ? { onProgress } : {}) });
}

async function entryBlob(file: File, entry: ZipEntry): Promise<Blob> {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  for await (const chunk of entryChunks(fileSource(file), entry, 1024 * 1024)) parts.push(chunk as Uint8Array<ArrayBuffer>);
  return new Blob(parts);
}

async function wholeFileSha256(file: File): Promise<string> {
  const hash = sha256Incremental();
  const source = fileSource(file);
  for (let at = 0; at < file.size; at += 4 * 1024 * 1024) hash.update(await source.read(at, 4 * 1024 * 1024));
  return hash.digestHex();
}

/**
 * Adds the checked pack's assessment, read-only, with the evidence files that matched the manifest and its
 * change history as it came (a damaged one too, when the user accepted the problems: the History screen shows where it breaks).
 * A pack that did not pass is added only when the user said so (`acceptProblems`), and is marked as not intact.
 */
export async function addCheckedPack(file: File, report: PackReport, acceptProblems: boolean): Promise<ImportOutcome> {
  if (!report.assessment) throw new Error('The pack holds no readable assessment, so there is nothing to add.');
  if (!report.passed && !acceptProblems) throw new Error('The pack did not pass its checks.');
  const inspection = await inspectZip(fileSource(file));
  if (!inspection.ok) throw new Error(inspection.refusal.detail);
  const entries = new Map(inspection.entries.map((e) => [e.name, e]));
  // Only files that matched the manifest are kept; evidence whose file did not is listed without its bytes.
  const stored = new Map<string, Blob>();
  const originals = new Map<string, Blob>();
  for (const row of report.files) {
    const entry = entries.get(row.path);
    if (row.verdict !== 'valid' || !row.evidenceId || !entry || (row.role !== 'evidence' && row.role !== 'original')) continue;
    (row.role === 'evidence' ? stored : originals).set(row.evidenceId, await entryBlob(file, entry));
  }
  const files = new Map([...stored].map(([id, blob]) => [id, { file: blob, original: originals.get(id) ?? null }]));
  // Only a log the verifier could read (not one too large to check) comes along.
  const checkedLog = report.auditLogs.find((log) => log.chain !== null);
  const auditEntry = checkedLog && entries.get(checkedLog.path);
  const auditLog = auditEntry ? parseAuditLog(new Uint8Array(await (await entryBlob(file, auditEntry)).arrayBuffer())).entries : [];
  const signer = report.signature.status === 'unsigned' ? null : (report.signature.signer?.subject ?? null);
  return addAssessmentBundle(report.assessment, {
    files,
    auditLog,
    importedFrom: { fileName: file.name.slice(0, 200), packSha256: await wholeFileSha256(file), importedAt: new Date().toISOString(), signer, intact: report.passed },
  });
}
