// Runs in the renderer. Power and force limiting: a limits table (loaded or typed, its source named), measurements, pass or fail with margins.
import { type ReactElement, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toFileName } from '../../../../../shared/format/fileName';
import { type ContactType, ContactTypeNames, ContactTypes } from '../../../../../shared/instruments/cobot/bodyRegions';
import { emptyPflLimitsTable, parsePflLimitsTable } from '../../../../../shared/instruments/cobot/limitsTable';
import { comparePflMeasurements } from '../../../../../shared/instruments/cobot/pfl';
import type { CobotPflResult, QuantityCheck } from '../../../../../shared/instruments/cobot/result';
import { describeInstrumentResult } from '../../../../../shared/instruments/result';
import { desktop } from '../../../desktop';
import type { AssessmentView } from '../../../hooks/useAssessment';
import { useLang } from '../../../hooks/useAssessment';
import { useUi } from '../../../state/uiStore';
import { formatNumber } from '../format';
import { SaveAsEvidence } from '../SaveAsEvidence';
import { type CobotApplication, emptyMeasurement, type MeasurementDraft, newKey, type PflDraft, type TableDraft } from './cobotStore';
import { draftFromTable, measurementsFromDraft, tableFromDraft } from './drafts';
import { RegionSelect } from './RegionSelect';

const MaxTableBytes = 2 * 1024 * 1024;

type Props = { readonly view: AssessmentView; readonly app: CobotApplication; readonly caption: string; readonly onChange: (update: (pfl: PflDraft) => PflDraft) => void };

