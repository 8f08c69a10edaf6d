// Runs in the renderer. Importing an evidence pack: every check first, what was found, then (only if the user agrees) a read-only copy.
import { type ReactElement, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PackReport } from '../../../../shared/evidencePack/read';
import { Modal } from '../../components/Modal';
import { addCheckedPack, checkPack } from '../../packs/importPack';
import { PackAuditStatus } from '../history/PackAuditStatus';
import { useUi } from '../../state/uiStore';

type State = { readonly kind: 'checking' } | { readonly kind: 'refused'; readonly code: string; readonly detail: string } | { readonly kind: 'checked'; readonly report: PackReport } | { readonly kind: 'adding'; readonly report: PackReport };

export function PackImportDialog({ file, onClose }: { file: File; onClose: () => void }): ReactElement {
  const { t } = useTranslation();
  const navigate = useUi((s) => s.navigate);
  const setNotice = useUi((s) => s.setNotice);
  const [state, setState] = useState<State>({ kind: 'checking' });
  const [accept, setAccept] = useState(false);

  // The dialog is keyed by the file, so this runs once per pack chosen.
  useEffect(() => {
    let live = true;
    checkPack(file).then(
      (result) => live && setState(result.ok ? { kind: 'checked', report: result.report } : { kind: 'refused', code: result.refusal.code, detail: result.refusal.detail }),
      (error: unknown) => live && setState({ kind: 'refused', code: 'unreadable', detail: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [file]);

  const add = async (report: PackReport): Promise<void> => {
    setState({ kind: 'adding', report });
    try {
      const { id } = await addCheckedPack(file, report, accept);
      setNotice({ kind: 'success', message: t('packs.imported', { name: report.assessment?.assessment.title || file.name }) });
      onClose();
      navigate({ screen: 'summary', id });
    } catch (error) {
      setNotice({ kind: 'error', message: t('packs.importFailed', { detail: error instanceof Error ? error.message : String(error) }) });
      setState({ kind: 'checked', report });
    }
  };

  const report = state.kind === 'checked' || state.kind === 'adding' ? state.report : null;
  const counts = report ? (['valid', 'altered', 'missing', 'unexpected'] as const).map((v) => [v, report.files.filter((f) => f.verdict === v).length] as const) : [];
  const signature = report?.signature;

  return (
    <Modal open title={t('packs.importTitle', { name: file.name })} onCancel={onClose}>
      {state.kind === 'checking' && <p role="status">{t('packs.checking')}</p>}
      {state.kind === 'refused' && (
        <p className="notice error" role="alert">
          {t('packs.refused', { detail: state.detail })}
        </p>
      )}
      {report && (
        <>
          <p className={`notice ${report.passed ? 'success' : 'warning'}`} role="status" data-testid="pack-verdict">
            {report.passed ? t('packs.passed') : t('packs.notPassed')}
          </p>
          <p>
            {signature?.status === 'unsigned'
              ? t('packs.signatureUnsigned')
              : signature?.status === 'valid'
                ? t('packs.signatureValid', { signer: signature.signer?.subject ?? '?', trusted: signature.signer?.trusted ? t('packs.trusted') : t('packs.notTrusted') })
                : t('packs.signatureInvalid')}
          </p>
          <ul className="pack-counts">
            {counts.map(([verdict, n]) => (
              <li key={verdict}>
                {t(`packs.verdict.${verdict}`)}: <strong>{n}</strong>
              </li>
            ))}
          </ul>
          {report.files.some((f) => f.verdict !== 'valid') && (
            <details open>
              <summary>{t('packs.problems')}</summary>
              <ul>
                {report.files
                  .filter((f) => f.verdict !== 'valid')
                  .map((f) => (
                    <li key={f.path}>
                      <code>{f.path}</code>: {t(`packs.verdict.${f.verdict}`)}
                    </li>
                  ))}
              </ul>
            </details>
          )}
          <PackAuditStatus logs={report.auditLogs} />
          {!report.assessment && <p className="notice error">{t('packs.noAssessment')}</p>}
          {report.assessment && !report.passed && (
            <label className="check">
              <input type="checkbox" checked={accept} onChange={(e) => setAccept(e.target.checked)} /> <span>{t('packs.acceptProblems')}</span>
            </label>
          )}
        </>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose} disabled={state.kind === 'adding'}>
          {t('common.cancel')}
        </button>
        {report?.assessment && (
          <button type="button" className="primary" disabled={state.kind === 'adding' || (!report.passed && !accept)} onClick={() => void add(report)}>
            {t('packs.add')}
          </button>
        )}
      </div>
    </Modal>
  );
}
