// Runs in the renderer. Live views of one assessment: its record, its pinned packs and its answers.
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer, AssessmentId } from '../../../shared/domain/assessment';
import type { AssessmentBundle } from '../../../shared/format/assessmentFile';
import { isLanguage, type Language } from '../../../shared/i18n/localized';
import { findPack } from '../../../shared/packs/registry';
import type { Pack, PackRef } from '../../../shared/packs/schema';
import { bundleOf } from '../data/bundle';
import { database } from '../data/database';

/** The assessment with its working record, as it stands in the database. */
export type AssessmentView = AssessmentBundle & {
  /** The pack versions it was answered against, in the order chosen. */
  readonly packs: readonly Pack[];
  /** Pinned pack versions this build does not have (made by a newer build). */
  readonly missingPacks: readonly PackRef[];
  readonly answerByItem: ReadonlyMap<string, Answer>;
};

/** undefined while loading, null when there is no such assessment. */
export function useAssessment(id: AssessmentId): AssessmentView | null | undefined {
  // One snapshot of every table, so a view never mixes an old answer with a new action.
  const bundle = useLiveQuery(async () => ((await database().assessments.get(id)) ? bundleOf(id) : null), [id]);
  return useMemo(() => {
    if (bundle === undefined) return undefined;
    if (bundle === null) return null;
    const { assessment, answers } = bundle;
    const packs: Pack[] = [];
    const missingPacks: PackRef[] = [];
    for (const ref of assessment.packs) {
      const pack = findPack(ref);
      if (pack) packs.push(pack);
      else missingPacks.push(ref);
    }
    return { ...bundle, packs, missingPacks, answerByItem: new Map(answers.map((a) => [`${a.packId}/${a.itemId}`, a])) };
  }, [bundle]);
}

export function useLang(): Language {
  const { i18n } = useTranslation();
  return isLanguage(i18n.language) ? i18n.language : 'en';
}
