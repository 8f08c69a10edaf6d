import { describe, expect, it } from 'vitest';
import { currentPacks } from '../../../shared/packs/registry';
import { packItems } from '../../../shared/packs/schema';
import { HseIndicatorTool } from '../../../shared/instruments/survey/hseIndicator';
import { JointCheckQuestionnaire } from '../../../shared/instruments/survey/jointcheckQuestionnaire';
import type { InstrumentResult } from '../../../shared/instruments/result';
import { itemForScale, preferredItem } from '../../../renderer/src/screens/instruments/itemChoice';

const exists = (ref: { packId: string; itemId: string }): boolean => currentPacks().some((p) => p.id === ref.packId && packItems(p).some((i) => i.id === ref.itemId));

describe('where results and actions go by default', () => {
  it('names, for every scale of both questionnaires, a psychosocial item that exists', () => {
    const scales = [...JointCheckQuestionnaire.scales, ...HseIndicatorTool.scales];
    for (const scale of scales) {
      const ref = itemForScale(scale.id);
      expect(ref.itemId, scale.id).not.toBe('psy-01');
      expect(exists(ref), `${scale.id} → ${ref.itemId}`).toBe(true);
    }
  });

  it('preselects an item that exists in the current packs for every kind of result', () => {
    // Only the fields the choice reads; the rest of each result does not matter here.
    const results = [
      { instrument: 'bias-audit', mapping: { layout: 'per-person', outcome: { kind: 'selected' } } },
      { instrument: 'bias-audit', mapping: { layout: 'per-person', outcome: { kind: 'score' } } },
      { instrument: 'bias-audit', mapping: { layout: 'counts' } },
      { instrument: 'psychosocial-survey' },
      { instrument: 'cobot-pfl' },
      { instrument: 'cobot-ssm' },
    ] as unknown as InstrumentResult[];
    const chosen = results.map(preferredItem);
    expect(chosen.map((r) => r.itemId)).toEqual(['bias-07', 'bias-11', 'bias-07', 'psy-03', 'cobot-07', 'cobot-08']);
    for (const ref of chosen) expect(exists(ref), ref.itemId).toBe(true);
  });
});
