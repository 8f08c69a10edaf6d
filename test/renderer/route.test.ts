import { describe, expect, it } from 'vitest';
import type { AssessmentId } from '../../shared/domain/assessment';
import { hashToRoute, type Route, routeToHash } from '../../renderer/src/state/route';

const id = '0b6c4c1e-6a0e-4c56-9f3e-2a7f3c0f9d11' as AssessmentId;

describe('routes in the address', () => {
  it('round-trip every screen', () => {
    const routes: Route[] = [
      { screen: 'list' },
      { screen: 'identities' },
      { screen: 'verify' },
      { screen: 'details', id },
      { screen: 'summary', id },
      { screen: 'walk', id },
      { screen: 'walk', id, packId: 'collaborative-robots' },
      { screen: 'walk', id, packId: 'collaborative-robots', itemId: 'cobot-03' },
    ];
    for (const r of routes) expect(hashToRoute(routeToHash(r))).toEqual(r);
  });

  it('send anything unrecognised or odd to the list', () => {
    for (const hash of ['', '#', '#/nothing', '#/assessments', `#/assessments/${id}/delete`, '#/assessments/<script>/walk', '#/assessments/..%2f/walk']) {
      expect(hashToRoute(hash)).toEqual({ screen: 'list' });
    }
  });
});
