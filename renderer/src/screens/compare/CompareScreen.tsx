// Runs in the renderer. Two visits to one site side by side: what changed, per checklist and item by item, and the action plan.
import { type ReactElement, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment, AssessmentId } from '../../../../shared/domain/assessment';
import { compareAssessments } from '../../../../shared/followup/compare';
import { trendSeries } from '../../../../shared/followup/trendSeries';
import { compareVisits } from '../../../../shared/followup/visits';
import { type AssessmentView, useAssessment, useLang } from '../../hooks/useAssessment';
import { formatDate } from '../../i18n';
import { useUi } from '../../state/uiStore';
import { assessmentName } from '../AssessmentListScreen';
import { NotFound } from '../NotFound';
import { ActionChanges } from './ActionChanges';
import { ItemChanges } from './ItemChanges';
import { TrendChart } from './TrendChart';
import './compare.css';

/** Shows the two in visit order whichever way round they are passed, so a swapped pair never reads backwards. */
export function CompareScreen({ earlierId, laterId }: { earlierId: AssessmentId; laterId: AssessmentId }): ReactElement {
  const { t } = useTranslation();
  const first = useAssessment(earlierId);
  const second = useAssessment(laterId);
  if (first === undefined || second === undefined) return <p className="loading">{t('common.loading')}</p>;
  if (first === null || second === null) return <NotFound />;
  const [earlier, later] = compareVisits(first.assessment, second.assessment) <= 0 ? [first, second] : [second, first];
  return <Comparison earlier={earlier} later={later} />;
}

function Comparison({ earlier, later }: { earlier: AssessmentView; later: AssessmentView }): ReactElement {
  const { t } = useTranslation();
  const lang = useLang();
  const packs = useMemo(() => [...earlier.packs, ...later.packs], [earlier, later]);
  const comparison = useMemo(() => compareAssessments(earlier, later, packs), [earlier, later, packs]);
  const trend = useMemo(() => trendSeries([earlier, later], packs), [earlier, later, packs]);
  const { summary } = comparison;
  const dateOf = (a: Assessment): string => formatDate(a.date, lang) || t('compare.undated');
  const visitLabels = [t('compare.earlierOn', { date: dateOf(earlier.assessment) }), t('compare.laterOn', { date: dateOf(later.assessment) })];
  const counts = [
    ['answersChanged', summary.answersChanged],
    ['riskUp', summary.riskUp],
    ['riskDown', summary.riskDown],
    ['actionsClosed', summary.actionsClosed],
    ['stillToRecheck', summary.stillToRecheck],
    ['actionsStillOpen', summary.actionsStillOpen],
  ] as const;

  return (
    <section className="screen compare" aria-labelledby="compare-title">
      <h1 id="compare-title">{t('compare.title')}</h1>
      <dl className="compare-visits">
        <VisitCard label={t('compare.earlierVisit')} visit={earlier.assessment} date={dateOf(earlier.assessment)} />
        <VisitCard label={t('compare.laterVisit')} visit={later.assessment} date={dateOf(later.assessment)} />
      </dl>
      {comparison.missingPacks.length > 0 && (
        <p className="notice warning">{t('compare.missingPacks', { packs: comparison.missingPacks.map((p) => `${p.packId} v${p.version}`).join(', ') })}</p>
      )}

      <h2>{t('compare.changes')}</h2>
      <ul className="compare-counts">
        {counts.map(([key, n]) => (
          <li key={key} className="card" data-count={key}>
            <strong>{n}</strong> <span>{t(`compare.count.${key}`)}</span>
          </li>
        ))}
      </ul>

      <h2>{t('compare.byDomain')}</h2>
      <TrendChart series={trend} visitLabels={visitLabels} />

      <h2>{t('compare.items')}</h2>
      <ItemChanges comparison={comparison} laterId={later.assessment.id} earlierPacks={earlier.packs} laterPacks={later.packs} />

      <h2>{t('compare.actions')}</h2>
      <ActionChanges actions={comparison.actions} />
    </section>
  );
}

function VisitCard({ label, visit, date }: { label: string; visit: Assessment; date: string }): ReactElement {
  const { t } = useTranslation();
  const navigate = useUi((s) => s.navigate);
  return (
    <div className="card">
      <dt>{label}</dt>
      <dd>
        <a
          href={`#/assessments/${visit.id}/summary`}
          onClick={(e) => {
            e.preventDefault();
            navigate({ screen: 'summary', id: visit.id });
          }}
        >
          {assessmentName(visit, t('list.untitled'))}
        </a>
        <span className="muted"> · {date}</span>
      </dd>
    </div>
  );
}
