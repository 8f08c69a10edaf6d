// Runs everywhere (pure, WebCrypto). Verifies an evidence pack without writing anything: first its ZIP structure
// (inspectPack), then every file's size and SHA-256 against the manifest, the manifest's signature, the
// assessment file, the evidence hashes recorded at capture, the signatures of each report PDF and the chain of
// each change-history file.
import { parseAuditLog } from '../audit/logFile';
import { type ChainReport, verifyChain } from '../audit/verify';
import { type AssessmentFile, type AssessmentFileError, MaxAssessmentFileBytes, parseAssessmentFile } from '../format/assessmentFile';
import { concatBytes } from '../signing/bytes';
import { verifyPdf, type VerifyReport } from '../signing/verifyPdf';
import { AssessmentPath, ManifestPath, PackLimits, type PackRole, SignaturePath } from './format';
import { type HashFactory, sha256Incremental } from './hash';
import { type PackManifest, parseManifest } from './manifest';
import { type PackSignatureReport, checkManifestSignature } from './signature';
import { EntryContentError, entryChunks, inspectZip, type PackRefusal, type RandomAccessSource, type ZipEntry, type ZipInspection } from './zipReader';

export type { PackRefusal, PackRefusalCode, RandomAccessSource, ZipEntry } from './zipReader';
export type { PackSignatureReport } from './signature';

/** Stage one: the ZIP's directory only. Refuses hostile or broken archives with a code; extracts nothing. */
export function inspectPack(source: RandomAccessSource): Promise<ZipInspection> {
  return inspectZip(source);
}

export type FileVerdict = 'valid' | 'altered' | 'missing' | 'unexpected';

export type PackFileReport = {
  readonly path: string;
  /** Null for a file the manifest does not list. */
  readonly role: PackRole | null;
  readonly evidenceId?: string;
  readonly verdict: FileVerdict;
  /** What the manifest says (null for an unexpected file). */
  readonly expected: { readonly sha256: string; readonly size: number } | null;
  /** What the pack holds (null when missing or not read). */
  readonly actual: { readonly sha256: string; readonly size: number } | null;
  /** Why it is not valid, in English for logs and the command line; '' when valid. */
  readonly problem: string;
};

/** A report PDF's own signatures, checked when its bytes match the manifest. */
export type PackPdfReport = {
  readonly path: string;
  /** Null when not checked (altered, missing, or larger than PackLimits.maxReportBytes). */
  readonly result: VerifyReport | null;
  /** Readable, and every signature it carries is valid with nothing but later signatures after it. An unsigned report passes (the pack's signature vouches for it). */
  readonly passes: boolean;
};

/** A change-history file (`audit/log.jsonl`), its chain checked even when the file differs from the manifest. */
export type PackAuditReport = {
  readonly path: string;
  /** Null when not checked (missing, unreadable, or larger than PackLimits.maxAuditBytes). */
  readonly chain: ChainReport | null;
  /** Line numbers (from 1) that are not entries. */
  readonly unreadableLines: readonly number[];
  /** Every line an entry, every entry of the pack's assessment, the chain unbroken. */
  readonly passes: boolean;
};

export type EvidenceProblem = {
  readonly evidenceId: string;
  readonly path: string | null;
  /** `not-in-pack`: the assessment lists evidence whose file the pack lacks; `differs-from-capture`: the file is not the one recorded at capture; `unknown-evidence`: no such evidence row. */
  readonly problem: 'not-in-pack' | 'differs-from-capture' | 'unknown-evidence';
};

export type PackReport = {
  /** Signed with a valid signature, every listed file present and intact, nothing unexpected, the assessment and evidence consistent, report signatures valid. */
  readonly passed: boolean;
  /** Null when manifest.json is damaged; then no file can be checked. */
  readonly manifest: PackManifest | null;
  readonly manifestProblem: string;
  readonly signature: PackSignatureReport;
  readonly files: readonly PackFileReport[];
  /** The assessment file, when it is intact and reads. */
  readonly assessment: AssessmentFile | null;
  readonly assessmentProblem: AssessmentFileError | { readonly code: 'other-assessment' } | null;
  readonly reports: readonly PackPdfReport[];
  readonly evidenceProblems: readonly EvidenceProblem[];
  /** Change-history files; an empty list for a pack without one. */
  readonly auditLogs: readonly PackAuditReport[];
};

