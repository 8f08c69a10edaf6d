// Runs in the renderer. The anonymous survey kiosk: one response at a time on a shared laptop, a fresh form after each, no way back.
import { useLiveQuery } from 'dexie-react-hooks';
import { type FormEvent, type ReactElement, useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentId } from '../../../../shared/domain/assessment';
import { type Language, Languages } from '../../../../shared/i18n/localized';
import { questionnaireItems } from '../../../../shared/instruments/survey/questionnaire';
import { savedLanguage } from '../../data/settings';
import { addKioskResponse, getSurvey, questionnaireOf, type StoredSurvey } from '../../data/surveys';
import { useLang } from '../../hooks/useAssessment';
import { leaveKiosk } from './kioskLock';
import './instruments.css';

const ThankYouSeconds = 8;
const languageNames: Record<Language, string> = { en: 'English', ko: '한국어' };

export function KioskScreen({ id, surveyId }: { id: AssessmentId; surveyId: string }): ReactElement {
  const { t, i18n } = useTranslation();
  const survey = useLiveQuery(async () => (await getSurvey(surveyId)) ?? null, [surveyId]);
  // Each response gets a new form (a new key): nothing typed by the previous respondent survives.
  const [round, setRound] = useState(0);
  const [thanks, setThanks] = useState(false);

  const next = useCallback((): void => {
    setThanks(false);
    setRound((r) => r + 1);
  }, []);

  return (
    <section className="kiosk" aria-labelledby="kiosk-title">
      {survey === undefined ? (
        <p className="loading">{t('common.loading')}</p>
      ) : survey === null || survey.assessmentId !== id ? (
        <h1 id="kiosk-title">{t('kiosk.missing')}</h1>
      ) : thanks ? (
        <ThankYou onNext={next} />
      ) : (
        <KioskForm key={round} survey={survey} onSubmitted={() => setThanks(true)} />
      )}
      <KioskExit
        onLeave={() => {
          // A respondent may have switched the language for themselves; the committee gets its own back.
          void savedLanguage().then((lang) => {
            if (lang && lang !== i18n.language) void i18n.changeLanguage(lang);
          });
          leaveKiosk({ id, surveyId });
        }}
      />
    </section>
  );
}

function KioskLanguage(): ReactElement {
  const { t, i18n } = useTranslation();
  const lang = useLang();
  // The respondent's choice for this screen only; the committee's saved language is left alone.
  return (
    <label className="kiosk-language">
      <span className="visually-hidden">{t('app.language')}</span>
      <select value={lang} aria-label={t('app.language')} onChange={(e) => void i18n.changeLanguage(e.target.value)}>
        {Languages.map((l) => (
          <option key={l} value={l} lang={l}>
            {languageNames[l]}
          </option>
        ))}
      </select>
    </label>
  );
}

