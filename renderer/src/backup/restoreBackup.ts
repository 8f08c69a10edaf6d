// Runs in the renderer. Restoring a backup: read and check the whole file, show what would be added and what
// conflicts, then write the user's choices in one transaction (a failure changes nothing).
import { AssessmentTables, BackupRefusedError, type BackupTable, BackupTables, TablesFolder } from '../../../shared/backup/format';
import { type ConflictChoice, planRestore, type RestoreEntry, restoreSteps } from '../../../shared/backup/plan';
import { BinaryValue, readBackup } from '../../../shared/backup/read';
import { type AssessmentRecord, copyRecord, emptyTables, recordFingerprint, type Row } from '../../../shared/backup/record';
import { sha256Hex } from '../../../shared/crypto/sha256';
import { AnswerSchema, AssessmentSchema } from '../../../shared/domain/assessment';
import { ActionSchema, EvidenceSchema, MeetingSchema, PositionsSchema } from '../../../shared/domain/record';
import { currentSchemaVersion } from '../db/versions';
import { database } from '../data/database';
import type { StoredIdentity, TrustedCertificate } from '../data/identities';
import { fileSource } from '../packs/fileSource';
import { upgradeRows } from './upgradeRows';

type Setting = { readonly key: string; readonly value: unknown };

/** A signing identity as a backup holds it: the public parts, and an encrypted PKCS#12 when its key could be exported. */
export type BackupIdentity = {
  readonly id: string;
  readonly name: string;
  readonly organisation: string;
  readonly role: string;
  readonly source: 'created' | 'imported';
  readonly createdAt: string;
  readonly certificate: Uint8Array<ArrayBuffer>;
  readonly chain: readonly Uint8Array<ArrayBuffer>[];
  readonly pkcs12: Uint8Array<ArrayBuffer> | null;
};

/** `with-key`: restored whole (with the passphrase); `certificate-only`: its key is not in the backup, so its certificate is trusted instead. */
export type IdentityOutcome = 'already-here' | 'with-key' | 'certificate-only';

export type RestorePreview = {
  readonly formatVersion: 1 | 2;
  readonly schemaVersion: number;
  readonly createdAt: string;
  readonly entries: readonly RestoreEntry[];
  readonly records: ReadonlyMap<string, AssessmentRecord>;
  readonly identities: readonly { readonly identity: BackupIdentity; readonly outcome: IdentityOutcome }[];
  /** Settings this profile does not have yet; the ones it has are kept. */
  readonly settings: { readonly add: readonly Setting[]; readonly kept: number };
  /** Trusted certificates to add: the backup's, and those of identities restored without their key. */
  readonly certificates: readonly TrustedCertificate[];
  /** Evidence files a pre-upgrade dump lists without their bytes. */
  readonly filesWithoutBytes: number;
};

export type RestoreOutcome = { readonly added: number; readonly replaced: number; readonly copied: number; readonly kept: number; readonly identities: number; readonly certificates: number; readonly settings: number };

/** The passphrase does not open the keys in the backup; nothing was written. */
export class WrongPassphraseError extends Error {
  constructor() {
    super('The passphrase does not open the signing keys in this backup. Type it again, or leave it empty to restore the identities without their keys.');
    this.name = 'WrongPassphraseError';
  }
}

/** Binary values become Blobs cut from the file (no copy in memory) or, for small ones, bytes. */
async function materialize(value: unknown, file: Blob): Promise<unknown> {
  if (value instanceof BinaryValue) {
    const slice = file.slice(value.offset, value.offset + value.size, value.ref.type);
    return value.ref.as === 'blob' ? slice : new Uint8Array(await slice.arrayBuffer());
  }
  if (Array.isArray(value)) return Promise.all(value.map((v: unknown) => materialize(v, file)));
  if (value !== null && typeof value === 'object' && !(value instanceof Uint8Array) && !(value instanceof Blob)) {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) out[key] = await materialize(v, file);
    return out;
  }
  return value;
}

function groupRecords(tables: Readonly<Record<string, readonly unknown[]>>): Map<string, AssessmentRecord> {
  const records = new Map<string, { assessment: Row; tables: ReturnType<typeof emptyTables> }>();
  for (const assessment of (tables['assessments'] ?? []) as Row[]) records.set(String(assessment['id']), { assessment, tables: emptyTables() });
  for (const table of AssessmentTables) {
    for (const row of (tables[table] ?? []) as Row[]) records.get(String(row['assessmentId']))?.tables[table].push(row);
  }
  return records;
}

