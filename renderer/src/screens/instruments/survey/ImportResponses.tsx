// Runs in the renderer. Imports survey responses from a CSV file (one respondent per row), with a preview of how the file will be read.
import { type ReactElement, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CsvTable } from '../../../../../shared/format/csv';
import type { Questionnaire } from '../../../../../shared/instruments/survey/questionnaire';
import { detectQuestionnaire, itemForColumn } from '../../../../../shared/instruments/survey/registry';
import { importSurveyCsv } from '../../../../../shared/instruments/survey/responses';
import { importResponses, type StoredSurvey } from '../../../data/surveys';
import { useLang } from '../../../hooks/useAssessment';
import { useSave } from '../../../hooks/useSave';
import { useUi } from '../../../state/uiStore';
import { csvErrorMessage, readCsvFile } from '../csvFile';
import { inLanguage } from '../format';

type Loaded = { readonly fileName: string; readonly table: CsvTable };

const GroupLike = /^(group|team|shift|department|dept|unit|site|집단|팀|근무조|조|부서|현장)$/i;

export function ImportResponses({ survey, questionnaire }: { survey: StoredSurvey; questionnaire: Questionnaire }): ReactElement {
  const { t } = useTranslation();
  const lang = useLang();
  const save = useSave();
  const ids = useId();
  const setNotice = useUi((s) => s.setNotice);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [groupColumn, setGroupColumn] = useState('');
  const preview = useMemo(() => (loaded ? importSurveyCsv(loaded.table, questionnaire, { groupColumn: groupColumn || null }) : null), [loaded, questionnaire, groupColumn]);
  const otherColumns = loaded ? loaded.table.header.filter((c) => itemForColumn(questionnaire, c) === null) : [];
  const detected = loaded ? detectQuestionnaire(loaded.table.header) : null;

  const choose = async (file: File | undefined): Promise<void> => {
    if (!file) return;
    const read = await readCsvFile(file);
    if (!read.ok) {
      setLoaded(null);
      setFileError(t('instruments.survey.import.fileError', { name: file.name, problem: csvErrorMessage(read.error, lang, t) }));
      return;
    }
    setFileError(null);
    setLoaded({ fileName: file.name, table: read.table });
    setGroupColumn(read.table.header.find((c) => GroupLike.test(c.trim())) ?? '');
  };

  const confirm = (): void => {
    if (!preview?.ok || !loaded) return;
    const { summary, responses } = preview;
    save(async () => {
      await importResponses(survey, responses, {
        groupColumn: groupColumn || null,
        inputs: { rows: summary.rows, emptyRows: summary.emptyRows, invalidAnswers: summary.invalidAnswers, missingItems: [...summary.missingItems], ignoredColumns: [...summary.ignoredColumns] },
      });
      setNotice({ kind: 'success', message: t('instruments.survey.import.done', { count: responses.length, name: loaded.fileName }) });
      setLoaded(null);
    });
  };

  return (
    <div className="survey-import">
      <h4>{t('instruments.survey.import.title')}</h4>
      <p className="hint">{questionnaire.columns === 'item-numbers' ? t('instruments.survey.import.hintHse') : t('instruments.survey.import.hint')}</p>
      <input
        id={`${ids}-file`}
        className="visually-hidden"
        type="file"
        accept=".csv,text/csv"
        onChange={(e) => {
          void choose(e.target.files?.[0]);
          e.target.value = '';
        }}
      />
      <label className="button-like" htmlFor={`${ids}-file`}>
        {t('instruments.survey.import.choose')}
      </label>
      {fileError && (
        <p className="warning-text" role="alert">
          {fileError}
        </p>
      )}
      {loaded && (
        <div className="import-preview">
          <p className="muted">{t('instruments.survey.import.loaded', { name: loaded.fileName, rows: loaded.table.rows.length })}</p>
          {detected && detected.id !== questionnaire.id && (
            <p className="warning-text">{t('instruments.survey.import.otherQuestionnaire', { detected: detected.name[lang], expected: questionnaire.name[lang] })}</p>
          )}
          <div className="field">
            <label htmlFor={`${ids}-group`}>{t('instruments.survey.import.groupColumn')}</label>
            <select id={`${ids}-group`} value={groupColumn} onChange={(e) => setGroupColumn(e.target.value)}>
              <option value="">{t('instruments.survey.import.noGroupColumn')}</option>
              {otherColumns.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </div>
          {preview && !preview.ok && (
            <p className="warning-text" role="alert">
              {inLanguage(lang, preview.message, t(`instruments.survey.import.error.${preview.code}`))}
            </p>
          )}
          {preview?.ok && (
            <>
              <ul className="small">
                <li>{t('instruments.survey.import.toAdd', { count: preview.responses.length, rows: preview.summary.rows })}</li>
                {preview.summary.emptyRows > 0 && <li>{t('instruments.survey.import.emptyRows', { count: preview.summary.emptyRows })}</li>}
                {preview.summary.invalidAnswers > 0 && (
                  <li className="warning-text">
                    {t('instruments.survey.import.invalid', { count: preview.summary.invalidAnswers })}{' '}
                    {t('instruments.survey.import.lines', { lines: [...new Set(preview.summary.issues.map((i) => i.line))].slice(0, 10).join(', ') })}
                  </li>
                )}
                {preview.summary.missingItems.length > 0 && <li>{t('instruments.survey.import.missing', { items: preview.summary.missingItems.join(', ') })}</li>}
                {preview.summary.ignoredColumns.length > 0 && <li>{t('instruments.survey.import.ignored', { columns: preview.summary.ignoredColumns.join(', ') })}</li>}
              </ul>
              <div className="row-actions">
                <button type="button" className="primary" onClick={confirm} disabled={preview.responses.length === 0}>
                  {t('instruments.survey.import.confirm', { count: preview.responses.length })}
                </button>
                <button type="button" className="link" onClick={() => setLoaded(null)}>
                  {t('common.cancel')}
                </button>
              </div>
            </>
          )}
        </div>
      )}
    </div>
  );
}
