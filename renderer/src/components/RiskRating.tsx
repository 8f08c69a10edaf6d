// Runs in the renderer. Rating one item's risk: a level per factor (keyboard) or a click on the matrix (mouse).
import { type ReactElement, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/i18n/localized';
import type { RiskMethod } from '../../../shared/risk/methods';
import { rateRisk, type RiskRating as Rating, sameRating, withFactor } from '../../../shared/risk/rate';
import { useDraft } from '../hooks/useDraft';
import { LevelBadge } from './LevelBadge';
import { MatrixLayout } from './MatrixLayout';

type Props = {
  method: RiskMethod;
  rating: Rating | null;
  lang: Language;
  /** Receives a change to apply to the stored rating, so quick successive choices build on each other. */
  onChange: (change: (stored: Rating | null) => Rating | null) => void;
};

export function RiskRating({ method, rating, lang, onChange }: Props): ReactElement {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useDraft(rating, sameRating);
  // A rating made with another method is kept in storage but not shown as this method's choice.
  const values = draft?.methodId === method.id ? draft.values : {};
  const rated = rateRisk(method, draft);
  const set = (factorId: string, value: number | null): void => {
    setDraft(withFactor(draft, method.id, factorId, value));
    onChange((stored) => withFactor(stored, method.id, factorId, value));
  };
  const setBoth = (next: Rating): void => {
    setDraft(next);
    onChange(() => next);
  };
  const [rows, cols] = method.factors;

  return (
    <div className="risk">
      <div className="risk-factors">
        {method.factors.map((factor) => (
          <div className="field" key={factor.id}>
            <label htmlFor={`${id}-${factor.id}`}>{factor.name[lang]}</label>
            <select
              id={`${id}-${factor.id}`}
              value={values[factor.id] ?? ''}
              onChange={(e) => set(factor.id, e.target.value === '' ? null : Number(e.target.value))}
            >
              <option value="">{t('risk.choose')}</option>
              {factor.levels.map((lv) => (
                <option key={lv.value} value={lv.value}>
                  {lv.value} · {lv.label[lang]}
                </option>
              ))}
            </select>
          </div>
        ))}
        <div className="risk-result" aria-live="polite">
          <span>{t('risk.result')}</span> <LevelBadge level={rated?.level ?? null} />
          {rated && <span className="risk-score">({rated.score})</span>}
        </div>
      </div>
      {rows && cols && (
        <MatrixLayout
          method={method}
          lang={lang}
          caption={t('risk.matrixCaption')}
          cell={(i, j, level) => {
            const rowValue = rows.levels[i]!.value;
            const colValue = cols.levels[j]!.value;
            const chosen = values[rows.id] === rowValue && values[cols.id] === colValue;
            return (
              // Out of the tab order: keyboard users choose with the selects above, which say the same.
              <button
                type="button"
                tabIndex={-1}
                className={chosen ? 'cell-chosen' : undefined}
                aria-pressed={chosen}
                aria-label={t('risk.cellLabel', { row: rows.name[lang], rowValue, col: cols.name[lang], colValue, level: t(`risk.level.${level}`) })}
                onClick={() => setBoth({ methodId: method.id, values: { [rows.id]: rowValue, [cols.id]: colValue } })}
              >
                {chosen ? '●' : ''}
              </button>
            );
          }}
        />
      )}
    </div>
  );
}
