// Runs in the renderer. The committee's action plan: every action by item, filters, overdue ones first, export to a spreadsheet.
import { type ReactElement, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentId } from '../../../../shared/domain/assessment';
import { type Action, ActionStatuses, JointSides, priorityForRisk } from '../../../../shared/domain/record';
import { localToday } from '../../../../shared/domain/today';
import { riskMethod } from '../../../../shared/risk/methods';
import { actionNumbers } from '../../../../shared/record/actionOrder';
import { ItemActions } from '../../components/ItemActions';
import { ItemOptions } from '../../components/ItemOptions';
import { LevelBadge } from '../../components/LevelBadge';
import { addAction } from '../../data/actions';
import { setArchived } from '../../data/assessments';
import { type AssessmentView, useAssessment, useLang } from '../../hooks/useAssessment';
import { useSave } from '../../hooks/useSave';
import { useUi } from '../../state/uiStore';
import { AssessmentTabs } from '../AssessmentTabs';
import { isReadOnly } from '../evidence/EvidenceScreen';
import { NotFound } from '../NotFound';
import {
  type ActionFilter,
  AllScope,
  compareGroups,
  countActions,
  groupByItem,
  isFiltered,
  itemKey,
  type ItemPlace,
  itemPlaces,
  itemRiskLevel,
  itemsNeedingAction,
  matchesFilter,
  NoFilter,
  WholeScope,
} from './actionPlan';
import { ExportCsvButton } from './ExportCsvButton';
import { idSet, useSettledOrder } from './useSettledOrder';
import './actions.css';

export function ActionsScreen({ id }: { id: AssessmentId }): ReactElement {
  const { t } = useTranslation();
  const view = useAssessment(id);
  if (view === undefined) return <p className="loading">{t('common.loading')}</p>;
  if (view === null) return <NotFound />;
  return <ActionPlan view={view} />;
}

