// Runs in the renderer. Live views of one assessment: its record, its pinned packs and its answers.
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer, Assessment, AssessmentId } from '../../../shared/domain/assessment';
import { isLanguage, type Language } from '../../../shared/i18n/localized';
import { findPack } from '../../../shared/packs/registry';
import type { Pack, PackRef } from '../../../shared/packs/schema';
import { answersOf } from '../data/answers';
import { getAssessment } from '../data/assessments';

export type AssessmentView = {
  readonly assessment: Assessment;
  /** The pack versions it was answered against, in the order chosen. */
  readonly packs: readonly Pack[];
  /** Pinned pack versions this build does not have (made by a newer build). */
  readonly missingPacks: readonly PackRef[];
  readonly answers: readonly Answer[];
  readonly answerByItem: ReadonlyMap<string, Answer>;
};

/** undefined while loading, null when there is no such assessment. */
export function useAssessment(id: AssessmentId): AssessmentView | null | undefined {
  const assessment = useLiveQuery(async () => (await getAssessment(id)) ?? null, [id]);
  const answers = useLiveQuery(() => answersOf(id), [id]);
  return useMemo(() => {
    if (assessment === undefined || answers === undefined) return undefined;
    if (assessment === null) return null;
    const packs: Pack[] = [];
    const missingPacks: PackRef[] = [];
    for (const ref of assessment.packs) {
      const pack = findPack(ref);
      if (pack) packs.push(pack);
      else missingPacks.push(ref);
    }
    return { assessment, packs, missingPacks, answers, answerByItem: new Map(answers.map((a) => [`${a.packId}/${a.itemId}`, a])) };
  }, [assessment, answers]);
}

export function useLang(): Language {
  const { i18n } = useTranslation();
  return isLanguage(i18n.language) ? i18n.language : 'en';
}
