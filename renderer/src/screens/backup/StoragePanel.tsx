// Runs in the renderer. How much space JointCheck's data takes, and whether the browser has agreed to keep it.
import { type ReactElement, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/i18n/localized';
import { useLang } from '../../hooks/useAssessment';
import { requestPersistentStorage, type StorageState, storageState } from '../../storage/persistence';

/** Bytes in the largest unit that keeps the number at or above one, with one decimal. */
export function formatBytes(bytes: number, lang: Language): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${new Intl.NumberFormat(lang, { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)} ${units[unit]}`;
}

export function StoragePanel(): ReactElement {
  const { t } = useTranslation();
  const lang = useLang();
  const [state, setState] = useState<StorageState | null>(null);
  const [refused, setRefused] = useState(false);
  useEffect(() => {
    void storageState().then(setState);
  }, []);

  const ask = async (): Promise<void> => {
    const granted = await requestPersistentStorage();
    setRefused(granted !== true);
    setState(await storageState());
  };

  if (!state) return <p className="loading">{t('common.loading')}</p>;
  const { usage, quota, persisted } = state;
  const percent = usage !== null && quota ? (usage / quota) * 100 : null;
  return (
    <section className="group storage-panel" aria-labelledby="storage-title">
      <h2 id="storage-title">{t('storage.title')}</h2>
      <p data-testid="storage-usage">
        {usage !== null && quota
          ? t('storage.usage', { usage: formatBytes(usage, lang), quota: formatBytes(quota, lang), percent: percent! < 1 ? '<1' : new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }).format(percent!) })
          : t('storage.usageUnknown')}
      </p>
      {percent !== null && <meter className="storage-meter" style={{ width: '100%', height: '1rem' }} min={0} max={100} low={75} high={90} optimum={0} value={percent} aria-label={t('storage.title')} />}
      {percent !== null && percent > 90 && <p className="notice warning">{t('storage.low')}</p>}
      <p data-testid="storage-persisted">{persisted === true ? t('storage.persisted') : persisted === false ? t('storage.notPersisted') : t('storage.persistUnknown')}</p>
      {persisted === false && (
        <button type="button" onClick={() => void ask()}>
          {t('storage.ask')}
        </button>
      )}
      {refused && persisted !== true && <p className="muted">{t('storage.askRefused')}</p>}
    </section>
  );
}
