// Runs everywhere (pure). Writes a backup as a stream: each table as JSON Lines, then the binary values packed
// into data volumes, each hashed as it passes, then manifest.json with every SHA-256.
import { type ByteSource, bytesSource, chunksOf } from '../evidencePack/byteSource';
import { type HashFactory, sha256Incremental } from '../evidencePack/hash';
import { canonicalJson } from '../format/canonicalJson';
import {
  type AssessmentSummary,
  type BackupManifest,
  BackupFormat,
  BackupFormatVersion,
  BackupLimits,
  type BinaryEntry,
  DataFolder,
  type IdentitySummary,
  ManifestPath,
  type TableEntry,
  TablesFolder,
} from './format';
import { encodeRow } from './values';
import { type ZipEntryWriter, ZipStream } from './zipStream';

export type BackupSnapshot = {
  readonly schemaVersion: number;
  /** Every table's rows as read in one transaction; binary values as Uint8Array or Blob. */
  readonly tables: readonly { readonly name: string; readonly rows: readonly unknown[] }[];
  readonly assessments: readonly AssessmentSummary[];
  readonly identities: readonly IdentitySummary[];
};

export type WriteBackupOptions = {
  readonly appVersion: string;
  /** ISO instant: the manifest's date and each entry's modification time. */
  readonly createdAt: string;
  /** Receives the archive in order; the next chunk waits for the returned promise. */
  readonly sink: (chunk: Uint8Array) => Promise<void>;
  /** Bytes of binary values written so far, of their total. */
  readonly onProgress?: (done: number, total: number) => void;
  readonly hash?: HashFactory;
};

export class BackupWriteError extends Error {
  constructor(
    readonly code: 'too-large' | 'source-changed',
    message: string,
  ) {
    super(message);
    this.name = 'BackupWriteError';
  }
}

/** ZIP without ZIP64 (fflate cannot write it): offsets are 32-bit, so the whole file stays under 4 GiB. */
const MaxArchiveBytes = 0xffff_ffff;
/** Room kept for table files, the manifest and ZIP headers when checking the size before writing. */
const headroomBytes = 64 * 1024 * 1024;
const tableChunkBytes = 1024 * 1024;

const sourceOf = (value: Uint8Array | Blob): ByteSource => (value instanceof Uint8Array ? bytesSource(value) : value);
const gb = (bytes: number): string => `${(bytes / 1024 ** 3).toFixed(2)} GB`;

/**
 * Streams the backup into `options.sink`: `tables/<name>.jsonl`, `data/00001.bin`…, `manifest.json`.
 * Rejects before the first byte when the binaries would not fit a 4 GB archive, and with
 * `source-changed` when a value's bytes change while being written; the sink then holds an
 * incomplete archive for the caller to discard.
 */
export async function writeBackup(snapshot: BackupSnapshot, options: WriteBackupOptions): Promise<BackupManifest> {
  const hashFactory = options.hash ?? sha256Incremental;
  const binaries: (Uint8Array | Blob)[] = [];
  const remember = (value: Uint8Array | Blob): number => binaries.push(value) - 1;
  // Encoding first (it only collects references), so the size check runs before anything is written.
  const encoded = snapshot.tables.map(({ name, rows }) => ({ name, lines: rows.map((row, i) => canonicalJson(encodeRow(row, remember, `${name}[${i}]`))) }));
  const total = binaries.reduce((sum, b) => sum + (b instanceof Uint8Array ? b.byteLength : b.size), 0);
  if (total + headroomBytes > MaxArchiveBytes) {
    throw new BackupWriteError('too-large', `The files kept in JointCheck add up to ${gb(total)}; one backup file can hold at most 4 GB. Export evidence packs of some assessments and remove their large evidence files, then back up again.`);
  }

  const zip = new ZipStream(options.sink, new Date(options.createdAt));
  const tables: TableEntry[] = [];
  for (const { name, lines } of encoded) {
    const path = `${TablesFolder}/${name}.jsonl`;
    const entry = zip.open(path);
    const hash = hashFactory();
    let size = 0;
    const encoder = new TextEncoder();
    for (let at = 0; at < lines.length; ) {
      let text = '';
      while (at < lines.length && text.length < tableChunkBytes) text += `${lines[at++]}\n`;
      const chunk = encoder.encode(text);
      hash.update(chunk);
      size += chunk.byteLength;
      await entry.write(chunk);
    }
    await entry.close();
    tables.push({ name, path, rows: lines.length, size, sha256: hash.digestHex() });
  }

  const entries: BinaryEntry[] = [];
  let done = 0;
  let volume: { path: string; writer: ZipEntryWriter; size: number } | null = null;
  let volumes = 0;
  for (const value of binaries) {
    const source = sourceOf(value);
    if (!volume || (volume.size > 0 && volume.size + source.size > BackupLimits.volumeBytes)) {
      await volume?.writer.close();
      const path = `${DataFolder}/${String((volumes += 1)).padStart(5, '0')}.bin`;
      volume = { path, writer: zip.open(path), size: 0 };
    }
    const hash = hashFactory();
    let size = 0;
    for await (const chunk of chunksOf(source)) {
      size += chunk.byteLength;
      if (size > source.size) break;
      hash.update(chunk);
      await volume.writer.write(chunk);
      options.onProgress?.((done += chunk.byteLength), total);
    }
    if (size !== source.size) throw new BackupWriteError('source-changed', 'A file changed while the backup was being written. Back up again.');
    entries.push({ volume: volume.path, offset: volume.size, size, sha256: hash.digestHex() });
    volume.size += size;
  }
  await volume?.writer.close();

  const manifest: BackupManifest = {
    format: BackupFormat,
    formatVersion: BackupFormatVersion,
    appVersion: options.appVersion,
    createdAt: options.createdAt,
    schemaVersion: snapshot.schemaVersion,
    tables,
    binaries: entries,
    assessments: [...snapshot.assessments],
    identities: [...snapshot.identities],
  };
  const manifestEntry = zip.open(ManifestPath);
  await manifestEntry.write(new TextEncoder().encode(`${JSON.stringify(manifest, null, 1)}\n`));
  await manifestEntry.close();
  await zip.end();
  return manifest;
}
