// Runs in the renderer. Building PDF reports of an assessment, keeping them, signing them and saving them.
import { useLiveQuery } from 'dexie-react-hooks';
import { type ReactElement, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contentFingerprint } from '../../../../shared/format/assessmentFile';
import { toFileName } from '../../../../shared/format/fileName';
import { type Language, Languages } from '../../../../shared/i18n/localized';
import { reportInputFor } from '../../../../shared/report/reportInput';
import type { StoredReport } from '../../data/reports';
import { addReport, reportsOf } from '../../data/reports';
import { desktop } from '../../desktop';
import type { AssessmentView } from '../../hooks/useAssessment';
import { useLang } from '../../hooks/useAssessment';
import { formatDateTime } from '../../i18n';
import { runPdfTask } from '../../pdf/pdfClient';
import { useUi } from '../../state/uiStore';
import { reportRequestFor } from '../../data/reportRequest';
import { SignDialog } from './SignDialog';

const languageNames: Record<Language, string> = { en: 'English', ko: '한국어' };

/** The fingerprint of the data as it stands, to tell whether a report still matches it. */
function useCurrentFingerprint(view: AssessmentView): string | null {
  const [fingerprint, setFingerprint] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void contentFingerprint(view).then((f) => live && setFingerprint(f));
    return () => {
      live = false;
    };
  }, [view]);
  return fingerprint;
}

export function ReportsPanel({ view }: { view: AssessmentView }): ReactElement {
  const { t } = useTranslation();
  const uiLang = useLang();
  const setNotice = useUi((s) => s.setNotice);
  const [reportLang, setReportLang] = useState<Language>(uiLang);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [signing, setSigning] = useState<StoredReport | null>(null);
  const reports = useLiveQuery(() => reportsOf(view.assessment.id), [view.assessment.id]);
  const current = useCurrentFingerprint(view);
  const { assessment } = view;

  const build = async (): Promise<void> => {
    setProgress({ done: 0, total: 1 });
    try {
      const input = await reportInputFor(await reportRequestFor(view, reportLang, (await desktop.getAppInfo()).version));
      const pdf = await runPdfTask('build', input, (done, total) => setProgress({ done, total }));
      await addReport(assessment.id, input.fingerprint, reportLang, pdf);
      setNotice({ kind: 'success', message: t('reports.created') });
    } catch (error) {
      setNotice({ kind: 'error', message: t('reports.buildFailed', { detail: error instanceof Error ? error.message : String(error) }) });
    } finally {
      setProgress(null);
    }
  };

  const save = async (report: StoredReport): Promise<void> => {
    const base = toFileName(assessment.title || assessment.workplace.name, 'report');
    const signed = report.signatures.length ? ` signed ${report.signatures.length}` : '';
    const result = await desktop.saveFile({
      suggestedName: `${base} ${assessment.date} ${report.lang}${signed}.pdf`,
      filterName: 'PDF',
      extensions: ['pdf'],
      bytes: report.pdf as Uint8Array<ArrayBuffer>,
    });
    if (result.ok) setNotice({ kind: 'success', message: t('reports.saved', { location: result.value.location }) });
    else if (result.error !== 'cancelled') setNotice({ kind: 'error', message: t('files.saveFailed', { detail: result.detail ?? result.error }) });
  };

  return (
    <div className="reports">
      <div className="report-build">
        <label>
          {t('reports.language')}{' '}
          <select value={reportLang} onChange={(e) => setReportLang(e.target.value as Language)} disabled={progress !== null}>
            {Languages.map((l) => (
              <option key={l} value={l}>
                {languageNames[l]}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="primary" onClick={() => void build()} disabled={progress !== null}>
          {t('reports.create')}
        </button>
        {progress && (
          <progress max={progress.total} value={progress.done} aria-label={t('reports.building')}>
            {t('reports.building')}
          </progress>
        )}
      </div>
      {reports && reports.length > 0 && (
        <ul className="report-list">
          {reports.map((r) => (
            <li key={r.id} className="card report-card">
              <p>
                <strong>{t('reports.madeOn', { date: formatDateTime(r.createdAt, uiLang), lang: languageNames[r.lang] })}</strong>{' '}
                {current !== null && (
                  <span className={`tag ${r.fingerprint === current ? 'tag-ok' : 'tag-warn'}`}>{t(r.fingerprint === current ? 'reports.matches' : 'reports.outdated')}</span>
                )}
              </p>
              <p className="muted fingerprint">
                {t('reports.fingerprint')} {r.fingerprint}
              </p>
              {r.signatures.length === 0 ? (
                <p className="muted">{t('reports.unsigned')}</p>
              ) : (
                <ol className="signatures">
                  {r.signatures.map((s, i) => (
                    <li key={i}>{t('reports.signedBy', { name: s.signerName, role: s.role, date: formatDateTime(s.signedAt, uiLang), reason: s.reason })}</li>
                  ))}
                </ol>
              )}
              <div className="card-actions">
                <button type="button" onClick={() => void save(r)}>
                  {t('reports.save')}
                </button>
                <button type="button" onClick={() => setSigning(r)}>
                  {t('reports.sign')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {signing && <SignDialog report={signing} onClose={() => setSigning(null)} />}
    </div>
  );
}