export type PackVerification = { readonly ok: true; readonly report: PackReport } | { readonly ok: false; readonly refusal: PackRefusal };

export type VerifyPackOptions = {
  /** DER certificates the user trusts, for the manifest's and the reports' signers. */
  readonly trusted: readonly Uint8Array[];
  readonly hash?: HashFactory;
  /** Bytes read from the source at a time (default 1 MiB). */
  readonly chunkBytes?: number;
  readonly onProgress?: (done: number, total: number) => void;
};

const defaultChunkBytes = 1024 * 1024;

async function readWhole(source: RandomAccessSource, entry: ZipEntry, chunkBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const parts: Uint8Array[] = [];
  for await (const chunk of entryChunks(source, entry, chunkBytes)) parts.push(chunk);
  return concatBytes(parts);
}

/** A report PDF passes when every signature is valid and only later signatures were appended after it. */
function pdfPasses(result: VerifyReport): boolean {
  return result.ok && result.signatures.every((signature) => signature.valid && signature.modifiedAfter !== 'other-changes');
}

type Streamed = { readonly sha256: string; readonly size: number; readonly bytes: Uint8Array | null; readonly problem: string };

/** Hashes one entry as it streams, keeping its bytes only when `keep` (the assessment file, report PDFs). */
async function streamEntry(source: RandomAccessSource, entry: ZipEntry, options: Required<Pick<VerifyPackOptions, 'chunkBytes' | 'hash'>>, keep: boolean, onBytes: (n: number) => void): Promise<Streamed> {
  const hash = options.hash();
  const parts: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of entryChunks(source, entry, options.chunkBytes)) {
      hash.update(chunk);
      size += chunk.byteLength;
      if (keep) parts.push(chunk);
      onBytes(chunk.byteLength);
    }
  } catch (error) {
    if (error instanceof EntryContentError) return { sha256: '', size, bytes: null, problem: error.message };
    throw error;
  }
  return { sha256: hash.digestHex(), size, bytes: keep ? concatBytes(parts) : null, problem: '' };
}

/**
 * Verifies a pack read through `source`. Resolves `{ ok: false, refusal }` for archives inspectPack refuses
 * and for ZIP files that are no evidence pack (or one from a newer JointCheck); otherwise a report listing
 * every file as valid, altered, missing or unexpected. Reads each file once, one chunk at a time (the
 * assessment file and report PDFs are kept in memory to parse). Writes nothing anywhere.
 */
