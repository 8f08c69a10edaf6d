// Runs in the renderer. Signing a stored report with one of this machine's identities.
import { useLiveQuery } from 'dexie-react-hooks';
import { type ReactElement, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../../components/Modal';
import type { StoredReport } from '../../data/reports';
import { listIdentities } from '../../data/identities';
import { recordSignature } from '../../data/reports';
import { runPdfTask } from '../../pdf/pdfClient';
import { useUi } from '../../state/uiStore';

export function SignDialog({ report, onClose }: { report: StoredReport; onClose: () => void }): ReactElement {
  const { t } = useTranslation();
  const id = useId();
  const identities = useLiveQuery(listIdentities);
  const navigate = useUi((s) => s.navigate);
  const setNotice = useUi((s) => s.setNotice);
  const [identityId, setIdentityId] = useState('');
  const [reason, setReason] = useState(t('reports.defaultReason'));
  const [busy, setBusy] = useState(false);
  const chosen = identities?.find((i) => i.id === (identityId || identities[0]?.id));

  const sign = async (): Promise<void> => {
    if (!chosen) return;
    setBusy(true);
    try {
      const signingTime = new Date().toISOString();
      const signed = await runPdfTask('sign', {
        pdf: report.pdf,
        identity: chosen,
        chain: chosen.chain,
        lang: report.lang,
        reason,
        signerName: chosen.name,
        signingTime,
      });
      await recordSignature(report.id, report.pdf as Uint8Array<ArrayBuffer>, signed, { identityId: chosen.id, signerName: chosen.name, role: chosen.role, reason, signedAt: signingTime });
      setNotice({ kind: 'success', message: t('reports.signedNotice', { name: chosen.name }) });
      onClose();
    } catch (error) {
      setNotice({ kind: 'error', message: t('reports.signFailed', { detail: error instanceof Error ? error.message : String(error) }) });
      setBusy(false);
    }
  };

  return (
    <Modal open title={t('reports.signTitle')} onCancel={onClose}>
      {identities && identities.length === 0 ? (
        <>
          <p>{t('reports.noIdentity')}</p>
          <div className="dialog-actions">
            <button type="button" onClick={onClose}>
              {t('common.cancel')}
            </button>
            <button type="button" className="primary" onClick={() => navigate({ screen: 'identities' })}>
              {t('identities.title')}
            </button>
          </div>
        </>
      ) : (
        <>
          <p>{t('reports.signExplain', { count: report.signatures.length })}</p>
          <div className="field">
            <label htmlFor={`${id}-who`}>{t('reports.signAs')}</label>
            <select id={`${id}-who`} value={chosen?.id ?? ''} onChange={(e) => setIdentityId(e.target.value)}>
              {identities?.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.name} · {i.role} · {i.organisation}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-reason`}>{t('reports.reason')}</label>
            <input id={`${id}-reason`} value={reason} maxLength={200} onChange={(e) => setReason(e.target.value)} />
          </div>
          <div className="dialog-actions">
            <button type="button" onClick={onClose} disabled={busy}>
              {t('common.cancel')}
            </button>
            <button type="button" className="primary" onClick={() => void sign()} disabled={busy || !chosen || reason.trim() === ''}>
              {busy ? t('reports.signing') : t('reports.signNow')}
            </button>
          </div>
        </>
      )}
    </Modal>
  );
}
