// Runs in the renderer. An instrument result on an evidence row: its one-line summary and the way to view it in full.
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { Evidence } from '../../../../shared/domain/record';
import { describeInstrumentResult } from '../../../../shared/instruments/result';
import { useLang } from '../../hooks/useAssessment';
import { openInstrumentResult, toolFor, useInstrumentResult } from './openResult';

export function InstrumentEvidenceSummary({ evidence }: { evidence: Evidence }): ReactElement {
  const { t } = useTranslation();
  const lang = useLang();
  const stored = useInstrumentResult(evidence);
  if (stored === undefined) return <p className="muted small">{t('common.loading')}</p>;
  if (!stored.ok) return <p className="warning-text">{t('instruments.saved.unreadable', { detail: stored.error.message })}</p>;
  const { result } = stored;
  return (
    <p className="instrument-summary">
      <span>{describeInstrumentResult(result, lang)}</span>{' '}
      <a
        href={`#/assessments/${evidence.assessmentId}/instruments/${toolFor(result.instrument)}`}
        onClick={(e) => {
          e.preventDefault();
          openInstrumentResult(evidence.assessmentId, evidence.id, result.instrument);
        }}
      >
        {t('instruments.saved.view')}
      </a>
    </p>
  );
}
