// Runs in the renderer. Evidence files: metadata and bytes stored together in one transaction, read apart.
import type { AssessmentId } from '../../../shared/domain/assessment';
import type { Actor, Evidence, EvidenceKind, ItemRef, StoredFile } from '../../../shared/domain/record';
import { database } from './database';
import { changeRecord } from './writable';

/** A file ready to store: its metadata and its bytes. */
export type FileWithBytes = StoredFile & { readonly blob: Blob };

export type NewEvidence = {
  readonly assessmentId: AssessmentId;
  readonly item: ItemRef;
  readonly kind: EvidenceKind;
  readonly caption: string;
  readonly file: FileWithBytes;
  readonly original: FileWithBytes | null;
  readonly capturedSha256: string;
  readonly takenAt: string | null;
  readonly keptLocation: boolean;
  readonly width: number | null;
  readonly height: number | null;
  readonly addedBy: Actor;
};

const originalKey = (evidenceId: string): string => `${evidenceId}/original`;
const metadata = ({ blob: _b, ...file }: FileWithBytes): StoredFile => file;

export async function addEvidence(input: NewEvidence): Promise<Evidence> {
  const db = database();
  const { file, original, ...rest } = input;
  return changeRecord(input.assessmentId, [db.evidence, db.evidenceFiles], async (stamp) => {
    const evidence: Evidence = { ...rest, id: crypto.randomUUID(), file: metadata(file), original: original ? metadata(original) : null, addedAt: stamp };
    await db.evidence.add(evidence);
    await db.evidenceFiles.add({ id: evidence.id, evidenceId: evidence.id, assessmentId: input.assessmentId, data: file.blob });
    if (original) await db.evidenceFiles.add({ id: originalKey(evidence.id), evidenceId: evidence.id, assessmentId: input.assessmentId, data: original.blob });
    return evidence;
  });
}

export async function updateCaption(evidence: Evidence, caption: string): Promise<void> {
  const db = database();
  await changeRecord(evidence.assessmentId, [db.evidence], () => db.evidence.update(evidence.id, { caption }));
}

export async function removeEvidence(evidence: Evidence): Promise<void> {
  const db = database();
  await changeRecord(evidence.assessmentId, [db.evidence, db.evidenceFiles], async () => {
    await db.evidenceFiles.where('evidenceId').equals(evidence.id).delete();
    await db.evidence.delete(evidence.id);
  });
}

/** The stored bytes (the downscaled photo or the document), or the kept original; null if not on this computer. */
export async function evidenceBytes(evidence: Evidence, which: 'file' | 'original' = 'file'): Promise<Blob | null> {
  const row = await database().evidenceFiles.get(which === 'file' ? evidence.id : originalKey(evidence.id));
  return row?.data ?? null;
}

/** Evidence of one item (or of the assessment as a whole), oldest first. */
export function evidenceFor(all: readonly Evidence[], item: ItemRef): Evidence[] {
  return all
    .filter((e) => (item === null ? e.item === null : e.item?.packId === item.packId && e.item.itemId === item.itemId))
    .sort((a, b) => a.addedAt.localeCompare(b.addedAt));
}
