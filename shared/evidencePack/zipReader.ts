// Runs everywhere (pure). Reads a ZIP file through random access without extracting anything: the central
// directory first, with every check that lets a hostile archive be refused before one byte of content is read.
import { Inflate } from 'fflate';
import { bytesEqual } from '../signing/bytes';
import { PackLimits } from './format';
import { collisionKey, pathProblem } from './paths';

/** A file opened for reading at any offset: a File/Blob slice in the app, a file handle in Node. */
export type RandomAccessSource = {
  readonly size: number;
  /** Up to `length` bytes from `offset`; fewer only where the source ends. */
  read(offset: number, length: number): Promise<Uint8Array>;
};

/** Each a different thing to tell the user; `detail` carries the specifics (in English, for logs and the command line). */
export const PackRefusalCodes = [
  'not-zip',
  'truncated',
  'encrypted',
  'zip64',
  'multi-disk',
  'unsafe-path',
  'duplicate-name',
  'too-many-entries',
  'entry-too-large',
  'total-too-large',
  'compression-ratio',
  'unsupported-compression',
  'local-header-mismatch',
  'overlapping-entries',
  'malformed',
  /** A ZIP file, but without a JointCheck manifest. */
  'not-a-pack',
  /** Made by a newer JointCheck whose manifest this version cannot read. */
  'newer-version',
] as const;
export type PackRefusalCode = (typeof PackRefusalCodes)[number];
export type PackRefusal = { readonly code: PackRefusalCode; readonly detail: string; readonly entry?: string };

export type ZipEntry = {
  readonly name: string;
  readonly directory: boolean;
  /** 0 stored, 8 deflated. */
  readonly method: 0 | 8;
  readonly compressedSize: number;
  /** Declared uncompressed size. */
  readonly size: number;
  readonly crc32: number;
  readonly localHeaderOffset: number;
  readonly dataOffset: number;
};

export type ZipInspection = { readonly ok: true; readonly entries: readonly ZipEntry[] } | { readonly ok: false; readonly refusal: PackRefusal };

const Signatures = { local: 0x04034b50, central: 0x02014b50, end: 0x06054b50, zip64Locator: 0x07064b50 } as const;
const EndRecordBytes = 22;
const CentralHeaderBytes = 46;
const LocalHeaderBytes = 30;
const Flags = { encrypted: 0x0001, dataDescriptor: 0x0008, strongEncryption: 0x0040 } as const;
const AesMethod = 99;
const Zip64ExtraId = 0x0001;
const UnixFileTypes = { mask: 0o170000, regular: 0o100000, directory: 0o040000 } as const;

class Refused extends Error {
  constructor(readonly refusal: PackRefusal) {
    super(refusal.detail);
  }
}

function refuse(code: PackRefusalCode, detail: string, entry?: string): never {
  throw new Refused({ code, detail, ...(entry === undefined ? {} : { entry }) });
}

const u16 = (b: Uint8Array, at: number): number => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number): number => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;

/** Exactly `length` bytes at `offset`, or a refusal saying the file ends too soon. */
async function readExactly(source: RandomAccessSource, offset: number, length: number): Promise<Uint8Array> {
  const bytes = offset + length <= source.size ? await source.read(offset, length) : new Uint8Array(0);
  if (bytes.byteLength < length) refuse('truncated', `the file ends before byte ${offset + length}: it was cut short`);
  return bytes.byteLength === length ? bytes : bytes.subarray(0, length);
}

function hasZip64Field(extra: Uint8Array): boolean {
  for (let at = 0; at + 4 <= extra.length; at += 4 + u16(extra, at + 2)) if (u16(extra, at) === Zip64ExtraId) return true;
  return false;
}

/**
 * Reads the central directory and every local header, and refuses the archive (nothing extracted) when it
 * is not a ZIP, is cut short, encrypted, ZIP64 or multi-disk, names a path that could escape a folder,
 * has duplicate names (also differing only in case), too many entries, declared sizes over the limits
 * (`PackLimits`), a compression ratio over 100:1, a compression method other than stored or deflate,
 * local headers that disagree with the central directory, or entries that overlap. Never throws for bad
 * input; the source's own read errors propagate.
 */
