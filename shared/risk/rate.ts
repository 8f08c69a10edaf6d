// Runs everywhere (pure). Turning a rating (one level per factor) into a score and a risk level.
import type { RiskLevel, RiskMethod } from './methods';

/** Chosen level value per factor id, e.g. `{ likelihood: 3, severity: 4 }`. */
export type RiskRating = { readonly methodId: string; readonly values: Readonly<Record<string, number>> };

export type RatedRisk = { readonly score: number; readonly level: RiskLevel };

/** Null until every factor of the method has a valid level: a half-rated item has no level yet. */
export function rateRisk(method: RiskMethod, rating: RiskRating | null | undefined): RatedRisk | null {
  if (!rating || rating.methodId !== method.id) return null;
  let score = 1;
  for (const factor of method.factors) {
    const value = rating.values[factor.id];
    if (value === undefined || !factor.levels.some((lv) => lv.value === value)) return null;
    score *= value;
  }
  return { score, level: levelForScore(method, score) };
}

export function levelForScore(method: RiskMethod, score: number): RiskLevel {
  const band = method.bands.find((b) => b.max === null || score <= b.max);
  // The schema requires an open last band; fall back to the last one all the same.
  return (band ?? method.bands[method.bands.length - 1]!).level;
}

/** The rating with one factor set (or cleared); null once no factor is left. Ratings of another method start afresh. */
export function withFactor(rating: RiskRating | null, methodId: string, factorId: string, value: number | null): RiskRating | null {
  const values: Record<string, number> = rating?.methodId === methodId ? { ...rating.values } : {};
  if (value === null) delete values[factorId];
  else values[factorId] = value;
  return Object.keys(values).length > 0 ? { methodId, values } : null;
}

export function sameRating(a: RiskRating | null, b: RiskRating | null): boolean {
  if (a === null || b === null) return a === b;
  const keys = Object.keys(a.values);
  return a.methodId === b.methodId && keys.length === Object.keys(b.values).length && keys.every((k) => a.values[k] === b.values[k]);
}
