// Runs in the renderer. Exports one assessment as an evidence pack, streamed to disk through the desktop bridge.
import { AuditLogFileName, AuditLogMediaType, serializeAuditLog } from '../../../shared/audit/logFile';
import type { AssessmentId } from '../../../shared/domain/assessment';
import { toFileName } from '../../../shared/format/fileName';
import { writePack } from '../../../shared/evidencePack/write';
import { auditLogOf } from '../data/audit';
import { bundleOf } from '../data/bundle';
import { evidenceBytes } from '../data/evidence';
import type { StoredIdentity } from '../data/identities';
import { reportsOf } from '../data/reports';
import { desktop } from '../desktop';

export type ExportPackRequest = {
  readonly assessmentId: AssessmentId;
  readonly identity: StoredIdentity | null;
  readonly includeOriginals: boolean;
  readonly onProgress: (done: number, total: number) => void;
};

/** Pieces handed to the shell at a time: Blob streams come in 64 KiB chunks, and one call per chunk is slow. */
const pieceBytes = 4 * 1024 * 1024;

/** Collects the writer's chunks into pieces of `pieceBytes` before each (awaited) append. */
function batchedSink(append: (bytes: Uint8Array) => Promise<void>): { write(chunk: Uint8Array): Promise<void>; flush(): Promise<void> } {
  let parts: Uint8Array[] = [];
  let held = 0;
  const flush = async (): Promise<void> => {
    if (held === 0) return;
    const piece = new Uint8Array(held);
    let at = 0;
    for (const part of parts) {
      piece.set(part, at);
      at += part.byteLength;
    }
    parts = [];
    held = 0;
    await append(piece);
  };
  return {
    async write(chunk) {
      // The writer may reuse its buffers once this resolves, so keep a copy.
      parts.push(chunk.slice());
      held += chunk.byteLength;
      if (held >= pieceBytes) await flush();
    },
    flush,
  };
}

export type ExportPackOutcome = { readonly kind: 'saved'; readonly location: string; readonly signed: boolean } | { readonly kind: 'cancelled' } | { readonly kind: 'failed'; readonly detail: string };

/**
 * Asks where to save, then streams the pack there chunk by chunk; on any failure the partial file is
 * discarded (the shell writes to a temporary file and renames it only on success).
 */
export async function exportPack(request: ExportPackRequest): Promise<ExportPackOutcome> {
  const bundle = await bundleOf(request.assessmentId);
  const { assessment } = bundle;
  const base = `${toFileName(assessment.title || assessment.workplace.name, 'assessment')} ${assessment.date}`.trim();
  const begun = await desktop.beginSave({ suggestedName: `${base}.jointcheck-pack.zip`, filterName: 'JointCheck evidence pack', extensions: ['zip'] });
  if (!begun.ok) return begun.error === 'cancelled' ? { kind: 'cancelled' } : { kind: 'failed', detail: begun.detail ?? begun.error };
  const { handle } = begun.value;
  try {
    // Only signed reports travel: an unsigned draft proves nothing to whoever receives the pack.
    const signedReports = (await reportsOf(request.assessmentId)).filter((r) => r.signatures.length > 0);
    const { version } = await desktop.getAppInfo();
    const sink = batchedSink(async (piece) => {
      const appended = await desktop.appendSave(handle, piece);
      if (!appended.ok) throw new Error(appended.detail ?? appended.error);
    });
    const written = await writePack(
      {
        bundle,
        appVersion: version,
        createdAt: new Date().toISOString(),
        evidenceBytes: (evidence, which) => evidenceBytes(evidence, which),
        includeOriginals: request.includeOriginals,
        reports: signedReports.map((r, i) => ({ name: `Report ${r.lang} ${r.createdAt.slice(0, 10)} signed ${r.signatures.length}${i > 0 ? ` (${i + 1})` : ''}`, source: new Blob([r.pdf as Uint8Array<ArrayBuffer>]) })),
        // The change history travels too, covered by the signed manifest: audit/log.jsonl.
        audit: [{ name: AuditLogFileName, source: new Blob([serializeAuditLog(await auditLogOf(request.assessmentId))], { type: AuditLogMediaType }) }],
        signer: request.identity ? { identity: request.identity, chain: request.identity.chain } : null,
      },
      {
        sink: (chunk) => sink.write(chunk),
        onProgress: request.onProgress,
      },
    );
    await sink.flush();
    const finished = await desktop.finishSave(handle, true);
    if (!finished.ok) return { kind: 'failed', detail: finished.detail ?? finished.error };
    return { kind: 'saved', location: finished.value.location, signed: written.signed };
  } catch (error) {
    await desktop.finishSave(handle, false);
    return { kind: 'failed', detail: error instanceof Error ? error.message : String(error) };
  }
}
