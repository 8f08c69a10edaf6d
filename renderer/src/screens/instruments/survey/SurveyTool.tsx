// Runs in the renderer. The psychosocial survey tool: the assessment's surveys, a form for a new one, and the chosen survey.
import { useLiveQuery } from 'dexie-react-hooks';
import { type ReactElement, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionnaireId } from '../../../../../shared/instruments/survey/questionnaire';
import { findQuestionnaire } from '../../../../../shared/instruments/survey/registry';
import { createSurvey, DefaultMinGroupSize, type StoredSurvey, surveysOf } from '../../../data/surveys';
import type { AssessmentView } from '../../../hooks/useAssessment';
import { useLang } from '../../../hooks/useAssessment';
import { useSave } from '../../../hooks/useSave';
import { isReadOnly } from '../../evidence/EvidenceScreen';
import { readSettings, SettingsInputs, type SettingsText, settingsText } from './settings';
import { SurveyPanel } from './SurveyPanel';

export function SurveyTool({ view, initialSurveyId }: { view: AssessmentView; initialSurveyId?: string | undefined }): ReactElement {
  const { t } = useTranslation();
  const lang = useLang();
  const surveys = useLiveQuery(() => surveysOf(view.assessment.id), [view.assessment.id]);
  const [chosenId, setChosenId] = useState<string | null>(initialSurveyId ?? null);
  const [creating, setCreating] = useState(false);
  const readOnly = isReadOnly(view.assessment);
  if (surveys === undefined) return <p className="loading">{t('common.loading')}</p>;
  const chosen = surveys.find((s) => s.id === chosenId) ?? surveys[surveys.length - 1] ?? null;
  const showForm = !readOnly && (creating || surveys.length === 0);

  return (
    <div className="survey-tool">
      <p>{t('instruments.survey.intro')}</p>
      {surveys.length > 0 && (
        <nav className="survey-list" aria-label={t('instruments.survey.listLabel')}>
          <ul>
            {surveys.map((s) => (
              <li key={s.id}>
                <button type="button" className={s.id === chosen?.id ? 'chip chip-current' : 'chip'} aria-current={s.id === chosen?.id ? 'true' : undefined} onClick={() => setChosenId(s.id)}>
                  {s.name || t('instruments.survey.untitled')} <span className="muted small">{findQuestionnaire(s.questionnaireId, s.questionnaireVersion)?.name[lang]}</span>
                </button>
              </li>
            ))}
          </ul>
          {!readOnly && !creating && (
            <button type="button" onClick={() => setCreating(true)}>
              {t('instruments.survey.new')}
            </button>
          )}
        </nav>
      )}
      {showForm && (
        <NewSurveyForm
          view={view}
          onCreated={(survey) => {
            setCreating(false);
            setChosenId(survey.id);
          }}
          onCancel={surveys.length > 0 ? () => setCreating(false) : null}
        />
      )}
      {chosen && !creating && <SurveyPanel key={chosen.id} view={view} survey={chosen} />}
    </div>
  );
}

function NewSurveyForm({ view, onCreated, onCancel }: { view: AssessmentView; onCreated: (survey: StoredSurvey) => void; onCancel: (() => void) | null }): ReactElement {
  const { t } = useTranslation();
  const lang = useLang();
  const save = useSave();
  const ids = useId();
  const [name, setName] = useState('');
  const [questionnaireId, setQuestionnaireId] = useState<QuestionnaireId>('jointcheck-ai-psychosocial');
  const [text, setText] = useState<SettingsText>(settingsText({ invited: null, minGroupSize: DefaultMinGroupSize, groups: [] }));
  const [problem, setProblem] = useState<string | null>(null);

  const create = (): void => {
    const read = readSettings(text);
    setProblem(read.ok ? null : t(`instruments.survey.problem.${read.problem}`));
    if (read.ok) save(async () => onCreated(await createSurvey(view.assessment.id, questionnaireId, { name: name.trim(), ...read.settings })));
  };

  return (
    <fieldset className="group new-survey">
      <legend>{t('instruments.survey.newTitle')}</legend>
      <div className="field">
        <label htmlFor={`${ids}-name`}>{t('instruments.survey.name')}</label>
        <input id={`${ids}-name`} value={name} maxLength={200} onChange={(e) => setName(e.target.value)} placeholder={t('instruments.survey.namePlaceholder')} />
      </div>
      <fieldset className="plain">
        <legend className="field-legend">{t('instruments.survey.questionnaire')}</legend>
        {(['jointcheck-ai-psychosocial', 'hse-indicator'] as const).map((id) => (
          <label className="check" key={id}>
            <input type="radio" name={`${ids}-q`} checked={questionnaireId === id} onChange={() => setQuestionnaireId(id)} />
            <span>
              <strong>{findQuestionnaire(id)?.name[lang]}</strong>
              <br />
              <span className="muted">{t(`instruments.survey.questionnaireHint.${id}`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <SettingsInputs ids={ids} text={text} onChange={setText} />
      {problem && (
        <p className="warning-text" role="alert">
          {problem}
        </p>
      )}
      <div className="row-actions">
        <button type="button" className="primary" onClick={create}>
          {t('instruments.survey.create')}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </fieldset>
  );
}
