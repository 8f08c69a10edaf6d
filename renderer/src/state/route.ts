// Runs in the renderer. Screens as data, mirrored in the address so a reload returns to the same place.
import type { AssessmentId } from '../../../shared/domain/assessment';

export type Route =
  | { readonly screen: 'list' }
  | { readonly screen: 'details'; readonly id: AssessmentId }
  | { readonly screen: 'walk'; readonly id: AssessmentId; readonly packId?: string; readonly itemId?: string }
  | { readonly screen: 'summary'; readonly id: AssessmentId }
  | { readonly screen: 'evidence'; readonly id: AssessmentId }
  | { readonly screen: 'actions'; readonly id: AssessmentId }
  | { readonly screen: 'meetings'; readonly id: AssessmentId }
  | { readonly screen: 'history'; readonly id: AssessmentId }
  | { readonly screen: 'compare'; readonly id: AssessmentId; readonly otherId?: AssessmentId }
  | { readonly screen: 'instruments'; readonly id: AssessmentId; readonly tool?: InstrumentTool }
  /** The anonymous survey kiosk: one response at a time on a shared laptop, no way back to earlier ones. */
  | { readonly screen: 'kiosk'; readonly id: AssessmentId; readonly surveyId: string }
  /** Moving an assessment to the newest version of one of its checklist packs. */
  | { readonly screen: 'migrate'; readonly id: AssessmentId; readonly packId: string }
  | { readonly screen: 'identities' }
  | { readonly screen: 'verify' }
  | { readonly screen: 'backup' };

export const InstrumentTools = ['bias', 'survey', 'cobot'] as const;
export type InstrumentTool = (typeof InstrumentTools)[number];
const isTool = (s: string | undefined): s is InstrumentTool => InstrumentTools.includes(s as InstrumentTool);

const segment = /^[A-Za-z0-9-]{1,64}$/;

export function routeToHash(route: Route): string {
  switch (route.screen) {
    case 'list':
      return '#/';
    case 'identities':
    case 'verify':
    case 'backup':
      return `#/${route.screen}`;
    case 'details':
    case 'summary':
    case 'evidence':
    case 'actions':
    case 'meetings':
    case 'history':
      return `#/assessments/${route.id}/${route.screen}`;
    case 'compare':
      return `#/assessments/${route.id}/compare${route.otherId ? `/${route.otherId}` : ''}`;
    case 'instruments':
      return `#/assessments/${route.id}/instruments${route.tool ? `/${route.tool}` : ''}`;
    case 'kiosk':
      return `#/assessments/${route.id}/kiosk/${route.surveyId}`;
    case 'migrate':
      return `#/assessments/${route.id}/migrate/${route.packId}`;
    case 'walk':
      return `#/assessments/${route.id}/walk${route.packId ? `/${route.packId}` : ''}${route.packId && route.itemId ? `/${route.itemId}` : ''}`;
  }
}

/** Anything unrecognised is the list: an address can never open a screen the app did not make. */
export function hashToRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  if (parts.length === 1 && (parts[0] === 'identities' || parts[0] === 'verify' || parts[0] === 'backup')) return { screen: parts[0] };
  if (parts[0] !== 'assessments' || !parts[1] || !parts.every((p) => segment.test(p))) return { screen: 'list' };
  const id = parts[1] as AssessmentId;
  switch (parts[2]) {
    case 'details':
    case 'summary':
    case 'evidence':
    case 'actions':
    case 'meetings':
    case 'history':
      return { screen: parts[2], id };
    case 'compare':
      return { screen: 'compare', id, ...(parts[3] ? { otherId: parts[3] as AssessmentId } : {}) };
    case 'instruments':
      return { screen: 'instruments', id, ...(isTool(parts[3]) ? { tool: parts[3] } : {}) };
    case 'kiosk':
      return parts[3] ? { screen: 'kiosk', id, surveyId: parts[3] } : { screen: 'list' };
    case 'migrate':
      return parts[3] ? { screen: 'migrate', id, packId: parts[3] } : { screen: 'details', id };
    case 'walk':
      return { screen: 'walk', id, ...(parts[3] ? { packId: parts[3] } : {}), ...(parts[3] && parts[4] ? { itemId: parts[4] } : {}) };
    default:
      return { screen: 'list' };
  }
}