export function PflCheck({ view, app, caption, onChange }: Props): ReactElement {
  const { t } = useTranslation();
  const ids = useId();
  const pfl = app.pfl;
  const checkedTable = pfl.table ? tableFromDraft(pfl.table) : null;
  const measured = measurementsFromDraft(pfl.measurements);
  const comparison = checkedTable?.ok && measured.ok && measured.measurements.length > 0 ? comparePflMeasurements(checkedTable.table, measured.measurements, { sex: pfl.sex || null }) : null;
  const setTable = (table: TableDraft | null): void => onChange((p) => ({ ...p, table, reopenedTable: table ? null : p.reopenedTable }));
  const setMeasurements = (update: (list: readonly MeasurementDraft[]) => readonly MeasurementDraft[]): void => onChange((p) => ({ ...p, measurements: update(p.measurements) }));

  return (
    <div className="pfl-check">
      <h4>{t('instruments.cobot.pfl.tableTitle')}</h4>
      {pfl.table ? (
        <LimitsTableEditor table={pfl.table} errors={checkedTable && !checkedTable.ok ? checkedTable.errors : []} onChange={setTable} />
      ) : (
        <>
          {pfl.reopenedTable && <p className="notice warning">{t('instruments.cobot.pfl.reloadTable', { source: pfl.reopenedTable.sourceName, licence: pfl.reopenedTable.licence })}</p>}
          <TableChooser onTable={setTable} />
        </>
      )}

      <h4>{t('instruments.cobot.pfl.measurementsTitle')}</h4>
      <p className="hint">{t('instruments.cobot.pfl.measurementsHint')}</p>
      <div className="field inline-field">
        <label htmlFor={`${ids}-sex`}>{t('instruments.cobot.pfl.sex')}</label>
        <select id={`${ids}-sex`} value={pfl.sex} onChange={(e) => onChange((p) => ({ ...p, sex: e.target.value as PflDraft['sex'] }))}>
          <option value="">{t('instruments.cobot.pfl.sexLower')}</option>
          <option value="female">{t('instruments.cobot.pfl.sexFemale')}</option>
          <option value="male">{t('instruments.cobot.pfl.sexMale')}</option>
        </select>
      </div>
      <MeasurementsEditor
        measurements={pfl.measurements}
        customRegions={pfl.table?.customRegions ?? []}
        problems={measured.ok ? [] : measured.problems}
        onChange={setMeasurements}
      />

      {comparison && !comparison.ok && (
        <ul className="warning-text" role="alert">
          {comparison.errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
      {comparison?.ok && (
        <section className="pfl-results" aria-labelledby={`${ids}-results`}>
          <div className="screen-head">
            <h4 id={`${ids}-results`}>{t('instruments.cobot.pfl.resultsTitle')}</h4>
            <SaveAsEvidence view={view} result={comparison.result} caption={caption} />
          </div>
          <PflResults result={comparison.result} />
        </section>
      )}
      {!pfl.table && <p className="hint">{t('instruments.cobot.pfl.needTable')}</p>}
    </div>
  );
}

/** Load a table file, or start an empty one with its source named. */
function TableChooser({ onTable }: { onTable: (table: TableDraft) => void }): ReactElement {
  const { t } = useTranslation();
  const lang = useLang();
  const ids = useId();
  const [errors, setErrors] = useState<readonly string[]>([]);
  const [source, setSource] = useState({ name: '', licence: '', url: '' });
  const [missing, setMissing] = useState(false);

  const load = async (file: File | undefined): Promise<void> => {
    if (!file) return;
    if (file.size > MaxTableBytes) return setErrors([t('instruments.cobot.pfl.tooLarge', { name: file.name })]);
    const checked = parsePflLimitsTable(await file.text());
    if (!checked.ok) return setErrors([t('instruments.cobot.pfl.badTable', { name: file.name }), ...checked.errors.slice(0, 12)]);
    setErrors([]);
    onTable(draftFromTable(checked.table));
  };

  const start = (): void => {
    if (source.name.trim() === '' || source.licence.trim() === '') return setMissing(true);
    onTable(draftFromTable(emptyPflLimitsTable({ name: source.name.trim(), licence: source.licence.trim(), url: source.url.trim() || null })));
  };

  return (
    <div className="two-columns table-chooser">
      <div>
        <p>{t('instruments.cobot.pfl.noValuesShipped')}</p>
        <input
          id={`${ids}-file`}
          className="visually-hidden"
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            void load(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
        <label className="button-like" htmlFor={`${ids}-file`}>
          {t('instruments.cobot.pfl.loadTable')}
        </label>
        {errors.length > 0 && (
          <ul className="warning-text" role="alert" lang={lang === 'en' ? undefined : 'en'}>
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        )}
      </div>
      <fieldset className="plain">
        <legend className="field-legend">{t('instruments.cobot.pfl.startEmpty')}</legend>
        <div className="field">
          <label htmlFor={`${ids}-source`}>{t('instruments.cobot.pfl.sourceName')}</label>
          <input id={`${ids}-source`} value={source.name} maxLength={500} onChange={(e) => setSource({ ...source, name: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor={`${ids}-licence`}>{t('instruments.cobot.pfl.licence')}</label>
          <input id={`${ids}-licence`} value={source.licence} maxLength={200} onChange={(e) => setSource({ ...source, licence: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor={`${ids}-url`}>{t('instruments.cobot.pfl.url')}</label>
          <input id={`${ids}-url`} value={source.url} maxLength={2000} onChange={(e) => setSource({ ...source, url: e.target.value })} />
        </div>
        {missing && (
          <p className="warning-text" role="alert">
            {t('instruments.cobot.pfl.sourceRequired')}
          </p>
        )}
        <button type="button" onClick={start}>
          {t('instruments.cobot.pfl.startButton')}
        </button>
      </fieldset>
    </div>
  );
}

function LimitsTableEditor({ table, errors, onChange }: { table: TableDraft; errors: readonly string[]; onChange: (table: TableDraft | null) => void }): ReactElement {
  const { t } = useTranslation();
  const lang = useLang();
  const setNotice = useUi((s) => s.setNotice);
  const setRow = (key: string, patch: Partial<TableDraft['rows'][number]>): void => onChange({ ...table, rows: table.rows.map((r) => (r.key === key ? { ...r, ...patch } : r)) });
  const bySex = (row: TableDraft['rows'][number]): string =>
    [row.female && t('instruments.cobot.pfl.femaleLimits', { force: row.female.maxForceN ?? '–', pressure: row.female.maxPressureNcm2 ?? '–' }), row.male && t('instruments.cobot.pfl.maleLimits', { force: row.male.maxForceN ?? '–', pressure: row.male.maxPressureNcm2 ?? '–' })]
      .filter(Boolean)
      .join('; ');

  const saveTable = async (): Promise<void> => {
    const checked = tableFromDraft(table);
    if (!checked.ok) return setNotice({ kind: 'error', message: t('instruments.cobot.pfl.fixFirst') });
    const bytes = new TextEncoder().encode(`${JSON.stringify(checked.table, null, 2)}\n`);
    const saved = await desktop.saveFile({ suggestedName: `${toFileName(table.source.name, 'limits')}.json`, filterName: 'JSON', extensions: ['json'], bytes });
    if (saved.ok) setNotice({ kind: 'success', message: t('instruments.cobot.pfl.tableSaved', { location: saved.value.location }) });
    else if (saved.error !== 'cancelled') setNotice({ kind: 'error', message: t('files.saveFailed', { detail: saved.detail ?? saved.error }) });
  };

  return (
    <div className="limits-table">
      {table.example && (
        <p className="example-banner" role="note">
          <span aria-hidden="true">⚠</span> {t('instruments.cobot.pfl.exampleBanner')}
        </p>
      )}
      <dl className="table-source">
        <dt>{t('instruments.cobot.pfl.sourceName')}</dt>
        <dd>{table.source.name}</dd>
        <dt>{t('instruments.cobot.pfl.licence')}</dt>
        <dd>{table.source.licence}</dd>
        {table.source.url && (
          <>
            <dt>{t('instruments.cobot.pfl.url')}</dt>
            <dd className="hash">{table.source.url}</dd>
          </>
        )}
        {table.source.citation && (
          <>
            <dt>{t('instruments.cobot.pfl.citation')}</dt>
            <dd>{table.source.citation}</dd>
          </>
        )}
        {table.note && (
          <>
            <dt>{t('instruments.cobot.pfl.note')}</dt>
            <dd>{table.note}</dd>
          </>
        )}
      </dl>
      <details className="table-rows" open={table.rows.length === 0}>
        <summary>{t('instruments.cobot.pfl.editRows', { count: table.rows.length })}</summary>
        <div className="table-wrap">
          <table className="data editor-table">
            <thead>
              <tr>
                <th scope="col" className="text-cell">{t('instruments.cobot.pfl.region')}</th>
                <th scope="col" className="text-cell">{t('instruments.cobot.pfl.contact')}</th>
                <th scope="col">{t('instruments.cobot.pfl.maxForce')}</th>
                <th scope="col">{t('instruments.cobot.pfl.maxPressure')}</th>
                <th scope="col" className="text-cell">{t('instruments.cobot.pfl.bySex')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('instruments.cobot.remove')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, i) => (
                <tr key={row.key}>
                  <td>
                    <RegionSelect value={row.region} customRegions={table.customRegions} label={t('instruments.cobot.pfl.rowRegion', { n: i + 1 })} onChange={(region) => setRow(row.key, { region })} />
                  </td>
                  <td>
                    <ContactSelect value={row.contact} label={t('instruments.cobot.pfl.rowContact', { n: i + 1 })} onChange={(contact) => setRow(row.key, { contact })} />
                  </td>
                  <td>
                    <input className="number-input" inputMode="decimal" aria-label={t('instruments.cobot.pfl.rowForce', { n: i + 1 })} value={row.force} onChange={(e) => setRow(row.key, { force: e.target.value })} />
                  </td>
                  <td>
                    <input className="number-input" inputMode="decimal" aria-label={t('instruments.cobot.pfl.rowPressure', { n: i + 1 })} value={row.pressure} onChange={(e) => setRow(row.key, { pressure: e.target.value })} />
                  </td>
                  <td className="text-cell small">{bySex(row) || '—'}</td>
                  <td>
                    <button type="button" className="link" onClick={() => onChange({ ...table, rows: table.rows.filter((r) => r.key !== row.key) })} aria-label={t('instruments.cobot.pfl.removeRow', { n: i + 1 })}>
                      {t('instruments.cobot.remove')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <button type="button" onClick={() => onChange({ ...table, rows: [...table.rows, { key: newKey(), region: '', contact: 'transient', force: '', pressure: '', female: null, male: null }] })}>
          {t('instruments.cobot.pfl.addRow')}
        </button>
      </details>
      {errors.length > 0 && (
        <div className="notice warning" role="alert">
          <p>{t('instruments.cobot.pfl.tableProblems')}</p>
          <ul lang={lang === 'en' ? undefined : 'en'}>
            {errors.slice(0, 12).map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="row-actions">
        <button type="button" onClick={() => void saveTable()}>
          {t('instruments.cobot.pfl.saveTable')}
        </button>
        <button type="button" className="link" onClick={() => onChange(null)}>
          {t('instruments.cobot.pfl.otherTable')}
        </button>
      </div>
    </div>
  );
}

function ContactSelect({ value, label, onChange, id }: { value: ContactType; label?: string; onChange: (contact: ContactType) => void; id?: string }): ReactElement {
  const lang = useLang();
  return (
    <select id={id} value={value} aria-label={label} onChange={(e) => onChange(e.target.value as ContactType)}>
      {ContactTypes.map((c) => (
        <option key={c} value={c}>
          {ContactTypeNames[c][lang]}
        </option>
      ))}
    </select>
  );
}

type EditorProps = {
  readonly measurements: readonly MeasurementDraft[];
  readonly customRegions: TableDraft['customRegions'];
  readonly problems: readonly { readonly index: number; readonly field: string }[];
  readonly onChange: (update: (list: readonly MeasurementDraft[]) => readonly MeasurementDraft[]) => void;
};

function MeasurementsEditor({ measurements, customRegions, problems, onChange }: EditorProps): ReactElement {
  const { t } = useTranslation();
  const set = (key: string, patch: Partial<MeasurementDraft>): void => onChange((list) => list.map((m) => (m.key === key ? { ...m, ...patch } : m)));
  const problem = (index: number, field: string): boolean => problems.some((p) => p.index === index && (p.field === field || p.field === 'none'));
  return (
    <>
      <div className="table-wrap">
        <table className="data editor-table">
          <thead>
            <tr>
              <th scope="col" className="text-cell">{t('instruments.cobot.pfl.label')}</th>
              <th scope="col" className="text-cell">{t('instruments.cobot.pfl.region')}</th>
              <th scope="col" className="text-cell">{t('instruments.cobot.pfl.contact')}</th>
              <th scope="col">{t('instruments.cobot.pfl.force')}</th>
              <th scope="col">{t('instruments.cobot.pfl.pressure')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('instruments.cobot.remove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {measurements.map((m, i) => (
              <tr key={m.key}>
                <td>
                  <input aria-label={t('instruments.cobot.pfl.rowLabel', { n: i + 1 })} value={m.label} maxLength={200} onChange={(e) => set(m.key, { label: e.target.value })} placeholder={t('instruments.cobot.pfl.labelPlaceholder')} />
                </td>
                <td>
                  <RegionSelect value={m.region} customRegions={customRegions} label={t('instruments.cobot.pfl.measurementRegion', { n: i + 1 })} invalid={problem(i, 'region')} onChange={(region) => set(m.key, { region })} />
                </td>
                <td>
                  <ContactSelect value={m.contact} label={t('instruments.cobot.pfl.measurementContact', { n: i + 1 })} onChange={(contact) => set(m.key, { contact })} />
                </td>
                <td>
                  <input className="number-input" inputMode="decimal" aria-label={t('instruments.cobot.pfl.measurementForce', { n: i + 1 })} aria-invalid={problem(i, 'force') || undefined} value={m.force} onChange={(e) => set(m.key, { force: e.target.value })} />
                </td>
                <td>
                  <input className="number-input" inputMode="decimal" aria-label={t('instruments.cobot.pfl.measurementPressure', { n: i + 1 })} aria-invalid={problem(i, 'pressure') || undefined} value={m.pressure} onChange={(e) => set(m.key, { pressure: e.target.value })} />
                </td>
                <td>
                  <button type="button" className="link" onClick={() => onChange((list) => list.filter((x) => x.key !== m.key))} aria-label={t('instruments.cobot.pfl.removeMeasurement', { n: i + 1 })}>
                    {t('instruments.cobot.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {problems.length > 0 && (
        <ul className="warning-text">
          {problems.map((p) => (
            <li key={`${p.index}/${p.field}`}>{t(`instruments.cobot.pfl.problem.${p.field}`, { n: p.index + 1 })}</li>
          ))}
        </ul>
      )}
      <button type="button" onClick={() => onChange((list) => [...list, emptyMeasurement()])}>
        {t('instruments.cobot.pfl.addMeasurement')}
      </button>
    </>
  );
}

const VerdictIcons = { pass: '✓', fail: '✗', 'no-limit': '?', 'not-measured': '–', incomplete: '?' } as const;

function Margin({ q }: { q: QuantityCheck }): ReactElement {
  const lang = useLang();
  if (q.marginAbsolute === null || q.marginPercent === null) return <>—</>;
  const sign = q.marginAbsolute > 0 ? '+' : q.marginAbsolute < 0 ? '−' : '';
  return (
    <>
      {sign}
      {formatNumber(Math.abs(q.marginAbsolute), lang, 1)} {q.unit} ({sign}
      {formatNumber(Math.abs(q.marginPercent), lang, 0)}%)
    </>
  );
}

function QuantityCells({ q }: { q: QuantityCheck }): ReactElement {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <>
      <td>{q.measured === null ? '—' : `${formatNumber(q.measured, lang, 1)} ${q.unit}`}</td>
      <td>
        {q.limit === null ? '—' : `${formatNumber(q.limit, lang, 1)} ${q.unit}`}
        {q.limitBasis && q.limitBasis !== 'general' && <span className="muted small"> ({t(`instruments.cobot.pfl.basis.${q.limitBasis}`)})</span>}
      </td>
      <td>
        <Margin q={q} />
      </td>
      <td className={`verdict-cell verdict-${q.verdict}`}>
        <span aria-hidden="true">{VerdictIcons[q.verdict]}</span> {t(`instruments.cobot.pfl.verdict.${q.verdict}`)}
      </td>
    </>
  );
}

function PflRows({ index, m }: { index: number; m: CobotPflResult['measurements'][number] }): ReactElement {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <>
      <tr className={`pfl-row verdict-row-${m.verdict}`}>
        <th scope="rowgroup" rowSpan={2} className="text-cell">
          {m.label ?? t('instruments.cobot.pfl.measurementN', { n: index + 1 })}
          <br />
          <span className="muted small">
            {m.regionName[lang]} · {t(`instruments.cobot.pfl.contactShort.${m.contact}`)}
          </span>
          <br />
          <span className={`verdict-cell verdict-${m.verdict}`}>
            <span aria-hidden="true">{VerdictIcons[m.verdict]}</span> {t(`instruments.cobot.pfl.overall.${m.verdict}`)}
          </span>
        </th>
        <th scope="row">{t('instruments.cobot.pfl.forceShort')}</th>
        <QuantityCells q={m.force} />
      </tr>
      <tr className={`pfl-row verdict-row-${m.verdict}`}>
        <th scope="row">{t('instruments.cobot.pfl.pressureShort')}</th>
        <QuantityCells q={m.pressure} />
      </tr>
    </>
  );
}

export function PflResults({ result }: { result: CobotPflResult }): ReactElement {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <>
      {result.table.example && (
        <p className="example-banner" role="note">
          <span aria-hidden="true">⚠</span> {t('instruments.cobot.pfl.exampleBanner')}
        </p>
      )}
      <p className="result-headline">{describeInstrumentResult(result, lang)}</p>
      <div className="table-wrap">
        <table className="data pfl-table">
          <caption className="visually-hidden">{t('instruments.cobot.pfl.resultsTitle')}</caption>
          <thead>
            <tr>
              <th scope="col" className="text-cell">{t('instruments.cobot.pfl.measurement')}</th>
              <th scope="col" className="text-cell">{t('instruments.cobot.pfl.quantity')}</th>
              <th scope="col">{t('instruments.cobot.pfl.measured')}</th>
              <th scope="col">{t('instruments.cobot.pfl.limit')}</th>
              <th scope="col">{t('instruments.cobot.pfl.margin')}</th>
              <th scope="col" className="text-cell">{t('instruments.cobot.pfl.check')}</th>
            </tr>
          </thead>
          <tbody>
            {result.measurements.map((m, i) => (
              <PflRows key={i} index={i} m={m} />
            ))}
          </tbody>
        </table>
      </div>
      <p className="hint">
        {t('instruments.cobot.pfl.tableUsed', { source: result.table.sourceName, licence: result.table.licence })} {result.caveat[lang]}
      </p>
    </>
  );
}
