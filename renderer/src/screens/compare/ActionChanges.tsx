// Runs in the renderer. The action plan across two visits: closed since, still open, and new.
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { type Action, isOpenAction } from '../../../../shared/domain/record';
import type { ActionComparison } from '../../../../shared/followup/compare';
import { useLang } from '../../hooks/useAssessment';
import { formatDate } from '../../i18n';

export function ActionChanges({ actions }: { actions: ActionComparison }): ReactElement {
  const { t } = useTranslation();
  const lang = useLang();
  const status = (a: Action): string => t(`summary.actionStatus.${a.status}`);
  return (
    <div className="compare-actions">
      <ActionList title={t('compare.closedActions')} count={actions.closedSinceEarlier.length}>
        {actions.closedSinceEarlier.map(({ earlier, later }) => (
          <li key={earlier.id}>
            {earlier.description} <span className="tag tag-ok">{status(later && !isOpenAction(later) ? later : earlier)}</span>
          </li>
        ))}
      </ActionList>
      <ActionList title={t('compare.stillOpenActions')} count={actions.stillOpen.length}>
        {actions.stillOpen.map(({ earlier, later }) => (
          <li key={earlier.id}>
            {earlier.description} <span className="tag tag-warn">{status(later ?? earlier)}</span>
            {later === null && <span className="muted"> ({t('compare.notCarried')})</span>}
            {(later ?? earlier).dueDate !== '' && <span className="muted"> {t('compare.due', { date: formatDate((later ?? earlier).dueDate, lang) })}</span>}
          </li>
        ))}
      </ActionList>
      <ActionList title={t('compare.newActions')} count={actions.new.length}>
        {actions.new.map((a) => (
          <li key={a.id}>
            {a.description} <span className="tag">{status(a)}</span>
          </li>
        ))}
      </ActionList>
    </div>
  );
}

function ActionList({ title, count, children }: { title: string; count: number; children: ReactElement[] }): ReactElement {
  const { t } = useTranslation();
  return (
    <section className="card">
      <h3>
        {title} ({count})
      </h3>
      {count === 0 ? <p className="muted">{t('compare.none')}</p> : <ul>{children}</ul>}
    </section>
  );
}
