// Runs in the renderer. Speed and separation monitoring: the protective separation distance, every term's input explained, term by term.
import { type ReactElement, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CobotSsmResult } from '../../../../../shared/instruments/cobot/result';
import { Iso13855ApproachSpeedsMmS, protectiveSeparationDistance } from '../../../../../shared/instruments/cobot/ssm';
import { describeInstrumentResult } from '../../../../../shared/instruments/result';
import type { AssessmentView } from '../../../hooks/useAssessment';
import { useLang } from '../../../hooks/useAssessment';
import { formatNumber } from '../format';
import { SaveAsEvidence } from '../SaveAsEvidence';
import { type CobotApplication, type SsmDraft, SsmFields } from './cobotStore';
import { ssmInputFromDraft } from './drafts';

type Props = { readonly view: AssessmentView; readonly app: CobotApplication; readonly caption: string; readonly onChange: (update: (ssm: SsmDraft) => SsmDraft) => void };

/** Every input with its symbol and unit; the words come from the `instruments.cobot.ssm.fields` strings. */
const Units: Record<(typeof SsmFields)[number] | 'actualSeparationMm', { readonly symbol: string; readonly unit: string }> = {
  robotSpeedMmS: { symbol: 'v_r', unit: 'mm/s' },
  reactionTimeS: { symbol: 'T_r', unit: 's' },
  stoppingTimeS: { symbol: 'T_s', unit: 's' },
  stoppingDistanceMm: { symbol: 'S_s', unit: 'mm' },
  intrusionDistanceMm: { symbol: 'C', unit: 'mm' },
  humanPositionUncertaintyMm: { symbol: 'Z_d', unit: 'mm' },
  robotPositionUncertaintyMm: { symbol: 'Z_r', unit: 'mm' },
  actualSeparationMm: { symbol: '', unit: 'mm' },
};

