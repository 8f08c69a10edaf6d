// Runs everywhere (pure). The built-in checklist packs, every published version, validated on first use.
import type { Pack, PackRef } from './schema';
import { Domains, PackSchema } from './schema';
import aiIntroductionV1 from './data/ai-introduction.v1.json';
import biasedDataV1 from './data/biased-data.v1.json';
import collaborativeRobotsV1 from './data/collaborative-robots.v1.json';
import psychosocialLoadV1 from './data/psychosocial-load.v1.json';
import psychosocialLoadV2 from './data/psychosocial-load.v2.json';
import surveillanceV1 from './data/surveillance-algorithmic-management.v1.json';

/** Every published pack file. A published version is never edited: a change is a new file. */
const publishedPackData: readonly unknown[] = [aiIntroductionV1, surveillanceV1, collaborativeRobotsV1, psychosocialLoadV1, psychosocialLoadV2, biasedDataV1];

let validated: readonly Pack[] | null = null;

/** All published versions of all built-in packs, validated against the schema once. */
export function publishedPacks(): readonly Pack[] {
  validated ??= publishedPackData.map((data) => PackSchema.parse(data));
  return validated;
}

/** The newest version of each built-in pack, in walk-through (domain) order. */
export function currentPacks(): readonly Pack[] {
  const newest = new Map<string, Pack>();
  for (const pack of publishedPacks()) {
    const seen = newest.get(pack.id);
    if (!seen || seen.version < pack.version) newest.set(pack.id, pack);
  }
  return [...newest.values()].sort((a, b) => Domains.indexOf(a.domain) - Domains.indexOf(b.domain));
}

/** The exact pack version an assessment was answered against, or undefined if this build lacks it. */
export function findPack(ref: PackRef): Pack | undefined {
  return publishedPacks().find((p) => p.id === ref.packId && p.version === ref.version);
}
