// Runs everywhere (pure, WebCrypto). Writes an evidence pack as a stream: one file at a time, hashed while it
// passes, checked against what was recorded at capture, with the signed manifest last.
import { Zip, ZipPassThrough } from 'fflate';
import type { Evidence } from '../domain/record';
import { type AssessmentBundle, serializeAssessmentFile } from '../format/assessmentFile';
import type { Signer } from '../signing/signPdf';
import { type ByteSource, bytesSource, chunksOf } from './byteSource';
import { AssessmentPath, ManifestPath, PackFormat, PackFormatVersion, PackLimits, type PackRole, RoleFolders, SignaturePath } from './format';
import { type HashFactory, sha256Incremental } from './hash';
import { type PackFile, type PackManifest, serializeManifest } from './manifest';
import { asciiFileName, PathAllocator } from './paths';
import { signManifest } from './signature';

export type NamedSource = { readonly name: string; readonly source: ByteSource };

export type WritePackInput = {
  readonly bundle: AssessmentBundle;
  readonly appVersion: string;
  /** ISO instant: the manifest's and the assessment file's date, each entry's modification time, the signing time. */
  readonly createdAt: string;
  /**
   * The bytes of an evidence row's file, or of its original (asked only for rows that kept one, when
   * `includeOriginals`). Null when the bytes are gone: the export stops, naming the file.
   */
  readonly evidenceBytes: (evidence: Evidence, which: 'file' | 'original') => Promise<ByteSource | null>;
  readonly includeOriginals: boolean;
  /** Report PDFs, named for the reader (`Report 2026-11-20 signed`); `.pdf` is added. */
  readonly reports: readonly NamedSource[];
  readonly audit?: readonly NamedSource[];
  /** Signs manifest.json; null writes an unsigned pack (verification will say so). */
  readonly signer: Signer | null;
};

export type WritePackOptions = {
  /** Receives the archive in order; the next chunk waits for the returned promise (back-pressure). */
  readonly sink: (chunk: Uint8Array) => Promise<void>;
  /** Bytes of file content written so far, of the total known before the first byte. */
  readonly onProgress?: (done: number, total: number) => void;
  readonly hash?: HashFactory;
};

export type WrittenPack = { readonly manifest: PackManifest; readonly bytes: number; readonly signed: boolean };

export const PackWriteErrorCodes = ['too-large', 'too-many-files', 'evidence-missing', 'evidence-altered', 'source-changed'] as const;
export type PackWriteErrorCode = (typeof PackWriteErrorCodes)[number];

/** Why an export stopped; whatever reached the sink is incomplete and must be discarded. */
export class PackWriteError extends Error {
  constructor(
    readonly code: PackWriteErrorCode,
    message: string,
    /** The file inside the pack it concerns, if one. */
    readonly path: string | null = null,
  ) {
    super(message);
    this.name = 'PackWriteError';
  }
}

type PlannedFile = {
  readonly path: string;
  readonly role: PackRole;
  readonly evidenceId?: string;
  readonly size: number;
  /** The SHA-256 recorded at capture, which the bytes must still have. */
  readonly recordedSha256: string | null;
  /** How a person knows the file: its own name. */
  readonly label: string;
  readonly open: () => Promise<ByteSource>;
};

/** ZIP bytes around each file with a data descriptor (fflate's streamed layout): local header, descriptor, directory entry. */
function overheadOf(path: string): number {
  return 30 + 16 + 46 + 2 * path.length;
}

function plan(input: WritePackInput, assessmentFile: Uint8Array): PlannedFile[] {
  const paths = new PathAllocator([AssessmentPath, ManifestPath, SignaturePath]);
  const fixed = (source: ByteSource) => () => Promise.resolve(source);
  const files: PlannedFile[] = [{ path: AssessmentPath, role: 'assessment', size: assessmentFile.byteLength, recordedSha256: null, label: AssessmentPath, open: fixed(bytesSource(assessmentFile)) }];
  for (const report of input.reports) {
    const name = asciiFileName(report.name.replace(/\.pdf$/i, ''), 'report');
    files.push({ path: paths.take(RoleFolders.report, `${name}.pdf`), role: 'report', size: report.source.size, recordedSha256: null, label: report.name, open: fixed(report.source) });
  }
  for (const evidence of input.bundle.evidence) {
    const kept = input.includeOriginals && evidence.original ? ([['evidence', evidence.file], ['original', evidence.original]] as const) : ([['evidence', evidence.file]] as const);
    for (const [role, stored] of kept) {
      const path = paths.take(`${RoleFolders[role]}/${asciiFileName(evidence.id, 'evidence')}`, asciiFileName(stored.fileName, evidence.kind));
      files.push({
        path,
        role,
        evidenceId: evidence.id,
        size: stored.size,
        recordedSha256: stored.sha256,
        label: stored.fileName,
        open: async () => {
          const source = await input.evidenceBytes(evidence, role === 'evidence' ? 'file' : 'original');
          if (!source) throw new PackWriteError('evidence-missing', `The evidence file "${stored.fileName}" is no longer on this computer, so the pack cannot be complete. Remove that evidence or add the file again, then export.`, path);
          return source;
        },
      });
    }
  }
  for (const audit of input.audit ?? []) {
    files.push({ path: paths.take(RoleFolders.audit, asciiFileName(audit.name, 'audit')), role: 'audit', size: audit.source.size, recordedSha256: null, label: audit.name, open: fixed(audit.source) });
  }
  return files;
}

const gib = (bytes: number): string => `${(bytes / 1024 ** 3).toFixed(2)} GB`;