export function SsmCalculator({ view, app, caption, onChange }: Props): ReactElement {
  const { t } = useTranslation();
  const lang = useLang();
  const ids = useId();
  const d = app.ssm;
  const read = ssmInputFromDraft(d);
  const outcome = read.ok ? protectiveSeparationDistance(read.input) : null;
  const problems = new Set<string>(read.ok ? [] : read.problems);
  const set = (patch: Partial<SsmDraft>): void => onChange((s) => ({ ...s, ...patch }));

  const field = (key: keyof typeof Units): ReactElement => {
    const id = `${ids}-${key}`;
    const { symbol, unit } = Units[key];
    // A blank required field is not an error yet; a typed value that is not a number is.
    const invalid = problems.has(key) && d[key].trim() !== '';
    return (
      <div className="field ssm-field" key={key}>
        <label htmlFor={id}>
          {symbol && <span className="symbol">{symbol}</span>} {t(`instruments.cobot.ssm.fields.${key}.label`)} <span className="muted">({unit})</span>
        </label>
        <p className="hint" id={`${id}-hint`}>
          {t(`instruments.cobot.ssm.fields.${key}.help`)}
        </p>
        <input id={id} className="number-input" inputMode="decimal" value={d[key]} aria-describedby={`${id}-hint`} aria-invalid={invalid || undefined} onChange={(e) => set({ [key]: e.target.value })} />
        {invalid && <p className="warning-text">{t('instruments.cobot.ssm.notNumber')}</p>}
      </div>
    );
  };

  return (
    <div className="ssm-calculator">
      <p className="hint">{t('instruments.cobot.ssm.intro')}</p>
      <div className="ssm-fields">
        <div className="field ssm-field">
          <label htmlFor={`${ids}-vh`}>
            <span className="symbol">v_h</span> {t('instruments.cobot.ssm.humanSpeed')} <span className="muted">(mm/s)</span>
          </label>
          <p className="hint" id={`${ids}-vh-hint`}>
            {t('instruments.cobot.ssm.humanSpeedHelp')}
          </p>
          <select id={`${ids}-vh`} value={d.humanSpeed} aria-describedby={`${ids}-vh-hint`} onChange={(e) => set({ humanSpeed: e.target.value as SsmDraft['humanSpeed'] })}>
            {(['iso13855-walking', 'iso13855-reaching'] as const).map((preset) => (
              <option key={preset} value={preset}>
                {t(`instruments.cobot.ssm.presets.${preset}`, { speed: formatNumber(Iso13855ApproachSpeedsMmS[preset], lang) })}
              </option>
            ))}
            <option value="given">{t('instruments.cobot.ssm.presets.given')}</option>
          </select>
          {d.humanSpeed === 'given' && (
            <input
              className="number-input"
              inputMode="decimal"
              aria-label={t('instruments.cobot.ssm.humanSpeedGiven')}
              value={d.humanSpeedGiven}
              aria-invalid={(problems.has('humanSpeedGiven') && d.humanSpeedGiven.trim() !== '') || undefined}
              onChange={(e) => set({ humanSpeedGiven: e.target.value })}
            />
          )}
        </div>
        {SsmFields.map(field)}
        {field('actualSeparationMm')}
      </div>
      {!read.ok && <p className="hint">{t('instruments.cobot.ssm.fillIn', { count: read.problems.length })}</p>}
      {outcome && !outcome.ok && (
        <ul className="warning-text" role="alert">
          {outcome.errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
      {outcome?.ok && (
        <section className="ssm-results" aria-labelledby={`${ids}-results`}>
          <div className="screen-head">
            <h4 id={`${ids}-results`}>{t('instruments.cobot.ssm.resultsTitle')}</h4>
            <SaveAsEvidence view={view} result={outcome.result} caption={caption} />
          </div>
          <SsmResults result={outcome.result} />
        </section>
      )}
    </div>
  );
}

/** Terms whose "formula" is words (translated here); the others are algebra, the same in every language. */
const DescribedTerms = { S_s: true, C: true, Z_d: true, Z_r: true } as const;

export function SsmResults({ result }: { result: CobotSsmResult }): ReactElement {
  const { t } = useTranslation();
  const lang = useLang();
  const mm = (x: number): string => `${formatNumber(x, lang, 0)} mm`;
  const actual = result.inputs.actualSeparationMm;
  return (
    <>
      <p className="result-headline">{describeInstrumentResult(result, lang)}</p>
      <div className="table-wrap">
        <table className="data ssm-table">
          <caption className="visually-hidden">{t('instruments.cobot.ssm.resultsTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('instruments.cobot.ssm.term')}</th>
              <th scope="col" className="text-cell">{t('instruments.cobot.ssm.formula')}</th>
              <th scope="col">{t('instruments.cobot.ssm.value')}</th>
              <th scope="col" className="text-cell">{t('instruments.cobot.ssm.meaning')}</th>
            </tr>
          </thead>
          <tbody>
            {result.terms.map((term) => (
              <tr key={term.symbol}>
                <th scope="row">{term.symbol}</th>
                <td className="text-cell">{term.symbol in DescribedTerms ? t(`instruments.cobot.ssm.formulas.${term.symbol}`) : term.formula}</td>
                <td>{mm(term.valueMm)}</td>
                <td className="text-cell">{term.explanation[lang]}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="total-row">
              <th scope="row">S_p</th>
              <td className="text-cell">S_h + S_r + S_s + C + Z_d + Z_r</td>
              <td>
                <strong>{mm(result.protectiveSeparationMm)}</strong>
              </td>
              <td className="text-cell">{t('instruments.cobot.ssm.total')}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      {actual !== null && (
        <p className={result.verdict === 'sufficient' ? 'verdict-line verdict-pass' : 'verdict-line verdict-fail'}>
          <span aria-hidden="true">{result.verdict === 'sufficient' ? '✓' : '✗'}</span>{' '}
          {result.verdict === 'sufficient'
            ? t('instruments.cobot.ssm.sufficient', { actual: mm(actual), required: mm(result.protectiveSeparationMm) })
            : t('instruments.cobot.ssm.insufficient', { actual: mm(actual), required: mm(result.protectiveSeparationMm), short: mm(result.protectiveSeparationMm - actual) })}
        </p>
      )}
      <p className="hint">{result.source[lang]}</p>
    </>
  );
}
