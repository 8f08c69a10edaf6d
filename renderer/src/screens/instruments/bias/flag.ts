// Runs in the renderer. A category's four-fifths standing as a word and an icon, so it never rests on colour alone.
import type { BiasCategory } from '../../../../../shared/instruments/bias/result';

export type FlagState = 'excluded' | 'reference' | 'below' | 'not-below' | 'none';

export function flagState(c: BiasCategory): FlagState {
  if (c.excluded) return 'excluded';
  if (c.isReference && c.impactRatio !== null) return 'reference';
  if (c.flag === true) return 'below';
  if (c.flag === false) return 'not-below';
  return 'none';
}

export const FlagIcons: Readonly<Record<FlagState, string>> = { excluded: '⊘', reference: '★', below: '⚠', 'not-below': '✓', none: '–' };
