// Runs in the renderer. The assessment's particulars: workplace, AI systems, participants, date, packs, method.
import { type ReactElement, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AiSystem, type AssessmentId, type Participant, Sides, SizeBands } from '../../../shared/domain/assessment';
import { currentPacks } from '../../../shared/packs/registry';
import { packItems } from '../../../shared/packs/schema';
import { RiskMethods } from '../../../shared/risk/methods';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { FieldGroup, SelectField, TextField } from '../components/Field';
import { addListEntry, removeListEntry, updateAssessment, updateListEntry, updateWorkplace } from '../data/assessments';
import { useAssessment, useLang } from '../hooks/useAssessment';
import { useSave } from '../hooks/useSave';
import { useUi } from '../state/uiStore';
import { AssessmentTabs } from './AssessmentTabs';
import { PackUpdateNotice } from './migrate/PackUpdateNotice';
import { NotFound } from './NotFound';

const newSystem = (): AiSystem => ({ id: crypto.randomUUID(), name: '', vendor: '', purpose: '', dataUsed: '', decisions: '', deployedWhere: '', goLiveDate: '', informedDate: '' });
const newParticipant = (): Participant => ({ id: crypto.randomUUID(), name: '', side: 'worker', role: '' });
const hasContent = (entry: object): boolean => Object.entries(entry).some(([k, v]) => k !== 'id' && k !== 'side' && typeof v === 'string' && v.trim() !== '');