async function localRecords(ids: readonly string[]): Promise<Map<string, AssessmentRecord>> {
  const db = database();
  return db.transaction('r', BackupTables.map((t) => db.table(t)), async () => {
    const found = new Map<string, AssessmentRecord>();
    for (const id of ids) {
      const assessment = await db.assessments.get(id as never);
      if (!assessment) continue;
      const tables = emptyTables();
      for (const table of AssessmentTables) tables[table] = await db.table(table).where('assessmentId').equals(id).toArray();
      found.set(id, { assessment, tables });
    }
    return found;
  });
}

const side = (record: AssessmentRecord) => ({
  id: String(record.assessment['id']),
  title: String(record.assessment['title'] || (record.assessment['workplace'] as { name?: string } | undefined)?.name || ''),
  updatedAt: String(record.assessment['updatedAt'] ?? ''),
  fingerprint: recordFingerprint(record),
});

const asBytes = (value: unknown): Uint8Array<ArrayBuffer> | null => (value instanceof Uint8Array ? (value as Uint8Array<ArrayBuffer>) : null);

function backupIdentity(row: Row): BackupIdentity | null {
  const certificate = asBytes(row['certificate']);
  if (!certificate) return null;
  return {
    id: String(row['id']),
    name: String(row['name'] ?? ''),
    organisation: String(row['organisation'] ?? ''),
    role: String(row['role'] ?? ''),
    source: row['source'] === 'imported' ? 'imported' : 'created',
    createdAt: String(row['createdAt'] ?? ''),
    certificate,
    chain: Array.isArray(row['chain']) ? row['chain'].map(asBytes).filter((c): c is Uint8Array<ArrayBuffer> => c !== null) : [],
    pkcs12: asBytes(row['pkcs12']),
  };
}

/** Rows the screens read field by field, checked with the schemas an assessment file is read with. */
const RowSchemas = { assessments: AssessmentSchema, answers: AnswerSchema, evidence: EvidenceSchema, positions: PositionsSchema, actions: ActionSchema, meetings: MeetingSchema } as const;

/** Refuses a backup whose hashes were made to match rows no JointCheck wrote (a hollow assessment would break every screen). */
function checkRows(tables: Readonly<Record<string, readonly unknown[]>>): void {
  for (const [name, schema] of Object.entries(RowSchemas)) {
    (tables[name] ?? []).forEach((row, index) => {
      const parsed = schema.safeParse(row);
      if (parsed.success) return;
      const issue = parsed.error.issues[0];
      const detail = `${name} row ${index + 1} is not one JointCheck writes (${issue ? `${issue.path.join('.') || 'row'}: ${issue.message}` : 'unknown'})`;
      throw new BackupRefusedError({ code: 'damaged', detail, files: [`${TablesFolder}/${name}.jsonl`] });
    });
  }
}

/**
 * Reads and checks the whole backup (every SHA-256), brings its rows to the current schema, and works out
 * what restoring would do. Writes nothing to the profile. Rejects with a BackupRefusedError for files that
 * are not backups, are damaged, or come from a newer JointCheck.
 */
export async function previewRestore(file: Blob, onProgress?: (done: number, total: number) => void): Promise<RestorePreview> {
  const contents = await readBackup(fileSource(file), { supportedSchema: currentSchemaVersion, ...(onProgress ? { onProgress } : {}) });
  const materialized: Record<string, unknown[]> = {};
  for (const [name, rows] of Object.entries(contents.tables)) materialized[name] = (await materialize(rows, file)) as unknown[];
  const identityRows = ((materialized['identities'] ?? []) as Row[]).map(backupIdentity).filter((i): i is BackupIdentity => i !== null);
  // Identities never pass through the upgrade: their keys, if any, are still sealed in PKCS#12.
  delete materialized['identities'];
  const tables = await upgradeRows(materialized, contents.schemaVersion);
  checkRows(tables);

  const records = groupRecords(tables);
  const local = await localRecords([...records.keys()]);
  const entries = planRestore(
    [...records.values()].map(side),
    new Map([...local].map(([id, record]) => [id, side(record)])),
  );

  const db = database();
  const [localIdentities, localSettings, localCertificates] = await Promise.all([db.identities.toArray(), db.settings.toArray(), db.trustedCertificates.toArray()]);
  const identityIds = new Set(localIdentities.map((i) => i.id));
  const identities = identityRows.map((identity) => ({ identity, outcome: (identityIds.has(identity.id) ? 'already-here' : identity.pkcs12 ? 'with-key' : 'certificate-only') as IdentityOutcome }));
  const settingKeys = new Set(localSettings.map((s) => s.key));
  const backupSettings = (tables['settings'] ?? []) as Setting[];
  const trusted = new Set(localCertificates.map((c) => c.sha256));
  const certificates: TrustedCertificate[] = [];
  for (const row of (tables['trustedCertificates'] ?? []) as TrustedCertificate[]) {
    if (!trusted.has(row.sha256) && asBytes(row.der)) certificates.push(row);
    trusted.add(row.sha256);
  }
  const now = new Date().toISOString();
  for (const { identity, outcome } of identities) {
    if (outcome === 'already-here') continue;
    const sha256 = await sha256Hex(identity.certificate);
    // Also for identities restored with their key: a report they signed elsewhere then checks as trusted here.
    if (!trusted.has(sha256)) certificates.push({ sha256, der: identity.certificate, subject: identity.name, addedAt: now });
    trusted.add(sha256);
  }
  return {
    formatVersion: contents.formatVersion,
    schemaVersion: contents.schemaVersion,
    createdAt: contents.createdAt,
    entries,
    records,
    identities,
    settings: { add: backupSettings.filter((s) => !settingKeys.has(s.key)), kept: backupSettings.filter((s) => settingKeys.has(s.key)).length },
    certificates,
    filesWithoutBytes: contents.filesWithoutBytes,
  };
}

