// Runs in the renderer. "Back up everything": one consistent read of every table, streamed to a ZIP file
// through the desktop bridge; signing keys only when asked for and only those that can leave the computer.
import { type BackupTable, BackupTables, type IdentitySummary, type KeyState } from '../../../shared/backup/format';
import { writeBackup } from '../../../shared/backup/write';
import { currentSchemaVersion } from '../db/versions';
import { database } from '../data/database';
import type { StoredIdentity } from '../data/identities';
import { desktop } from '../desktop';

export type ExportBackupRequest = {
  /** Export the private keys that can be exported, each as a PKCS#12 protected by this passphrase; null leaves keys out. */
  readonly keyPassphrase: string | null;
  readonly onProgress: (done: number, total: number) => void;
};

export type ExportBackupOutcome =
  | { readonly kind: 'saved'; readonly location: string; readonly assessments: number; readonly files: number; readonly keys: number }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'failed'; readonly detail: string };

/**
 * Whether an identity's private key can be written to a backup. Keys made in JointCheck, and keys read from a
 * .p12 file, are stored non-extractable: WebCrypto will use them to sign but never hand out their bytes.
 */
export function keyState(identity: Pick<StoredIdentity, 'privateKey'>, includeKeys: boolean): KeyState {
  if (!identity.privateKey.extractable) return 'not-extractable';
  return includeKeys ? 'included' : 'left-out';
}

type Snapshot = Record<BackupTable, unknown[]>;

async function readEverything(): Promise<Snapshot> {
  const db = database();
  const tables = BackupTables.map((name) => db.table(name));
  // One read transaction: the backup never mixes an old answer with a new action.
  return db.transaction('r', tables, async () => {
    const rows = await Promise.all(tables.map((t) => t.toArray()));
    return Object.fromEntries(BackupTables.map((name, i) => [name, rows[i]!])) as Snapshot;
  });
}

/** Identity rows as the backup holds them: certificates and names, and an encrypted PKCS#12 only where allowed. */
async function identityRows(identities: readonly StoredIdentity[], passphrase: string | null): Promise<{ rows: unknown[]; summaries: IdentitySummary[] }> {
  const rows: unknown[] = [];
  const summaries: IdentitySummary[] = [];
  for (const identity of identities) {
    const { privateKey, publicKey: _public, ...rest } = identity;
    const key = keyState(identity, passphrase !== null);
    let pkcs12: Uint8Array | null = null;
    if (key === 'included' && passphrase !== null) {
      const { exportPkcs12 } = await import('../../../shared/signing/pkcs12');
      pkcs12 = await exportPkcs12({ ...identity, privateKey }, passphrase, identity.chain);
    }
    rows.push({ ...rest, pkcs12 });
    summaries.push({ id: identity.id, name: identity.name, organisation: identity.organisation, role: identity.role, source: identity.source, key });
  }
  return { rows, summaries };
}

const dateStamp = (iso: string): string => iso.slice(0, 10);

/**
 * Asks where to save, then streams the backup there. On any failure the partial file is discarded (the
 * shell writes to a temporary file and renames it only on success), and the user is told why.
 */
export async function exportBackup(request: ExportBackupRequest): Promise<ExportBackupOutcome> {
  const createdAt = new Date().toISOString();
  const begun = await desktop.beginSave({ suggestedName: `jointcheck-backup-${dateStamp(createdAt)}.zip`, filterName: 'JointCheck backup', extensions: ['zip'] });
  if (!begun.ok) return begun.error === 'cancelled' ? { kind: 'cancelled' } : { kind: 'failed', detail: begun.detail ?? begun.error };
  const { handle } = begun.value;
  try {
    const snapshot = await readEverything();
    const identities = await identityRows(snapshot.identities as StoredIdentity[], request.keyPassphrase);
    const { version } = await desktop.getAppInfo();
    const assessments = snapshot.assessments as { id: string; title: string; workplace: { name: string }; date: string; updatedAt: string }[];
    await writeBackup(
      {
        schemaVersion: currentSchemaVersion,
        tables: BackupTables.map((name) => ({ name, rows: name === 'identities' ? identities.rows : snapshot[name] })),
        assessments: assessments.map((a) => ({ id: a.id, title: a.title, workplace: a.workplace.name, date: a.date, updatedAt: a.updatedAt })),
        identities: identities.summaries,
      },
      {
        appVersion: version,
        createdAt,
        sink: async (chunk) => {
          const appended = await desktop.appendSave(handle, chunk as Uint8Array<ArrayBuffer>);
          if (!appended.ok) throw new Error(appended.detail ?? appended.error);
        },
        onProgress: request.onProgress,
      },
    );
    const finished = await desktop.finishSave(handle, true);
    if (!finished.ok) return { kind: 'failed', detail: finished.detail ?? finished.error };
    return {
      kind: 'saved',
      location: finished.value.location,
      assessments: assessments.length,
      files: snapshot.evidenceFiles.length,
      keys: identities.summaries.filter((s) => s.key === 'included').length,
    };
  } catch (error) {
    await desktop.finishSave(handle, false);
    return { kind: 'failed', detail: error instanceof Error ? error.message : String(error) };
  }
}