export async function verifyPack(source: RandomAccessSource, options: VerifyPackOptions): Promise<PackVerification> {
  const inspection = await inspectZip(source);
  if (!inspection.ok) return inspection;
  const settings = { chunkBytes: options.chunkBytes ?? defaultChunkBytes, hash: options.hash ?? sha256Incremental };
  const entries = new Map(inspection.entries.filter((entry) => !entry.directory).map((entry) => [entry.name, entry]));
  const manifestEntry = entries.get(ManifestPath);
  if (!manifestEntry) return { ok: false, refusal: { code: 'not-a-pack', detail: `it has no ${ManifestPath}, so it is not a JointCheck evidence pack` } };

  const damagedManifest = (problem: string): PackVerification => ({
    ok: true,
    report: { passed: false, manifest: null, manifestProblem: problem, signature: { status: 'unsigned' }, files: [], assessment: null, assessmentProblem: null, reports: [], evidenceProblems: [], auditLogs: [] },
  });
  if (manifestEntry.size > PackLimits.maxManifestBytes) return damagedManifest(`${ManifestPath} is larger than ${PackLimits.maxManifestBytes} bytes`);
  let manifestBytes: Uint8Array<ArrayBuffer>;
  try {
    manifestBytes = await readWhole(source, manifestEntry, settings.chunkBytes);
  } catch (error) {
    if (error instanceof EntryContentError) return damagedManifest(`${ManifestPath}: ${error.message}`);
    throw error;
  }
  const parsed = parseManifest(manifestBytes);
  if (!parsed.ok) {
    if (parsed.error.code === 'not-a-pack') return { ok: false, refusal: { code: 'not-a-pack', detail: `its ${ManifestPath} is not a JointCheck evidence pack manifest` } };
    if (parsed.error.code === 'newer-version') return { ok: false, refusal: { code: 'newer-version', detail: `it was made by a newer JointCheck (pack format ${parsed.error.found})` } };
    return damagedManifest(`${ManifestPath} is damaged (${parsed.error.detail})`);
  }
  const manifest = parsed.manifest;

  const signatureEntry = entries.get(SignaturePath);
  let signatureBytes: Uint8Array | null = null;
  if (signatureEntry) {
    try {
      // An oversized signature is checked as empty bytes: invalid, not unsigned.
      signatureBytes = signatureEntry.size <= PackLimits.maxSignatureBytes ? await readWhole(source, signatureEntry, settings.chunkBytes) : new Uint8Array(0);
    } catch (error) {
      if (!(error instanceof EntryContentError)) throw error;
      signatureBytes = new Uint8Array(0);
    }
  }
  const signature = await checkManifestSignature(signatureBytes, manifestBytes, options.trusted, new Date(manifest.createdAt));

  // Listed files in the order they sit in the archive, so a disk reads forward.
  const listed = manifest.files.map((file) => ({ file, entry: entries.get(file.path) ?? null }));
  const total = listed.reduce((sum, { entry }) => sum + (entry?.size ?? 0), 0);
  let done = 0;
  const files: PackFileReport[] = [];
  const kept = new Map<string, Uint8Array>();
  // Change histories are kept even when altered: their chain says which entries were touched.
  const auditBytes = new Map<string, Uint8Array>();
  const ordered = [...listed].sort((a, b) => (a.entry?.dataOffset ?? -1) - (b.entry?.dataOffset ?? -1));
  for (const { file, entry } of ordered) {
    const base = { path: file.path, role: file.role, ...(file.evidenceId === undefined ? {} : { evidenceId: file.evidenceId }), expected: { sha256: file.sha256, size: file.size } };
    if (!entry) {
      files.push({ ...base, verdict: 'missing', actual: null, problem: 'listed in the manifest but not in the pack' });
      continue;
    }
    const keep =
      (file.role === 'assessment' && file.size <= MaxAssessmentFileBytes) ||
      (file.role === 'report' && file.size <= PackLimits.maxReportBytes) ||
      (file.role === 'audit' && entry.size <= PackLimits.maxAuditBytes);
    const streamed = await streamEntry(source, entry, settings, keep, (n) => options.onProgress?.((done += n), total));
    const problem = streamed.problem || (streamed.size !== file.size ? `${streamed.size} bytes where the manifest says ${file.size}` : streamed.sha256 !== file.sha256 ? 'its SHA-256 differs from the manifest: the content was changed' : '');
    files.push({ ...base, verdict: problem ? 'altered' : 'valid', actual: streamed.problem ? null : { sha256: streamed.sha256, size: streamed.size }, problem });
    if (!problem && streamed.bytes) kept.set(file.path, streamed.bytes);
    if (file.role === 'audit' && streamed.bytes) auditBytes.set(file.path, streamed.bytes);
  }
  const order = new Map(manifest.files.map((file, index) => [file.path, index]));
  files.sort((a, b) => (order.get(a.path) ?? 0) - (order.get(b.path) ?? 0));
  for (const entry of entries.values()) {
    if (entry.name !== ManifestPath && entry.name !== SignaturePath && !order.has(entry.name)) {
      files.push({ path: entry.name, role: null, verdict: 'unexpected', expected: null, actual: null, problem: 'in the pack but not listed in the manifest' });
    }
  }

  const assessmentFile = listed.find(({ file }) => file.role === 'assessment');
  const { assessment, assessmentProblem } = readAssessment(kept.get(AssessmentPath), assessmentFile?.file.size ?? 0, files, manifest);
  const evidenceProblems = assessment ? checkEvidence(assessment, manifest) : [];
  const reports: PackPdfReport[] = [];
  for (const file of manifest.files.filter((f) => f.role === 'report')) {
    const bytes = kept.get(file.path);
    const result = bytes ? await verifyPdf(bytes, options.trusted) : null;
    reports.push({ path: file.path, result, passes: result !== null && pdfPasses(result) });
  }

  // A read-only copy imported under a new id (its original was already on that computer) keeps the original's
  // history, whose entries name the original's id: there the entries need only agree with each other.
  const owner = assessment?.assessment.importedFrom ? undefined : manifest.assessmentId;
  const auditLogs = manifest.files.filter((f) => f.role === 'audit').map((file) => checkAuditLog(file.path, auditBytes.get(file.path), owner));

  const passed =
    signature.status === 'valid' &&
    files.every((file) => file.verdict === 'valid') &&
    assessment !== null &&
    evidenceProblems.length === 0 &&
    // A report not checked was altered or missing (failed above) or too large to open (its hash still vouches for it).
    reports.every((report) => report.passes || report.result === null) &&
    auditLogs.every((log) => log.passes || log.chain === null);
  return { ok: true, report: { passed, manifest, manifestProblem: '', signature, files, assessment, assessmentProblem, reports, evidenceProblems, auditLogs } };
}