/** Opens the PKCS#12 files with the passphrase before the transaction: WebCrypto work inside one would end it early. */
async function unsealIdentities(preview: RestorePreview, passphrase: string | null): Promise<StoredIdentity[]> {
  const toUnseal = preview.identities.filter((i) => i.outcome === 'with-key');
  if (toUnseal.length === 0 || passphrase === null) return [];
  const { importPkcs12 } = await import('../../../shared/signing/pkcs12');
  const restored: StoredIdentity[] = [];
  for (const { identity } of toUnseal) {
    // The validity window was checked when the key was first made or imported; restoring must not refuse an expired one.
    const opened = await importPkcs12(identity.pkcs12!, passphrase, new Date(identity.createdAt || Date.now()));
    if (!opened.ok) {
      if (opened.error === 'wrong-password') throw new WrongPassphraseError();
      throw new Error(`The signing key of ${identity.name} in this backup could not be read (${opened.error}). Leave the passphrase empty to restore the identity without its key.`);
    }
    restored.push({ ...opened.identity, id: identity.id, name: identity.name, organisation: identity.organisation, role: identity.role, createdAt: identity.createdAt, chain: identity.chain, source: identity.source });
  }
  return restored;
}

export type RestoreOptions = {
  /** Opens signing keys in the backup; null restores those identities as certificates only. */
  readonly passphrase: string | null;
  /** Added to the title of an assessment kept as a second copy. */
  readonly copySuffix: string;
};

/**
 * Writes the restore in one transaction over every table: new assessments added, conflicts as chosen
 * (unchosen ones keep the local copy), settings and certificates this profile lacks, identities with
 * their keys. Any failure, a full disk included, aborts it and nothing changes.
 */
export async function applyRestore(preview: RestorePreview, choices: ReadonlyMap<string, ConflictChoice>, options: RestoreOptions): Promise<RestoreOutcome> {
  const identities = await unsealIdentities(preview, options.passphrase);
  const steps = restoreSteps(preview.entries, choices);
  const copies = new Map<string, AssessmentRecord>();
  for (const [id, step] of steps) {
    if (step === 'copy') copies.set(id, copyRecord(preview.records.get(id)!, { newAssessmentId: crypto.randomUUID(), freshId: () => crypto.randomUUID(), titleSuffix: options.copySuffix }));
  }
  const db = database();
  const outcome = { added: 0, replaced: 0, copied: 0, kept: 0, identities: identities.length, certificates: preview.certificates.length, settings: preview.settings.add.length };
  const allTables = [...BackupTables].map((t: BackupTable) => db.table(t));
  await db.transaction('rw', allTables, async () => {
    const add = async (record: AssessmentRecord): Promise<void> => {
      await db.table('assessments').add(record.assessment);
      for (const table of AssessmentTables) if (record.tables[table].length > 0) await db.table(table).bulkAdd([...record.tables[table]]);
    };
    for (const [id, step] of steps) {
      const record = preview.records.get(id)!;
      if (step === 'add') {
        await add(record);
        outcome.added += 1;
      } else if (step === 'replace') {
        for (const table of AssessmentTables) await db.table(table).where('assessmentId').equals(id).delete();
        await db.table('assessments').delete(id);
        await add(record);
        outcome.replaced += 1;
      } else if (step === 'copy') {
        await add(copies.get(id)!);
        outcome.copied += 1;
      } else outcome.kept += 1;
    }
    if (preview.settings.add.length > 0) await db.settings.bulkAdd([...preview.settings.add]);
    if (preview.certificates.length > 0) await db.trustedCertificates.bulkAdd([...preview.certificates]);
    if (identities.length > 0) await db.identities.bulkAdd(identities);
  });
  return outcome;
}