export async function inspectZip(source: RandomAccessSource): Promise<ZipInspection> {
  try {
    return { ok: true, entries: await readDirectory(source) };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, refusal: error.refusal };
    throw error;
  }
}

type EndRecord = { readonly offset: number; readonly count: number; readonly directoryOffset: number; readonly directorySize: number };

async function readEndRecord(source: RandomAccessSource): Promise<EndRecord> {
  const head = await source.read(0, Math.min(4, source.size));
  const magic = head.byteLength === 4 ? u32(head, 0) : -1;
  if (magic !== Signatures.local && magic !== Signatures.end) refuse('not-zip', 'it does not begin as a ZIP file does');
  // The end record sits in the last 22 bytes plus its comment (at most 65,535 bytes).
  const tailLength = Math.min(source.size, EndRecordBytes + 0xffff);
  const tail = await readExactly(source, source.size - tailLength, tailLength);
  let at = -1;
  for (let i = tailLength - EndRecordBytes; i >= 0; i--) {
    if (u32(tail, i) === Signatures.end && i + EndRecordBytes + u16(tail, i + 20) === tailLength) {
      at = i;
      break;
    }
  }
  if (at < 0) refuse('truncated', 'the ZIP directory at the end of the file is missing: the file was cut short or damaged');
  const offset = source.size - tailLength + at;
  const [disk, directoryDisk, onThisDisk, count] = [4, 6, 8, 10].map((field) => u16(tail, at + field)) as [number, number, number, number];
  const directorySize = u32(tail, at + 12);
  const directoryOffset = u32(tail, at + 16);
  const locator = offset >= 20 ? (at >= 20 ? u32(tail, at - 20) : u32(await readExactly(source, offset - 20, 4), 0)) : 0;
  if (count === 0xffff || onThisDisk === 0xffff || directorySize === 0xffff_ffff || directoryOffset === 0xffff_ffff || locator === Signatures.zip64Locator) {
    refuse('zip64', 'it is a ZIP64 archive (over 4 GB or 65,535 files), which evidence packs never are');
  }
  if (disk !== 0 || directoryDisk !== 0 || onThisDisk !== count) refuse('multi-disk', 'it is one part of a ZIP archive split over several files');
  if (count > PackLimits.maxEntries) refuse('too-many-entries', `it holds ${count} files; a pack holds at most ${PackLimits.maxEntries}`);
  if (directoryOffset + directorySize > offset) refuse('truncated', 'the ZIP directory runs past the end of the file: it was cut short or damaged');
  if (directoryOffset + directorySize !== offset) refuse('malformed', 'there are unexplained bytes before the end of the ZIP directory');
  if (directorySize > PackLimits.maxCentralDirectoryBytes) refuse('malformed', `its directory is larger than ${PackLimits.maxCentralDirectoryBytes} bytes`);
  return { offset, count, directoryOffset, directorySize };
}

type CentralEntry = ZipEntry & { readonly nameBytes: Uint8Array; readonly flags: number };

