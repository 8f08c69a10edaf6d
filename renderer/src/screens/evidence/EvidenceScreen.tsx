// Runs in the renderer. All evidence of an assessment: the whole assessment's own, then each item's, linked to the item.
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentId } from '../../../../shared/domain/assessment';
import { packItems } from '../../../../shared/packs/schema';
import { evidenceFor } from '../../data/evidence';
import { useAssessment, useLang } from '../../hooks/useAssessment';
import { useUi } from '../../state/uiStore';
import { AssessmentTabs } from '../AssessmentTabs';
import { NotFound } from '../NotFound';
import { EvidencePanel } from './EvidencePanel';

export function isReadOnly(assessment: { readonly status: string; readonly importedFrom: unknown }): boolean {
  return assessment.status === 'archived' || assessment.importedFrom !== null;
}

export function EvidenceScreen({ id }: { id: AssessmentId }): ReactElement {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useUi((s) => s.navigate);
  const view = useAssessment(id);
  if (view === undefined) return <p className="loading">{t('common.loading')}</p>;
  if (view === null) return <NotFound />;
  const { assessment, packs, evidence } = view;
  const readOnly = isReadOnly(assessment);
  const items = packs.flatMap((pack) => packItems(pack).map((item) => ({ pack, item, attached: evidenceFor(evidence, { packId: pack.id, itemId: item.id }) }))).filter((row) => row.attached.length > 0);

  return (
    <section className="screen" aria-labelledby="evidence-title">
      <AssessmentTabs assessment={assessment} current="evidence" />
      <h1 id="evidence-title">{t('evidence.title')}</h1>
      <p className="muted">{t('evidence.intro')}</p>
      <h2>{t('evidence.wholeAssessment')}</h2>
      <EvidencePanel assessmentId={id} item={null} evidence={evidenceFor(evidence, null)} readOnly={readOnly} label={t('evidence.assessmentLabel')} />
      <h2>{t('evidence.byItem')}</h2>
      {items.length === 0 && <p className="muted">{t('evidence.none')}</p>}
      {items.map(({ pack, item, attached }) => (
        <section key={`${pack.id}/${item.id}`} className="card evidence-item" aria-label={item.question[lang]}>
          <h3>
            <a
              href={`#/assessments/${id}/walk/${pack.id}/${item.id}`}
              onClick={(e) => {
                e.preventDefault();
                navigate({ screen: 'walk', id, packId: pack.id, itemId: item.id });
              }}
            >
              {item.question[lang]}
            </a>{' '}
            <span className="muted small">{pack.title[lang]}</span>
          </h3>
          <EvidencePanel assessmentId={id} item={{ packId: pack.id, itemId: item.id }} evidence={attached} readOnly label={t('evidence.itemLabel')} />
        </section>
      ))}
    </section>
  );
}
