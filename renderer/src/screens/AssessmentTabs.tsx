// Runs in the renderer. The assessment's name and its three views, shown above each of them.
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../shared/domain/assessment';
import { useUi } from '../state/uiStore';
import { assessmentName } from './AssessmentListScreen';

const tabs = ['details', 'walk', 'evidence', 'instruments', 'actions', 'meetings', 'summary'] as const;

export function AssessmentTabs({ assessment, current }: { assessment: Assessment; current: (typeof tabs)[number] | null }): ReactElement {
  const { t, i18n } = useTranslation();
  const navigate = useUi((s) => s.navigate);
  return (
    <div className="assessment-head">
      <p className="assessment-name">
        {assessmentName(assessment, t('list.untitled'))}
        {assessment.status === 'archived' && <span className="tag">{t('list.archived')}</span>}
        {assessment.importedFrom && <span className="tag">{t('record.readOnly')}</span>}
      </p>
      {assessment.importedFrom && (
        <p className="notice warning">
          {t('record.importedNotice', {
            file: assessment.importedFrom.fileName,
            when: new Date(assessment.importedFrom.importedAt).toLocaleString(i18n.language),
            signer: assessment.importedFrom.signer ?? t('record.unsigned'),
          })}{' '}
          {assessment.importedFrom.intact ? t('record.intact') : t('record.notIntact')}
        </p>
      )}
      <nav aria-label={t('tabs.label')} className="tabs">
        {tabs.map((tab) => (
          <a
            key={tab}
            href={`#/assessments/${assessment.id}/${tab}`}
            aria-current={tab === current ? 'page' : undefined}
            onClick={(e) => {
              e.preventDefault();
              navigate({ screen: tab, id: assessment.id });
            }}
          >
            {t(`tabs.${tab}`)}
          </a>
        ))}
      </nav>
    </div>
  );
}
