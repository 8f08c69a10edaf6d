// Runs in the renderer. UI state only (screen, filters, pending errors); domain data lives in Dexie.
import { create } from 'zustand';
import type { Actor } from '../../../shared/domain/record';
import { hashToRoute, type Route, routeToHash } from './route';

export type SaveFailure = { readonly message: string; readonly retry: () => Promise<void> };
/** A message about something the user just did (an import, an export), until dismissed. */
export type Notice = { readonly kind: 'success' | 'error'; readonly message: string };

type UiState = {
  route: Route;
  search: string;
  showArchived: boolean;
  saveFailure: SaveFailure | null;
  notice: Notice | null;
  /** Open while the app asks who is at the keyboard; holds what to do once they have said. */
  actorRequest: { readonly id: number; readonly then: ((actor: Actor) => void) | null } | null;
  navigate: (route: Route) => void;
  setSearch: (search: string) => void;
  setShowArchived: (show: boolean) => void;
  setSaveFailure: (failure: SaveFailure | null) => void;
  setNotice: (notice: Notice | null) => void;
  askActor: (then: ((actor: Actor) => void) | null) => void;
  closeActorDialog: () => void;
};

export const useUi = create<UiState>()((set) => ({
  route: hashToRoute(location.hash),
  search: '',
  showArchived: false,
  saveFailure: null,
  notice: null,
  actorRequest: null,
  navigate: (route) => {
    const hash = routeToHash(route);
    if (location.hash !== hash) history.pushState(null, '', hash);
    set({ route });
  },
  setSearch: (search) => set({ search }),
  setShowArchived: (showArchived) => set({ showArchived }),
  setSaveFailure: (saveFailure) => set({ saveFailure }),
  setNotice: (notice) => set({ notice }),
  askActor: (then) => set((state) => ({ actorRequest: { id: (state.actorRequest?.id ?? 0) + 1, then } })),
  closeActorDialog: () => set({ actorRequest: null }),
}));

/** Back and forward buttons (and typed addresses) move between screens too. */
export function followAddressChanges(): () => void {
  const onChange = (): void => useUi.setState({ route: hashToRoute(location.hash) });
  window.addEventListener('popstate', onChange);
  window.addEventListener('hashchange', onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener('hashchange', onChange);
  };
}