function ActionPlan({ view }: { view: AssessmentView }): ReactElement {
  const { t } = useTranslation();
  const lang = useLang();
  const save = useSave();
  const navigate = useUi((s) => s.navigate);
  const [filter, setFilter] = useState<ActionFilter>(NoFilter);
  const [focusId, setFocusId] = useState<string | null>(null);
  const { assessment, packs, actions, answerByItem } = view;
  const id = assessment.id;
  const readOnly = isReadOnly(assessment);
  const today = localToday();
  const method = riskMethod(assessment.riskMethodId);
  const places = useMemo(() => itemPlaces(packs), [packs]);
  const numbers = useMemo(() => actionNumbers(actions), [actions]);
  const counts = countActions(actions, today);

  const shown = actions.filter((a) => matchesFilter(a, filter, today));
  const whole = shown.filter((a) => a.item === null);
  const groups = useSettledOrder(groupByItem(shown, places), (g) => g.key, compareGroups(today), `${idSet(shown)}|${JSON.stringify(filter)}`);
  const needing = itemsNeedingAction(places, answerByItem, actions, method).filter((n) => filter.scope === AllScope || filter.scope === n.place.pack.id);
  const showWhole = filter.scope === AllScope || filter.scope === WholeScope;

  /** A new action is shown whatever the filters say, with the cursor in its description. */
  const added = (action: Action): void => {
    setFilter(NoFilter);
    setFocusId(action.id);
  };
  const addFor = (place: ItemPlace): void =>
    save(async () => {
      const ref = { packId: place.pack.id, itemId: place.item.id };
      added(await addAction(id, ref, priorityForRisk(itemRiskLevel(answerByItem.get(itemKey(ref)), method))));
    });
  const listProps = { assessmentId: id, participants: assessment.participants, readOnly, numbers, focusActionId: focusId, onAdded: added };
  const itemLink = (place: ItemPlace): ReactElement => (
    <a
      href={`#/assessments/${id}/walk/${place.pack.id}/${place.item.id}`}
      onClick={(e) => {
        e.preventDefault();
        navigate({ screen: 'walk', id, packId: place.pack.id, itemId: place.item.id });
      }}
    >
      {place.item.question[lang]}
    </a>
  );

  return (
    <section className="screen actions-screen" aria-labelledby="actions-title">
      <AssessmentTabs assessment={assessment} current="actions" />
      <h1 id="actions-title">{t('actions.title')}</h1>
      <p className="muted">{readOnly ? t('actions.introReadOnly') : t('actions.intro')}</p>
      {assessment.status === 'archived' && !assessment.importedFrom && (
        <p className="notice">
          {t('walk.archivedNotice')}{' '}
          <button type="button" onClick={() => save(() => setArchived(id, false))}>
            {t('list.restore')}
          </button>
        </p>
      )}

      <div className="action-plan-bar">
        <ul className="action-counts" aria-label={t('actions.countsLabel')}>
          {(['open', 'overdue', 'done', 'verified'] as const).map((k) => (
            <li key={k} className={k === 'overdue' && counts.overdue > 0 ? 'count-overdue' : undefined}>
              <strong>{counts[k]}</strong> {t(`actions.counts.${k}`)}
            </li>
          ))}
        </ul>
        <ExportCsvButton view={view} />
      </div>

      <Filters
        view={view}
        filter={filter}
        onChange={(next) => {
          setFilter(next);
          setFocusId(null);
        }}
      />
      <p className="muted" aria-live="polite">
        {isFiltered(filter) ? t('actions.showing', { shown: shown.length, total: actions.length }) : t('actions.total', { count: actions.length })}
      </p>

      {showWhole && (
        <section className="card action-group" aria-labelledby="actions-whole">
          <h2 id="actions-whole">{t('actions.wholeAssessment')}</h2>
          <ItemActions {...listProps} item={null} actions={whole} riskLevel={null} />
        </section>
      )}

      <h2>{t('actions.byItem')}</h2>
      {groups.length === 0 && <p className="muted">{isFiltered(filter) ? t('actions.noMatch') : t('actions.noItemActions')}</p>}
      {groups.map((group) => {
        const level = itemRiskLevel(answerByItem.get(group.key), method);
        return (
          <section key={group.key} className="card action-group" aria-labelledby={`group-${group.key}`}>
            <h3 id={`group-${group.key}`}>
              {group.place ? (
                <>
                  <span className="item-number">{group.place.number}</span> {itemLink(group.place)}
                </>
              ) : (
                t('actions.itemGone', { item: group.ref.itemId, pack: group.ref.packId })
              )}
            </h3>
            <p className="action-group-meta">
              {group.place && <span className="muted">{group.place.pack.title[lang]}</span>} <LevelBadge level={level} />
            </p>
            <ItemActions {...listProps} item={group.ref} actions={group.actions} riskLevel={level} />
          </section>
        );
      })}

      {!readOnly && needing.length > 0 && (
        <>
          <h2>{t('actions.needing')}</h2>
          <p className="hint">{t('actions.needingHint')}</p>
          <ul className="needing-list">
            {needing.map(({ place, level, gap }) => (
              <li key={itemKey({ packId: place.pack.id, itemId: place.item.id })} className="needing-item">
                <span>
                  <span className="item-number">{place.number}</span> {itemLink(place)} <span className="muted small">{place.pack.title[lang]}</span>{' '}
                  {gap && <span className="tag tag-warn">{t('actions.gap')}</span>} {level && <LevelBadge level={level} />}
                </span>
                <button type="button" onClick={() => addFor(place)} aria-label={t('actions.addFor', { item: `${place.number} ${place.item.question[lang]}` })}>
                  {t('actions.add')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {!readOnly && <AnyItemPicker places={places} onAdd={addFor} />}
    </section>
  );
}

function Filters({ view, filter, onChange }: { view: AssessmentView; filter: ActionFilter; onChange: (filter: ActionFilter) => void }): ReactElement {
  const { t } = useTranslation();
  const lang = useLang();
  const ids = { status: useId(), scope: useId(), side: useId() };
  const set = (patch: Partial<ActionFilter>): void => onChange({ ...filter, ...patch });
  return (
    <fieldset className="action-filters">
      <legend>{t('actions.filters')}</legend>
      <div className="field">
        <label htmlFor={ids.status}>{t('actions.filterStatus')}</label>
        <select id={ids.status} value={filter.status} onChange={(e) => set({ status: e.target.value as ActionFilter['status'] })}>
          <option value="all">{t('actions.all')}</option>
          <option value="open">{t('actions.openOnly')}</option>
          {ActionStatuses.map((s) => (
            <option key={s} value={s}>
              {t(`actions.status.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.scope}>{t('actions.filterScope')}</label>
        <select id={ids.scope} value={filter.scope} onChange={(e) => set({ scope: e.target.value })}>
          <option value={AllScope}>{t('actions.all')}</option>
          <option value={WholeScope}>{t('actions.wholeAssessment')}</option>
          {view.packs.map((p) => (
            <option key={p.id} value={p.id}>
              {p.title[lang]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.side}>{t('actions.filterSide')}</label>
        <select id={ids.side} value={filter.side} onChange={(e) => set({ side: e.target.value as ActionFilter['side'] })}>
          <option value="all">{t('actions.all')}</option>
          {JointSides.map((s) => (
            <option key={s} value={s}>
              {t(`side.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <label className="check filter-overdue">
        <input type="checkbox" checked={filter.overdueOnly} onChange={(e) => set({ overdueOnly: e.target.checked })} />
        <span>{t('actions.overdueOnly')}</span>
      </label>
      {isFiltered(filter) && (
        <button type="button" className="link" onClick={() => onChange(NoFilter)}>
          {t('actions.clearFilters')}
        </button>
      )}
    </fieldset>
  );
}

/** For an item the plan does not suggest (answered yes, or not answered yet): pick it from the list. */
function AnyItemPicker({ places, onAdd }: { places: ReadonlyMap<string, ItemPlace>; onAdd: (place: ItemPlace) => void }): ReactElement | null {
  const { t } = useTranslation();
  const lang = useLang();
  const pickerId = useId();
  const [chosen, setChosen] = useState('');
  if (places.size === 0) return null;
  const place = places.get(chosen);
  return (
    <div className="any-item">
      <div className="field">
        <label htmlFor={pickerId}>{t('actions.anyItem')}</label>
        <select id={pickerId} value={chosen} onChange={(e) => setChosen(e.target.value)}>
          <option value="">{t('actions.chooseItem')}</option>
          <ItemOptions places={places} lang={lang} />
        </select>
      </div>
      <button type="button" disabled={!place} onClick={() => place && onAdd(place)}>
        {t('actions.addForChosen')}
      </button>
    </div>
  );
}
