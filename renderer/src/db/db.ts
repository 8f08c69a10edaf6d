// Runs in the renderer. The typed Dexie database; only repositories import it.
import { Dexie, type EntityTable } from 'dexie';
import type { AuditEntry } from '../../../shared/audit/entry';
import type { Answer, Assessment, AssessmentId } from '../../../shared/domain/assessment';
import type { Action, Evidence, Meeting, Positions } from '../../../shared/domain/record';
import type { Language } from '../../../shared/i18n/localized';
import type { QuestionnaireId } from '../../../shared/instruments/survey/questionnaire';
import type { SurveyResult } from '../../../shared/instruments/survey/result';
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

/** A psychosocial survey run for an assessment: which questionnaire, who was invited, and how results are suppressed. */
export type StoredSurvey = {
  readonly id: string;
  readonly assessmentId: AssessmentId;
  readonly name: string;
  readonly questionnaireId: QuestionnaireId;
  readonly questionnaireVersion: number;
  /** People invited to respond, for the response rate; null when not known. */
  readonly invited: number | null;
  /** Groups a kiosk respondent may choose from (team, shift); empty for none. */
  readonly groups: readonly string[];
  /** Groups and cells with fewer respondents are hidden; never below 5. */
  readonly minGroupSize: number;
  /** How the most recent CSV import was read, recorded in results; null when nothing was imported. */
  readonly lastImport: { readonly groupColumn: string | null; readonly inputs: NonNullable<SurveyResult['inputs']> } | null;
  readonly createdAt: string;
};
/** One anonymous response: answers and an optional group, never a name or a time; ids are random, so their order says nothing. */
export type StoredSurveyResponse = {
  readonly id: string;
  readonly surveyId: string;
  readonly assessmentId: AssessmentId;
  /** Item id to answer 1-5; unanswered items are absent. */
  readonly answers: Readonly<Record<string, number>>;
  readonly group: string | null;
  readonly source: 'kiosk' | 'import';
};

/**
 * One entry of an assessment's change history, keyed by the assessment it is stored with and its place in
 * the log (the entry's own numbers are what the chain checks; an imported copy keeps the original's).
 */
export type AuditRow = { readonly assessmentId: AssessmentId; readonly seq: number; readonly entry: AuditEntry };

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
  auditLog: Dexie.Table<AuditRow, [string, number]>;
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