function parseCentralDirectory(directory: Uint8Array, end: EndRecord): CentralEntry[] {
  const entries: CentralEntry[] = [];
  const exact = new Set<string>();
  const folded = new Map<string, string>();
  let total = 0;
  let p = 0;
  for (let index = 0; index < end.count; index++) {
    if (p + CentralHeaderBytes > directory.length || u32(directory, p) !== Signatures.central) refuse('malformed', `entry ${index + 1} of the ZIP directory is damaged`);
    const madeBy = u16(directory, p + 4);
    const flags = u16(directory, p + 8);
    const method = u16(directory, p + 10);
    const crc32 = u32(directory, p + 16);
    const compressedSize = u32(directory, p + 20);
    const size = u32(directory, p + 24);
    const nameLength = u16(directory, p + 28);
    const extraLength = u16(directory, p + 30);
    const commentLength = u16(directory, p + 32);
    const startDisk = u16(directory, p + 34);
    const external = u32(directory, p + 38);
    const localHeaderOffset = u32(directory, p + 42);
    const next = p + CentralHeaderBytes + nameLength + extraLength + commentLength;
    if (next > directory.length) refuse('malformed', `entry ${index + 1} of the ZIP directory runs past its end`);
    const nameBytes = directory.subarray(p + CentralHeaderBytes, p + CentralHeaderBytes + nameLength);
    const extra = directory.subarray(p + CentralHeaderBytes + nameLength, p + CentralHeaderBytes + nameLength + extraLength);
    p = next;

    let name: string;
    try {
      name = new TextDecoder('utf-8', { fatal: true }).decode(nameBytes);
    } catch {
      refuse('unsafe-path', `entry ${index + 1} has a name that is not valid UTF-8 text`);
    }
    const directoryEntry = name.endsWith('/');
    const problem = pathProblem(directoryEntry ? name.slice(0, -1) : name);
    if (problem) refuse('unsafe-path', `${JSON.stringify(name)}: ${problem}`, name);
    if (compressedSize === 0xffff_ffff || size === 0xffff_ffff || localHeaderOffset === 0xffff_ffff || hasZip64Field(extra)) refuse('zip64', `${name} uses ZIP64 fields`, name);
    if (startDisk !== 0) refuse('multi-disk', `${name} starts on another part of a split archive`, name);
    if (flags & (Flags.encrypted | Flags.strongEncryption) || method === AesMethod) refuse('encrypted', `${name} is encrypted`, name);
    if (method !== 0 && method !== 8) refuse('unsupported-compression', `${name} uses compression method ${method}; only stored and deflate are read`, name);
    const fileType = (external >>> 16) & UnixFileTypes.mask;
    if (madeBy >>> 8 === 3 && fileType !== 0 && fileType !== UnixFileTypes.regular && fileType !== UnixFileTypes.directory) refuse('unsafe-path', `${name} is a link or special file, not a plain file`, name);
    if (directoryEntry && size !== 0) refuse('malformed', `${name} is a folder with content`, name);

    if (exact.has(name)) refuse('duplicate-name', `${name} is in the archive twice`, name);
    const key = collisionKey(name);
    const clash = folded.get(key);
    if (clash !== undefined) refuse('duplicate-name', `${name} and ${clash} differ only in letter case, so they would overwrite each other on Windows and macOS`, name);
    exact.add(name);
    folded.set(key, name);

    if (size > PackLimits.maxEntryBytes) refuse('entry-too-large', `${name} declares ${size} bytes; one file may hold at most ${PackLimits.maxEntryBytes}`, name);
    total += size;
    if (total > PackLimits.maxTotalBytes) refuse('total-too-large', `its files declare more than ${PackLimits.maxTotalBytes} bytes in all`, name);
    if (method === 0 && compressedSize !== size) refuse('malformed', `${name} is stored uncompressed but declares two different sizes`, name);
    if (method === 8 && size > PackLimits.ratioFloorBytes && (compressedSize === 0 || size / compressedSize > PackLimits.maxCompressionRatio)) {
      refuse('compression-ratio', `${name} would expand ${compressedSize === 0 ? 'from nothing' : `${Math.round(size / compressedSize)} times`}: a zip bomb`, name);
    }
    entries.push({ name, nameBytes, flags, directory: directoryEntry, method, compressedSize, size, crc32, localHeaderOffset, dataOffset: 0 });
  }
  if (p !== directory.length) refuse('malformed', 'the ZIP directory holds more than its end record counts');
  return entries;
}

