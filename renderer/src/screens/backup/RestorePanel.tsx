// Runs in the renderer. "Restore from a backup": choose the file, see it checked, see what would change and
// choose per conflict, then restore in one go (or see why nothing changed).
import { type ReactElement, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BackupRefusedError } from '../../../../shared/backup/format';
import { type ConflictChoice, ConflictChoices, type RestoreEntry } from '../../../../shared/backup/plan';
import { applyRestore, previewRestore, type RestorePreview } from '../../backup/restoreBackup';
import { ProgressBar } from '../../components/ProgressBar';
import { useLang } from '../../hooks/useAssessment';
import { formatDateTime } from '../../i18n';
import { isStorageFull } from '../../storage/storageFull';
import { useUi } from '../../state/uiStore';

type State =
  | { readonly kind: 'idle' }
  | { readonly kind: 'checking'; readonly done: number; readonly total: number }
  | { readonly kind: 'refused'; readonly message: string }
  | { readonly kind: 'preview'; readonly preview: RestorePreview; readonly restoring: boolean };

/** The data table aligns figures right; these cells hold sentences. */
const left = { textAlign: 'left' } as const;
const mb = (bytes: number): number => Math.ceil(bytes / (1024 * 1024));
const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

function refusalMessage(error: unknown, t: (key: string, options?: Record<string, unknown>) => string): string {
  if (!(error instanceof BackupRefusedError)) return t('backup.refused.unreadable', { detail: errorText(error) });
  const { refusal } = error;
  if (refusal.code === 'damaged') return t('backup.refused.damaged', { detail: refusal.detail, files: refusal.files.slice(0, 5).join(', ') || '-' });
  return t(`backup.refused.${refusal.code}`, { ...refusal });
}

function EntryRow({ entry, choice, onChoose }: { entry: RestoreEntry; choice: ConflictChoice; onChoose: (c: ConflictChoice) => void }): ReactElement {
  const { t } = useTranslation();
  const lang = useLang();
  const when = (iso: string): string => (iso ? formatDateTime(iso, lang) : '-');
  return (
    <tr data-testid="restore-entry" data-status={entry.status}>
      <th scope="row">{entry.backup.title || entry.backup.id}</th>
      <td style={left}>
        {t('backup.inBackup', { date: when(entry.backup.updatedAt) })}
        {entry.status === 'conflict' && (
          <>
            <br />
            {t('backup.here', { date: when(entry.local.updatedAt) })}
          </>
        )}
      </td>
      <td style={left}>
        {entry.status === 'conflict' ? (
          <>
            <p className={entry.kind === 'local-newer' ? 'warning-text' : undefined}>{t(`backup.conflict.${entry.kind}`)}</p>
            <select value={choice} aria-label={t('backup.choiceLabel', { title: entry.backup.title })} onChange={(e) => onChoose(e.target.value as ConflictChoice)}>
              {ConflictChoices.map((c) => (
                <option key={c} value={c}>
                  {t(`backup.choice.${c}`)}
                </option>
              ))}
            </select>
          </>
        ) : (
          t(`backup.status.${entry.status}`)
        )}
      </td>
    </tr>
  );
}