function checkAuditLog(path: string, bytes: Uint8Array | undefined, assessmentId: string | undefined): PackAuditReport {
  if (!bytes) return { path, chain: null, unreadableLines: [], passes: false };
  const { entries, unreadableLines } = parseAuditLog(bytes);
  const chain = verifyChain(entries, assessmentId);
  return { path, chain, unreadableLines, passes: chain.intact && unreadableLines.length === 0 };
}

function readAssessment(bytes: Uint8Array | undefined, size: number, files: readonly PackFileReport[], manifest: PackManifest): Pick<PackReport, 'assessment' | 'assessmentProblem'> {
  if (!bytes) {
    // Intact but not kept: larger than any assessment file may be. Altered or missing: the file list says so.
    const intact = files.some((file) => file.path === AssessmentPath && file.verdict === 'valid');
    return { assessment: null, assessmentProblem: intact ? { code: 'too-large', bytes: size } : null };
  }
  const parsed = parseAssessmentFile(bytes);
  if (!parsed.ok) return { assessment: null, assessmentProblem: parsed.error };
  if (parsed.file.assessment.id !== manifest.assessmentId) return { assessment: null, assessmentProblem: { code: 'other-assessment' } };
  return { assessment: parsed.file, assessmentProblem: null };
}

/** Every evidence row has its file in the pack, and each evidence or original file is the one recorded at capture. */
function checkEvidence(assessment: AssessmentFile, manifest: PackManifest): EvidenceProblem[] {
  const problems: EvidenceProblem[] = [];
  const rows = new Map(assessment.evidence.map((row) => [row.id, row]));
  for (const file of manifest.files) {
    if (file.evidenceId === undefined) continue;
    const row = rows.get(file.evidenceId);
    if (!row) {
      problems.push({ evidenceId: file.evidenceId, path: file.path, problem: 'unknown-evidence' });
      continue;
    }
    const recorded = file.role === 'evidence' ? row.file : row.original;
    if (!recorded || recorded.sha256 !== file.sha256 || recorded.size !== file.size) problems.push({ evidenceId: row.id, path: file.path, problem: 'differs-from-capture' });
  }
  // A listed file that is missing is reported in the file list; here, evidence the manifest never listed.
  const listed = new Set(manifest.files.filter((f) => f.role === 'evidence').map((f) => f.evidenceId));
  for (const row of assessment.evidence) if (!listed.has(row.id)) problems.push({ evidenceId: row.id, path: null, problem: 'not-in-pack' });
  return problems;
}
