// Runs everywhere (pure). The backup file: a ZIP of every table as JSON Lines, binary values laid end to end
// in data volumes, and manifest.json listing each with its SHA-256, so a damaged or foreign file is refused.
import { z } from 'zod';

export const BackupFormat = 'jointcheck-backup';
/**
 * 1: the JSON dump written before a schema upgrade (openDatabase's dumpDatabase): every table in one JSON
 * object, binary values as JSON.stringify leaves them. 2: the ZIP written by "Back up everything".
 */
export const BackupFormatVersion = 2;
export const ManifestPath = 'manifest.json';
export const TablesFolder = 'tables';
export const DataFolder = 'data';

const MiB = 1024 * 1024;
export const BackupLimits = {
  /** Binary values are packed into volumes of about this size, so even 20,000 evidence files make few ZIP entries. */
  volumeBytes: 256 * MiB,
  /** One table file in memory while it is parsed. */
  maxTableBytes: 1024 * MiB,
  maxManifestBytes: 64 * MiB,
} as const;

/** Tables that belong to one assessment (each row has `assessmentId`): restored, replaced or copied with it. */
export const AssessmentTables = ['answers', 'evidence', 'evidenceFiles', 'positions', 'actions', 'meetings', 'surveys', 'surveyResponses', 'reports', 'auditLog'] as const;
/** Tables of the whole profile. */
export const ProfileTables = ['settings', 'identities', 'trustedCertificates'] as const;
export type AssessmentTable = (typeof AssessmentTables)[number];
export type ProfileTable = (typeof ProfileTables)[number];
/** Every table a backup holds: the assessments, their record, the profile. */
export const BackupTables = ['assessments', ...AssessmentTables, ...ProfileTables] as const;
export type BackupTable = (typeof BackupTables)[number];

const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);
const Path = z.string().regex(/^(tables\/[a-zA-Z]+\.jsonl|data\/\d{5}\.bin)$/);

export const TableEntrySchema = z.strictObject({ name: z.string().regex(/^[a-zA-Z]{1,40}$/), path: Path, rows: z.number().int().min(0), size: z.number().int().min(0), sha256: Sha256Hex });
export type TableEntry = z.infer<typeof TableEntrySchema>;

/** One binary value (a file's bytes, a PDF, a certificate, an encrypted key) inside a data volume. */
export const BinaryEntrySchema = z.strictObject({ volume: Path, offset: z.number().int().min(0), size: z.number().int().min(0), sha256: Sha256Hex });
export type BinaryEntry = z.infer<typeof BinaryEntrySchema>;

/** What the restore preview shows of an assessment before reading its record. */
export const AssessmentSummarySchema = z.strictObject({
  id: z.string().min(1).max(64),
  title: z.string().max(200),
  workplace: z.string().max(200),
  date: z.string().max(10),
  updatedAt: z.string().max(40),
});
export type AssessmentSummary = z.infer<typeof AssessmentSummarySchema>;

/** `included`: an encrypted PKCS#12 is in the backup; `not-extractable`: the key cannot leave the computer it was made on; `left-out`: the user did not ask for keys. */
export const KeyStates = ['included', 'not-extractable', 'left-out'] as const;
export type KeyState = (typeof KeyStates)[number];

export const IdentitySummarySchema = z.strictObject({
  id: z.string().min(1).max(64),
  name: z.string().max(1000),
  organisation: z.string().max(1000),
  role: z.string().max(1000),
  source: z.enum(['created', 'imported']),
  key: z.enum(KeyStates),
});
export type IdentitySummary = z.infer<typeof IdentitySummarySchema>;

export const BackupManifestSchema = z.strictObject({
  format: z.literal(BackupFormat),
  formatVersion: z.literal(BackupFormatVersion),
  appVersion: z.string().max(40),
  createdAt: z.iso.datetime(),
  /** The database schema version the rows have. */
  schemaVersion: z.number().int().min(1),
  tables: z.array(TableEntrySchema).max(100),
  binaries: z.array(BinaryEntrySchema).max(10_000_000),
  assessments: z.array(AssessmentSummarySchema),
  identities: z.array(IdentitySummarySchema).max(1000),
});
export type BackupManifest = z.infer<typeof BackupManifestSchema>;

export type BackupRefusal =
  /** Not a ZIP or JSON file, or one without our format name. */
  | { readonly code: 'not-a-backup'; readonly detail: string }
  | { readonly code: 'newer-format'; readonly found: number }
  /** Rows of a database schema this build cannot read. */
  | { readonly code: 'newer-schema'; readonly found: number; readonly supported: number }
  /** The file is ours but something in it does not match its manifest. */
  | { readonly code: 'damaged'; readonly detail: string; readonly files: readonly string[] };

export class BackupRefusedError extends Error {
  constructor(readonly refusal: BackupRefusal) {
    super(refusal.code === 'damaged' || refusal.code === 'not-a-backup' ? `${refusal.code}: ${refusal.detail}` : refusal.code);
    this.name = 'BackupRefusedError';
  }
}

/** The version numbers in a parsed JSON object, checked before its shape so a newer file is named as such. */
export function versionRefusal(data: unknown, supportedSchema: number): BackupRefusal | null {
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== BackupFormat) return { code: 'not-a-backup', detail: 'it has no JointCheck backup format name' };
  const { formatVersion, schemaVersion } = data as { formatVersion?: unknown; schemaVersion?: unknown };
  if (typeof formatVersion === 'number' && formatVersion > BackupFormatVersion) return { code: 'newer-format', found: formatVersion };
  if (typeof schemaVersion === 'number' && schemaVersion > supportedSchema) return { code: 'newer-schema', found: schemaVersion, supported: supportedSchema };
  return null;
}
