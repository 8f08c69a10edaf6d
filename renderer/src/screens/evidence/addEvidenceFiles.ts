// Runs in the renderer. Files the user gave → checked and prepared off the main thread → stored as evidence, one by one.
import type { AssessmentId } from '../../../../shared/domain/assessment';
import type { Actor, Evidence, ItemRef } from '../../../../shared/domain/record';
import { addEvidence } from '../../data/evidence';
import { ingestFile } from '../../evidence/ingestClient';

export type Refusal = { readonly fileName: string; readonly code: string; readonly detail: Record<string, string | number> };
export type AddFilesOutcome = { readonly added: readonly Evidence[]; readonly refused: readonly Refusal[] };

type Request = {
  readonly assessmentId: AssessmentId;
  readonly item: ItemRef;
  readonly files: readonly File[];
  /** When the files were taken, for pictures that carry no date of their own (the laptop camera's). */
  readonly takenAt: string | null;
  readonly keepOriginal: boolean;
  readonly keepLocation: boolean;
  readonly actor: Actor;
  readonly onProgress: (done: number) => void;
};

/** A refused file is reported and skipped; the others are still added. Nothing of a refused file is stored. */
export async function addEvidenceFiles(request: Request): Promise<AddFilesOutcome> {
  const added: Evidence[] = [];
  const refused: Refusal[] = [];
  for (const [index, file] of request.files.entries()) {
    try {
      const ingested = await ingestFile(file, { keepOriginal: request.keepOriginal, keepLocation: request.keepLocation });
      if (!ingested.ok) {
        refused.push({ fileName: file.name, code: ingested.code, detail: ingested.detail ?? {} });
        continue;
      }
      const { result } = ingested;
      added.push(
        await addEvidence({
          assessmentId: request.assessmentId,
          item: request.item,
          kind: result.kind,
          caption: '',
          file: result.file,
          original: result.original,
          capturedSha256: result.capturedSha256,
          takenAt: result.takenAt ?? request.takenAt,
          keptLocation: result.keptLocation,
          width: result.width,
          height: result.height,
          addedBy: request.actor,
        }),
      );
    } catch (error) {
      refused.push({ fileName: file.name, code: 'failed', detail: { detail: error instanceof Error ? error.message : String(error) } });
    } finally {
      request.onProgress(index + 1);
    }
  }
  return { added, refused };
}
