// Runs everywhere (pure). The app's export of one assessment: versioned JSON, validated on every read.
import { z } from 'zod';
import { sha256Hex } from '../crypto/sha256';
import { type Answer, AnswerSchema, type Assessment, AssessmentSchema } from '../domain/assessment';
import { type Action, ActionSchema, type Evidence, EvidenceSchema, type Meeting, MeetingSchema, type Positions, PositionsSchema } from '../domain/record';
import { canonicalJson } from './canonicalJson';

export const AssessmentFileFormat = 'jointcheck-assessment';
/** Version 2 added the working record (evidence, positions, actions, meetings); version 1 files read with it empty. */
export const AssessmentFileVersion = 2;
/** Larger files are refused before parsing: a real assessment is far smaller. */
export const MaxAssessmentFileBytes = 50 * 1024 * 1024;

const AssessmentFileSchema = z.strictObject({
  format: z.literal(AssessmentFileFormat),
  formatVersion: z.union([z.literal(1), z.literal(AssessmentFileVersion)]),
  exportedAt: z.iso.datetime(),
  appVersion: z.string().max(40),
  assessment: AssessmentSchema,
  answers: z.array(AnswerSchema).max(10000),
  evidence: z.array(EvidenceSchema).max(100000).default([]),
  positions: z.array(PositionsSchema).max(10000).default([]),
  actions: z.array(ActionSchema).max(10000).default([]),
  meetings: z.array(MeetingSchema).max(1000).default([]),
});

/** One assessment with everything the committee recorded around it (evidence as metadata; the bytes travel in packs). */
export type AssessmentBundle = {
  readonly assessment: Assessment;
  readonly answers: readonly Answer[];
  readonly evidence: readonly Evidence[];
  readonly positions: readonly Positions[];
  readonly actions: readonly Action[];
  readonly meetings: readonly Meeting[];
};

export type AssessmentFile = AssessmentBundle & {
  readonly format: typeof AssessmentFileFormat;
  readonly formatVersion: 1 | typeof AssessmentFileVersion;
  readonly exportedAt: string;
  readonly appVersion: string;
};

export function emptyRecord(): Pick<AssessmentBundle, 'evidence' | 'positions' | 'actions' | 'meetings'> {
  return { evidence: [], positions: [], actions: [], meetings: [] };
}

export type AssessmentFileError =
  | { readonly code: 'too-large'; readonly bytes: number }
  | { readonly code: 'not-json' }
  | { readonly code: 'wrong-format' }
  | { readonly code: 'newer-version'; readonly found: number }
  | { readonly code: 'invalid'; readonly detail: string };

export type ParsedAssessmentFile = { readonly ok: true; readonly file: AssessmentFile } | { readonly ok: false; readonly error: AssessmentFileError };

export function serializeAssessmentFile(bundle: AssessmentBundle, appVersion: string, exportedAt: string): string {
  const file: AssessmentFile = {
    format: AssessmentFileFormat,
    formatVersion: AssessmentFileVersion,
    exportedAt,
    appVersion,
    assessment: bundle.assessment,
    answers: sortAnswers(bundle.answers),
    evidence: byId(bundle.evidence),
    positions: sortAnswers(bundle.positions),
    actions: byId(bundle.actions),
    meetings: byId(bundle.meetings),
  };
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
  for (const key of ['answers', 'evidence', 'positions', 'actions', 'meetings'] as const) {
    if (file[key].some((row) => row.assessmentId !== file.assessment.id)) return { ok: false, error: { code: 'invalid', detail: `${key}: a row belongs to another assessment` } };
    // The database keeps one row per item (answers, positions) or id; a file the app wrote never repeats one.
    const twice = firstRepeat(key === 'answers' || key === 'positions' ? file[key].map((row) => row.itemId) : file[key].map((row) => row.id));
    if (twice !== null) return { ok: false, error: { code: 'invalid', detail: `${key}: ${JSON.stringify(twice)} is listed twice` } };
  }
  return { ok: true, file };
}

function firstRepeat(keys: readonly string[]): string | null {
  const seen = new Set<string>();
  for (const key of keys) {
    if (seen.has(key)) return key;
    seen.add(key);
  }
  return null;
}

function sortAnswers<T extends { readonly packId: string; readonly itemId: string }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => (a.packId === b.packId ? a.itemId.localeCompare(b.itemId) : a.packId.localeCompare(b.packId)));
}

function byId<T extends { readonly id: string }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * SHA-256 over the canonical JSON of what a report shows: the assessment, its answers and its working
 * record, without bookkeeping that changes when nothing a reader sees does (timestamps, archive
 * status, counters, where an imported copy came from).
 */
export function contentFingerprint(bundle: AssessmentBundle): Promise<string> {
  const { updatedAt: _u, createdAt: _c, status: _s, answeredCount: _n, importedFrom: _i, ...content } = bundle.assessment;
  const answers = sortAnswers(bundle.answers).map(({ updatedAt: _t, ...row }) => row);
  const positions = sortAnswers(bundle.positions).map(({ updatedAt: _t, ...row }) => row);
  const actions = byId(bundle.actions).map(({ updatedAt: _t, createdAt: _c2, ...row }) => row);
  const evidence = byId(bundle.evidence);
  const meetings = byId(bundle.meetings).map(({ createdAt: _c3, ...row }) => row);
  return sha256Hex(canonicalJson({ assessment: content, answers, positions, actions, evidence, meetings }));
}
