// Runs in the renderer. The start screen: every assessment on this machine, with search, archive and delete.
import { useLiveQuery } from 'dexie-react-hooks';
import { memo, type ReactElement, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../shared/domain/assessment';
import type { Language } from '../../../shared/i18n/localized';
import { findPack } from '../../../shared/packs/registry';
import { packItems } from '../../../shared/packs/schema';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ProgressBar } from '../components/ProgressBar';
import { createAssessment, deleteAssessment, listAssessments, setArchived } from '../data/assessments';
import { newAssessmentDefaults } from '../data/newAssessment';
import { useLang } from '../hooks/useAssessment';
import { useFileActions } from '../hooks/useFileActions';
import { useSave } from '../hooks/useSave';
import { formatDate } from '../i18n';
import { useUi } from '../state/uiStore';
import { PackImportButton } from './packs/PackImportButton';

export function assessmentName(a: Assessment, untitled: string): string {
  return a.title.trim() || a.workplace.name.trim() || untitled;
}

function totalItems(a: Assessment): number {
  return a.packs.reduce((n, ref) => {
    const pack = findPack(ref);
    return n + (pack ? packItems(pack).length : 0);
  }, 0);
}

function matches(a: Assessment, query: string): boolean {
  const haystack = [a.title, a.workplace.name, a.workplace.site, a.workplace.sector, ...a.systems.map((s) => `${s.name} ${s.vendor}`)]
    .join(' ')
    .toLocaleLowerCase();
  return query
    .toLocaleLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

/** Rows drawn at first: a union office with hundreds of sites searches rather than scrolls, and old laptops draw slowly. */
const PageSize = 60;

export function AssessmentListScreen(): ReactElement {
  const { t } = useTranslation();
  const lang = useLang();
  const save = useSave();
  const { navigate, search, setSearch, showArchived, setShowArchived } = useUi();
  const assessments = useLiveQuery(listAssessments);
  const [toDelete, setToDelete] = useState<Assessment | null>(null);
  const [shown, setShown] = useState(PageSize);
  const files = useFileActions();

  const startNew = (): void =>
    save(async () => {
      const id = await createAssessment(newAssessmentDefaults());
      navigate({ screen: 'details', id });
    });

  if (!assessments) return <p className="loading">{t('common.loading')}</p>;
  const visible = assessments.filter((a) => (showArchived || a.status === 'active') && matches(a, search));
  const archivedCount = assessments.filter((a) => a.status === 'archived').length;

  return (
    <section className="screen" aria-labelledby="list-title">
      <div className="screen-head">
        <h1 id="list-title">{t('list.title')}</h1>
        <div className="head-actions">
          <button type="button" onClick={() => void files.importAssessment()}>
            {t('files.import')}
          </button>
          <PackImportButton />
          <button type="button" className="primary" onClick={startNew}>
            {t('list.new')}
          </button>
        </div>
      </div>

      {assessments.length === 0 ? (
        <div className="empty">
          <h2>{t('list.emptyTitle')}</h2>
          <p>{t('list.emptyBody')}</p>
          <ol>
            <li>{t('list.emptyStep1')}</li>
            <li>{t('list.emptyStep2')}</li>
            <li>{t('list.emptyStep3')}</li>
          </ol>
          <p>{t('list.emptyPrivacy')}</p>
        </div>
      ) : (
        <>
          <div className="toolbar">
            <label className="search">
              <span>{t('list.search')}</span>
              <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} placeholder={t('list.searchPlaceholder')} />
            </label>
            <label className="check">
              <input type="checkbox" checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)} />
              {t('list.showArchived', { count: archivedCount })}
            </label>
          </div>
          {visible.length === 0 && <p className="muted">{t('list.noMatch')}</p>}
          <ul className="cards">
            {visible.slice(0, shown).map((a) => (
              <AssessmentCard key={a.id} assessment={a} lang={lang} onDelete={setToDelete} />
            ))}
          </ul>
          {visible.length > shown && (
            <button type="button" onClick={() => setShown(shown + PageSize)}>
              {t('list.showMore', { count: Math.min(PageSize, visible.length - shown), hidden: visible.length - shown })}
            </button>
          )}
        </>
      )}
      <ConfirmDialog
        open={toDelete !== null}
        title={t('list.deleteTitle')}
        message={toDelete ? t('list.deleteMessage', { name: assessmentName(toDelete, t('list.untitled')) }) : ''}
        confirmLabel={t('list.deleteConfirm')}
        onCancel={() => setToDelete(null)}
        onConfirm={() => {
          const target = toDelete;
          setToDelete(null);
          if (target) save(() => deleteAssessment(target.id));
        }}
      />
    </section>
  );
}

/** One row of the list; memoised, so typing in the search re-renders only the rows that appear or go. */
const AssessmentCard = memo(function AssessmentCard({ assessment: a, lang, onDelete }: { assessment: Assessment; lang: Language; onDelete: (a: Assessment) => void }): ReactElement {
  const { t } = useTranslation();
  const save = useSave();
  const navigate = useUi((s) => s.navigate);
  const name = assessmentName(a, t('list.untitled'));
  return (
    <li className={`card assessment-card${a.status === 'archived' ? ' archived' : ''}`}>
      <div className="card-main">
        <h2>
          <a
            href={`#/assessments/${a.id}/walk`}
            onClick={(e) => {
              e.preventDefault();
              navigate({ screen: 'walk', id: a.id });
            }}
          >
            {name}
          </a>
          {a.status === 'archived' && <span className="tag">{t('list.archived')}</span>}
          {a.importedFrom && <span className="tag">{t('record.readOnly')}</span>}
        </h2>
        <p className="muted">{[a.workplace.name, a.workplace.site, formatDate(a.date, lang)].filter(Boolean).join(' · ')}</p>
        {a.systems.length > 0 && <p className="muted">{a.systems.map((s) => s.name).filter(Boolean).join(', ')}</p>}
        <ProgressBar value={a.answeredCount} max={totalItems(a)} label={t('list.progressOf', { name })} />
      </div>
      <div className="card-actions">
        <button type="button" onClick={() => navigate({ screen: 'details', id: a.id })} aria-label={t('list.detailsOf', { name })}>
          {t('list.details')}
        </button>
        <button type="button" onClick={() => navigate({ screen: 'summary', id: a.id })} aria-label={t('list.summaryOf', { name })}>
          {t('list.summary')}
        </button>
        <button
          type="button"
          onClick={() => save(() => setArchived(a.id, a.status === 'active'))}
          aria-label={t(a.status === 'active' ? 'list.archiveOf' : 'list.restoreOf', { name })}
        >
          {t(a.status === 'active' ? 'list.archive' : 'list.restore')}
        </button>
        <button type="button" className="danger" onClick={() => onDelete(a)} aria-label={t('list.deleteOf', { name })}>
          {t('list.delete')}
        </button>
      </div>
    </li>
  );
});
