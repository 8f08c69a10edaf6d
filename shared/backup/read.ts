// Runs everywhere (pure). Reads a backup without changing anything: the ZIP written by writeBackup (every
// table and binary value checked against the manifest's SHA-256) or the JSON dump written before a schema
// upgrade. Binary values come back as references to where their bytes lie in the file, read on demand.
import { type HashFactory, sha256Incremental } from '../evidencePack/hash';
import { entryChunks, inspectZip, type RandomAccessSource, type ZipEntry } from '../evidencePack/zipReader';
import { concatBytes } from '../signing/bytes';
import {
  type BackupManifest,
  BackupManifestSchema,
  type BackupRefusal,
  BackupLimits,
  BackupRefusedError,
  ManifestPath,
  versionRefusal,
} from './format';
import { type BinaryRef, bytesFromIndexedObject, decodeRow } from './values';

/** A binary value in the backup file: `offset` and `size` are where its bytes lie in the file itself (volumes are stored, not compressed). */
export class BinaryValue {
  constructor(
    readonly ref: BinaryRef,
    readonly offset: number,
    readonly size: number,
  ) {}
}

export type BackupContents = {
  /** 1: a pre-upgrade JSON dump; 2: a backup ZIP. */
  readonly formatVersion: 1 | 2;
  readonly schemaVersion: number;
  readonly createdAt: string;
  /** Null for a pre-upgrade dump, which does not record it. */
  readonly manifest: BackupManifest | null;
  /** Every table's rows; binary values are BinaryValue (ZIP) or Uint8Array (dump). */
  readonly tables: Readonly<Record<string, readonly unknown[]>>;
  /** Evidence file rows a pre-upgrade dump lists without their bytes (JSON cannot hold them); left out. */
  readonly filesWithoutBytes: number;
};

export type ReadBackupOptions = {
  /** The newest database schema this build reads; a backup of a newer one is refused. */
  readonly supportedSchema: number;
  readonly hash?: HashFactory;
  /** Bytes checked so far, of the file's size. */
  readonly onProgress?: (done: number, total: number) => void;
};

/** Pre-upgrade dumps are written in one piece through the bridge, which caps a file at 512 MB. */
const MaxDumpBytes = 512 * 1024 * 1024;
const chunkBytes = 1024 * 1024;

const refuse = (refusal: BackupRefusal): never => {
  throw new BackupRefusedError(refusal);
};
const damaged = (detail: string, files: readonly string[] = []): never => refuse({ code: 'damaged', detail, files });

function parseJson(bytes: Uint8Array, what: string): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return damaged(`${what} is not readable JSON text`, [what]);
  }
}

/**
 * Opens the backup in `source` and checks it whole. Rejects with a BackupRefusedError: `not-a-backup`
 * (not ours), `newer-format` / `newer-schema` (made by a newer JointCheck), or `damaged` (naming the
 * files whose size or SHA-256 differ from the manifest). The source's own read errors propagate.
 */
export async function readBackup(source: RandomAccessSource, options: ReadBackupOptions): Promise<BackupContents> {
  const head = await source.read(0, Math.min(4, source.size));
  if (head[0] === 0x50 && head[1] === 0x4b) return readZipBackup(source, options);
  if (head[0] === 0x7b) return readDump(source, options);
  return refuse({ code: 'not-a-backup', detail: 'it is neither a backup ZIP nor a JSON backup' });
}

async function readWhole(source: RandomAccessSource, entry: ZipEntry): Promise<Uint8Array<ArrayBuffer>> {
  const parts: Uint8Array[] = [];
  for await (const chunk of entryChunks(source, entry, chunkBytes)) parts.push(chunk);
  return concatBytes(parts);
}

