// Runs in the renderer. The summary's account of the committee's record: open disagreements, the action plan's state.
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionStatuses, isOverdue } from '../../../shared/domain/record';
import { localToday } from '../../../shared/domain/today';
import { countDisagreements } from '../data/positions';
import type { AssessmentView } from '../hooks/useAssessment';
import { useUi } from '../state/uiStore';

export function RecordSummary({ view, question }: { view: AssessmentView; question: (packId: string, itemId: string) => string }): ReactElement {
  const { t } = useTranslation();
  const navigate = useUi((s) => s.navigate);
  const { assessment, positions, actions } = view;
  const disagreements = countDisagreements(positions);
  const today = localToday();
  const overdue = actions.filter((a) => isOverdue(a, today)).length;
  const open = positions.filter((p) => p.status === 'open');

  return (
    <>
      <h2>{t('summary.disagreements')}</h2>
      <p data-testid="disagreement-count">{t('summary.disagreementCount', { open: disagreements.open, settled: disagreements.settled })}</p>
      {open.length > 0 && (
        <ul>
          {open.map((p) => (
            <li key={`${p.packId}/${p.itemId}`}>
              <a
                href={`#/assessments/${assessment.id}/walk/${p.packId}/${p.itemId}`}
                onClick={(e) => {
                  e.preventDefault();
                  navigate({ screen: 'walk', id: assessment.id, packId: p.packId, itemId: p.itemId });
                }}
              >
                {question(p.packId, p.itemId)}
              </a>
            </li>
          ))}
        </ul>
      )}
      <h2>{t('summary.actionPlan')}</h2>
      <p>
        {ActionStatuses.map((s) => `${t(`summary.actionStatus.${s}`)}: ${actions.filter((a) => a.status === s).length}`).join(' · ')}
        {overdue > 0 && <strong className="warning-text"> · {t('summary.overdue', { count: overdue })}</strong>}{' '}
        <a
          href={`#/assessments/${assessment.id}/actions`}
          onClick={(e) => {
            e.preventDefault();
            navigate({ screen: 'actions', id: assessment.id });
          }}
        >
          {t('summary.toActionPlan')}
        </a>
      </p>
    </>
  );
}
