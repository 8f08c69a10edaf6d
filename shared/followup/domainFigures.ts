// Runs everywhere (pure). One checklist's figures for one visit, as the comparison and the trend chart show them.
import type { Answer } from '../domain/assessment';
import { type Pack, packItems } from '../packs/schema';
import type { RiskLevel, RiskMethod } from '../risk/methods';
import { rateRisk } from '../risk/rate';
import { isConcern, type PackScore, scoreAssessment } from '../scoring/score';

/** The summary's figures for one pack, plus what needs attention. */
export type DomainFigures = PackScore & {
  /** Items rated high or very high. */
  readonly highRisks: number;
  /** Items with a concern, a high risk or both, each counted once: what a follow-up visit looks at first. */
  readonly flagged: number;
  /** `flagged` over every item of the pack version (0 to 1), so visits that answered more or less still compare. */
  readonly flaggedShare: number;
};

export function isHighLevel(level: RiskLevel | null): boolean {
  return level === 'high' || level === 'very-high';
}

/** Figures for one pinned pack version, scored the way the summary scores it. */
export function domainFigures(pack: Pack, answers: readonly Answer[], method: RiskMethod): DomainFigures {
  const score = scoreAssessment([pack], answers, method).packs[0]!;
  const byItem = new Map(answers.filter((a) => a.packId === pack.id).map((a) => [a.itemId, a]));
  let flagged = 0;
  for (const item of packItems(pack)) {
    const answer = byItem.get(item.id);
    if (!answer) continue;
    if (isConcern(pack, item.id, answer.value) || isHighLevel(rateRisk(method, answer.risk)?.level ?? null)) flagged += 1;
  }
  return {
    ...score,
    highRisks: score.levels.high + score.levels['very-high'],
    flagged,
    flaggedShare: score.total === 0 ? 0 : flagged / score.total,
  };
}