async function readZipBackup(source: RandomAccessSource, options: ReadBackupOptions): Promise<BackupContents> {
  const inspection = await inspectZip(source);
  if (!inspection.ok) return refuse({ code: 'not-a-backup', detail: inspection.refusal.detail });
  const entries = new Map(inspection.entries.filter((e) => !e.directory).map((e) => [e.name, e]));
  const manifestEntry = entries.get(ManifestPath);
  if (!manifestEntry) return refuse({ code: 'not-a-backup', detail: `it is a ZIP file without ${ManifestPath}` });
  if (manifestEntry.size > BackupLimits.maxManifestBytes) return damaged(`${ManifestPath} is larger than a backup's manifest can be`, [ManifestPath]);
  const data = parseJson(await readWhole(source, manifestEntry), ManifestPath);
  const version = versionRefusal(data, options.supportedSchema);
  if (version) return refuse(version);
  const parsed = BackupManifestSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return damaged(`${ManifestPath} does not describe a backup (${issue ? `${issue.path.join('.')}: ${issue.message}` : 'unknown'})`, [ManifestPath]);
  }
  const manifest = parsed.data;

  const listed = new Set([ManifestPath, ...manifest.tables.map((t) => t.path), ...manifest.binaries.map((b) => b.volume)]);
  const unexpected = [...entries.keys()].filter((name) => !listed.has(name));
  if (unexpected.length > 0) damaged('the backup holds files its manifest does not list', unexpected);
  const missing = [...listed].filter((name) => !entries.has(name));
  if (missing.length > 0) damaged('files the manifest lists are missing', missing);

  const hashFactory = options.hash ?? sha256Incremental;
  const total = [...entries.values()].reduce((sum, e) => sum + e.size, 0);
  let done = 0;
  const progress = (n: number): void => options.onProgress?.((done += n), total);

  const tables: Record<string, unknown[]> = {};
  const volumeOf = (index: number): { offset: number; size: number } => {
    const binary = manifest.binaries[index];
    if (!binary) return damaged(`a row refers to binary value ${index}, which the manifest does not list`);
    return { offset: entries.get(binary.volume)!.dataOffset + binary.offset, size: binary.size };
  };
  for (const table of manifest.tables) {
    const entry = entries.get(table.path)!;
    if (entry.size !== table.size || entry.size > BackupLimits.maxTableBytes) damaged(`${table.path} is not the size the manifest records`, [table.path]);
    const bytes = await readWhole(source, entry);
    const hash = hashFactory();
    hash.update(bytes);
    if (hash.digestHex() !== table.sha256) damaged(`${table.path} does not match its SHA-256 fingerprint`, [table.path]);
    progress(bytes.byteLength);
    const lines = new TextDecoder().decode(bytes).split('\n');
    if (lines.pop() !== '' || lines.length !== table.rows) damaged(`${table.path} does not hold the ${table.rows} rows the manifest records`, [table.path]);
    tables[table.name] = lines.map((line, index) => {
      try {
        return decodeRow(JSON.parse(line) as unknown, (ref) => {
          const at = volumeOf(ref.index);
          return new BinaryValue(ref, at.offset, at.size);
        });
      } catch (error) {
        if (error instanceof BackupRefusedError) throw error;
        // A line whose hash was made to match but that no writer produced: cut JSON, or nesting deeper than the stack.
        return damaged(`${table.path} line ${index + 1} is not a row JointCheck wrote`, [table.path]);
      }
    });
  }

  // Each volume must be exactly its binaries end to end, so that every byte is covered by one SHA-256.
  const byVolume = new Map<string, { index: number; offset: number; size: number; sha256: string }[]>();
  manifest.binaries.forEach((b, index) => byVolume.set(b.volume, [...(byVolume.get(b.volume) ?? []), { index, ...b }]));
  const bad: string[] = [];
  for (const [path, binaries] of byVolume) {
    const entry = entries.get(path)!;
    if (entry.method !== 0) damaged(`${path} was compressed after the backup was written; use the backup file as JointCheck saved it`, [path]);
    binaries.sort((a, b) => a.offset - b.offset);
    let end = 0;
    for (const b of binaries) {
      if (b.offset !== end) damaged(`${path} is not laid out as the manifest records`, [path]);
      end += b.size;
    }
    if (end !== entry.size) damaged(`${path} is not the size the manifest records`, [path]);
    let at = 0;
    let current = 0;
    let hash = hashFactory();
    const finish = (): void => {
      const b = binaries[current]!;
      if (hash.digestHex() !== b.sha256) bad.push(`${path}#${b.index}`);
      current += 1;
      hash = hashFactory();
    };
    while (current < binaries.length && binaries[current]!.size === 0) finish();
    for await (const chunk of entryChunks(source, entry, chunkBytes)) {
      let offset = 0;
      while (offset < chunk.byteLength) {
        const b = binaries[current]!;
        const take = Math.min(chunk.byteLength - offset, b.offset + b.size - at);
        hash.update(chunk.subarray(offset, offset + take));
        offset += take;
        at += take;
        if (at === b.offset + b.size) {
          finish();
          while (current < binaries.length && binaries[current]!.size === 0) finish();
        }
      }
      progress(chunk.byteLength);
    }
  }
  if (bad.length > 0) damaged(`${bad.length} stored file(s) do not match their SHA-256 fingerprints`, bad);

  return { formatVersion: 2, schemaVersion: manifest.schemaVersion, createdAt: manifest.createdAt, manifest, tables, filesWithoutBytes: 0 };
}

