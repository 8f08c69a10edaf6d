// Runs in the renderer. The comparison route: choose the other visit, then compare the two in date order.
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentId } from '../../../shared/domain/assessment';
import { useAssessment } from '../hooks/useAssessment';
import { useUi } from '../state/uiStore';
import { AssessmentTabs } from './AssessmentTabs';
import { CompareChooser } from './compare/CompareChooser';
import { CompareScreen } from './compare/CompareScreen';
import { NotFound } from './NotFound';

export function CompareRoute({ id, otherId }: { id: AssessmentId; otherId: AssessmentId | undefined }): ReactElement {
  const { t } = useTranslation();
  const navigate = useUi((s) => s.navigate);
  const view = useAssessment(id);
  if (view === undefined) return <p className="loading">{t('common.loading')}</p>;
  if (view === null) return <NotFound />;
  // Comparing is not one of the assessment's tabs, so none is marked as current.
  return (
    <>
      <AssessmentTabs assessment={view.assessment} current={null} />
      {otherId ? (
        <CompareScreen earlierId={otherId} laterId={id} />
      ) : (
        <CompareChooser id={id} onCompare={(earlierId, laterId) => navigate({ screen: 'compare', id: laterId, otherId: earlierId })} />
      )}
    </>
  );
}