/** Where the entry's data starts, after checking its local header says what the central directory says. */
async function checkLocalHeader(source: RandomAccessSource, entry: CentralEntry, directoryOffset: number): Promise<number> {
  const mismatch = (what: string): never => refuse('local-header-mismatch', `${entry.name}: ${what} in its local header differs from the ZIP directory`, entry.name);
  if (entry.localHeaderOffset + LocalHeaderBytes + entry.nameBytes.length > directoryOffset) mismatch('the position');
  const header = await readExactly(source, entry.localHeaderOffset, LocalHeaderBytes + entry.nameBytes.length);
  if (u32(header, 0) !== Signatures.local) mismatch('the signature');
  const flags = u16(header, 6);
  if ((flags & (Flags.encrypted | Flags.dataDescriptor)) !== (entry.flags & (Flags.encrypted | Flags.dataDescriptor))) mismatch('the flags');
  if (u16(header, 8) !== entry.method) mismatch('the compression method');
  const declared = [u32(header, 14), u32(header, 18), u32(header, 22)];
  const central = [entry.crc32, entry.compressedSize, entry.size];
  // With a data descriptor (streamed writers) the local header may leave CRC and sizes zero.
  if (declared.some((value, i) => value !== central[i] && !(flags & Flags.dataDescriptor && value === 0))) mismatch('the CRC or a size');
  if (u16(header, 26) !== entry.nameBytes.length || !bytesEqual(header.subarray(LocalHeaderBytes), entry.nameBytes)) mismatch('the name');
  const extraLength = u16(header, 28);
  const dataOffset = entry.localHeaderOffset + LocalHeaderBytes + entry.nameBytes.length + extraLength;
  if (extraLength > 0 && hasZip64Field(await readExactly(source, dataOffset - extraLength, extraLength))) refuse('zip64', `${entry.name} uses ZIP64 fields`, entry.name);
  if (dataOffset + entry.compressedSize > directoryOffset) refuse('malformed', `${entry.name} runs into the ZIP directory`, entry.name);
  return dataOffset;
}

async function readDirectory(source: RandomAccessSource): Promise<ZipEntry[]> {
  const end = await readEndRecord(source);
  const central = parseCentralDirectory(await readExactly(source, end.directoryOffset, end.directorySize), end);
  const entries: ZipEntry[] = [];
  for (const entry of central) {
    const dataOffset = await checkLocalHeader(source, entry, end.directoryOffset);
    const { nameBytes: _n, flags: _f, ...plain } = entry;
    entries.push({ ...plain, dataOffset });
  }
  // Overlapping entries let a small archive declare the same bytes many times over (a non-recursive zip bomb).
  const byOffset = [...entries].sort((a, b) => a.localHeaderOffset - b.localHeaderOffset);
  for (let i = 1; i < byOffset.length; i++) {
    const previous = byOffset[i - 1]!;
    const entry = byOffset[i]!;
    if (entry.localHeaderOffset < previous.dataOffset + previous.compressedSize) refuse('overlapping-entries', `${entry.name} overlaps ${previous.name}`, entry.name);
  }
  return entries;
}

/** An entry's content did not come out as declared: damaged compressed data, or more or fewer bytes. */
export class EntryContentError extends Error {}

/** Compressed input handed to inflate at a time: bounds what one step can expand to (deflate peaks near 1,032:1). */
const inflateStepBytes = 16 * 1024;

/**
 * The entry's uncompressed bytes in chunks of at most `chunkBytes` read at a time. Stops with an
 * EntryContentError as soon as deflated data expands past the declared size or is damaged.
 */
export async function* entryChunks(source: RandomAccessSource, entry: ZipEntry, chunkBytes: number): AsyncGenerator<Uint8Array> {
  if (entry.method === 0) {
    for (let at = 0; at < entry.size; at += chunkBytes) yield await readExactly(source, entry.dataOffset + at, Math.min(chunkBytes, entry.size - at));
    return;
  }
  const output: Uint8Array[] = [];
  const inflate = new Inflate((data) => {
    output.push(data);
  });
  let produced = 0;
  for (let at = 0; at < entry.compressedSize; at += chunkBytes) {
    const input = await readExactly(source, entry.dataOffset + at, Math.min(chunkBytes, entry.compressedSize - at));
    for (let step = 0; step < input.length; step += inflateStepBytes) {
      try {
        inflate.push(input.subarray(step, step + inflateStepBytes), at + step + inflateStepBytes >= entry.compressedSize);
      } catch (error) {
        throw new EntryContentError(`damaged compressed data (${error instanceof Error ? error.message : String(error)})`);
      }
      for (const piece of output.splice(0)) {
        produced += piece.length;
        if (produced > entry.size) throw new EntryContentError('expands to more bytes than the ZIP directory declares');
        yield piece;
      }
    }
  }
  if (entry.compressedSize === 0 && entry.size > 0) throw new EntryContentError('holds no data');
}
