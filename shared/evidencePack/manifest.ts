// Runs everywhere (pure). manifest.json: what an evidence pack holds, each file with its SHA-256, as canonical JSON
// (keys sorted, no whitespace) so the signed bytes follow from the data alone.
import { z } from 'zod';
import { AssessmentIdSchema, PackRefSchema } from '../domain/assessment';
import { canonicalJson } from '../format/canonicalJson';
import { AssessmentPath, ManifestPath, PackFormat, PackFormatVersion, PackLimits, PackRoles, SignaturePath } from './format';
import { collisionKey, pathProblem } from './paths';

const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

export const PackFileSchema = z.strictObject({
  path: z.string().refine((path) => pathProblem(path) === null, 'not a plain relative path'),
  sha256: Sha256Hex,
  size: z.number().int().min(0).max(PackLimits.maxEntryBytes),
  role: z.enum(PackRoles),
  /** The evidence row an `evidence` or `original` file belongs to. */
  evidenceId: z.string().min(1).max(64).optional(),
});
export type PackFile = z.infer<typeof PackFileSchema>;

/** Generous limits: the names come from certificates, which other tools may fill beyond X.509's 64 characters. */
export const ExportedBySchema = z.strictObject({ name: z.string().max(1000), organisation: z.string().max(1000), role: z.string().max(1000) });
export type ExportedBy = z.infer<typeof ExportedBySchema>;

export const PackManifestSchema = z
  .strictObject({
    format: z.literal(PackFormat),
    formatVersion: z.literal(PackFormatVersion),
    appVersion: z.string().max(40),
    createdAt: z.iso.datetime(),
    assessmentId: AssessmentIdSchema,
    title: z.string().max(200),
    packVersions: z.array(PackRefSchema).max(20),
    /** Who exported the pack, as the signing identity names them; null for an unsigned pack. */
    exportedBy: ExportedBySchema.nullable(),
    files: z.array(PackFileSchema).max(PackLimits.maxEntries - 2),
  })
  .superRefine((manifest, context) => {
    const seen = new Set<string>();
    manifest.files.forEach((file, index) => {
      const issue = (message: string): void => context.addIssue({ code: 'custom', path: ['files', index], message });
      const key = collisionKey(file.path);
      if (seen.has(key)) issue(`${file.path} is listed twice`);
      seen.add(key);
      if (key === ManifestPath || key === SignaturePath) issue(`${file.path} cannot be listed in itself`);
      if ((file.role === 'assessment') !== (file.path === AssessmentPath)) issue(`only ${AssessmentPath} has the role assessment`);
      if ((file.role === 'evidence' || file.role === 'original') !== (file.evidenceId !== undefined)) issue('evidence and original files, and only they, name their evidence row');
    });
    if (!manifest.files.some((file) => file.role === 'assessment')) context.addIssue({ code: 'custom', path: ['files'], message: `${AssessmentPath} is not listed` });
  });
export type PackManifest = z.infer<typeof PackManifestSchema>;

export function serializeManifest(manifest: PackManifest): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(canonicalJson(manifest));
}

export type ManifestError =
  /** Not JSON with our format name: some other ZIP file. */
  | { readonly code: 'not-a-pack' }
  | { readonly code: 'newer-version'; readonly found: number }
  | { readonly code: 'invalid'; readonly detail: string };

export type ParsedManifest = { readonly ok: true; readonly manifest: PackManifest } | { readonly ok: false; readonly error: ManifestError };

export function parseManifest(bytes: Uint8Array): ParsedManifest {
  if (bytes.byteLength > PackLimits.maxManifestBytes) return { ok: false, error: { code: 'invalid', detail: `larger than ${PackLimits.maxManifestBytes} bytes` } };
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return { ok: false, error: { code: 'invalid', detail: 'not JSON text' } };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== PackFormat) return { ok: false, error: { code: 'not-a-pack' } };
  const version = (data as { formatVersion?: unknown }).formatVersion;
  if (typeof version === 'number' && version > PackFormatVersion) return { ok: false, error: { code: 'newer-version', found: version } };
  const parsed = PackManifestSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: { code: 'invalid', detail: issue ? `${issue.path.join('.') || '(manifest)'}: ${issue.message}` : 'unknown' } };
  }
  return { ok: true, manifest: parsed.data };
}
