// Runs everywhere (pure). Per-checklist figures across several visits to one site, for a trend chart.
import type { AssessmentId } from '../domain/assessment';
import type { AssessmentBundle } from '../format/assessmentFile';
import type { Localized } from '../i18n/localized';
import type { Pack } from '../packs/schema';
import { riskMethod } from '../risk/methods';
import { type DomainFigures, domainFigures } from './domainFigures';
import { compareVisits } from './visits';

export type TrendVisit = { readonly assessmentId: AssessmentId; readonly title: string; readonly date: string };

export type TrendDomain = {
  readonly packId: string;
  /** From the newest visit that used this checklist. */
  readonly title: Localized;
  /** One entry per visit, in visit order; null where that visit did not use this checklist (or its version was not given). */
  readonly points: readonly (DomainFigures | null)[];
};

export type TrendSeries = { readonly visits: readonly TrendVisit[]; readonly domains: readonly TrendDomain[] };

/**
 * Each visit scored per checklist with its own pinned pack versions and risk method, checklists matched
 * by pack id. Visits are put in visit order here, so callers cannot draw a trend backwards.
 *
 * @param packs every pack version the visits pinned.
 */
export function trendSeries(bundles: readonly AssessmentBundle[], packs: readonly Pack[]): TrendSeries {
  const ordered = [...bundles].sort((a, b) => compareVisits(a.assessment, b.assessment));
  const pinned = ordered.map((b) => {
    const byId = new Map<string, Pack>();
    for (const ref of b.assessment.packs) {
      const pack = packs.find((p) => p.id === ref.packId && p.version === ref.version);
      if (pack) byId.set(pack.id, pack);
    }
    return byId;
  });

  // Newest visit's checklists first, in its order; then those only earlier visits used.
  const newestFirst = [...pinned].reverse();
  const packIds = [...new Set(newestFirst.flatMap((byId) => [...byId.keys()]))];
  const domains = packIds.map((packId): TrendDomain => {
    const points = ordered.map((b, i) => {
      const pack = pinned[i]!.get(packId);
      return pack ? domainFigures(pack, b.answers, riskMethod(b.assessment.riskMethodId)) : null;
    });
    const newest = newestFirst.find((byId) => byId.has(packId))!.get(packId)!;
    return { packId, title: newest.title, points };
  });
  return { visits: ordered.map((b) => ({ assessmentId: b.assessment.id, title: b.assessment.title, date: b.assessment.date })), domains };
}
