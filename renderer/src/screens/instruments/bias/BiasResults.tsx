// Runs in the renderer. A bias audit's results: per comparison the counts, rates, impact ratios, flags, tests and fragility; the caveat; exclusions.
import { type ReactElement, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BiasAuditResult, BiasCategory, BiasComparison } from '../../../../../shared/instruments/bias/result';
import { describeInstrumentResult } from '../../../../../shared/instruments/result';
import { useLang } from '../../../hooks/useAssessment';
import { formatNumber, formatP, formatPercent } from '../format';
import { FlagIcons, flagState } from './flag';
import { ImpactRatioChart } from './ImpactRatioChart';

/** Present when the user may exclude small categories and include them again (not on a saved result). */
export type ExclusionControls = {
  readonly onExclude: (categoryId: string, reason: string) => void;
  readonly onInclude: (categoryId: string) => void;
};

type Props = { readonly result: BiasAuditResult; readonly exclusions?: ExclusionControls };

/** The audit's own rule, in whole numbers: only a category under 2% of the analysed records may be left out. */
const mayExclude = (c: BiasCategory, analysed: number): boolean => c.count * 50 < analysed;

export function BiasResults({ result, exclusions }: Props): ReactElement {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <div className="bias-results">
      <p className="result-headline" role="status">
        {describeInstrumentResult(result, lang)}
      </p>
      <aside className="notice warning caveat" aria-label={t('instruments.bias.caveatTitle')}>
        <strong>{t('instruments.bias.caveatTitle')}</strong> {result.caveat[lang]}
      </aside>
      <InputsSummary result={result} />
      {result.comparisons.map((c) => (
        <Comparison key={c.attribute} comparison={c} result={result} exclusions={exclusions} />
      ))}
      <p className="hint">{t('instruments.bias.testsNote', { level: formatNumber(result.options.significanceLevel, lang, 2) })}</p>
    </div>
  );
}

function InputsSummary({ result }: { result: BiasAuditResult }): ReactElement {
  const { t } = useTranslation();
  const lang = useLang();
  const i = result.inputs;
  const m = result.mapping;
  const outcome =
    m.layout === 'counts'
      ? t('instruments.bias.read.counts', { count: m.countColumn, selected: m.selectedColumn })
      : m.outcome.kind === 'score'
        ? t('instruments.bias.read.score', { column: m.outcome.column, median: formatNumber(i.median ?? 0, lang, 2), atMedian: i.atMedian ?? 0 })
        : t('instruments.bias.read.selected', { column: m.outcome.column, values: m.outcome.yesValues.join(', ') });
  return (
    <section className="bias-inputs" aria-labelledby="bias-inputs-title">
      <h3 id="bias-inputs-title">{t('instruments.bias.read.title')}</h3>
      <ul>
        <li>{t('instruments.bias.read.analysed', { analysed: i.analysed, records: i.records, rows: i.rows })}</li>
        <li>{outcome}</li>
        {i.outcomeMissing + i.outcomeUnparseable > 0 && (
          <li className="warning-text">
            {t('instruments.bias.read.unusable', { missing: i.outcomeMissing, unreadable: i.outcomeUnparseable })}
            {i.problemLines.length > 0 && ` ${t('instruments.bias.read.lines', { lines: i.problemLines.join(', ') })}`}
          </li>
        )}
        {i.outcomeValues.length > 0 && (
          <li>
            {t('instruments.bias.read.values')}{' '}
            {i.outcomeValues.map((v, n) => (
              <span key={v.value}>
                {n > 0 && ', '}“{v.value}” ×{v.count} → <strong>{t(`instruments.bias.meaning.${v.meaning}`)}</strong>
              </span>
            ))}
          </li>
        )}
      </ul>
    </section>
  );
}

