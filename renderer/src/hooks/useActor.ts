// Runs in the renderer. The member at the keyboard, and a way to ask for them before an action that names them.
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import type { Actor } from '../../../shared/domain/record';
import { savedActor } from '../data/settings';
import { useUi } from '../state/uiStore';

/** undefined while loading, null until the user has said who they are. */
export function useActor(): Actor | null | undefined {
  return useLiveQuery(savedActor, []);
}

/**
 * Runs `then` with the member at the keyboard, first asking who they are if nobody has said yet:
 * evidence, positions and verifications are recorded under a name, never anonymously by accident.
 */
export function useWithActor(): (then: (actor: Actor) => void) => void {
  const askActor = useUi((s) => s.askActor);
  return useCallback(
    (then: (actor: Actor) => void) => {
      void savedActor().then((actor) => (actor ? then(actor) : askActor(then)));
    },
    [askActor],
  );
}
