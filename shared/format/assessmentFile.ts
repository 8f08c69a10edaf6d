// Runs everywhere (pure). The app's export of one assessment: versioned JSON, validated on every read.
import { z } from 'zod';
import { sha256Hex } from '../crypto/sha256';
import { type Answer, AnswerSchema, type Assessment, AssessmentSchema } from '../domain/assessment';
import { canonicalJson } from './canonicalJson';

export const AssessmentFileFormat = 'jointcheck-assessment';
export const AssessmentFileVersion = 1;
/** Larger files are refused before parsing: a real assessment is far smaller. */
export const MaxAssessmentFileBytes = 50 * 1024 * 1024;

const AssessmentFileSchema = z.strictObject({
  format: z.literal(AssessmentFileFormat),
  formatVersion: z.literal(AssessmentFileVersion),
  exportedAt: z.iso.datetime(),
  appVersion: z.string().max(40),
  assessment: AssessmentSchema,
  answers: z.array(AnswerSchema).max(10000),
});

export type AssessmentFile = {
  readonly format: typeof AssessmentFileFormat;
  readonly formatVersion: typeof AssessmentFileVersion;
  readonly exportedAt: string;
  readonly appVersion: string;
  readonly assessment: Assessment;
  readonly answers: readonly Answer[];
};

export type AssessmentFileError =
  | { readonly code: 'too-large'; readonly bytes: number }
  | { readonly code: 'not-json' }
  | { readonly code: 'wrong-format' }
  | { readonly code: 'newer-version'; readonly found: number }
  | { readonly code: 'invalid'; readonly detail: string };

export type ParsedAssessmentFile = { readonly ok: true; readonly file: AssessmentFile } | { readonly ok: false; readonly error: AssessmentFileError };

export function serializeAssessmentFile(assessment: Assessment, answers: readonly Answer[], appVersion: string, exportedAt: string): string {
  const file: AssessmentFile = { format: AssessmentFileFormat, formatVersion: AssessmentFileVersion, exportedAt, appVersion, assessment, answers: sortAnswers(answers) };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Every way a file can be wrong gets its own code, so the UI and the command line can say what to do. */
export function parseAssessmentFile(bytes: Uint8Array): ParsedAssessmentFile {
  if (bytes.byteLength > MaxAssessmentFileBytes) return { ok: false, error: { code: 'too-large', bytes: bytes.byteLength } };
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return { ok: false, error: { code: 'not-json' } };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== AssessmentFileFormat) return { ok: false, error: { code: 'wrong-format' } };
  const version = (data as { formatVersion?: unknown }).formatVersion;
  if (typeof version === 'number' && version > AssessmentFileVersion) return { ok: false, error: { code: 'newer-version', found: version } };
  const parsed = AssessmentFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: { code: 'invalid', detail: issue ? `${issue.path.join('.')}: ${issue.message}` : 'unknown' } };
  }
  const file: AssessmentFile = parsed.data;
  if (file.answers.some((a) => a.assessmentId !== file.assessment.id)) return { ok: false, error: { code: 'invalid', detail: 'answers: an answer belongs to another assessment' } };
  return { ok: true, file };
}

function sortAnswers(answers: readonly Answer[]): Answer[] {
  return [...answers].sort((a, b) => (a.packId === b.packId ? a.itemId.localeCompare(b.itemId) : a.packId.localeCompare(b.packId)));
}

/**
 * SHA-256 over the canonical JSON of what a report shows: the assessment and its answers, without
 * bookkeeping that changes when nothing a reader sees does (timestamps, archive status, counters).
 */
export function contentFingerprint(assessment: Assessment, answers: readonly Answer[]): Promise<string> {
  const { updatedAt: _u, createdAt: _c, status: _s, answeredCount: _n, ...content } = assessment;
  const rows = sortAnswers(answers).map(({ updatedAt: _t, ...row }) => row);
  return sha256Hex(canonicalJson({ assessment: content, answers: rows }));
}
