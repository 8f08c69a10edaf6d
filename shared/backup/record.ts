// Runs everywhere (pure). One assessment's rows across every table of its record: a fingerprint to tell
// whether a backup's copy and the local one differ, and a copy under fresh ids for "keep both".
import { sha256 } from '@noble/hashes/sha2';
import { canonicalJson } from '../format/canonicalJson';
import { toHex } from '../signing/bytes';
import { type AssessmentTable, AssessmentTables } from './format';

export type Row = Readonly<Record<string, unknown>>;
export type AssessmentRecord = { readonly assessment: Row; readonly tables: Readonly<Record<AssessmentTable, readonly Row[]>> };

/** An empty set of record tables, to fill. */
export function emptyTables(): Record<AssessmentTable, Row[]> {
  return Object.fromEntries(AssessmentTables.map((t) => [t, []])) as unknown as Record<AssessmentTable, Row[]>;
}

/**
 * SHA-256 of the record's canonical JSON, each table's rows in a fixed order. File bytes are left out
 * (evidence rows carry the SHA-256 recorded at capture; reports their content fingerprint and
 * signatures), so it can be computed without reading a single file.
 */
export function recordFingerprint(record: AssessmentRecord): string {
  const tables: Record<string, string[]> = {};
  for (const table of AssessmentTables) {
    if (table === 'evidenceFiles') continue;
    const rows = record.tables[table].map((row) => (table === 'reports' ? { ...row, pdf: undefined } : row));
    tables[table] = rows.map((row) => canonicalJson(row)).sort();
  }
  return toHex(sha256(new TextEncoder().encode(canonicalJson({ assessment: record.assessment, tables }))));
}

export type CopyOptions = {
  readonly newAssessmentId: string;
  /** A fresh id for each row that has its own (evidence, actions, meetings, surveys, responses, reports). */
  readonly freshId: () => string;
  /** Added to the title so the copy can be told apart in the list. */
  readonly titleSuffix: string;
};

/**
 * The record under a new assessment id with fresh row ids, references between its rows kept (an
 * evidence file follows its evidence row, a response its survey). Row ids are unique across
 * assessments in the database, so a copy beside the original needs new ones.
 */
export function copyRecord(record: AssessmentRecord, options: CopyOptions): AssessmentRecord {
  const { newAssessmentId: assessmentId, freshId } = options;
  const renamed = new Map<string, string>();
  const rename = (id: unknown): string => {
    const key = String(id);
    let next = renamed.get(key);
    if (next === undefined) renamed.set(key, (next = freshId()));
    return next;
  };
  const t = record.tables;
  const own = (rows: readonly Row[]): Row[] => rows.map((row) => ({ ...row, assessmentId, id: rename(row['id']) }));
  const evidence = own(t.evidence);
  const surveys = own(t.surveys);
  const title = String(record.assessment['title'] ?? '');
  return {
    assessment: { ...record.assessment, id: assessmentId, title: `${title}${options.titleSuffix}`.slice(0, 200) },
    tables: {
      answers: t.answers.map((row) => ({ ...row, assessmentId })),
      positions: t.positions.map((row) => ({ ...row, assessmentId })),
      evidence,
      evidenceFiles: t.evidenceFiles.map((row) => {
        const evidenceId = rename(row['evidenceId']);
        const original = String(row['id']).endsWith('/original');
        return { ...row, assessmentId, evidenceId, id: original ? `${evidenceId}/original` : evidenceId };
      }),
      actions: own(t.actions),
      meetings: own(t.meetings),
      surveys,
      surveyResponses: t.surveyResponses.map((row) => ({ ...row, assessmentId, id: freshId(), surveyId: rename(row['surveyId']) })),
      reports: own(t.reports),
      // The entries keep the numbers and assessment id their chain was sealed with, as an imported pack's do.
      auditLog: t.auditLog.map((row) => ({ ...row, assessmentId })),
    },
  };
}
