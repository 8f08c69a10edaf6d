// Runs in the renderer. One survey: its settings, how responses come in (kiosk or CSV), results with suppression, actions, export, evidence.
import { useLiveQuery } from 'dexie-react-hooks';
import { type ReactElement, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toFileName } from '../../../../../shared/format/fileName';
import type { Questionnaire } from '../../../../../shared/instruments/survey/questionnaire';
import type { SurveyResult } from '../../../../../shared/instruments/survey/result';
import { surveyDoc } from '../../../../../shared/instruments/survey/doc';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { addAction } from '../../../data/actions';
import { deleteSurvey, questionnaireOf, responsesOf, scoreStoredSurvey, type StoredSurvey, updateSurvey } from '../../../data/surveys';
import { desktop } from '../../../desktop';
import type { AssessmentView } from '../../../hooks/useAssessment';
import { useLang } from '../../../hooks/useAssessment';
import { useSave } from '../../../hooks/useSave';
import { useUi } from '../../../state/uiStore';
import { itemKey, itemPlaces } from '../../actions/actionPlan';
import { isReadOnly } from '../../evidence/EvidenceScreen';
import { inLanguage, formatNumber } from '../format';
import { itemForScale } from '../itemChoice';
import { initialItemKey, ItemPicker, refFromKey } from '../ItemPicker';
import { SaveAsEvidence } from '../SaveAsEvidence';
import { DocText } from './DocText';
import { ImportResponses } from './ImportResponses';
import { groupName, scaleName } from './labels';
import { readSettings, SettingsInputs, type SettingsText, settingsText } from './settings';
import { surveyResultCsv } from './surveyCsv';
import { SurveyResults } from './SurveyResults';

export function SurveyPanel({ view, survey }: { view: AssessmentView; survey: StoredSurvey }): ReactElement {
  const { t } = useTranslation();
  const lang = useLang();
  const save = useSave();
  const ids = useId();
  const navigate = useUi((s) => s.navigate);
  const setNotice = useUi((s) => s.setNotice);
  const responses = useLiveQuery(() => responsesOf(survey), [survey]);
  const [text, setText] = useState<SettingsText>(() => settingsText(survey));
  const [problem, setProblem] = useState<string | null>(null);
  const [name, setName] = useState(survey.name);
  const [deleting, setDeleting] = useState(false);
  const readOnly = isReadOnly(view.assessment);
  const questionnaire = questionnaireOf(survey);
  const hse = questionnaire.columns === 'item-numbers';
  const outcome = responses ? scoreStoredSurvey(survey, responses) : null;

  const changeSettings = (next: SettingsText): void => {
    setText(next);
    const read = readSettings(next);
    setProblem(read.ok ? null : t(`instruments.survey.problem.${read.problem}`));
    if (read.ok) save(() => updateSurvey(survey, read.settings));
  };

  const exportCsv = async (result: SurveyResult): Promise<void> => {
    const bytes = new TextEncoder().encode(surveyResultCsv(result, questionnaire, lang, t));
    const suggestedName = `${toFileName(survey.name || t('instruments.survey.untitled'), 'survey')} ${t('instruments.survey.csvName')}.csv`;
    const saved = await desktop.saveFile({ suggestedName, filterName: 'CSV', extensions: ['csv'], bytes });
    if (saved.ok) setNotice({ kind: 'success', message: t('instruments.survey.exported', { location: saved.value.location }) });
    else if (saved.error !== 'cancelled') setNotice({ kind: 'error', message: t('files.saveFailed', { detail: saved.detail ?? saved.error }) });
  };

  return (
    <section className="survey-panel" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>
        {survey.name || t('instruments.survey.untitled')} <span className="muted small">{questionnaire.name[lang]}</span>
      </h2>
      {hse && <p className="notice">{t('instruments.survey.hseNote')}</p>}

      <details className="group-details">
        <summary>{t('instruments.survey.settings')}</summary>
        <fieldset className="plain" disabled={readOnly}>
          <div className="field">
            <label htmlFor={`${ids}-name`}>{t('instruments.survey.name')}</label>
            <input
              id={`${ids}-name`}
              value={name}
              maxLength={200}
              onChange={(e) => {
                setName(e.target.value);
                save(() => updateSurvey(survey, { name: e.target.value.trim() }));
              }}
            />
          </div>
          <SettingsInputs ids={ids} text={text} onChange={changeSettings} />
          {problem && (
            <p className="warning-text" role="alert">
              {problem}
            </p>
          )}
        </fieldset>
      </details>

      <section className="card survey-collect" aria-labelledby={`${ids}-collect`}>
        <h3 id={`${ids}-collect`}>{t('instruments.survey.collect')}</h3>
        <p className="response-count" role="status">
          {responses === undefined ? t('common.loading') : t('instruments.survey.responsesSoFar', { count: responses.length })}
        </p>
        {!readOnly && (
          <div className="two-columns">
            <div>
              <h4>{t('instruments.survey.kioskTitle')}</h4>
              <p className="hint">{hse ? t('instruments.survey.kioskHintHse') : t('instruments.survey.kioskHint')}</p>
              <button type="button" className="primary" onClick={() => navigate({ screen: 'kiosk', id: view.assessment.id, surveyId: survey.id })}>
                {t('instruments.survey.openKiosk')}
              </button>
            </div>
            <ImportResponses survey={survey} questionnaire={questionnaire} />
          </div>
        )}
      </section>

      <section aria-labelledby={`${ids}-results`}>
        <div className="screen-head">
          <h3 id={`${ids}-results`}>{t('instruments.survey.results')}</h3>
          {outcome?.ok && (
            <div className="head-actions">
              <button type="button" onClick={() => void exportCsv(outcome.result)}>
                {t('instruments.survey.exportCsv')}
              </button>
              <SaveAsEvidence view={view} result={outcome.result} caption={t('instruments.survey.caption', { name: survey.name || t('instruments.survey.untitled'), questionnaire: questionnaire.name[lang] })} />
            </div>
          )}
        </div>
        {outcome === null ? (
          <p className="loading">{t('common.loading')}</p>
        ) : outcome.ok ? (
          <SurveyResults result={outcome.result} questionnaire={questionnaire} actionFor={readOnly ? undefined : (need) => <AddAction view={view} questionnaire={questionnaire} need={need} />} />
        ) : outcome.error.code === 'no-responses' ? (
          <p className="muted">{t('instruments.survey.noResponses')}</p>
        ) : (
          <p className="notice error" role="alert">
            {inLanguage(lang, outcome.error.message, t(`instruments.survey.scoreError.${outcome.error.code}`))}
          </p>
        )}
      </section>

      <details className="survey-doc">
        <summary>{t('instruments.survey.doc')}</summary>
        <DocText markdown={surveyDoc(lang)} />
      </details>

      {!readOnly && (
        <div className="screen-foot">
          <button type="button" className="danger subtle" onClick={() => setDeleting(true)}>
            {t('instruments.survey.delete')}
          </button>
        </div>
      )}
      <ConfirmDialog
        open={deleting}
        title={t('instruments.survey.deleteTitle')}
        message={t('instruments.survey.deleteMessage', { count: responses?.length ?? 0 })}
        confirmLabel={t('instruments.survey.delete')}
        onCancel={() => setDeleting(false)}
        onConfirm={() => {
          setDeleting(false);
          save(() => deleteSurvey(survey));
        }}
      />
    </section>
  );
}

