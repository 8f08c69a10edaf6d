// Runs in the renderer. "Make a backup": what goes in, which signing keys can (and cannot) leave this computer, and the save.
import { useLiveQuery } from 'dexie-react-hooks';
import { type ReactElement, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportBackup, keyState } from '../../backup/exportBackup';
import { ProgressBar } from '../../components/ProgressBar';
import { listIdentities, type StoredIdentity } from '../../data/identities';
import { useUi } from '../../state/uiStore';

const MinPassphrase = 10;
const mb = (bytes: number): number => Math.ceil(bytes / (1024 * 1024));

function keyNote(identity: StoredIdentity, t: (key: string, options?: Record<string, unknown>) => string): string {
  if (keyState(identity, true) === 'included') return t('backup.keyExtractable', { name: identity.name });
  return t(identity.source === 'imported' ? 'backup.keyNotExtractableImported' : 'backup.keyNotExtractableCreated', { name: identity.name });
}

export function MakeBackup(): ReactElement {
  const { t } = useTranslation();
  const id = useId();
  const setNotice = useUi((s) => s.setNotice);
  const identities = useLiveQuery(listIdentities);
  const [includeKeys, setIncludeKeys] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const exportable = (identities ?? []).some((i) => keyState(i, true) === 'included');
  const problem = !includeKeys ? null : passphrase.length < MinPassphrase ? t('backup.passphraseShort') : passphrase !== repeat ? t('backup.passphraseMismatch') : null;

  const save = async (): Promise<void> => {
    setProgress({ done: 0, total: 0 });
    const outcome = await exportBackup({ keyPassphrase: includeKeys ? passphrase : null, onProgress: (done, total) => setProgress({ done, total }) });
    setProgress(null);
    if (outcome.kind === 'saved') {
      setPassphrase('');
      setRepeat('');
      setNotice({ kind: 'success', message: t('backup.saved', outcome) });
    } else if (outcome.kind === 'failed') setNotice({ kind: 'error', message: t('backup.failed', { detail: outcome.detail }) });
  };

  return (
    <section className="group" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('backup.makeTitle')}</h2>
      <h3>{t('backup.identitiesTitle')}</h3>
      {identities?.length === 0 && <p className="muted">{t('backup.noIdentities')}</p>}
      <ul className="backup-identities">
        {identities?.map((identity) => (
          <li key={identity.id}>{keyNote(identity, t)}</li>
        ))}
      </ul>
      {exportable && (
        <>
          <label className="check">
            <input type="checkbox" checked={includeKeys} onChange={(e) => setIncludeKeys(e.target.checked)} /> <span>{t('backup.includeKeys')}</span>
          </label>
          {includeKeys && (
            <div className="two-columns">
              <div className="field">
                <label htmlFor={`${id}-pass`}>{t('backup.passphrase')}</label>
                <input id={`${id}-pass`} type="password" autoComplete="new-password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} aria-describedby={`${id}-hint`} />
              </div>
              <div className="field">
                <label htmlFor={`${id}-repeat`}>{t('backup.passphraseRepeat')}</label>
                <input id={`${id}-repeat`} type="password" autoComplete="new-password" value={repeat} onChange={(e) => setRepeat(e.target.value)} />
              </div>
              <p className="hint" id={`${id}-hint`}>
                {problem ?? t('backup.passphraseHint')}
              </p>
            </div>
          )}
        </>
      )}
      {progress ? (
        <div role="status">
          <p>{t('backup.saving')}</p>
          <ProgressBar value={mb(progress.done)} max={mb(progress.total)} label={t('backup.progressLabel')} />
        </div>
      ) : (
        <button type="button" className="primary" disabled={problem !== null} onClick={() => void save()}>
          {t('backup.save')}
        </button>
      )}
    </section>
  );
}
