// Runs in the renderer. Exporting an evidence pack: which identity signs its manifest, whether originals go too.
import { useLiveQuery } from 'dexie-react-hooks';
import { type ReactElement, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentId } from '../../../../shared/domain/assessment';
import { Modal } from '../../components/Modal';
import { ProgressBar } from '../../components/ProgressBar';
import { listIdentities } from '../../data/identities';
import { exportPack } from '../../packs/exportPack';
import { useUi } from '../../state/uiStore';

export function PackExportDialog({ assessmentId, onClose }: { assessmentId: AssessmentId; onClose: () => void }): ReactElement {
  const { t } = useTranslation();
  const setNotice = useUi((s) => s.setNotice);
  const identities = useLiveQuery(listIdentities);
  const [identityId, setIdentityId] = useState<string>('');
  const [includeOriginals, setIncludeOriginals] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const selectId = useId();
  const chosen = identities?.find((i) => i.id === identityId) ?? identities?.[0] ?? null;

  const run = async (): Promise<void> => {
    setProgress({ done: 0, total: 1 });
    const outcome = await exportPack({ assessmentId, identity: identityId === 'none' ? null : chosen, includeOriginals, onProgress: (done, total) => setProgress({ done, total }) });
    setProgress(null);
    if (outcome.kind === 'cancelled') return;
    if (outcome.kind === 'failed') return setNotice({ kind: 'error', message: t('packs.exportFailed', { detail: outcome.detail }) });
    setNotice({ kind: 'success', message: t(outcome.signed ? 'packs.exported' : 'packs.exportedUnsigned', { location: outcome.location }) });
    onClose();
  };

  return (
    <Modal open title={t('packs.exportTitle')} onCancel={() => progress === null && onClose()}>
      <p>{t('packs.exportIntro')}</p>
      <div className="field">
        <label htmlFor={selectId}>{t('packs.signAs')}</label>
        <select id={selectId} value={identityId || chosen?.id || 'none'} onChange={(e) => setIdentityId(e.target.value)} disabled={progress !== null}>
          {(identities ?? []).map((i) => (
            <option key={i.id} value={i.id}>
              {i.name} · {i.role}
            </option>
          ))}
          <option value="none">{t('packs.unsigned')}</option>
        </select>
        {identities?.length === 0 && <p className="hint">{t('packs.noIdentity')}</p>}
      </div>
      <label className="check">
        <input type="checkbox" checked={includeOriginals} onChange={(e) => setIncludeOriginals(e.target.checked)} disabled={progress !== null} /> <span>{t('packs.includeOriginals')}</span>
      </label>
      {progress && <ProgressBar value={progress.done} max={Math.max(1, progress.total)} label={t('packs.exporting')} />}
      <div className="dialog-actions">
        <button type="button" onClick={onClose} disabled={progress !== null}>
          {t('common.cancel')}
        </button>
        <button type="button" className="primary" onClick={() => void run()} disabled={progress !== null || identities === undefined}>
          {t('packs.export')}
        </button>
      </div>
    </Modal>
  );
}
