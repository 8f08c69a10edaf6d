// Runs in the renderer. The instruments of an assessment: bias audit, psychosocial survey, cobot checks, and the results saved as evidence.
import { type ReactElement, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentId } from '../../../../shared/domain/assessment';
import type { Evidence } from '../../../../shared/domain/record';
import { describeInstrumentResult, type InstrumentResult } from '../../../../shared/instruments/result';
import { findQuestionnaire } from '../../../../shared/instruments/survey/registry';
import { instrumentEvidence } from '../../data/instrumentEvidence';
import { type AssessmentView, useAssessment, useLang } from '../../hooks/useAssessment';
import { formatDateTime } from '../../i18n';
import { type InstrumentTool, InstrumentTools } from '../../state/route';
import { useUi } from '../../state/uiStore';
import { itemKey, itemPlaces } from '../actions/actionPlan';
import { AssessmentTabs } from '../AssessmentTabs';
import { NotFound } from '../NotFound';
import { BiasAudit } from './bias/BiasAudit';
import { BiasResults } from './bias/BiasResults';
import { addApplication } from './cobot/cobotStore';
import { CobotTool } from './cobot/CobotTool';
import { applicationFromResult } from './cobot/drafts';
import { useKioskLock } from './kioskLock';
import { closeInstrumentResult, openInstrumentResult, toolFor, useInstrumentResult, useOpenResult } from './openResult';
import { SurveyResults } from './survey/SurveyResults';
import { SurveyTool } from './survey/SurveyTool';
import './instruments.css';

export function InstrumentsScreen({ id, tool }: { id: AssessmentId; tool: InstrumentTool | undefined }): ReactElement {
  const { t } = useTranslation();
  const navigate = useUi((s) => s.navigate);
  const view = useAssessment(id);
  const lastSurveyId = useKioskLock((s) => s.lastSurveyId);
  if (view === undefined) return <p className="loading">{t('common.loading')}</p>;
  if (view === null) return <NotFound />;
  const current = tool ?? 'bias';

  return (
    <section className="screen instruments-screen" aria-labelledby="instruments-title">
      <AssessmentTabs assessment={view.assessment} current="instruments" />
      <h1 id="instruments-title">{t('instruments.title')}</h1>
      <nav className="tool-tabs" aria-label={t('instruments.toolsLabel')}>
        {InstrumentTools.map((name) => (
          <a
            key={name}
            href={`#/assessments/${id}/instruments/${name}`}
            aria-current={name === current ? 'page' : undefined}
            onClick={(e) => {
              e.preventDefault();
              closeInstrumentResult();
              navigate({ screen: 'instruments', id, tool: name });
            }}
          >
            <strong>{t(`instruments.tools.${name}.name`)}</strong>
            <span className="small">{t(`instruments.tools.${name}.about`)}</span>
          </a>
        ))}
      </nav>
      <OpenedResult view={view} tool={current} />
      {current === 'bias' && <BiasAudit view={view} />}
      {current === 'survey' && <SurveyTool view={view} initialSurveyId={lastSurveyId ?? undefined} />}
      {current === 'cobot' && <CobotTool view={view} />}
      <SavedResults view={view} />
    </section>
  );
}

/** A result opened from its evidence: bias and survey results are shown as saved; cobot results go back into the forms. */
function OpenedResult({ view, tool }: { view: AssessmentView; tool: InstrumentTool }): ReactElement | null {
  const evidenceId = useOpenResult((s) => s.evidenceId);
  const evidence = view.evidence.find((e) => e.id === evidenceId);
  if (!evidence) return null;
  return <OpenedEvidence key={evidence.id} view={view} evidence={evidence} tool={tool} />;
}

