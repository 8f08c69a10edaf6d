// Runs in the renderer. Where the assessment stands: progress and risk per domain, as tables and pictures.
import { lazy, type ReactElement, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentId } from '../../../shared/domain/assessment';
import { packItems } from '../../../shared/packs/schema';
import { RiskLevels, riskMethod } from '../../../shared/risk/methods';
import { scoreAssessment } from '../../../shared/scoring/score';
import { DomainChart } from '../components/DomainChart';
import { LevelBadge } from '../components/LevelBadge';
import { MatrixLayout } from '../components/MatrixLayout';
import { useAssessment, useLang } from '../hooks/useAssessment';
import { startFollowUpVisit } from '../data/followUp';
import { useFileActions } from '../hooks/useFileActions';
import { useSave } from '../hooks/useSave';
import { useUi } from '../state/uiStore';
import { AssessmentTabs } from './AssessmentTabs';
import { ReportsPanel } from './reports/ReportsPanel';
import { NotFound } from './NotFound';
import { RecordSummary } from './RecordSummary';

// Pack writing brings the signing code: loaded when the dialog first opens.
const PackExportDialog = lazy(() => import('./packs/PackExportDialog').then((m) => ({ default: m.PackExportDialog })));

export function SummaryScreen({ id }: { id: AssessmentId }): ReactElement {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useUi((s) => s.navigate);
  const setNotice = useUi((s) => s.setNotice);
  const save = useSave();
  const [packExport, setPackExport] = useState(false);
  const view = useAssessment(id);
  const files = useFileActions();
  const method = riskMethod(view?.assessment.riskMethodId ?? '');
  const score = useMemo(() => (view ? scoreAssessment(view.packs, view.answers, method) : null), [view, method]);

  if (view === undefined || !score) return <p className="loading">{t('common.loading')}</p>;
  if (view === null) return <NotFound />;
  const { assessment, packs } = view;
  const title = (packId: string): string => packs.find((p) => p.id === packId)?.title[lang] ?? packId;
  const question = (packId: string, itemId: string): string =>
    packItems(packs.find((p) => p.id === packId)!).find((i) => i.id === itemId)?.question[lang] ?? itemId;

  return (
    <section className="screen" aria-labelledby="summary-title">
      <AssessmentTabs assessment={assessment} current="summary" />
      <h1 id="summary-title">{t('summary.title')}</h1>
      <p>{t('summary.overall', { answered: score.answered, total: score.total, method: method.name[lang] })}</p>

      <h2>{t('summary.byDomain')}</h2>
      <div className="table-wrap">
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{t('summary.domain')}</th>
              <th scope="col">{t('summary.answered')}</th>
              <th scope="col">{t('summary.unanswered')}</th>
              <th scope="col">{t('summary.concerns')}</th>
              <th scope="col">{t('summary.unknowns')}</th>
              {RiskLevels.map((l) => (
                <th scope="col" key={l}>
                  {t(`risk.level.${l}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {score.packs.map((s) => (
              <tr key={s.packId}>
                <th scope="row">{title(s.packId)}</th>
                <td>{s.answered}</td>
                <td>{s.total - s.answered}</td>
                <td>{s.concerns}</td>
                <td>{s.unknowns}</td>
                {RiskLevels.map((l) => (
                  <td key={l}>{s.levels[l]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <DomainChart title={t('summary.chartTitle')} bars={score.packs.map((s) => ({ label: title(s.packId), score: s }))} />

      <h2>{t('summary.risks')}</h2>
      <ul className="level-counts">
        {RiskLevels.map((l) => (
          <li key={l}>
            <LevelBadge level={l} /> <strong>{score.levels[l]}</strong>
          </li>
        ))}
      </ul>
      {score.heatMap ? (
        <div className="heatmap">
          <h3>{t('summary.heatMap')}</h3>
          <MatrixLayout
            method={method}
            lang={lang}
            caption={t('summary.heatMap')}
            cell={(i, j) => {
              const n = score.heatMap![i]![j]!;
              return <span className={n ? 'heat-count' : 'heat-empty'}>{n || ''}</span>;
            }}
          />
        </div>
      ) : (
        <p className="muted">{t('summary.noHeatMap')}</p>
      )}

      <h2>{t('summary.highRisks')}</h2>
      {score.highRisks.length === 0 ? (
        <p className="muted">{t('summary.noHighRisks')}</p>
      ) : (
        <ol className="high-risks">
          {score.highRisks.map((r) => (
            <li key={`${r.packId}/${r.itemId}`}>
              <LevelBadge level={r.level} />{' '}
              <a
                href={`#/assessments/${id}/walk/${r.packId}/${r.itemId}`}
                onClick={(e) => {
                  e.preventDefault();
                  navigate({ screen: 'walk', id, packId: r.packId, itemId: r.itemId });
                }}
              >
                {question(r.packId, r.itemId)}
              </a>{' '}
              <span className="muted">
                ({title(r.packId)}, {t('summary.score', { score: r.score })})
              </span>
            </li>
          ))}
        </ol>
      )}

      <RecordSummary view={view} question={question} />

      <h2>{t('reports.title')}</h2>
      <ReportsPanel view={view} />

      <h2>{t('followUp.title')}</h2>
      <div className="exports">
        <div>
          <button
            type="button"
            onClick={() =>
              save(async () => {
                const next = await startFollowUpVisit(id);
                setNotice({ kind: 'success', message: t('followUp.started') });
                navigate({ screen: 'details', id: next });
              })
            }
          >
            {t('followUp.start')}
          </button>
          <p className="hint">{t('followUp.startHint')}</p>
        </div>
        <div>
          <button type="button" onClick={() => navigate({ screen: 'compare', id })}>
            {t('followUp.compare')}
          </button>
          <p className="hint">{t('followUp.compareHint')}</p>
        </div>
      </div>

      <h2>{t('history.title')}</h2>
      <div className="exports">
        <div>
          <button type="button" onClick={() => navigate({ screen: 'history', id })}>
            {t('history.open')}
          </button>
          <p className="hint">{t('history.openHint')}</p>
        </div>
      </div>

      <h2>{t('summary.exports')}</h2>
      <div className="exports">
        <div>
          <button type="button" onClick={() => void files.exportAssessment(id)}>
            {t('files.export')}
          </button>
          <p className="hint">{t('files.exportHint')}</p>
        </div>
        <div>
          <button type="button" onClick={() => setPackExport(true)}>
            {t('packs.exportButton')}
          </button>
          <p className="hint">{t('packs.exportHint')}</p>
        </div>
      </div>
      {packExport && (
        <Suspense fallback={null}>
          <PackExportDialog assessmentId={id} onClose={() => setPackExport(false)} />
        </Suspense>
      )}
    </section>
  );
}
