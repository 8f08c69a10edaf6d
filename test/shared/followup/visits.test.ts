import { describe, expect, it } from 'vitest';
import type { AssessmentId } from '../../../shared/domain/assessment';
import { inVisitOrder, relatedAssessments } from '../../../shared/followup/visits';
import { assessment } from './bundles';

const id = (x: string) => x as AssessmentId;

describe('relatedAssessments', () => {
  const current = assessment('now', { date: '2026-07-01' });
  const sameSite = assessment('same-site', { date: '2026-01-10', workplace: { ...current.workplace, name: '  hanbit logistics ', site: 'INCHEON' } });
  const otherSite = assessment('other-site', { workplace: { ...current.workplace, site: 'Busan' } });
  // Renamed after the first visit, but linked through the follow-up chain in both directions.
  const root = assessment('root', { date: '2025-06-01', workplace: { ...current.workplace, name: 'Hanbit (old name)' } });
  const middle = assessment('middle', { date: '2025-12-01', followUpOf: id('root'), workplace: { ...current.workplace, name: 'Renamed' } });
  const linked = assessment('now-linked', { date: '2026-07-01', followUpOf: id('middle'), workplace: { ...current.workplace, name: 'Renamed again' } });
  const child = assessment('child', { date: '2026-12-01', followUpOf: id('now-linked'), workplace: { ...current.workplace, name: 'Renamed' } });

  it('finds other visits to the same workplace and site, ignoring case and spaces, in visit order', () => {
    const found = relatedAssessments(current, [current, otherSite, sameSite, assessment('older', { date: '2025-03-03' })]);
    expect(found.map((a) => a.id)).toEqual(['older', 'same-site']);
  });

  it('follows the chain of follow-ups both ways, whatever the workplace is called now', () => {
    const found = relatedAssessments(linked, [root, middle, linked, child, otherSite]);
    expect(found.map((a) => a.id)).toEqual(['root', 'middle', 'child']);
  });

  it('does not match unnamed workplaces to each other', () => {
    const blank = (x: string) => assessment(x, { workplace: { name: '', site: '', sector: '', sizeBand: '' } });
    expect(relatedAssessments(blank('a'), [blank('a'), blank('b')])).toEqual([]);
  });
});

describe('inVisitOrder', () => {
  it('puts the earlier visit first, an undated one by the day it was created', () => {
    const early = assessment('early', { date: '2026-01-10' });
    const late = assessment('late', { date: '2026-07-01' });
    expect(inVisitOrder(late, early)).toEqual({ earlierId: 'early', laterId: 'late' });
    const undated = assessment('undated', { date: '', createdAt: '2026-03-01T00:00:00.000Z' });
    expect(inVisitOrder(late, undated)).toEqual({ earlierId: 'undated', laterId: 'late' });
  });
});
