// Runs in the renderer. Walking the checklists domain by domain, with progress always in view.
import { type ReactElement, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentId } from '../../../../shared/domain/assessment';
import { riskMethod } from '../../../../shared/risk/methods';
import { scoreAssessment } from '../../../../shared/scoring/score';
import { ProgressBar } from '../../components/ProgressBar';
import { setArchived } from '../../data/assessments';
import { useAssessment, useLang } from '../../hooks/useAssessment';
import { useSave } from '../../hooks/useSave';
import { useUi } from '../../state/uiStore';
import { AssessmentTabs } from '../AssessmentTabs';
import { NotFound } from '../NotFound';
import { isReadOnly } from '../evidence/EvidenceScreen';
import { ItemCard } from './ItemCard';
import { recordByItem } from './recordByItem';

type Props = { id: AssessmentId; packId: string | undefined; itemId: string | undefined };

export function WalkScreen({ id, packId, itemId }: Props): ReactElement {
  const { t } = useTranslation();
  const lang = useLang();
  const save = useSave();
  const navigate = useUi((s) => s.navigate);
  const view = useAssessment(id);
  const method = riskMethod(view?.assessment.riskMethodId ?? '');
  const score = useMemo(() => (view ? scoreAssessment(view.packs, view.answers, method) : null), [view, method]);

  // Arriving from a link to one item (the summary's high risks): bring it into view and focus it.
  useEffect(() => {
    if (!itemId || !view) return;
    const heading = document.getElementById(`q-${itemId}`);
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus({ preventScroll: true });
  }, [itemId, packId, view === undefined]); // eslint-disable-line react-hooks/exhaustive-deps -- once per arrival, not per answer

  if (view === undefined || !score) return <p className="loading">{t('common.loading')}</p>;
  if (view === null) return <NotFound />;
  const { assessment, packs, missingPacks, answerByItem } = view;
  const record = recordByItem(view);
  const index = Math.max(0, packs.findIndex((p) => p.id === packId));
  const pack = packs[index];
  const readOnly = isReadOnly(assessment);

  return (
    <section className="screen walk" aria-labelledby="walk-title">
      <AssessmentTabs assessment={assessment} current="walk" />
      <div className="walk-progress">
        <ProgressBar value={score.answered} max={score.total} label={t('walk.overallProgress')} />
        <span className="muted">{t('walk.overallProgress')}</span>
      </div>
      {missingPacks.length > 0 && (
        <p className="notice warning" role="alert">
          {t('walk.missingPacks', { packs: missingPacks.map((p) => `${p.packId} v${p.version}`).join(', ') })}
        </p>
      )}
      {readOnly && (
        <p className="notice">
          {t('walk.archivedNotice')}{' '}
          <button type="button" onClick={() => save(() => setArchived(id, false))}>
            {t('list.restore')}
          </button>
        </p>
      )}
      {!pack ? (
        <div className="empty">
          <h1 id="walk-title">{t('walk.noPacksTitle')}</h1>
          <p>{t('walk.noPacksBody')}</p>
          <button type="button" className="primary" onClick={() => navigate({ screen: 'details', id })}>
            {t('tabs.details')}
          </button>
        </div>
      ) : (
        <div className="walk-layout">
          <nav className="domain-nav" aria-label={t('walk.domains')}>
            <ul>
              {packs.map((p, i) => {
                const s = score.packs[i]!;
                return (
                  <li key={p.id}>
                    <a
                      href={`#/assessments/${id}/walk/${p.id}`}
                      aria-current={i === index ? 'page' : undefined}
                      onClick={(e) => {
                        e.preventDefault();
                        navigate({ screen: 'walk', id, packId: p.id });
                        window.scrollTo({ top: 0 });
                      }}
                    >
                      <span className="domain-name">{p.title[lang]}</span>
                      <ProgressBar value={s.answered} max={s.total} label={t('walk.domainProgress', { domain: p.title[lang] })} />
                    </a>
                  </li>
                );
              })}
            </ul>
          </nav>
          <div className="walk-items">
            <h1 id="walk-title">{pack.title[lang]}</h1>
            <p className="muted">
              {pack.description[lang]} <span className="tag">{t('walk.packVersion', { version: pack.version })}</span>
            </p>
            {pack.sections.map((section, si) => (
              <section key={section.id} aria-labelledby={`s-${section.id}`}>
                <h2 id={`s-${section.id}`}>{section.title[lang]}</h2>
                {section.items.map((item, ii) => (
                  <ItemCard
                    key={item.id}
                    assessmentId={id}
                    pack={pack}
                    item={item}
                    number={`${si + 1}.${ii + 1}`}
                    answer={answerByItem.get(`${pack.id}/${item.id}`)}
                    method={method}
                    lang={lang}
                    readOnly={readOnly}
                    positions={record.get(`${pack.id}/${item.id}`)?.positions}
                    evidence={record.get(`${pack.id}/${item.id}`)?.evidence ?? []}
                    actions={record.get(`${pack.id}/${item.id}`)?.actions ?? []}
                    participants={assessment.participants}
                    recordKey={record.get(`${pack.id}/${item.id}`)?.key ?? ''}
                  />
                ))}
              </section>
            ))}
            <div className="screen-foot">
              {index > 0 && (
                <button type="button" onClick={() => navigate({ screen: 'walk', id, packId: packs[index - 1]!.id })}>
                  ← {packs[index - 1]!.title[lang]}
                </button>
              )}
              {index < packs.length - 1 ? (
                <button
                  type="button"
                  className="primary"
                  onClick={() => {
                    navigate({ screen: 'walk', id, packId: packs[index + 1]!.id });
                    window.scrollTo({ top: 0 });
                  }}
                >
                  {packs[index + 1]!.title[lang]} →
                </button>
              ) : (
                <button type="button" className="primary" onClick={() => navigate({ screen: 'summary', id })}>
                  {t('walk.toSummary')} →
                </button>
              )}
            </div>
          </div>
        </div>
      )}
    </section>
  );
}
