// Runs in the renderer. Keeps the window in the survey kiosk until a committee member deliberately leaves it.
/*
 * The lock lives in memory and in sessionStorage (so a reload keeps it). While it is set, the app shows the
 * kiosk whatever the address says: Back, a typed address or a reload all land on the same empty form, and
 * the address is put back to the kiosk's without adding a history entry.
 */
import { useEffect } from 'react';
import { create } from 'zustand';
import type { AssessmentId } from '../../../../shared/domain/assessment';
import { type Route, routeToHash } from '../../state/route';
import { useUi } from '../../state/uiStore';

export type KioskPlace = { readonly id: AssessmentId; readonly surveyId: string };

const StorageKey = 'jointcheck.kiosk';

function storedLock(): KioskPlace | null {
  try {
    const value: unknown = JSON.parse(sessionStorage.getItem(StorageKey) ?? 'null');
    if (value && typeof value === 'object' && 'id' in value && 'surveyId' in value && typeof value.id === 'string' && typeof value.surveyId === 'string') {
      return { id: value.id as AssessmentId, surveyId: value.surveyId };
    }
  } catch {
    // Unreadable storage: no lock to restore.
  }
  return null;
}

/** `lastSurveyId`: the survey whose kiosk was left last, so the survey page opens on it. */
export const useKioskLock = create<{ readonly lock: KioskPlace | null; readonly lastSurveyId: string | null }>()(() => ({ lock: storedLock(), lastSurveyId: null }));

function setLock(lock: KioskPlace | null): void {
  try {
    if (lock) sessionStorage.setItem(StorageKey, JSON.stringify(lock));
    else sessionStorage.removeItem(StorageKey);
  } catch {
    // Storage refused: the lock still holds in memory for this window.
  }
  useKioskLock.setState({ lock });
}

const kioskRoute = (place: KioskPlace): Route => ({ screen: 'kiosk', id: place.id, surveyId: place.surveyId });

/** The kiosk to show instead of the app, if any: the locked one wins over whatever the address says. */
export function useKioskPlace(route: Route): KioskPlace | null {
  const lock = useKioskLock((s) => s.lock);
  const place = lock ?? (route.screen === 'kiosk' ? { id: route.id, surveyId: route.surveyId } : null);
  const id = place?.id;
  const surveyId = place?.surveyId;
  const locked = lock !== null;
  useEffect(() => {
    if (!id || !surveyId) return;
    if (!locked) setLock({ id, surveyId });
    const kiosk = kioskRoute({ id, surveyId });
    if (route.screen !== 'kiosk' || route.id !== id || route.surveyId !== surveyId || location.hash !== routeToHash(kiosk)) {
      history.replaceState(null, '', routeToHash(kiosk));
      useUi.setState({ route: kiosk });
    }
  }, [id, surveyId, locked, route]);
  return place;
}

/** The deliberate way out: unlock, then go back to the survey's page in the app. */
export function leaveKiosk(place: KioskPlace): void {
  setLock(null);
  useKioskLock.setState({ lastSurveyId: place.surveyId });
  useUi.getState().navigate({ screen: 'instruments', id: place.id, tool: 'survey' });
}
