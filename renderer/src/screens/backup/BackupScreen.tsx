// Runs in the renderer. The "Backup and restore" tool: storage on this computer, making a backup, restoring one, and where automatic backups go.
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { MakeBackup } from './MakeBackup';
import { RestorePanel } from './RestorePanel';
import { StoragePanel } from './StoragePanel';

export function BackupScreen(): ReactElement {
  const { t } = useTranslation();
  return (
    <section className="screen backup-screen" aria-labelledby="backup-title">
      <h1 id="backup-title">{t('backup.title')}</h1>
      <p>{t('backup.intro')}</p>
      <StoragePanel />
      <MakeBackup />
      <RestorePanel />
      <section className="group" aria-labelledby="auto-backup-title">
        <h2 id="auto-backup-title">{t('backup.autoTitle')}</h2>
        <p>{t('backup.autoText')}</p>
      </section>
    </section>
  );
}
