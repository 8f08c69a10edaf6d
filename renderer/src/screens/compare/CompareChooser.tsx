// Runs in the renderer. Picks another visit to the same workplace to compare this assessment with.
import { useLiveQuery } from 'dexie-react-hooks';
import { type FormEvent, type ReactElement, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment, AssessmentId } from '../../../../shared/domain/assessment';
import { compareVisits, inVisitOrder, relatedAssessments } from '../../../../shared/followup/visits';
import { listAssessments } from '../../data/assessments';
import { useLang } from '../../hooks/useAssessment';
import { formatDate } from '../../i18n';
import { assessmentName } from '../AssessmentListScreen';
import './compare.css';

type Props = {
  id: AssessmentId;
  /** Called with the two in visit order. */
  onCompare: (earlierId: AssessmentId, laterId: AssessmentId) => void;
};

export function CompareChooser({ id, onCompare }: Props): ReactElement {
  const { t } = useTranslation();
  const lang = useLang();
  const selectId = useId();
  const all = useLiveQuery(listAssessments);
  const [picked, setPicked] = useState<AssessmentId | null>(null);
  if (!all) return <p className="loading">{t('common.loading')}</p>;
  const current = all.find((a) => a.id === id);
  const others = current ? relatedAssessments(current, all) : [];

  const describe = (a: Assessment): string => {
    const when = formatDate(a.date, lang) || t('compare.undated');
    const relation = t(compareVisits(a, current!) <= 0 ? 'compare.relation.earlier' : 'compare.relation.later');
    return [assessmentName(a, t('list.untitled')), when, relation, ...(a.status === 'archived' ? [t('list.archived')] : [])].join(' · ');
  };
  const chosen = others.find((a) => a.id === picked) ?? defaultChoice(current, others);
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    if (!current || !chosen) return;
    const { earlierId, laterId } = inVisitOrder(current, chosen);
    onCompare(earlierId, laterId);
  };

  return (
    <section className="card compare-chooser" aria-labelledby={`${selectId}-title`}>
      <h2 id={`${selectId}-title`}>{t('compare.chooseTitle')}</h2>
      {others.length === 0 || !chosen ? (
        <p className="muted">{t('compare.chooseNone')}</p>
      ) : (
        <form onSubmit={submit} className="compare-choose-form">
          <div className="field">
            <label htmlFor={selectId}>{t('compare.chooseLabel')}</label>
            <p className="hint" id={`${selectId}-hint`}>
              {t('compare.chooseHint')}
            </p>
            <select id={selectId} aria-describedby={`${selectId}-hint`} value={chosen.id} onChange={(e) => setPicked(e.target.value as AssessmentId)}>
              {others.map((a) => (
                <option key={a.id} value={a.id}>
                  {describe(a)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="primary">
            {t('compare.compareButton')}
          </button>
        </form>
      )}
    </section>
  );
}

/** The visit this one follows up, else the latest earlier visit, else the first later one: the comparison people want first. */
function defaultChoice(current: Assessment | undefined, others: readonly Assessment[]): Assessment | undefined {
  if (!current) return undefined;
  const earlier = others.filter((a) => compareVisits(a, current) <= 0);
  return others.find((a) => a.id === current.followUpOf) ?? earlier[earlier.length - 1] ?? others[0];
}
