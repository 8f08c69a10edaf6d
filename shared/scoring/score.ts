// Runs everywhere (pure). Summary figures for an assessment, computed over the pack versions it pinned.
import type { Answer } from '../domain/assessment';
import { isAnswered } from '../domain/assessment';
import type { Domain, Pack } from '../packs/schema';
import { packItems } from '../packs/schema';
import type { RiskLevel, RiskMethod } from '../risk/methods';
import { RiskLevels } from '../risk/methods';
import { rateRisk } from '../risk/rate';

export type LevelCounts = Record<RiskLevel, number>;

export type PackScore = {
  readonly packId: string;
  readonly version: number;
  readonly domain: Domain;
  readonly total: number;
  readonly answered: number;
  /** Answers that show a safeguard missing or partial ("no", "partly", or a choice marked as a concern). */
  readonly concerns: number;
  /** "Unknown" answers: nobody at the table could say; worth a follow-up of their own. */
  readonly unknowns: number;
  readonly rated: number;
  readonly levels: LevelCounts;
};

export type HighRisk = { readonly packId: string; readonly itemId: string; readonly score: number; readonly level: RiskLevel };

export type AssessmentScore = {
  readonly packs: readonly PackScore[];
  readonly total: number;
  readonly answered: number;
  readonly levels: LevelCounts;
  /**
   * Rated items per cell of a two-factor method: `cells[i][j]` counts ratings with the first
   * factor's i-th level and the second factor's j-th level. Null for three-factor methods,
   * which have no two-dimensional map.
   */
  readonly heatMap: number[][] | null;
  /** Items rated high or very high, highest score first. */
  readonly highRisks: readonly HighRisk[];
};

function zeroLevels(): LevelCounts {
  return Object.fromEntries(RiskLevels.map((l) => [l, 0])) as LevelCounts;
}

/** Whether an answer shows a safeguard missing or partial: "no", "partly", or a choice option marked as a concern. */
export function isConcern(pack: Pack, itemId: string, value: Answer['value']): boolean {
  const item = packItems(pack).find((i) => i.id === itemId);
  if (!item || value === null) return false;
  if (item.answerType.kind === 'standard') return value === 'no' || value === 'partly';
  if (item.answerType.kind === 'choice') return item.answerType.options.some((o) => o.id === value && o.concern);
  return false;
}

/**
 * Scores only items that exist in the pinned pack version: answers to items of another version
 * (left over from a migration) are ignored rather than miscounted.
 */
export function scoreAssessment(packs: readonly Pack[], answers: readonly Answer[], method: RiskMethod): AssessmentScore {
  const byKey = new Map(answers.map((a) => [`${a.packId}\u0000${a.itemId}`, a]));
  const twoFactor = method.factors.length === 2 ? method.factors : null;
  const heatMap = twoFactor ? twoFactor[0]!.levels.map(() => twoFactor[1]!.levels.map(() => 0)) : null;
  const levels = zeroLevels();
  const highRisks: HighRisk[] = [];

  const packScores = packs.map((pack): PackScore => {
    const packLevels = zeroLevels();
    let answered = 0;
    let concerns = 0;
    let unknowns = 0;
    let rated = 0;
    const items = packItems(pack);
    for (const item of items) {
      const answer = byKey.get(`${pack.id}\u0000${item.id}`);
      if (!answer) continue;
      if (isAnswered(answer)) answered += 1;
      if (isConcern(pack, item.id, answer.value)) concerns += 1;
      if (answer.value === 'unknown' && item.answerType.kind === 'standard') unknowns += 1;
      const risk = rateRisk(method, answer.risk);
      if (!risk) continue;
      rated += 1;
      packLevels[risk.level] += 1;
      levels[risk.level] += 1;
      if (risk.level === 'high' || risk.level === 'very-high') highRisks.push({ packId: pack.id, itemId: item.id, ...risk });
      if (heatMap && twoFactor) {
        const i = twoFactor[0]!.levels.findIndex((lv) => lv.value === answer.risk!.values[twoFactor[0]!.id]);
        const j = twoFactor[1]!.levels.findIndex((lv) => lv.value === answer.risk!.values[twoFactor[1]!.id]);
        heatMap[i]![j]! += 1;
      }
    }
    return { packId: pack.id, version: pack.version, domain: pack.domain, total: items.length, answered, concerns, unknowns, rated, levels: packLevels };
  });

  highRisks.sort((a, b) => b.score - a.score);
  return {
    packs: packScores,
    total: packScores.reduce((n, p) => n + p.total, 0),
    answered: packScores.reduce((n, p) => n + p.answered, 0),
    levels,
    heatMap,
    highRisks,
  };
}