function PreviewView({ preview, restoring, onRestore, onCancel }: { preview: RestorePreview; restoring: boolean; onRestore: (choices: ReadonlyMap<string, ConflictChoice>, passphrase: string | null) => void; onCancel: () => void }): ReactElement {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  const [choices, setChoices] = useState<ReadonlyMap<string, ConflictChoice>>(new Map());
  const [passphrase, setPassphrase] = useState('');
  const withKeys = preview.identities.some((i) => i.outcome === 'with-key');
  return (
    <div className="restore-preview" data-testid="restore-preview">
      <h3>{t('backup.previewTitle')}</h3>
      <p className="muted">{t('backup.previewMeta', { date: preview.createdAt ? formatDateTime(preview.createdAt, lang) : '-' })}</p>
      {preview.entries.some((e) => e.status === 'conflict') && <p className="notice warning">{t('backup.conflictHint')}</p>}
      <table className="data restore-table">
        <thead>
          <tr>
            <th scope="col">{t('backup.assessment')}</th>
            <th scope="col" style={left}>
              {t('backup.lastChanged')}
            </th>
            <th scope="col" style={left}>
              {t('backup.what')}
            </th>
          </tr>
        </thead>
        <tbody>
          {preview.entries.map((entry) => (
            <EntryRow
              key={entry.backup.id}
              entry={entry}
              choice={choices.get(entry.backup.id) ?? 'keep-local'}
              onChoose={(c) => setChoices(new Map([...choices, [entry.backup.id, c]]))}
            />
          ))}
        </tbody>
      </table>
      {preview.filesWithoutBytes > 0 && <p className="notice warning">{t('backup.filesWithoutBytes', { count: preview.filesWithoutBytes })}</p>}
      {preview.identities.length > 0 && (
        <ul className="backup-identities">
          {preview.identities.map(({ identity, outcome }) => (
            <li key={identity.id}>{t(`backup.identity.${outcome}`, { name: identity.name })}</li>
          ))}
        </ul>
      )}
      <p>{t('backup.settings', { add: preview.settings.add.length, kept: preview.settings.kept })}</p>
      {preview.certificates.length > 0 && <p>{t('backup.certificates', { count: preview.certificates.length })}</p>}
      {withKeys && (
        <div className="field">
          <label htmlFor={`${id}-pass`}>{t('backup.keyPassphrase')}</label>
          <input id={`${id}-pass`} type="password" autoComplete="off" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} aria-describedby={`${id}-hint`} />
          <p className="hint" id={`${id}-hint`}>
            {t('backup.keyPassphraseHint')}
          </p>
        </div>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onCancel} disabled={restoring}>
          {t('common.cancel')}
        </button>
        <button type="button" className="primary" disabled={restoring} onClick={() => onRestore(choices, passphrase === '' ? null : passphrase)}>
          {restoring ? t('backup.restoring') : t('backup.restore')}
        </button>
      </div>
    </div>
  );
}

export function RestorePanel(): ReactElement {
  const { t } = useTranslation();
  const id = useId();
  const setNotice = useUi((s) => s.setNotice);
  const [state, setState] = useState<State>({ kind: 'idle' });

  const check = (file: File): void => {
    setState({ kind: 'checking', done: 0, total: file.size });
    previewRestore(file, (done, total) => setState({ kind: 'checking', done, total })).then(
      (preview) => setState({ kind: 'preview', preview, restoring: false }),
      (error: unknown) => setState({ kind: 'refused', message: refusalMessage(error, t) }),
    );
  };

  const restore = async (preview: RestorePreview, choices: ReadonlyMap<string, ConflictChoice>, passphrase: string | null): Promise<void> => {
    setState({ kind: 'preview', preview, restoring: true });
    try {
      const outcome = await applyRestore(preview, choices, { passphrase, copySuffix: t('backup.copySuffix') });
      setNotice({ kind: 'success', message: t('backup.restored', outcome) });
      setState({ kind: 'idle' });
    } catch (error) {
      // The preview stays on screen with the user's choices, so Restore can simply be pressed again.
      setNotice({ kind: 'error', message: isStorageFull(error) ? t('backup.restoreFull') : t('backup.restoreFailed', { detail: errorText(error) }) });
      setState({ kind: 'preview', preview, restoring: false });
    }
  };

  return (
    <section className="group" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('backup.restoreTitle')}</h2>
      <p className="hint">{t('backup.restoreHint')}</p>
      {/* A file input, not the bridge's openFile: the backup is read in slices, never loaded whole. */}
      <input
        id={`${id}-file`}
        className="visually-hidden"
        type="file"
        accept=".zip,.json,application/zip,application/json"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) check(file);
        }}
      />
      {state.kind !== 'preview' && state.kind !== 'checking' && (
        <label className="button-like" htmlFor={`${id}-file`}>
          {t('backup.choose')}
        </label>
      )}
      {state.kind === 'checking' && (
        <div role="status">
          <p>{t('backup.checking')}</p>
          <ProgressBar value={mb(state.done)} max={mb(state.total)} label={t('backup.checkLabel')} />
        </div>
      )}
      {state.kind === 'refused' && (
        <p className="notice error" role="alert">
          {state.message}
        </p>
      )}
      {state.kind === 'preview' && (
        <PreviewView
          preview={state.preview}
          restoring={state.restoring}
          onCancel={() => setState({ kind: 'idle' })}
          onRestore={(choices, passphrase) => void restore(state.preview, choices, passphrase)}
        />
      )}
    </section>
  );
}
