// Runs in the renderer. The UI's word for an action's type of control, from the checklist's `control.*` strings.
import type { ControlType } from '../../../../shared/domain/record';

/** Checklist measures call protective equipment 'ppe', actions 'protective-equipment': one set of words serves both. */
export function controlLabelKey(control: ControlType): string {
  return `control.${control === 'protective-equipment' ? 'ppe' : control}`;
}
