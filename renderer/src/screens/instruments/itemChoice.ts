// Runs in the renderer. Which checklist item an instrument's result answers by default, and which item a low survey scale points to.
import type { ItemRef } from '../../../../shared/domain/record';
import type { InstrumentResult } from '../../../../shared/instruments/result';

type Ref = NonNullable<ItemRef>;

/*
 * The item that asks for the result, preselected when saving it (the user may choose any other):
 * - bias audit: biased-data bias-07 (selection rates per group compared with the highest, counts reported);
 *   bias-11 when the outcome is a score (share above the overall median compared across groups);
 * - psychosocial survey: psychosocial-load psy-03 (an anonymous survey carried out and discussed jointly);
 * - contact force and pressure: collaborative-robots cobot-07 (forces and pressures measured per body region
 *   and compared with a named limit table);
 * - separation distance: collaborative-robots cobot-08 (protective separation distance calculated from documented inputs).
 */
export function preferredItem(result: InstrumentResult): Ref {
  switch (result.instrument) {
    case 'bias-audit':
      return { packId: 'biased-data', itemId: result.mapping.layout === 'per-person' && result.mapping.outcome.kind === 'score' ? 'bias-11' : 'bias-07' };
    case 'psychosocial-survey':
      return { packId: 'psychosocial-load', itemId: 'psy-03' };
    case 'cobot-pfl':
      return { packId: 'collaborative-robots', itemId: 'cobot-07' };
    case 'cobot-ssm':
      return { packId: 'collaborative-robots', itemId: 'cobot-08' };
  }
}

/**
 * The psychosocial-load item whose measures answer a low-scoring scale, for "Add an action": pace and demands
 * psy-05, autonomy and control psy-06, monitoring psy-07, ratings psy-08, support from managers psy-10,
 * isolation and peer support psy-11, role psy-12, replacement and change psy-13, relationships psy-14.
 */
const ScaleItems: Readonly<Record<string, string>> = {
  pace: 'psy-05',
  monitoring: 'psy-07',
  autonomy: 'psy-06',
  'rating-clarity': 'psy-08',
  replacement: 'psy-13',
  isolation: 'psy-11',
  support: 'psy-10',
  demands: 'psy-05',
  control: 'psy-06',
  'managers-support': 'psy-10',
  'peer-support': 'psy-11',
  relationships: 'psy-14',
  role: 'psy-12',
  change: 'psy-13',
};

export function itemForScale(scaleId: string): Ref {
  return { packId: 'psychosocial-load', itemId: ScaleItems[scaleId] ?? 'psy-01' };
}
