// Runs in the renderer. The typed Dexie database; only repositories import it.
import { Dexie, type EntityTable } from 'dexie';
import type { Answer, Assessment, AssessmentId } from '../../../shared/domain/assessment';
import type { Action, Evidence, Meeting, Positions } from '../../../shared/domain/record';
import type { Language } from '../../../shared/i18n/localized';
import type { SigningIdentity } from '../../../shared/signing/identity';
import { databaseVersions } from './versions';

export type Setting = { readonly key: string; readonly value: unknown };

/** Someone who can sign reports on this machine. The private key never leaves IndexedDB. */
export type StoredIdentity = SigningIdentity & {
  readonly id: string;
  /** Issuing certificates that came with an imported file, carried in each signature for verifiers. */
  readonly chain: readonly Uint8Array[];
  readonly source: 'created' | 'imported';
};

export type TrustedCertificate = { readonly sha256: string; readonly der: Uint8Array; readonly subject: string; readonly addedAt: string };

/** One signature the app applied, recorded against the report bytes it signed. */
export type SignatureRecord = {
  readonly identityId: string;
  readonly signerName: string;
  readonly role: string;
  readonly reason: string;
  readonly signedAt: string;
  /** SHA-256 of the PDF before this signature: which version of the report was signed. */
  readonly signedPdfSha256: string;
};

export type StoredReport = {
  readonly id: string;
  readonly assessmentId: AssessmentId;
  /** Content fingerprint of the assessment data the report was built from. */
  readonly fingerprint: string;
  readonly lang: Language;
  readonly createdAt: string;
  /** The newest bytes: the built report, then each signed version in turn. */
  readonly pdf: Uint8Array;
  readonly signatures: readonly SignatureRecord[];
};

/** The bytes of one evidence file: `id` is the evidence id, or the evidence id + `/original` for a kept original. */
export type EvidenceFileRow = { readonly id: string; readonly evidenceId: string; readonly assessmentId: AssessmentId; readonly data: Blob };

/** A psychosocial survey run for an assessment; the instruments screens own its settings' shape. */
export type StoredSurvey = { readonly id: string; readonly assessmentId: AssessmentId } & Readonly<Record<string, unknown>>;
/** One anonymous response: answers and an optional group, never a name or a time. */
export type StoredSurveyResponse = { readonly id: string; readonly surveyId: string; readonly assessmentId: AssessmentId } & Readonly<Record<string, unknown>>;

export type JointCheckDb = Dexie & {
  assessments: EntityTable<Assessment, 'id'>;
  answers: Dexie.Table<Answer, [string, string]>;
  settings: EntityTable<Setting, 'key'>;
  identities: EntityTable<StoredIdentity, 'id'>;
  trustedCertificates: EntityTable<TrustedCertificate, 'sha256'>;
  reports: EntityTable<StoredReport, 'id'>;
  evidence: EntityTable<Evidence, 'id'>;
  evidenceFiles: EntityTable<EvidenceFileRow, 'id'>;
  positions: Dexie.Table<Positions, [string, string]>;
  actions: EntityTable<Action, 'id'>;
  meetings: EntityTable<Meeting, 'id'>;
  surveys: EntityTable<StoredSurvey, 'id'>;
  surveyResponses: EntityTable<StoredSurveyResponse, 'id'>;
};

export const DatabaseName = 'jointcheck';

export function createDb(name: string = DatabaseName): JointCheckDb {
  const db = new Dexie(name) as JointCheckDb;
  for (const v of databaseVersions) {
    const version = db.version(v.version).stores(v.stores);
    if (v.upgrade) version.upgrade(v.upgrade);
  }
  return db;
}
