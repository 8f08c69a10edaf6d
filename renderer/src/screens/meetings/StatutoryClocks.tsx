// Runs in the renderer. The dates the law and the committee set: informing workers before go-live, the employer's written answer.
import { type ReactElement, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AiSystem, Assessment, Recommendations } from '../../../../shared/domain/assessment';
import type { Language } from '../../../../shared/i18n/localized';
import { daysBetween } from '../../../../shared/record/calendar';
import { ConsultOnNewTechnologyKr, InformBeforeGoLive, type ResponseClock, responseClock, systemClock } from '../../../../shared/record/clocks';
import { FieldGroup, TextField } from '../../components/Field';
import { updateAssessment, updateListEntry } from '../../data/assessments';
import { useLang } from '../../hooks/useAssessment';
import { useDraft } from '../../hooks/useDraft';
import { useSave } from '../../hooks/useSave';
import { formatDate } from '../../i18n';
import { useUi } from '../../state/uiStore';

type Props = { assessment: Assessment; today: string; readOnly: boolean };

export function StatutoryClocks({ assessment, today, readOnly }: Props): ReactElement {
  const { t } = useTranslation();
  const lang = useLang();
  const save = useSave();
  const navigate = useUi((s) => s.navigate);
  const { id, systems, recommendations } = assessment;
  const updateRecommendations = (patch: Partial<Recommendations>): void => save(() => updateAssessment(id, { recommendations: { ...recommendations, ...patch } }));

  return (
    <fieldset className="plain" disabled={readOnly}>
      <FieldGroup legend={t('clocks.informTitle')}>
        <p className="hint">{t('clocks.informIntro')}</p>
        {systems.length === 0 && (
          <p>
            {t('clocks.noSystems')}{' '}
            <button type="button" className="link" onClick={() => navigate({ screen: 'details', id })}>
              {t('clocks.toDetails')}
            </button>
          </p>
        )}
        {systems.map((system, n) => {
          const name = system.name.trim() || t('clocks.systemN', { n: n + 1 });
          return (
            <fieldset className="entry clock-system" key={system.id}>
              <legend>{name}</legend>
              <TextField label={t('clocks.informed')} type="date" value={system.informedDate} onSave={(v) => save(() => updateListEntry(id, 'systems', system.id, { informedDate: v }))} />
              <TextField
                label={t('clocks.goLive')}
                hint={t('clocks.goLiveHint')}
                type="date"
                value={system.goLiveDate}
                onSave={(v) => save(() => updateListEntry(id, 'systems', system.id, { goLiveDate: v }))}
              />
              <SystemVerdict system={system} name={name} today={today} lang={lang} />
            </fieldset>
          );
        })}
        <p className="clock-basis small">
          {t('clocks.basis', { title: t('clocks.aiAct'), citation: InformBeforeGoLive.instrument, provision: InformBeforeGoLive.provision })}
          <br />
          {t('clocks.basisKr', { title: t('clocks.participationAct'), citation: ConsultOnNewTechnologyKr.instrument, provision: ConsultOnNewTechnologyKr.provision })}
        </p>
      </FieldGroup>

      <FieldGroup legend={t('clocks.responseTitle')}>
        <p className="hint">{t('clocks.responseIntro')}</p>
        <div className="clock-fields">
          <TextField label={t('clocks.sentDate')} type="date" value={recommendations.sentDate} onSave={(sentDate) => updateRecommendations({ sentDate })} />
          <DaysField value={recommendations.responseDays} onSave={(responseDays) => updateRecommendations({ responseDays })} />
          <TextField label={t('clocks.answeredDate')} type="date" value={recommendations.answeredDate} onSave={(answeredDate) => updateRecommendations({ answeredDate })} />
        </div>
        <ResponseVerdict recommendations={recommendations} clock={responseClock(recommendations, today)} lang={lang} />
      </FieldGroup>
    </fieldset>
  );
}

function Verdict({ kind, children }: { kind: 'warn' | 'ok' | 'info'; children: string }): ReactElement {
  const icon = { warn: '⚠', ok: '✓', info: 'ⓘ' }[kind];
  return (
    <p className={`clock-verdict clock-${kind}`}>
      <span aria-hidden="true">{icon} </span>
      {children}
    </p>
  );
}

