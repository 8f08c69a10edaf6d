// Runs in the renderer. Shown for an address whose assessment was deleted or never existed here.
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useUi } from '../state/uiStore';

export function NotFound(): ReactElement {
  const { t } = useTranslation();
  const navigate = useUi((s) => s.navigate);
  return (
    <section className="screen empty">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <button type="button" className="primary" onClick={() => navigate({ screen: 'list' })}>
        {t('notFound.back')}
      </button>
    </section>
  );
}