export function DetailsScreen({ id }: { id: AssessmentId }): ReactElement {
  const { t } = useTranslation();
  const lang = useLang();
  const save = useSave();
  const navigate = useUi((s) => s.navigate);
  const view = useAssessment(id);
  const [toRemove, setToRemove] = useState<{ field: 'systems' | 'participants'; entryId: string } | null>(null);

  if (view === undefined) return <p className="loading">{t('common.loading')}</p>;
  if (view === null) return <NotFound />;
  const { assessment } = view;

  const remove = (field: 'systems' | 'participants', entry: AiSystem | Participant): void => {
    if (hasContent(entry)) setToRemove({ field, entryId: entry.id });
    else save(() => removeListEntry(id, field, entry.id));
  };
  const pinned = new Map(assessment.packs.map((p) => [p.packId, p.version]));

  return (
    <section className="screen" aria-labelledby="details-title">
      <AssessmentTabs assessment={assessment} current="details" />
      <h1 id="details-title">{t('details.title')}</h1>
      <p className="muted">{t('details.autosave')}</p>
      <PackUpdateNotice assessment={assessment} />
      <fieldset className="plain" disabled={assessment.importedFrom !== null}>

      <FieldGroup legend={t('details.general')}>
        <TextField label={t('details.assessmentTitle')} hint={t('details.assessmentTitleHint')} value={assessment.title} onSave={(v) => save(() => updateAssessment(id, { title: v }))} />
        <TextField label={t('details.date')} type="date" value={assessment.date} onSave={(v) => save(() => updateAssessment(id, { date: v }))} />
      </FieldGroup>

      <FieldGroup legend={t('details.workplace')}>
        <TextField label={t('details.workplaceName')} value={assessment.workplace.name} onSave={(v) => save(() => updateWorkplace(id, 'name', v))} />
        <TextField label={t('details.site')} value={assessment.workplace.site} onSave={(v) => save(() => updateWorkplace(id, 'site', v))} />
        <TextField label={t('details.sector')} value={assessment.workplace.sector} onSave={(v) => save(() => updateWorkplace(id, 'sector', v))} />
        <SelectField
          label={t('details.sizeBand')}
          value={assessment.workplace.sizeBand}
          options={[{ value: '', label: t('details.sizeUnknown') }, ...SizeBands.map((b) => ({ value: b, label: t('details.sizeWorkers', { band: b }) }))]}
          onSave={(v) => save(() => updateWorkplace(id, 'sizeBand', v))}
        />
      </FieldGroup>

      <FieldGroup legend={t('details.systems')}>
        <p className="hint">{t('details.systemsHint')}</p>
        {assessment.systems.map((s, n) => (
          <fieldset className="entry" key={s.id}>
            <legend>{s.name.trim() || t('details.systemN', { n: n + 1 })}</legend>
            <TextField label={t('details.systemName')} value={s.name} onSave={(v) => save(() => updateListEntry(id, 'systems', s.id, { name: v }))} />
            <TextField label={t('details.vendor')} value={s.vendor} onSave={(v) => save(() => updateListEntry(id, 'systems', s.id, { vendor: v }))} />
            <TextField label={t('details.purpose')} multiline value={s.purpose} onSave={(v) => save(() => updateListEntry(id, 'systems', s.id, { purpose: v }))} />
            <TextField label={t('details.dataUsed')} multiline value={s.dataUsed} onSave={(v) => save(() => updateListEntry(id, 'systems', s.id, { dataUsed: v }))} />
            <TextField label={t('details.decisions')} multiline value={s.decisions} onSave={(v) => save(() => updateListEntry(id, 'systems', s.id, { decisions: v }))} />
            <TextField label={t('details.deployedWhere')} value={s.deployedWhere} onSave={(v) => save(() => updateListEntry(id, 'systems', s.id, { deployedWhere: v }))} />
            <TextField label={t('details.goLive')} type="date" value={s.goLiveDate} onSave={(v) => save(() => updateListEntry(id, 'systems', s.id, { goLiveDate: v }))} />
            <TextField
              label={t('details.informed')}
              hint={t('details.informedHint')}
              type="date"
              value={s.informedDate}
              onSave={(v) => save(() => updateListEntry(id, 'systems', s.id, { informedDate: v }))}
            />
            <button type="button" className="danger subtle" onClick={() => remove('systems', s)}>
              {t('details.removeSystem')}
            </button>
          </fieldset>
        ))}
        <button type="button" onClick={() => save(() => addListEntry(id, 'systems', newSystem()))}>
          {t('details.addSystem')}
        </button>
      </FieldGroup>

      <FieldGroup legend={t('details.participants')}>
        <p className="hint">{t('details.participantsHint')}</p>
        {assessment.participants.map((p, n) => (
          <fieldset className="entry entry-inline" key={p.id}>
            <legend>{p.name.trim() || t('details.participantN', { n: n + 1 })}</legend>
            <TextField label={t('details.participantName')} value={p.name} onSave={(v) => save(() => updateListEntry(id, 'participants', p.id, { name: v }))} />
            <SelectField
              label={t('details.side')}
              value={p.side}
              options={Sides.map((side) => ({ value: side, label: t(`side.${side}`) }))}
              onSave={(v) => save(() => updateListEntry(id, 'participants', p.id, { side: v as Participant['side'] }))}
            />
            <TextField label={t('details.role')} value={p.role} onSave={(v) => save(() => updateListEntry(id, 'participants', p.id, { role: v }))} />
            <button type="button" className="danger subtle" onClick={() => remove('participants', p)} aria-label={t('details.removeParticipantNamed', { name: p.name || n + 1 })}>
              {t('details.removeParticipant')}
            </button>
          </fieldset>
        ))}
        <button type="button" onClick={() => save(() => addListEntry(id, 'participants', newParticipant()))}>
          {t('details.addParticipant')}
        </button>
      </FieldGroup>

      <FieldGroup legend={t('details.packs')}>
        <p className="hint">{t('details.packsHint')}</p>
        {currentPacks().map((pack) => {
          const version = pinned.get(pack.id);
          return (
            <label className="check pack-choice" key={pack.id}>
              <input
                type="checkbox"
                checked={version !== undefined}
                onChange={(e) =>
                  save(() =>
                    updateAssessment(id, {
                      packs: e.target.checked ? [...assessment.packs, { packId: pack.id, version: pack.version }] : assessment.packs.filter((p) => p.packId !== pack.id),
                    }),
                  )
                }
              />
              <span>
                <strong>{pack.title[lang]}</strong> <span className="muted">{t('details.packMeta', { version: version ?? pack.version, count: packItems(pack).length })}</span>
                <br />
                <span className="muted">{pack.description[lang]}</span>
              </span>
            </label>
          );
        })}
      </FieldGroup>

      <FieldGroup legend={t('details.riskMethod')}>
        <p className="hint">{t('details.riskMethodHint')}</p>
        {RiskMethods.map((m) => (
          <label className="check" key={m.id}>
            <input type="radio" name="risk-method" checked={assessment.riskMethodId === m.id} onChange={() => save(() => updateAssessment(id, { riskMethodId: m.id }))} />
            <span>
              <strong>{m.name[lang]}</strong>
              <br />
              <span className="muted">{m.description[lang]}</span>
            </span>
          </label>
        ))}
      </FieldGroup>
      </fieldset>

      <div className="screen-foot">
        <button type="button" className="primary" onClick={() => navigate({ screen: 'walk', id })}>
          {t('details.startWalk')}
        </button>
      </div>

      <ConfirmDialog
        open={toRemove !== null}
        title={t('details.removeTitle')}
        message={t('details.removeMessage')}
        confirmLabel={t('details.removeConfirm')}
        onCancel={() => setToRemove(null)}
        onConfirm={() => {
          const target = toRemove;
          setToRemove(null);
          if (target) save(() => removeListEntry(id, target.field, target.entryId));
        }}
      />
    </section>
  );
}