function SystemVerdict({ system, name, today, lang }: { system: AiSystem; name: string; today: string; lang: Language }): ReactElement {
  const { t } = useTranslation();
  const clock = systemClock(system);
  const informed = formatDate(system.informedDate, lang);
  const goLive = formatDate(system.goLiveDate, lang);
  if (clock.warning === 'went-live-before-informed') return <Verdict kind="warn">{t('clocks.wentLiveFirst', { name, goLive, informed, count: clock.daysLate ?? 0 })}</Verdict>;
  if (clock.warning === 'go-live-without-information') {
    // A go-live still ahead is a reminder of what must happen before it, not yet a breach.
    const ahead = (daysBetween(today, system.goLiveDate) ?? 0) > 0;
    return <Verdict kind="warn">{t(ahead ? 'clocks.goLiveAheadUninformed' : 'clocks.liveUninformed', { name, goLive })}</Verdict>;
  }
  if (system.informedDate && system.goLiveDate) {
    const sameDay = system.informedDate === system.goLiveDate;
    return <Verdict kind="ok">{t(sameDay ? 'clocks.informedSameDay' : 'clocks.informedFirst', { informed, goLive })}</Verdict>;
  }
  if (system.informedDate) return <Verdict kind="info">{t('clocks.informedNoGoLive', { informed })}</Verdict>;
  return <Verdict kind="info">{t('clocks.recordBoth')}</Verdict>;
}

function ResponseVerdict({ recommendations, clock, lang }: { recommendations: Recommendations; clock: ResponseClock; lang: Language }): ReactElement {
  const { t } = useTranslation();
  const date = (d: string | null): string => (d ? formatDate(d, lang) : '');
  if ((daysBetween(recommendations.sentDate, recommendations.answeredDate) ?? 0) < 0) return <Verdict kind="warn">{t('clocks.answeredBeforeSent')}</Verdict>;
  switch (clock.status) {
    case 'not-sent':
      return <Verdict kind="info">{t('clocks.notSent')}</Verdict>;
    case 'waiting':
      return <Verdict kind="info">{clock.daysLeft === 0 ? t('clocks.dueToday', { due: date(clock.dueDate) }) : t('clocks.waiting', { due: date(clock.dueDate), count: clock.daysLeft })}</Verdict>;
    case 'overdue':
      return <Verdict kind="warn">{t('clocks.overdue', { due: date(clock.dueDate), count: clock.daysLate })}</Verdict>;
    case 'answered':
      if (clock.daysLate === null) return <Verdict kind="info">{t('clocks.answeredNoSent', { answered: date(clock.answeredDate) })}</Verdict>;
      if (clock.daysLate === 0) return <Verdict kind="ok">{t('clocks.answeredOnTime', { answered: date(clock.answeredDate), due: date(clock.dueDate) })}</Verdict>;
      return <Verdict kind="warn">{t('clocks.answeredLate', { answered: date(clock.answeredDate), due: date(clock.dueDate), count: clock.daysLate })}</Verdict>;
  }
}

const isResponseDays = (text: string): boolean => /^\d{1,3}$/.test(text.trim()) && Number(text) >= 1 && Number(text) <= 365;

/** Whole days from 1 to 365; anything else is explained and not saved, so the clock never runs on a wrong period. */
function DaysField({ value, onSave }: { value: number; onSave: (days: number) => void }): ReactElement {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useDraft(String(value));
  const valid = isResponseDays(draft);
  return (
    <div className="field">
      <label htmlFor={id}>{t('clocks.responseDays')}</label>
      <p className="hint" id={`${id}-hint`}>
        {t('clocks.responseDaysHint')}
      </p>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={1}
        max={365}
        step={1}
        value={draft}
        aria-invalid={!valid}
        aria-describedby={valid ? `${id}-hint` : `${id}-hint ${id}-error`}
        onChange={(e) => {
          setDraft(e.target.value);
          if (isResponseDays(e.target.value)) onSave(Number(e.target.value));
        }}
      />
      {!valid && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {t('clocks.responseDaysInvalid')}
        </p>
      )}
    </div>
  );
}
