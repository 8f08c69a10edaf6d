// Runs in the renderer. The plan for moving an assessment to a newer version of one checklist, and the move itself.
import { type ReactElement, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentId } from '../../../../shared/domain/assessment';
import { answerWords, migrationSummaryCaption, type PackMigrationPlan, planPackMigration } from '../../../../shared/packs/migrate';
import { currentPacks, findPack } from '../../../../shared/packs/registry';
import { type Item, type Pack, packItems } from '../../../../shared/packs/schema';
import { useWithActor } from '../../hooks/useActor';
import { useAssessment, useLang } from '../../hooks/useAssessment';
import { useUi } from '../../state/uiStore';
import { AssessmentTabs } from '../AssessmentTabs';
import { NotFound } from '../NotFound';
import { moveToPackVersion } from './moveToPackVersion';

function ItemList({ ids, pack, render }: { ids: readonly string[]; pack: Pack; render?: (item: Item) => ReactElement | null }): ReactElement {
  const { t } = useTranslation();
  const lang = useLang();
  const items = new Map(packItems(pack).map((i) => [i.id, i]));
  if (ids.length === 0) return <p className="muted">{t('migrate.none')}</p>;
  return (
    <ul className="migrate-items">
      {ids.map((id) => (
        <li key={id}>
          <code>{id}</code> {items.get(id)?.question[lang]}
          {render?.(items.get(id)!)}
        </li>
      ))}
    </ul>
  );
}

function PlanView({ plan, from, to }: { plan: PackMigrationPlan; from: Pack; to: Pack }): ReactElement {
  const { t } = useTranslation();
  const lang = useLang();
  const oldItems = new Map(packItems(from).map((i) => [i.id, i]));
  const reworded = plan.carried.filter((c) => c.change === 'reworded');
  const dropped = plan.carried.filter((c) => c.answerDropped);
  const same = plan.carried.filter((c) => c.change !== 'reworded' && !c.answerDropped);
  const answered = new Set(plan.carried.filter((c) => c.answered).map((c) => c.itemId));
  return (
    <>
      <section className="group" aria-labelledby="migrate-reworded">
        <h2 id="migrate-reworded">{t('migrate.reworded', { count: reworded.length })}</h2>
        <ItemList
          ids={reworded.map((c) => c.itemId)}
          pack={to}
          render={(item) => (
            <p className="muted">
              {t('migrate.before', { text: oldItems.get(item.id)?.question[lang] ?? '' })} · {answered.has(item.id) ? t('migrate.wasAnswered') : t('migrate.notAnswered')}
            </p>
          )}
        />
      </section>
      {dropped.length > 0 && (
        <section className="group" aria-labelledby="migrate-dropped">
          <h2 id="migrate-dropped">{t('migrate.dropped', { count: dropped.length })}</h2>
          <ItemList ids={dropped.map((c) => c.itemId)} pack={to} />
        </section>
      )}
      <section className="group" aria-labelledby="migrate-added">
        <h2 id="migrate-added">{t('migrate.added', { count: plan.added.length })}</h2>
        <ItemList ids={plan.added} pack={to} />
      </section>
      <section className="group" aria-labelledby="migrate-retired">
        <h2 id="migrate-retired">{t('migrate.retired', { count: plan.retired.length })}</h2>
        <ItemList
          ids={plan.retired.map((r) => r.itemId)}
          pack={from}
          render={(item) => {
            const r = plan.retired.find((x) => x.itemId === item.id)!;
            return (
              <p className="muted">
                {r.answer && r.answer.value !== null ? `${t('migrate.wasAnswered')}: ${answerWords(item, r.answer.value, lang)}` : t('migrate.notAnswered')} ·{' '}
                {t('migrate.recorded', { evidence: r.evidence.length, actions: r.actions.length })}
              </p>
            );
          }}
        />
        {plan.retired.length > 0 && <p className="notice">{t('migrate.retiredKept', { caption: migrationSummaryCaption(to, from.version, lang) })}</p>}
      </section>
      <details>
        <summary>{t('migrate.carried', { count: same.length })}</summary>
        <ItemList ids={same.map((c) => c.itemId)} pack={to} />
      </details>
    </>
  );
}

export function MigrateScreen({ id, packId }: { id: AssessmentId; packId: string }): ReactElement {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useUi((s) => s.navigate);
  const setNotice = useUi((s) => s.setNotice);
  const withActor = useWithActor();
  const view = useAssessment(id);
  const [moving, setMoving] = useState(false);

  if (view === undefined) return <p className="loading">{t('common.loading')}</p>;
  if (view === null) return <NotFound />;
  const { assessment } = view;
  const pinned = assessment.packs.find((p) => p.packId === packId);
  const from = pinned ? findPack(pinned) : undefined;
  const to = currentPacks().find((p) => p.id === packId);
  const back = (
    <div className="screen-foot">
      <button type="button" onClick={() => navigate({ screen: 'details', id })}>
        {t('migrate.back')}
      </button>
    </div>
  );
  const frame = (body: ReactElement): ReactElement => (
    <section className="screen" aria-labelledby="migrate-title">
      <AssessmentTabs assessment={assessment} current="details" />
      <h1 id="migrate-title">{t('migrate.title')}</h1>
      {body}
      {back}
    </section>
  );
  if (!from || !to) return <NotFound />;
  if (assessment.importedFrom) return frame(<p className="notice">{t('migrate.readOnly')}</p>);
  if (to.version <= from.version) return frame(<p className="notice">{t('migrate.upToDate')}</p>);

  const plan = planPackMigration(view, from, to);
  const move = (): void =>
    withActor((actor) => {
      setMoving(true);
      moveToPackVersion({ assessmentId: id, packId, toVersion: to.version, lang, by: actor })
        .then(() => {
          setNotice({ kind: 'success', message: t('migrate.moved', { to: to.version, title: to.title[lang], caption: migrationSummaryCaption(to, from.version, lang) }) });
          navigate({ screen: 'details', id });
        })
        .catch((error: unknown) => setNotice({ kind: 'error', message: t('migrate.failed', { detail: error instanceof Error ? error.message : String(error) }) }))
        .finally(() => setMoving(false));
    });

  return frame(
    <>
      <p>{t('migrate.intro', { title: to.title[lang], from: from.version, to: to.version })}</p>
      <PlanView plan={plan} from={from} to={to} />
      <p>
        <button type="button" className="primary" disabled={moving} onClick={move}>
          {moving ? t('migrate.moving') : t('migrate.move', { to: to.version })}
        </button>
      </p>
    </>,
  );
}