function Comparison({ comparison: c, result, exclusions }: { comparison: BiasComparison; result: BiasAuditResult; exclusions: ExclusionControls | undefined }): ReactElement {
  const { t } = useTranslation();
  const lang = useLang();
  const headingId = useId();
  const title = c.intersectional ? t('instruments.bias.intersectional', { columns: result.mapping.groupColumns.join(' × ') }) : t('instruments.bias.byAttribute', { attribute: c.attribute });
  const reference = c.categories.find((x) => x.isReference);
  const scores = result.mapping.layout === 'per-person' && result.mapping.outcome.kind === 'score';
  return (
    <section className="bias-comparison" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      {c.ratiosUndefined ? (
        <p className="warning-text">{t(`instruments.bias.undefined.${c.ratiosUndefined}`)}</p>
      ) : (
        reference && <p>{t('instruments.bias.reference', { name: reference.name, rate: formatPercent(reference.rate, lang) })}</p>
      )}
      {c.unknown > 0 && <p>{t('instruments.bias.unknown', { count: c.unknown, attribute: c.intersectional ? t('instruments.bias.anyGroupColumn') : c.attribute })}</p>}
      <div className="table-wrap">
        <table className="data bias-table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('instruments.bias.col.category')}</th>
              <th scope="col">{t('instruments.bias.col.count')}</th>
              <th scope="col">{scores ? t('instruments.bias.col.aboveMedian') : t('instruments.bias.col.selected')}</th>
              <th scope="col">{scores ? t('instruments.bias.col.scoringRate') : t('instruments.bias.col.rate')}</th>
              <th scope="col">{t('instruments.bias.col.ratio')}</th>
              <th scope="col" className="text-cell">{t('instruments.bias.col.flag')}</th>
              <th scope="col" className="text-cell">{t('instruments.bias.col.test')}</th>
              <th scope="col">{t('instruments.bias.col.p')}</th>
              <th scope="col" className="text-cell">{t('instruments.bias.col.notes')}</th>
            </tr>
          </thead>
          <tbody>
            {c.categories.map((category) => (
              <CategoryRow key={category.id} category={category} analysed={result.inputs.analysed} exclusions={exclusions} />
            ))}
          </tbody>
        </table>
      </div>
      <ImpactRatioChart comparison={c} title={title} />
    </section>
  );
}

function CategoryRow({ category: c, analysed, exclusions }: { category: BiasCategory; analysed: number; exclusions: ExclusionControls | undefined }): ReactElement {
  const { t } = useTranslation();
  const lang = useLang();
  const state = flagState(c);
  return (
    <tr className={`flag-row-${state}`} data-category={c.id}>
      <th scope="row">{c.name}</th>
      <td>{c.count}</td>
      <td>{c.selected}</td>
      <td>{formatPercent(c.rate, lang)}</td>
      <td>{c.impactRatio === null ? '—' : formatNumber(c.impactRatio, lang, 3)}</td>
      <td className={`flag flag-${state}`}>
        <span aria-hidden="true">{FlagIcons[state]}</span> {t(`instruments.bias.flag.${state}`)}
      </td>
      <td className="text-cell nowrap">{c.test ? t(`instruments.bias.test.${c.test.method}`, { z: c.test.z === null ? '' : formatNumber(c.test.z, lang, 2) }) : '—'}</td>
      <td>
        {c.test ? (
          <>
            {formatP(c.test.p, lang)}
            {c.test.significant && <span className="tag tag-warn">{t('instruments.bias.significant')}</span>}
          </>
        ) : (
          '—'
        )}
      </td>
      <td className="text-cell notes-cell">
        {c.fragility && (
          <p className="fragile">
            <span aria-hidden="true">⚠</span> {t(`instruments.bias.fragile.${c.fragility.change}`, { ratio: formatNumber(c.fragility.impactRatio, lang, 3) })}
          </p>
        )}
        {c.count * 50 < analysed && !c.excluded && <p className="muted small">{t('instruments.bias.small', { share: formatPercent(c.share, lang) })}</p>}
        {c.excluded && (
          <p>
            <strong>{t('instruments.bias.excludedBecause')}</strong> {c.excluded.reason}
          </p>
        )}
        {exclusions && c.excluded && (
          <button type="button" className="link" onClick={() => exclusions.onInclude(c.id)}>
            {t('instruments.bias.includeAgain', { name: c.name })}
          </button>
        )}
        {exclusions && !c.excluded && mayExclude(c, analysed) && <ExcludeForm category={c} onExclude={exclusions.onExclude} />}
      </td>
    </tr>
  );
}

/** Leaving a small category out needs a reason in words; the category stays in the table with it. */
function ExcludeForm({ category, onExclude }: { category: BiasCategory; onExclude: ExclusionControls['onExclude'] }): ReactElement {
  const { t } = useTranslation();
  const reasonId = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  if (!open) {
    return (
      <button type="button" className="link" onClick={() => setOpen(true)} aria-label={t('instruments.bias.excludeNamed', { name: category.name })}>
        {t('instruments.bias.exclude')}
      </button>
    );
  }
  const submit = (): void => {
    if (reason.trim() === '') return setMissing(true);
    onExclude(category.id, reason.trim());
  };
  return (
    <div className="exclude-form">
      <label htmlFor={reasonId}>{t('instruments.bias.reason', { name: category.name })}</label>
      <input
        id={reasonId}
        value={reason}
        maxLength={2000}
        aria-invalid={missing || undefined}
        aria-describedby={missing ? `${reasonId}-error` : undefined}
        onChange={(e) => {
          setReason(e.target.value);
          setMissing(false);
        }}
      />
      {missing && (
        <p className="warning-text" id={`${reasonId}-error`} role="alert">
          {t('instruments.bias.reasonRequired')}
        </p>
      )}
      <div className="row-actions">
        <button type="button" onClick={submit}>
          {t('instruments.bias.confirmExclude')}
        </button>
        <button type="button" className="link" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
