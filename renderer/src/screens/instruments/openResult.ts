// Runs in the renderer. Which saved result the instruments screen should show or reopen, and the way there from an evidence row.
import { useEffect, useState } from 'react';
import { create } from 'zustand';
import type { AssessmentId } from '../../../../shared/domain/assessment';
import type { Evidence } from '../../../../shared/domain/record';
import type { InstrumentKind } from '../../../../shared/instruments/result';
import { readInstrumentEvidence, type StoredInstrumentResult } from '../../data/instrumentEvidence';
import type { InstrumentTool } from '../../state/route';
import { useUi } from '../../state/uiStore';

/** UI state only: the evidence id of the result being viewed; the result itself is read from the evidence file. */
export const useOpenResult = create<{ readonly evidenceId: string | null }>()(() => ({ evidenceId: null }));

export function toolFor(kind: InstrumentKind): InstrumentTool {
  return kind === 'bias-audit' ? 'bias' : kind === 'psychosocial-survey' ? 'survey' : 'cobot';
}

export function openInstrumentResult(assessmentId: AssessmentId, evidenceId: string, kind: InstrumentKind): void {
  useOpenResult.setState({ evidenceId });
  useUi.getState().navigate({ screen: 'instruments', id: assessmentId, tool: toolFor(kind) });
}

export function closeInstrumentResult(): void {
  useOpenResult.setState({ evidenceId: null });
}

/** Evidence files never change once stored, so each is read and parsed once per session. */
const cache = new Map<string, StoredInstrumentResult>();

/** The parsed result of an instrument evidence row; undefined while it is being read. */
export function useInstrumentResult(evidence: Evidence): StoredInstrumentResult | undefined {
  const [read, setRead] = useState<{ readonly id: string; readonly value: StoredInstrumentResult } | null>(null);
  useEffect(() => {
    if (cache.has(evidence.id)) return;
    let live = true;
    void readInstrumentEvidence(evidence).then((value) => {
      if (value.ok) cache.set(evidence.id, value);
      if (live) setRead({ id: evidence.id, value });
    });
    return () => {
      live = false;
    };
  }, [evidence]);
  return cache.get(evidence.id) ?? (read?.id === evidence.id ? read.value : undefined);
}