/** Binary fields of the pre-upgrade dump's tables, which JSON.stringify wrote as `{"0":…,"1":…}`. */
const dumpBinaryFields: Readonly<Record<string, readonly string[]>> = { reports: ['pdf'], trustedCertificates: ['der'], identities: ['certificate'] };

async function readDump(source: RandomAccessSource, options: ReadBackupOptions): Promise<BackupContents> {
  if (source.size > MaxDumpBytes) return refuse({ code: 'not-a-backup', detail: 'it is a text file larger than any JSON backup' });
  const bytes = await source.read(0, source.size);
  options.onProgress?.(bytes.byteLength, source.size);
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return refuse({ code: 'not-a-backup', detail: 'it is not readable JSON text, or was cut short' });
  }
  const version = versionRefusal(data, options.supportedSchema);
  if (version) return refuse(version);
  const dump = data as { formatVersion?: unknown; schemaVersion?: unknown; createdAt?: unknown; tables?: unknown };
  const tablesData = dump.tables;
  if (dump.formatVersion !== 1 || typeof dump.schemaVersion !== 'number' || typeof tablesData !== 'object' || tablesData === null || Object.values(tablesData).some((rows) => !Array.isArray(rows))) {
    return damaged('the JSON backup does not have the layout JointCheck writes');
  }
  const tables: Record<string, unknown[]> = {};
  let filesWithoutBytes = 0;
  for (const [name, rows] of Object.entries(tablesData as Record<string, Record<string, unknown>[]>)) {
    if (name === 'evidenceFiles') {
      filesWithoutBytes += rows.length;
      continue;
    }
    tables[name] = rows.map((row) => {
      const revived: Record<string, unknown> = { ...row };
      for (const field of dumpBinaryFields[name] ?? []) revived[field] = bytesFromIndexedObject(row[field]) ?? row[field];
      // Private keys come back as `{}`: JSON cannot hold a CryptoKey, so such identities restore as certificates only.
      if (name === 'identities') revived['chain'] = Array.isArray(row['chain']) ? row['chain'].map((c: unknown) => bytesFromIndexedObject(c) ?? c) : [];
      return revived;
    });
  }
  return {
    formatVersion: 1,
    schemaVersion: dump.schemaVersion,
    createdAt: typeof dump.createdAt === 'string' ? dump.createdAt : '',
    manifest: null,
    tables,
    filesWithoutBytes,
  };
}
