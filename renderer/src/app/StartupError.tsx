// Runs in the renderer. What the user sees when the local data cannot be opened, and what to do about it.
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { BackupFailedError, NewerDatabaseError } from '../db/openDatabase';

export function StartupError({ error }: { error: unknown }): ReactElement {
  const { t } = useTranslation();
  let body: string;
  if (error instanceof NewerDatabaseError) body = t('startup.newer', { found: error.found, supported: error.supported });
  else if (error instanceof BackupFailedError) body = t('startup.backupFailed', { detail: error.detail });
  else body = t('startup.other', { detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  return (
    <main className="screen startup-error" id="main">
      <h1>{t('startup.title')}</h1>
      <p role="alert">{body}</p>
      <p>{t('startup.safe')}</p>
    </main>
  );
}
