// Runs in the renderer. An instrument's result kept as evidence on a checklist item: the JSON file, its SHA-256, and reading it back.
import { localToday } from '../../../shared/domain/today';
import type { AssessmentId } from '../../../shared/domain/assessment';
import type { Actor, Evidence, ItemRef } from '../../../shared/domain/record';
import { sha256Hex } from '../../../shared/crypto/sha256';
import { type InstrumentResult, type InstrumentResultError, InstrumentMediaType, parseInstrumentResult, serializeInstrumentResult } from '../../../shared/instruments/result';
import { addEvidence, evidenceBytes } from './evidence';

export type NewInstrumentEvidence = {
  readonly assessmentId: AssessmentId;
  readonly item: NonNullable<ItemRef>;
  readonly result: InstrumentResult;
  readonly caption: string;
  readonly addedBy: Actor;
};

/** The stored file's name: what the result is and the day it was saved, e.g. `bias-audit 2026-03-02.json`. */
export function instrumentFileName(result: InstrumentResult, day: string = localToday()): string {
  return `${result.instrument} ${day}.json`;
}

/** Serialises the result, fingerprints the exact bytes and stores them as 'instrument' evidence on the item. */
export async function saveInstrumentEvidence(input: NewInstrumentEvidence): Promise<Evidence> {
  const bytes = new TextEncoder().encode(serializeInstrumentResult(input.result));
  const sha256 = await sha256Hex(bytes);
  const file = { fileName: instrumentFileName(input.result), mediaType: InstrumentMediaType, size: bytes.byteLength, sha256, blob: new Blob([bytes], { type: InstrumentMediaType }) };
  return addEvidence({
    assessmentId: input.assessmentId,
    item: input.item,
    kind: 'instrument',
    caption: input.caption,
    file,
    original: null,
    capturedSha256: sha256,
    takenAt: null,
    keptLocation: false,
    width: null,
    height: null,
    addedBy: input.addedBy,
  });
}

export type StoredInstrumentResult =
  | { readonly ok: true; readonly result: InstrumentResult }
  | { readonly ok: false; readonly error: InstrumentResultError | { readonly code: 'missing'; readonly message: string } };

/** Reads an instrument evidence file back; a missing file (an import without it) or a damaged one says so. */
export async function readInstrumentEvidence(evidence: Evidence): Promise<StoredInstrumentResult> {
  const blob = await evidenceBytes(evidence);
  if (!blob) return { ok: false, error: { code: 'missing', message: 'The result file is not on this computer.' } };
  return parseInstrumentResult(await blob.text());
}

/** The evidence rows that hold instrument results. */
export function instrumentEvidence(all: readonly Evidence[]): Evidence[] {
  return all.filter((e) => e.kind === 'instrument' && e.file.mediaType === InstrumentMediaType);
}

/** The readable instrument results among the evidence, for the report; a missing or damaged file is left out (the register still lists it). */
export async function instrumentResultsOf(all: readonly Evidence[]): Promise<{ evidenceId: string; result: InstrumentResult }[]> {
  const out: { evidenceId: string; result: InstrumentResult }[] = [];
  for (const evidence of instrumentEvidence(all)) {
    const read = await readInstrumentEvidence(evidence);
    if (read.ok) out.push({ evidenceId: evidence.id, result: read.result });
  }
  return out;
}