/** Refuses before the first byte what the ZIP format or the reader could not take. */
function checkLimits(files: readonly PlannedFile[], manifestBytes: number): void {
  if (files.length + 2 > PackLimits.maxEntries) throw new PackWriteError('too-many-files', `This pack would hold ${files.length} files; a pack holds at most ${PackLimits.maxEntries - 2}. Leave out the original files or export fewer evidence items.`);
  const tooBig = files.find((file) => file.size > PackLimits.maxEntryBytes);
  if (tooBig) throw new PackWriteError('too-large', `"${tooBig.label}" is ${gib(tooBig.size)}; one file in a pack may be at most ${gib(PackLimits.maxEntryBytes)}. Remove it from the evidence, then export.`, tooBig.path);
  const projected =
    files.reduce((sum, file) => sum + file.size + overheadOf(file.path), 0) + manifestBytes + overheadOf(ManifestPath) + PackLimits.maxSignatureBytes + overheadOf(SignaturePath) + 22;
  if (projected > PackLimits.maxTotalBytes) {
    throw new PackWriteError('too-large', `This pack would be ${gib(projected)}; a pack can hold at most 4 GB (the ZIP format without ZIP64). Leave out the original files or remove large evidence files, then export.`);
  }
}

/** A file's line in the manifest. */
function listing(file: PlannedFile, sha256: string, size: number): PackFile {
  return { path: file.path, sha256, size, role: file.role, ...(file.evidenceId === undefined ? {} : { evidenceId: file.evidenceId }) };
}

function manifestOf(input: WritePackInput, files: readonly PackFile[]): PackManifest {
  const { assessment } = input.bundle;
  const identity = input.signer?.identity;
  return {
    format: PackFormat,
    formatVersion: PackFormatVersion,
    appVersion: input.appVersion,
    createdAt: input.createdAt,
    assessmentId: assessment.id,
    title: assessment.title,
    packVersions: assessment.packs.map(({ packId, version }) => ({ packId, version })),
    exportedBy: identity ? { name: identity.name, organisation: identity.organisation, role: identity.role } : null,
    files: [...files],
  };
}

/**
 * Streams the pack into `options.sink`: assessment.jointcheck.json, reports/, evidence/, originals/,
 * audit/, then manifest.json and manifest.sig. Entries are stored (photos and PDFs do not compress).
 * Holds one chunk of one file at a time. Rejects with a PackWriteError when the pack would exceed the
 * limits (before anything is written) or when an evidence file is missing or no longer has the size and
 * SHA-256 recorded when it was added (evidence must never change silently); the sink then holds an
 * incomplete archive for the caller to discard.
 */
export async function writePack(input: WritePackInput, options: WritePackOptions): Promise<WrittenPack> {
  const hashFactory = options.hash ?? sha256Incremental;
  const assessmentFile = new TextEncoder().encode(serializeAssessmentFile(input.bundle, input.appVersion, input.createdAt));
  const files = plan(input, assessmentFile);
  // Hashes are fixed-length hex, so a manifest with placeholders has the real one's size.
  const placeholder = files.map((file) => listing(file, '0'.repeat(64), file.size));
  checkLimits(files, serializeManifest(manifestOf(input, placeholder)).byteLength);

  const total = files.reduce((sum, file) => sum + file.size, 0);
  let done = 0;
  let bytes = 0;
  const pending: Uint8Array[] = [];
  let zipError: Error | null = null;
  const zip = new Zip((error, data) => {
    if (error) zipError = error;
    else pending.push(data);
  });
  const flush = async (): Promise<void> => {
    if (zipError) throw zipError;
    for (const chunk of pending.splice(0)) {
      await options.sink(chunk);
      bytes += chunk.byteLength;
    }
  };
  const mtime = new Date(input.createdAt);

  /** Streams one file into the archive; resolves its SHA-256 and size as they passed, stopping early past `maxSize`. */
  const add = async (path: string, source: ByteSource, maxSize: number, onBytes: (n: number) => void): Promise<{ sha256: string; size: number }> => {
    const entry = new ZipPassThrough(path);
    entry.mtime = mtime;
    zip.add(entry);
    const hash = hashFactory();
    let size = 0;
    for await (const chunk of chunksOf(source)) {
      size += chunk.byteLength;
      if (size > maxSize) return { sha256: '', size };
      hash.update(chunk);
      entry.push(chunk, false);
      await flush();
      onBytes(chunk.byteLength);
    }
    entry.push(new Uint8Array(0), true);
    await flush();
    return { sha256: hash.digestHex(), size };
  };

  const listed: PackFile[] = [];
  for (const file of files) {
    const written = await add(file.path, await file.open(), file.size, (n) => options.onProgress?.((done += n), total));
    if (written.size !== file.size || (file.recordedSha256 !== null && written.sha256 !== file.recordedSha256)) {
      throw file.recordedSha256 === null
        ? new PackWriteError('source-changed', `"${file.label}" changed while the pack was being written. Export again.`, file.path)
        : new PackWriteError('evidence-altered', `The evidence file "${file.label}" is not the file recorded when it was added (its size or SHA-256 fingerprint differs): it was changed. The pack was not completed. Check that evidence item before exporting.`, file.path);
    }
    listed.push(listing(file, written.sha256, written.size));
  }

  const manifest = manifestOf(input, listed);
  const manifestBytes = serializeManifest(manifest);
  await add(ManifestPath, bytesSource(manifestBytes), manifestBytes.byteLength, () => undefined);
  if (input.signer) {
    const signature = await signManifest(manifestBytes, input.signer, mtime);
    await add(SignaturePath, bytesSource(signature), signature.byteLength, () => undefined);
  }
  zip.end();
  await flush();
  return { manifest, bytes, signed: input.signer !== null };
}
