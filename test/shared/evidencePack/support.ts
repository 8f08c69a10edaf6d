// Test-time only (Node). Evidence packs for the tests and the sample-pack tool: the sample assessment with
// photo evidence, packs written into memory, a reader over bytes, and a hand-made ZIP builder for hostile archives.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { crc32 } from 'node:zlib';
import { unzipSync, zipSync } from 'fflate';
import type { Evidence } from '../../../shared/domain/record';
import { type AssessmentBundle, parseAssessmentFile } from '../../../shared/format/assessmentFile';
import { type ByteSource, bytesSource } from '../../../shared/evidencePack/byteSource';
import type { RandomAccessSource } from '../../../shared/evidencePack/read';
import { type WritePackInput, writePack } from '../../../shared/evidencePack/write';

export const root = resolve(import.meta.dirname, '../../..');
const read = (path: string): Uint8Array<ArrayBuffer> => new Uint8Array(readFileSync(resolve(root, path)));
const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

export const CreatedAt = '2026-11-20T09:00:00.000Z';

/** The bytes behind the sample evidence, by evidence id and which file. */
export type EvidenceFiles = ReadonlyMap<string, { readonly file: Uint8Array; readonly original: Uint8Array | null }>;

/**
 * The English sample assessment with three evidence rows: a landscape photo on an item, a portrait photo
 * whose original was kept (under a camera's file name), and a site note with a Korean file name.
 */
export function sampleBundle(): { bundle: AssessmentBundle; files: EvidenceFiles } {
  const parsed = parseAssessmentFile(read('test/fixtures/assessments/sample-en.jointcheck.json'));
  if (!parsed.ok) throw new Error(`sample-en: ${parsed.error.code}`);
  const { assessment, answers } = parsed.file;
  const landscape = read('test/fixtures/photos/landscape-1600x1200.jpg');
  const portrait = read('test/fixtures/photos/portrait-1200x1600.jpg');
  const note = new TextEncoder().encode('Picking zone B, 14:20: the rate display shows each picker\u2019s rank to the whole shift.\n피킹 B구역: 순위가 전원에게 표시됨.\n');
  const firstItem = answers[0]!;
  const row = (id: string, kind: Evidence['kind'], caption: string, file: { name: string; type: string; bytes: Uint8Array }, original: { name: string; bytes: Uint8Array } | null, size: [number, number] | null): Evidence => ({
    id,
    assessmentId: assessment.id,
    item: id === 'ev-landscape' ? { packId: firstItem.packId, itemId: firstItem.itemId } : null,
    kind,
    caption,
    file: { fileName: file.name, mediaType: file.type, size: file.bytes.byteLength, sha256: sha256(file.bytes) },
    original: original && { fileName: original.name, mediaType: file.type, size: original.bytes.byteLength, sha256: sha256(original.bytes) },
    capturedSha256: sha256((original ?? file).bytes),
    addedBy: { name: 'Kim Min-ji', side: 'worker' },
    addedAt: '2026-11-20T05:30:00.000Z',
    takenAt: kind === 'photo' ? '2026:11:20 14:20:05' : null,
    keptLocation: false,
    width: size?.[0] ?? null,
    height: size?.[1] ?? null,
  });
  const evidence = [
    row('ev-landscape', 'photo', 'Rate display above picking zone B', { name: 'zone-b-display.jpg', type: 'image/jpeg', bytes: landscape }, null, [1600, 1200]),
    row('ev-portrait', 'photo', 'Cobot cell guarding, packing line 2', { name: 'cobot cell.jpg', type: 'image/jpeg', bytes: portrait }, { name: 'IMG_2041.JPG', bytes: portrait }, [1200, 1600]),
    row('ev-note', 'document', 'Site note', { name: '현장 메모.txt', type: 'text/plain', bytes: note }, null, null),
  ];
  const files = new Map([
    ['ev-landscape', { file: landscape, original: null }],
    ['ev-portrait', { file: portrait, original: portrait }],
    ['ev-note', { file: note, original: null }],
  ]);
  return { bundle: { ...parsed.file, evidence }, files };
}

/** `evidenceBytes` over the sample's files. */
export function evidenceBytesFrom(files: EvidenceFiles): WritePackInput['evidenceBytes'] {
  return async (evidence, which) => {
    const bytes = files.get(evidence.id)?.[which];
    return bytes ? bytesSource(bytes) : null;
  };
}

/** A pack input over the sample, unsigned and without reports unless overridden. */
export function sampleInput(overrides: Partial<WritePackInput> = {}): WritePackInput {
  const { bundle, files } = sampleBundle();
  return { bundle, appVersion: '0.1.0', createdAt: CreatedAt, evidenceBytes: evidenceBytesFrom(files), includeOriginals: true, reports: [], signer: null, ...overrides };
}

