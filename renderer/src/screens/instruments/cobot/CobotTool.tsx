// Runs in the renderer. Cobot checks: each collaborative application with its mode, its contact force and pressure check and its separation distance.
import { type ReactElement, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CollaborativeModes, type CollaborativeModeId } from '../../../../../shared/instruments/cobot/modes';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import type { AssessmentView } from '../../../hooks/useAssessment';
import { useLang } from '../../../hooks/useAssessment';
import { type CobotApplication, addApplication, removeApplication, updateApplication, useApplications } from './cobotStore';
import { PflCheck } from './PflCheck';
import { SsmCalculator } from './SsmCalculator';

export function CobotTool({ view }: { view: AssessmentView }): ReactElement {
  const { t } = useTranslation();
  const applications = useApplications(view.assessment.id);
  return (
    <div className="cobot-tool">
      <p>{t('instruments.cobot.intro')}</p>
      <p className="hint">{t('instruments.cobot.memoryNote')}</p>
      {applications.length === 0 && <p className="empty">{t('instruments.cobot.none')}</p>}
      {applications.map((app, i) => (
        <ApplicationCard key={app.id} view={view} app={app} n={i + 1} />
      ))}
      <button type="button" onClick={() => addApplication(view.assessment.id)}>
        {t('instruments.cobot.add')}
      </button>
    </div>
  );
}

function ApplicationCard({ view, app, n }: { view: AssessmentView; app: CobotApplication; n: number }): ReactElement {
  const { t } = useTranslation();
  const lang = useLang();
  const ids = useId();
  const [removing, setRemoving] = useState(false);
  const assessmentId = view.assessment.id;
  const update = (change: (a: CobotApplication) => CobotApplication): void => updateApplication(assessmentId, app.id, change);
  const mode = CollaborativeModes.find((m) => m.id === app.mode)!;
  const title = app.name.trim() || t('instruments.cobot.applicationN', { n });
  const caption = t('instruments.cobot.caption', { name: title, mode: mode.name[lang] });
  const measuresContact = app.mode === 'power-and-force-limiting';
  const measuresSeparation = app.mode === 'speed-and-separation-monitoring';

  return (
    <section className="card cobot-app" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{title}</h2>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${ids}-name`}>{t('instruments.cobot.name')}</label>
          <input id={`${ids}-name`} value={app.name} maxLength={200} placeholder={t('instruments.cobot.namePlaceholder')} onChange={(e) => update((a) => ({ ...a, name: e.target.value }))} />
        </div>
        <div className="field">
          <label htmlFor={`${ids}-mode`}>{t('instruments.cobot.mode')}</label>
          <select id={`${ids}-mode`} value={app.mode} aria-describedby={`${ids}-mode-hint`} onChange={(e) => update((a) => ({ ...a, mode: e.target.value as CollaborativeModeId }))}>
            {CollaborativeModes.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name[lang]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="hint" id={`${ids}-mode-hint`}>
        {mode.description[lang]}
      </p>
      {!measuresContact && !measuresSeparation && <p className="notice">{t('instruments.cobot.noCalculation')}</p>}
      <details className="cobot-section" open={measuresContact}>
        <summary>{t('instruments.cobot.pflTitle')}</summary>
        <PflCheck view={view} app={app} caption={caption} onChange={(change) => update((a) => ({ ...a, pfl: change(a.pfl) }))} />
      </details>
      <details className="cobot-section" open={measuresSeparation}>
        <summary>{t('instruments.cobot.ssmTitle')}</summary>
        <SsmCalculator view={view} app={app} caption={caption} onChange={(change) => update((a) => ({ ...a, ssm: change(a.ssm) }))} />
      </details>
      <div className="screen-foot">
        <button type="button" className="danger subtle" onClick={() => setRemoving(true)}>
          {t('instruments.cobot.removeApplication', { name: title })}
        </button>
      </div>
      <ConfirmDialog
        open={removing}
        title={t('instruments.cobot.removeTitle', { name: title })}
        message={t('instruments.cobot.removeMessage')}
        confirmLabel={t('instruments.cobot.remove')}
        onCancel={() => setRemoving(false)}
        onConfirm={() => removeApplication(assessmentId, app.id)}
      />
    </section>
  );
}
