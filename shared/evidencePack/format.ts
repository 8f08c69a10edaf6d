// Runs everywhere (pure). The evidence pack's fixed names and roles, and the limits the writer and the reader
// both keep, so the app never writes a pack it would refuse to read.

export const PackFormat = 'jointcheck-evidence-pack';
export const PackFormatVersion = 1;

export const ManifestPath = 'manifest.json';
export const SignaturePath = 'manifest.sig';
export const AssessmentPath = 'assessment.jointcheck.json';

/** What each file in a pack is; `evidence` and `original` files name the evidence row they belong to. */
export const PackRoles = ['assessment', 'report', 'evidence', 'original', 'audit'] as const;
export type PackRole = (typeof PackRoles)[number];

/** The folder each role's files go in (the assessment file sits at the top). */
export const RoleFolders = { report: 'reports', evidence: 'evidence', original: 'originals', audit: 'audit' } as const satisfies Record<Exclude<PackRole, 'assessment'>, string>;

const MiB = 1024 * 1024;

export const PackLimits = {
  /** Files in one pack, manifest and signature included. */
  maxEntries: 10_000,
  /** One file: far above any photo or document, and below what a JavaScript array can index. */
  maxEntryBytes: 2 * 1024 * MiB,
  /**
   * The whole pack: ZIP without ZIP64 (fflate cannot write ZIP64) stores offsets in 32 bits, so 4 GiB
   * less one byte. The reader holds the sum of declared (uncompressed) sizes to the same figure.
   */
  maxTotalBytes: 0xffff_ffff,
  /** A path inside the pack, in UTF-8 bytes. */
  maxPathBytes: 240,
  maxManifestBytes: 8 * MiB,
  maxSignatureBytes: 64 * 1024,
  maxCentralDirectoryBytes: 16 * MiB,
  /** Declared uncompressed size over compressed size above which an entry is refused as a zip bomb... */
  maxCompressionRatio: 100,
  /** ...for entries larger than this (small files of repeated bytes compress far better without harm). */
  ratioFloorBytes: 64 * 1024,
  /** Report PDFs are checked in memory (their signatures need random access); larger ones are hashed only. */
  maxReportBytes: 256 * MiB,
  /** Change-history files are read in memory to check their chain (about 100,000 entries); larger ones are hashed only. */
  maxAuditBytes: 64 * MiB,
} as const;
