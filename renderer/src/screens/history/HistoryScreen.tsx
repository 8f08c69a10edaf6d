// Runs in the renderer. An assessment's change history, newest first: who changed which field from what to what,
// and whether the chain of entries is intact or where it breaks.
import { useLiveQuery } from 'dexie-react-hooks';
import { Fragment, type ReactElement, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../../shared/audit/entry';
import { type ChainReport, verifyChain } from '../../../../shared/audit/verify';
import type { AssessmentId } from '../../../../shared/domain/assessment';
import { auditLogOf } from '../../data/audit';
import { type AssessmentView, useAssessment, useLang } from '../../hooks/useAssessment';
import { formatDateTime } from '../../i18n';
import { useUi } from '../../state/uiStore';
import { AssessmentTabs } from '../AssessmentTabs';
import { NotFound } from '../NotFound';
import { fieldOf, problemText, rowNames, subjectOf, valueText } from './entryText';
import './history.css';

/** Entries shown at first and added per "show older": a long history stays quick to open. */
const PageSize = 200;

export function HistoryScreen({ id }: { id: AssessmentId }): ReactElement {
  const { t } = useTranslation();
  const view = useAssessment(id);
  const entries = useLiveQuery(() => auditLogOf(id), [id]);
  if (view === undefined || entries === undefined) return <p className="loading">{t('common.loading')}</p>;
  if (view === null) return <NotFound />;
  return <History view={view} entries={entries} />;
}

function ChainStatus({ chain, imported }: { chain: ChainReport; imported: boolean }): ReactElement {
  const { t } = useTranslation();
  if (chain.intact) {
    return (
      <div className="notice success" role="status" data-testid="chain-status">
        <p>{t('history.intact', { count: chain.entries })}</p>
        {chain.headHash && <p className="hint">{t('history.head', { hash: chain.headHash })}</p>}
        {imported && <p className="hint">{t('history.imported')}</p>}
      </div>
    );
  }
  return (
    <div className="notice warning" role="status" data-testid="chain-status">
      <p>
        <strong>{t('history.broken', { n: chain.brokenAt })}</strong>
      </p>
      <ul>
        {chain.problems.map((problem) => (
          <li key={`${problem.kind}-${problem.seq}`}>{problemText(problem, t)}</li>
        ))}
      </ul>
    </div>
  );
}

function History({ view, entries }: { view: AssessmentView; entries: readonly AuditEntry[] }): ReactElement {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useUi((s) => s.navigate);
  const [shown, setShown] = useState(PageSize);
  const { assessment } = view;
  // An imported copy keeps the original's entries, which name the original's id.
  const chain = useMemo(() => verifyChain(entries, assessment.importedFrom ? undefined : assessment.id), [entries, assessment.importedFrom, assessment.id]);
  const names = useMemo(() => rowNames(view, entries, lang), [view, entries, lang]);
  const flagged = new Set(chain.problems.filter((p) => p.kind !== 'removed').map((p) => p.seq));
  // Newest first, a removal shows just below the entry that follows the gap.
  const gapBelow = new Map(chain.problems.flatMap((p) => (p.kind === 'removed' ? [[p.seq + p.count, p] as const] : [])));
  const newestFirst = [...entries].reverse();
  const page = newestFirst.slice(0, shown);

  return (
    <section className="screen history-screen" aria-labelledby="history-title">
      <AssessmentTabs assessment={assessment} current={null} />
      <h1 id="history-title">{t('history.title')}</h1>
      <p className="muted">{t('history.intro')}</p>
      <p>
        <a
          href={`#/assessments/${assessment.id}/summary`}
          onClick={(e) => {
            e.preventDefault();
            navigate({ screen: 'summary', id: assessment.id });
          }}
        >
          {t('history.back')}
        </a>
      </p>
      <ChainStatus chain={chain} imported={assessment.importedFrom !== null} />
      {entries.length === 0 ? (
        <p className="muted">{t('history.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data history-table">
            <caption className="visually-hidden">{t('history.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('history.col.seq')}</th>
                <th scope="col">{t('history.col.when')}</th>
                <th scope="col">{t('history.col.who')}</th>
                <th scope="col">{t('history.col.what')}</th>
                <th scope="col">{t('history.col.field')}</th>
                <th scope="col">{t('history.col.before')}</th>
                <th scope="col">{t('history.col.after')}</th>
              </tr>
            </thead>
            <tbody>
              {page.map((entry, i) => {
                const gap = gapBelow.get(entry.seq);
                return (
                  <Fragment key={`${entry.seq}-${i}`}>
                    <tr className={flagged.has(entry.seq) ? 'history-broken' : undefined}>
                      <th scope="row">
                        {entry.seq}
                        {flagged.has(entry.seq) && <span className="tag history-flag">{t('history.flag')}</span>}
                      </th>
                      <td className="history-when">{formatDateTime(entry.at, lang)}</td>
                      <td>{entry.actor ? `${entry.actor.name} (${t(`side.${entry.actor.side}`)})` : <span className="muted">{t('history.unknownMember')}</span>}</td>
                      <td>{subjectOf(entry, view, names, lang, t)}</td>
                      <td>{fieldOf(entry, names, t)}</td>
                      <td className="history-value">{valueText(entry.old, t)}</td>
                      <td className="history-value">{valueText(entry.new, t)}</td>
                    </tr>
                    {gap && (
                      <tr className="history-broken">
                        <td colSpan={7}>{problemText(gap, t)}</td>
                      </tr>
                    )}
                  </Fragment>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {newestFirst.length > shown && (
        <button type="button" onClick={() => setShown(shown + PageSize)}>
          {t('history.showOlder', { count: newestFirst.length - shown })}
        </button>
      )}
    </section>
  );
}