function OpenedEvidence({ view, evidence, tool }: { view: AssessmentView; evidence: Evidence; tool: InstrumentTool }): ReactElement | null {
  const { t } = useTranslation();
  const lang = useLang();
  const stored = useInstrumentResult(evidence);
  const heading = useRef<HTMLHeadingElement>(null);
  const result = stored?.ok ? stored.result : null;
  const reopen = result && (result.instrument === 'cobot-pfl' || result.instrument === 'cobot-ssm') ? result : null;
  useEffect(() => {
    if (!reopen) return;
    addApplication(view.assessment.id, applicationFromResult(reopen, evidence.caption));
    closeInstrumentResult();
  }, [reopen, view.assessment.id, evidence.caption]);
  // Opened from further down the page or from an item: bring it into view.
  const shown = stored?.ok === true && !reopen;
  useEffect(() => {
    if (shown) heading.current?.focus();
  }, [shown]);
  if (stored === undefined || reopen) return null;
  if (!stored.ok) return <p className="notice error">{t('instruments.saved.unreadable', { detail: stored.error.message })}</p>;
  if (toolFor(stored.result.instrument) !== tool) return null;
  const place = evidence.item ? itemPlaces(view.packs).get(itemKey(evidence.item)) : undefined;
  return (
    <section className="card opened-result" aria-labelledby="opened-result-title">
      <div className="screen-head">
        <h2 id="opened-result-title" ref={heading} tabIndex={-1}>
          {t('instruments.saved.openedTitle')}
        </h2>
        <button type="button" onClick={closeInstrumentResult}>
          {t('instruments.saved.close')}
        </button>
      </div>
      <p className="muted">
        {evidence.caption && <>{evidence.caption} · </>}
        {place && <>{t('instruments.saved.onItem', { number: place.number })} · </>}
        {t('evidence.addedBy', { name: evidence.addedBy.name, side: t(`side.${evidence.addedBy.side}`), when: formatDateTime(evidence.addedAt, lang) })}
      </p>
      <SavedResultBody result={stored.result} />
    </section>
  );
}

function SavedResultBody({ result }: { result: InstrumentResult }): ReactElement | null {
  if (result.instrument === 'bias-audit') return <BiasResults result={result} />;
  if (result.instrument === 'psychosocial-survey') {
    const questionnaire = findQuestionnaire(result.questionnaire.id, result.questionnaire.version);
    return questionnaire ? <SurveyResults result={result} questionnaire={questionnaire} /> : null;
  }
  return null;
}

/** Every result saved as evidence in this assessment, newest first, each with its item and a way to open it. */
function SavedResults({ view }: { view: AssessmentView }): ReactElement {
  const { t } = useTranslation();
  const saved = instrumentEvidence(view.evidence).sort((a, b) => b.addedAt.localeCompare(a.addedAt));
  const places = itemPlaces(view.packs);
  return (
    <section className="saved-results" aria-labelledby="saved-results-title">
      <h2 id="saved-results-title">{t('instruments.saved.title')}</h2>
      {saved.length === 0 ? (
        <p className="muted">{t('instruments.saved.none')}</p>
      ) : (
        <ul className="cards">
          {saved.map((e) => (
            <SavedRow key={e.id} evidence={e} number={e.item ? places.get(itemKey(e.item))?.number : undefined} />
          ))}
        </ul>
      )}
    </section>
  );
}

function SavedRow({ evidence, number }: { evidence: Evidence; number: string | undefined }): ReactElement {
  const { t } = useTranslation();
  const lang = useLang();
  const stored = useInstrumentResult(evidence);
  return (
    <li className="card saved-row">
      <p>
        <strong>{stored?.ok ? describeInstrumentResult(stored.result, lang) : evidence.file.fileName}</strong>
      </p>
      <p className="muted small">
        {evidence.caption && <>{evidence.caption} · </>}
        {number && <>{t('instruments.saved.onItem', { number })} · </>}
        {formatDateTime(evidence.addedAt, lang)}
      </p>
      {stored?.ok && (
        <button type="button" onClick={() => openInstrumentResult(evidence.assessmentId, evidence.id, stored.result.instrument)}>
          {toolFor(stored.result.instrument) === 'cobot' ? t('instruments.saved.reopen') : t('instruments.saved.open')}
        </button>
      )}
    </li>
  );
}