/** "Add an action" for a scale that needs it: on the psychosocial item its measures answer, or any other item chosen. */
function AddAction({ view, questionnaire, need }: { view: AssessmentView; questionnaire: Questionnaire; need: SurveyResult['needsAction'][number] }): ReactElement {
  const { t } = useTranslation();
  const lang = useLang();
  const save = useSave();
  const [chosen, setChosen] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const navigate = useUi((s) => s.navigate);
  const suggested = itemForScale(need.scaleId);
  const scale = scaleName(questionnaire, need.scaleId, lang);
  const group = groupName(need, need.overall, t);

  if (added) {
    return (
      <p className="added-action">
        <span aria-hidden="true">✓</span> {t('instruments.survey.actionAdded', { number: added })}{' '}
        <a
          href={`#/assessments/${view.assessment.id}/actions`}
          onClick={(e) => {
            e.preventDefault();
            navigate({ screen: 'actions', id: view.assessment.id });
          }}
        >
          {t('instruments.survey.toActionPlan')}
        </a>
      </p>
    );
  }
  if (chosen === null) {
    return (
      <button type="button" className="add-action" onClick={() => setChosen(initialItemKey(view.packs, suggested))} aria-label={t('instruments.survey.addActionFor', { scale, group })}>
        {t('instruments.survey.addAction')}
      </button>
    );
  }
  const add = (): void => {
    const item = refFromKey(chosen);
    if (!item) return;
    const description = t('instruments.survey.actionDescription', {
      scale,
      group,
      mean: formatNumber(need.mean, lang, 2),
      questionnaire: questionnaire.name[lang],
    });
    save(async () => {
      await addAction(view.assessment.id, item, 'medium', description);
      setAdded(itemPlaces(view.packs).get(itemKey(item))?.number ?? item.itemId);
    });
  };
  return (
    <div className="add-action-form">
      <ItemPicker packs={view.packs} value={chosen} onChange={setChosen} label={t('instruments.survey.actionItem', { scale })} suggested={suggested} />
      <div className="row-actions">
        <button type="button" className="primary" onClick={add} disabled={refFromKey(chosen) === null}>
          {t('instruments.survey.confirmAction')}
        </button>
        <button type="button" className="link" onClick={() => setChosen(null)}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