function KioskForm({ survey, onSubmitted }: { survey: StoredSurvey; onSubmitted: () => void }): ReactElement {
  const { t } = useTranslation();
  const lang = useLang();
  const formId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [answers, setAnswers] = useState<Readonly<Record<string, number>>>({});
  const [group, setGroup] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const questionnaire = questionnaireOf(survey);
  const items = questionnaireItems(questionnaire);
  const answered = Object.keys(answers).length;

  useEffect(() => {
    heading.current?.focus();
    window.scrollTo?.(0, 0);
  }, []);

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    if (answered === 0) return setError(t('kiosk.noAnswers'));
    setSending(true);
    try {
      const stored = await addKioskResponse(survey, { answers, group: group || null });
      if (!stored.ok) return setError(stored.errors.join(' '));
      // No history entry per response: Back can never lead to an earlier respondent's form.
      history.replaceState(null, '', location.hash);
      onSubmitted();
    } catch (failure) {
      setError(t('kiosk.failed', { detail: failure instanceof Error ? failure.message : String(failure) }));
    } finally {
      setSending(false);
    }
  };

  return (
    <form className="kiosk-form" autoComplete="off" onSubmit={(e) => void submit(e)} aria-labelledby="kiosk-title">
      <div className="kiosk-head">
        <h1 id="kiosk-title" ref={heading} tabIndex={-1}>
          {questionnaire.name[lang]}
        </h1>
        <KioskLanguage />
      </div>
      <p className="kiosk-intro">{t('kiosk.anonymous')}</p>
      <p className="kiosk-intro">{questionnaire.answerLabels ? t('kiosk.howTo') : t('kiosk.howToPaper')}</p>
      {survey.groups.length > 0 && (
        <div className="field kiosk-group">
          <label htmlFor={`${formId}-group`}>{t('kiosk.group')}</label>
          <select id={`${formId}-group`} value={group} onChange={(e) => setGroup(e.target.value)}>
            <option value="">{t('kiosk.noGroup')}</option>
            {survey.groups.map((g) => (
              <option key={g} value={g}>
                {g}
              </option>
            ))}
          </select>
        </div>
      )}
      <ol className="kiosk-items">
        {items.map((item) => {
          const statement = item.text ? item.text[lang] : t('kiosk.item', { n: item.number });
          return (
            <li key={item.id}>
              <fieldset className="kiosk-item">
                <legend>
                  <span className="kiosk-number">{item.number}.</span> {statement}
                </legend>
                <div className="kiosk-scale">
                  {[1, 2, 3, 4, 5].map((value) => (
                    <label key={value} className={answers[item.id] === value ? 'kiosk-option chosen' : 'kiosk-option'}>
                      <input type="radio" name={`${formId}-${item.id}`} value={value} checked={answers[item.id] === value} onChange={() => setAnswers((a) => ({ ...a, [item.id]: value }))} />
                      <span className="kiosk-value">{value}</span>
                      {questionnaire.answerLabels && <span className="kiosk-label">{questionnaire.answerLabels[value - 1]![lang]}</span>}
                    </label>
                  ))}
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      {error && (
        <p className="notice error" role="alert">
          {error}
        </p>
      )}
      <div className="kiosk-submit">
        <p className="muted">{t('kiosk.answered', { answered, total: items.length })}</p>
        <button type="submit" className="primary kiosk-send" disabled={sending}>
          {t('kiosk.submit')}
        </button>
      </div>
    </form>
  );
}

function ThankYou({ onNext }: { onNext: () => void }): ReactElement {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    // The next person finds a fresh form even if the previous one walks away.
    const timer = setTimeout(onNext, ThankYouSeconds * 1000);
    return () => clearTimeout(timer);
  }, [onNext]);
  return (
    <div className="kiosk-thanks" role="status">
      <h1 id="kiosk-title" ref={heading} tabIndex={-1}>
        {t('kiosk.thanks')}
      </h1>
      <p>{t('kiosk.thanksDetail')}</p>
      <button type="button" className="primary kiosk-send" onClick={onNext}>
        {t('kiosk.nextResponse')}
      </button>
    </div>
  );
}

/** Leaving needs a number shown on screen typed back: deliberate for a committee member, never an accident. */
function KioskExit({ onLeave }: { onLeave: () => void }): ReactElement {
  const { t } = useTranslation();
  const inputId = useId();
  const [code, setCode] = useState<string | null>(null);
  const [typed, setTyped] = useState('');
  const [wrong, setWrong] = useState(false);
  if (code === null) {
    return (
      <div className="kiosk-exit">
        <button type="button" className="link" onClick={() => setCode(String(1000 + Math.floor(Math.random() * 9000)))}>
          {t('kiosk.exit')}
        </button>
      </div>
    );
  }
  const close = (): void => {
    setCode(null);
    setTyped('');
    setWrong(false);
  };
  return (
    <form
      className="kiosk-exit card"
      onSubmit={(e) => {
        e.preventDefault();
        if (typed.trim() === code) onLeave();
        else setWrong(true);
      }}
    >
      <label htmlFor={inputId}>{t('kiosk.exitPrompt', { code })}</label>
      <input id={inputId} inputMode="numeric" autoComplete="off" value={typed} onChange={(e) => setTyped(e.target.value)} aria-invalid={wrong || undefined} />
      {wrong && (
        <p className="warning-text" role="alert">
          {t('kiosk.exitWrong')}
        </p>
      )}
      <div className="row-actions">
        <button type="submit">{t('kiosk.exitConfirm')}</button>
        <button type="button" className="link" onClick={close}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
