// Runs in the renderer. Saves the whole action plan as a spreadsheet (CSV) to track in Excel or LibreOffice.
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { localToday } from '../../../../shared/domain/today';
import { toFileName } from '../../../../shared/format/fileName';
import { actionPlanCsv } from '../../../../shared/record/actionPlanCsv';
import { desktop } from '../../desktop';
import { type AssessmentView, useLang } from '../../hooks/useAssessment';
import { useUi } from '../../state/uiStore';

export function ExportCsvButton({ view }: { view: AssessmentView }): ReactElement {
  const { t } = useTranslation();
  const lang = useLang();
  const setNotice = useUi((s) => s.setNotice);
  const { assessment } = view;

  const exportCsv = async (): Promise<void> => {
    const today = localToday();
    const name = toFileName(t('actions.csvName', { name: assessment.title || assessment.workplace.name || t('list.untitled'), date: today }), 'action plan');
    try {
      const bytes = new TextEncoder().encode(actionPlanCsv(view, view.packs, lang, today));
      const result = await desktop.saveFile({ suggestedName: `${name}.csv`, filterName: t('actions.csvFilter'), extensions: ['csv'], bytes });
      if (result.ok) setNotice({ kind: 'success', message: t('actions.csvSaved', { location: result.value.location }) });
      else if (result.error !== 'cancelled') setNotice({ kind: 'error', message: t('files.saveFailed', { detail: result.detail ?? result.error }) });
    } catch (error) {
      setNotice({ kind: 'error', message: t('files.saveFailed', { detail: error instanceof Error ? error.message : String(error) }) });
    }
  };

  return (
    <div className="export-csv">
      <button type="button" onClick={() => void exportCsv()} disabled={view.actions.length === 0} aria-describedby="export-csv-hint">
        {t('actions.exportCsv')}
      </button>
      <p className="hint" id="export-csv-hint">
        {view.actions.length === 0 ? t('actions.exportEmpty') : t('actions.exportHint')}
      </p>
    </div>
  );
}
