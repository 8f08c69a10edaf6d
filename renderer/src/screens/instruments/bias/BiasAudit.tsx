// Runs in the renderer. The bias audit tool: import outcomes as CSV, map the columns, see the results, save them as evidence.
import { type ReactElement, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CsvTable } from '../../../../../shared/format/csv';
import { type BiasAuditError, type BiasExclusion, runBiasAudit } from '../../../../../shared/instruments/bias/audit';
import type { AssessmentView } from '../../../hooks/useAssessment';
import { useLang } from '../../../hooks/useAssessment';
import { csvErrorMessage, readCsvFile } from '../csvFile';
import { inLanguage } from '../format';
import { SaveAsEvidence } from '../SaveAsEvidence';
import { BiasResults } from './BiasResults';
import { columnValues, EmptyMapping, type MappingDraft, mappingProblem, splitValues, toMappingInput } from './mapping';

type Loaded = { readonly fileName: string; readonly table: CsvTable };

export function BiasAudit({ view }: { view: AssessmentView }): ReactElement {
  const { t } = useTranslation();
  const lang = useLang();
  const fileId = useId();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [draft, setDraft] = useState<MappingDraft>(EmptyMapping);
  const [applied, setApplied] = useState<MappingDraft | null>(null);
  const [formProblem, setFormProblem] = useState<string | null>(null);
  const [exclusions, setExclusions] = useState<readonly BiasExclusion[]>([]);

  const outcome = useMemo(
    () => (loaded && applied ? runBiasAudit(loaded.table, toMappingInput(applied), { exclusions, unknownValues: splitValues(applied.unknownValues) }) : null),
    [loaded, applied, exclusions],
  );

  const choose = async (file: File | undefined): Promise<void> => {
    if (!file) return;
    const read = await readCsvFile(file);
    setApplied(null);
    setExclusions([]);
    setDraft(EmptyMapping);
    if (!read.ok) {
      setLoaded(null);
      setFileError(t('instruments.bias.fileError', { name: file.name, problem: csvErrorMessage(read.error, lang, t) }));
      return;
    }
    setFileError(null);
    setLoaded({ fileName: file.name, table: read.table });
  };

  const calculate = (): void => {
    const problem = mappingProblem(draft);
    setFormProblem(problem ? t(`instruments.bias.problem.${problem}`) : null);
    if (problem) return;
    setExclusions([]);
    setApplied(draft);
  };

  const errorText = (error: BiasAuditError): string => inLanguage(lang, error.message, t(`instruments.bias.error.${error.code}`));

  return (
    <div className="bias-audit">
      <p>{t('instruments.bias.intro')}</p>
      <div className="file-pick">
        <input
          id={fileId}
          className="visually-hidden"
          type="file"
          accept=".csv,text/csv"
          onChange={(e) => {
            void choose(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
        <label className="button-like" htmlFor={fileId}>
          {loaded ? t('instruments.bias.chooseOther') : t('instruments.bias.choose')}
        </label>
        <p className="hint">{t('instruments.bias.fileHint')}</p>
      </div>
      {fileError && (
        <p className="notice error" role="alert">
          {fileError}
        </p>
      )}
      {loaded && (
        <>
          <p className="muted">{t('instruments.bias.loaded', { name: loaded.fileName, rows: loaded.table.rows.length, columns: loaded.table.header.length })}</p>
          <MappingForm table={loaded.table} draft={draft} onChange={setDraft} />
          {formProblem && (
            <p className="warning-text" role="alert">
              {formProblem}
            </p>
          )}
          <div className="row-actions">
            <button type="button" className="primary" onClick={calculate}>
              {t('instruments.bias.calculate')}
            </button>
            {applied && draft !== applied && <span className="hint">{t('instruments.bias.changed')}</span>}
          </div>
        </>
      )}
      {outcome && !outcome.ok && (
        <p className="notice error" role="alert">
          {errorText(outcome.error)}
        </p>
      )}
      {outcome?.ok && (
        <section aria-labelledby="bias-results-title">
          <div className="screen-head">
            <h2 id="bias-results-title">{t('instruments.bias.resultsTitle')}</h2>
            <SaveAsEvidence view={view} result={outcome.result} caption={t('instruments.bias.caption', { name: loaded?.fileName ?? '' })} />
          </div>
          <BiasResults
            result={outcome.result}
            exclusions={{
              onExclude: (category, reason) => setExclusions((list) => [...list.filter((e) => e.category !== category), { category, reason }]),
              onInclude: (category) => setExclusions((list) => list.filter((e) => e.category !== category)),
            }}
          />
        </section>
      )}
    </div>
  );
}

function MappingForm({ table, draft, onChange }: { table: CsvTable; draft: MappingDraft; onChange: (draft: MappingDraft) => void }): ReactElement {
  const { t } = useTranslation();
  const ids = useId();
  const set = (patch: Partial<MappingDraft>): void => onChange({ ...draft, ...patch });
  const columnSelect = (key: 'outcomeColumn' | 'countColumn' | 'selectedColumn', label: string): ReactElement => (
    <div className="field">
      <label htmlFor={`${ids}-${key}`}>{label}</label>
      <select id={`${ids}-${key}`} value={draft[key]} onChange={(e) => set({ [key]: e.target.value })}>
        <option value="">{t('instruments.bias.chooseColumn')}</option>
        {table.header.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
    </div>
  );
  const values = draft.outcomeColumn ? columnValues(table, draft.outcomeColumn) : [];

  return (
    <div className="bias-mapping">
      <fieldset className="group">
        <legend>{t('instruments.bias.layout')}</legend>
        {(['per-person', 'counts'] as const).map((layout) => (
          <label className="check" key={layout}>
            <input type="radio" name={`${ids}-layout`} checked={draft.layout === layout} onChange={() => set({ layout })} />
            <span>
              <strong>{t(`instruments.bias.layouts.${layout}`)}</strong>
              <br />
              <span className="muted">{t(`instruments.bias.layoutHints.${layout}`)}</span>
            </span>
          </label>
        ))}
      </fieldset>

      <fieldset className="group">
        <legend>{t('instruments.bias.groups')}</legend>
        <p className="hint">{t('instruments.bias.groupsHint')}</p>
        <div className="column-checks">
          {table.header.map((c) => (
            <label className="check" key={c}>
              <input
                type="checkbox"
                checked={draft.groupColumns.includes(c)}
                onChange={(e) => set({ groupColumns: e.target.checked ? [...draft.groupColumns, c] : draft.groupColumns.filter((g) => g !== c) })}
              />
              <span>{c}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="group">
        <legend>{t('instruments.bias.outcome')}</legend>
        {draft.layout === 'counts' ? (
          <div className="field-row">
            {columnSelect('countColumn', t('instruments.bias.countColumn'))}
            {columnSelect('selectedColumn', t('instruments.bias.selectedColumn'))}
          </div>
        ) : (
          <>
            {columnSelect('outcomeColumn', t('instruments.bias.outcomeColumn'))}
            {values.length > 0 && (
              <p className="hint">
                {t('instruments.bias.valuesSeen')} {values.map((v) => `${v.value === '' ? t('instruments.bias.blank') : `“${v.value}”`} ×${v.count}`).join(', ')}
              </p>
            )}
            {(['selected', 'score'] as const).map((kind) => (
              <label className="check" key={kind}>
                <input type="radio" name={`${ids}-kind`} checked={draft.outcomeKind === kind} onChange={() => set({ outcomeKind: kind })} />
                <span>
                  <strong>{t(`instruments.bias.kinds.${kind}`)}</strong>
                  <br />
                  <span className="muted">{t(`instruments.bias.kindHints.${kind}`)}</span>
                </span>
              </label>
            ))}
            {draft.outcomeKind === 'selected' && (
              <div className="field-row">
                <div className="field">
                  <label htmlFor={`${ids}-yes`}>{t('instruments.bias.yesValues')}</label>
                  <input id={`${ids}-yes`} value={draft.yesValues} onChange={(e) => set({ yesValues: e.target.value })} />
                </div>
                <div className="field">
                  <label htmlFor={`${ids}-no`}>{t('instruments.bias.noValues')}</label>
                  <input id={`${ids}-no`} value={draft.noValues} aria-describedby={`${ids}-no-hint`} onChange={(e) => set({ noValues: e.target.value })} />
                  <p className="hint" id={`${ids}-no-hint`}>
                    {t('instruments.bias.noValuesHint')}
                  </p>
                </div>
              </div>
            )}
          </>
        )}
        <div className="field">
          <label htmlFor={`${ids}-unknown`}>{t('instruments.bias.unknownValues')}</label>
          <input id={`${ids}-unknown`} value={draft.unknownValues} aria-describedby={`${ids}-unknown-hint`} onChange={(e) => set({ unknownValues: e.target.value })} />
          <p className="hint" id={`${ids}-unknown-hint`}>
            {t('instruments.bias.unknownValuesHint')}
          </p>
        </div>
      </fieldset>
    </div>
  );
}