/** Writes a pack into memory; also returns the chunks the sink received, to check their sizes. */
export async function packBytes(input: WritePackInput): Promise<{ bytes: Uint8Array<ArrayBuffer>; chunks: number[] }> {
  const chunks: Uint8Array[] = [];
  await writePack(input, { sink: async (chunk) => void chunks.push(chunk.slice()) });
  return { bytes: new Uint8Array(Buffer.concat(chunks)), chunks: chunks.map((c) => c.byteLength) };
}

/** Random access over bytes in memory, counting what was read. */
export function memorySource(bytes: Uint8Array): RandomAccessSource & { bytesRead: number } {
  const source = {
    size: bytes.byteLength,
    bytesRead: 0,
    async read(offset: number, length: number) {
      const slice = bytes.subarray(offset, Math.min(bytes.byteLength, offset + length));
      source.bytesRead += slice.byteLength;
      return slice;
    },
  };
  return source;
}

/** A source whose stream yields `bytes` in chunks of `chunk` bytes, as a Blob would. */
export function chunkedSource(bytes: Uint8Array, chunk: number): ByteSource {
  return {
    size: bytes.byteLength,
    async *stream() {
      for (let at = 0; at < bytes.byteLength; at += chunk) yield bytes.slice(at, at + chunk);
    },
  };
}

/** Changes one byte in place, as a bit flip on a disk or a careless edit would. */
export function flip(bytes: Uint8Array, at: number): void {
  bytes[at] = (bytes[at] ?? 0) ^ 0x01;
}

/** The pack's files, to change and zip again (stored, as the app writes them). */
export function unpack(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

export function repack(files: Record<string, Uint8Array>): Uint8Array<ArrayBuffer> {
  return new Uint8Array(zipSync(files, { level: 0 }));
}

/** One entry of a hand-made ZIP; every field a hostile archive might lie about can be set. */
export type CraftedEntry = {
  readonly name: string;
  readonly data?: Uint8Array;
  readonly method?: number;
  readonly flags?: number;
  /** Written to both headers unless the local ones are given. */
  readonly size?: number;
  readonly compressedSize?: number;
  readonly localName?: string;
  readonly localMethod?: number;
  readonly localCrc?: number;
  /** Unix mode in the high 16 bits of the external attributes, with "made by Unix". */
  readonly unixMode?: number;
  /** Overrides the local header offset written in the directory. */
  readonly offset?: number;
  readonly extra?: Uint8Array;
};

export type CraftOptions = { readonly count?: number; readonly disk?: number; readonly zip64Locator?: boolean; readonly directorySize?: number };

const u16 = (n: number): number[] => [n & 0xff, (n >>> 8) & 0xff];
const u32 = (n: number): number[] => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];

/** A ZIP written byte by byte (no data descriptors), so tests can make every kind of broken or hostile archive. */
export function craftZip(entries: readonly CraftedEntry[], options: CraftOptions = {}): Uint8Array<ArrayBuffer> {
  const out: number[] = [];
  const central: number[] = [];
  for (const entry of entries) {
    const data = entry.data ?? new Uint8Array(0);
    const name = Buffer.from(entry.name);
    const localName = Buffer.from(entry.localName ?? entry.name);
    const crc = crc32(entry.method === 8 ? Buffer.alloc(0) : data);
    const size = entry.size ?? data.byteLength;
    const compressedSize = entry.compressedSize ?? data.byteLength;
    const method = entry.method ?? 0;
    const flags = entry.flags ?? 0;
    const extra = entry.extra ?? new Uint8Array(0);
    const offset = out.length;
    out.push(...u32(0x04034b50), ...u16(20), ...u16(flags), ...u16(entry.localMethod ?? method), ...u16(0), ...u16(0x5a00));
    out.push(...u32(entry.localCrc ?? crc), ...u32(compressedSize), ...u32(size), ...u16(localName.length), ...u16(extra.length), ...localName, ...extra, ...data);
    central.push(...u32(0x02014b50), ...u16(entry.unixMode === undefined ? 20 : 0x0314), ...u16(20), ...u16(flags), ...u16(method), ...u16(0), ...u16(0x5a00));
    central.push(...u32(crc), ...u32(compressedSize), ...u32(size), ...u16(name.length), ...u16(extra.length), ...u16(0), ...u16(0), ...u16(0));
    central.push(...u32(entry.unixMode === undefined ? 0 : entry.unixMode << 16), ...u32(entry.offset ?? offset), ...name, ...extra);
  }
  const directoryOffset = out.length;
  out.push(...central);
  if (options.zip64Locator) out.push(...u32(0x07064b50), ...u32(0), ...u32(0), ...u32(0), ...u32(1));
  const count = options.count ?? entries.length;
  out.push(...u32(0x06054b50), ...u16(options.disk ?? 0), ...u16(options.disk ?? 0), ...u16(count), ...u16(count), ...u32(options.directorySize ?? central.length), ...u32(directoryOffset), ...u16(0));
  return new Uint8Array(out);
}
