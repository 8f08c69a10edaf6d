// Runs in the renderer. A survey's scale scores overall and per group, hidden where groups are small; response rate; scales needing action.
import type { ReactElement, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Questionnaire } from '../../../../../shared/instruments/survey/questionnaire';
import type { ScaleCell, SurveyGroup, SurveyResult } from '../../../../../shared/instruments/survey/result';
import { useLang } from '../../../hooks/useAssessment';
import { formatNumber, formatPercent } from '../format';
import { groupName, hiddenText, scaleName } from './labels';

type Props = {
  readonly result: SurveyResult;
  readonly questionnaire: Questionnaire;
  /** Rendered after each scale that needs action (the "Add an action" control); absent on a saved result. */
  readonly actionFor?: (need: SurveyResult['needsAction'][number]) => ReactNode;
};

export function SurveyResults({ result, questionnaire, actionFor }: Props): ReactElement {
  const { t } = useTranslation();
  const lang = useLang();
  const min = result.options.minGroupSize;
  const groups: { readonly group: SurveyGroup; readonly overall: boolean }[] = [{ group: result.overall, overall: true }, ...result.groups.map((group) => ({ group, overall: false }))];
  const rate = result.responseRate;
  return (
    <div className="survey-results">
      <p className="result-headline">
        {t('instruments.survey.responses', { count: result.responses })}
        {rate && (
          <>
            {' · '}
            {t('instruments.survey.rate', { rate: formatPercent(rate.rate, lang, 0), invited: rate.invited })}{' '}
            <span className={`tag band-${rate.band}`}>{t(`instruments.survey.band.${rate.band}`)}</span>
          </>
        )}
      </p>
      {rate && <p className="hint">{t('instruments.survey.bandsHint')}</p>}
      {result.overall.suppressed ? (
        <p className="notice warning hidden-result" role="status">
          <LockIcon /> {hiddenText(result.overall.reason, min, t)}. {t('instruments.survey.hiddenOverallHint', { min })}
        </p>
      ) : (
        <>
          <div className="table-wrap">
            <table className="data survey-table">
              <caption className="visually-hidden">{t('instruments.survey.tableCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('instruments.survey.scale')}</th>
                  {groups.map(({ group, overall }) => (
                    <th scope="col" key={overall ? '\u0000overall' : (group.group ?? '\u0000none')}>
                      {groupName(group, overall, t)}
                      <br />
                      <span className="muted small">{group.suppressed ? t('instruments.survey.hiddenShort') : t('instruments.survey.respondents', { count: group.respondents })}</span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {questionnaire.scales.map((scale) => (
                  <tr key={scale.id}>
                    <th scope="row">{scale.name[lang]}</th>
                    {groups.map(({ group, overall }) => (
                      <td key={overall ? '\u0000overall' : (group.group ?? '\u0000none')} className="score-cell">
                        {group.suppressed ? <Hidden text={hiddenText(group.reason, min, t)} /> : <Cell cell={group.scales.find((c) => c.scaleId === scale.id)} result={result} />}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="hint">{result.suppressionNote[lang]}</p>
          <p className="hint">{t('instruments.survey.scoreHint', { threshold: formatNumber(result.options.lowScoreThreshold, lang, 1) })}</p>
          <section aria-labelledby="needs-action-title">
            <h3 id="needs-action-title">{t('instruments.survey.needsActionTitle')}</h3>
            {result.needsAction.length === 0 ? (
              <p className="muted">{t('instruments.survey.noNeedsAction')}</p>
            ) : (
              <ul className="needs-action">
                {result.needsAction.map((need) => (
                  <li key={`${need.scaleId}/${need.overall ? '' : (need.group ?? '\u0000')}`}>
                    <span aria-hidden="true">⚠</span>{' '}
                    {t('instruments.survey.needsAction', {
                      scale: scaleName(questionnaire, need.scaleId, lang),
                      group: groupName(need, need.overall, t),
                      mean: formatNumber(need.mean, lang, 2),
                    })}
                    {actionFor?.(need)}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </div>
  );
}

/** A padlock drawn inline: emoji fonts are missing on many of the machines this runs on. */
function LockIcon(): ReactElement {
  return (
    <svg className="lock-icon" aria-hidden="true" viewBox="0 0 16 16" width="14" height="14">
      <path d="M4.5 7V5a3.5 3.5 0 0 1 7 0v2" fill="none" stroke="currentColor" strokeWidth="1.6" />
      <rect x="2.5" y="7" width="11" height="8" rx="1.5" fill="currentColor" />
    </svg>
  );
}

function Hidden({ text }: { text: string }): ReactElement {
  return (
    <span className="hidden-cell">
      <LockIcon /> {text}
    </span>
  );
}

function Cell({ cell, result }: { cell: ScaleCell | undefined; result: SurveyResult }): ReactElement {
  const { t } = useTranslation();
  const lang = useLang();
  if (!cell) return <span>—</span>;
  if (cell.suppressed) return <Hidden text={hiddenText(cell.reason, result.options.minGroupSize, t)} />;
  const low = cell.mean < result.options.lowScoreThreshold;
  return (
    <span className={low ? 'score score-low' : 'score'}>
      <strong>{formatNumber(cell.mean, lang, 2)}</strong>
      {low && (
        <span className="needs-flag">
          {' '}
          <span aria-hidden="true">⚠</span> {t('instruments.survey.needsActionShort')}
        </span>
      )}
      <br />
      <span className="muted small">{t('instruments.survey.cellDetail', { sd: formatNumber(cell.sd, lang, 2), n: cell.n })}</span>
    </span>
  );
}
