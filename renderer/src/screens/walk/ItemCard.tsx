// Runs in the renderer. One checklist item: question, guidance, references, answer, notes and risk rating.
import { memo, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer, AssessmentId, Participant } from '../../../../shared/domain/assessment';
import type { Action, Evidence, Positions } from '../../../../shared/domain/record';
import type { Language } from '../../../../shared/i18n/localized';
import type { Item, Pack } from '../../../../shared/packs/schema';
import type { RiskMethod } from '../../../../shared/risk/methods';
import { rateRisk } from '../../../../shared/risk/rate';
import { TextField } from '../../components/Field';
import { ItemActions } from '../../components/ItemActions';
import { RiskRating } from '../../components/RiskRating';
import { type AnswerChange, saveAnswer } from '../../data/answers';
import { useSave } from '../../hooks/useSave';
import { EvidencePanel } from '../evidence/EvidencePanel';
import { AnswerInput } from './AnswerInput';
import { PositionsPanel } from './PositionsPanel';

type Props = {
  assessmentId: AssessmentId;
  pack: Pack;
  item: Item;
  number: string;
  answer: Answer | undefined;
  method: RiskMethod;
  lang: Language;
  readOnly: boolean;
  positions: Positions | undefined;
  evidence: readonly Evidence[];
  actions: readonly Action[];
  participants: readonly Participant[];
  /** Changes whenever this item's record (positions, evidence, actions) does: the card re-renders only then. */
  recordKey: string;
};

export const ItemCard = memo(
  function ItemCard({ assessmentId, pack, item, number, answer, method, lang, readOnly, positions, evidence, actions, participants }: Props): ReactElement {
  const { t } = useTranslation();
  const save = useSave();
  const key = { assessmentId, packId: pack.id, itemId: item.id };
  const update = (change: AnswerChange): void => save(() => saveAnswer(key, change));
  const instrument = (id: string): string => pack.instruments.find((i) => i.id === id)?.title[lang] ?? id;

  return (
    <article className="item card" id={`item-${item.id}`} aria-labelledby={`q-${item.id}`} data-item-id={item.id}>
      <h3 id={`q-${item.id}`} tabIndex={-1}>
        <span className="item-number">{number}</span> {item.question[lang]}
        {positions?.status === 'open' && <span className="tag tag-warn">{t('positions.open')}</span>}
      </h3>
      {answer?.recheck && (
        <p className="notice warning recheck">
          {t('walk.recheck')}
          {!readOnly && (
            <button type="button" onClick={() => update({})}>
              {t('walk.rechecked')}
            </button>
          )}
        </p>
      )}
      <fieldset className="item-body" disabled={readOnly}>
        <legend className="visually-hidden">{item.question[lang]}</legend>
        <AnswerInput answerType={item.answerType} value={answer?.value ?? null} lang={lang} question={item.question[lang]} onChange={(value) => update({ value })} />
        <details className="guidance">
          <summary>{t('walk.guidance')}</summary>
          <p>{item.guidance[lang]}</p>
          <p>
            <strong>{t('walk.whyItMatters')}</strong> {item.riskHint[lang]}
          </p>
          <p>
            <strong>{t('walk.measures')}</strong>
          </p>
          <ul>
            {item.measures.map((m, i) => (
              <li key={i}>
                <span className="tag">{t(`control.${m.control}`)}</span> {m.text[lang]}
              </li>
            ))}
          </ul>
        </details>
        <div className="references">
          <span className="muted">{t('walk.references')}</span>
          <ul>
            {item.references.map((r, i) => (
              <li key={i}>
                {instrument(r.instrument)}, {r.provision}
              </li>
            ))}
          </ul>
        </div>
        <TextField label={t('walk.notes')} multiline maxLength={20000} value={answer?.note ?? ''} onSave={(note) => update({ note })} />
        <details className="risk-details" open={answer?.risk != null}>
          <summary>
            {t('walk.rateRisk')} <span className="muted">{t('walk.severityHint', { n: item.severityHint })}</span>
          </summary>
          <RiskRating method={method} rating={answer?.risk ?? null} lang={lang} onChange={(change) => update((stored) => ({ risk: change(stored.risk) }))} />
        </details>
      </fieldset>
      <PositionsPanel positionKey={key} positions={positions} method={method} lang={lang} readOnly={readOnly} />
      <details className="item-actions" open={actions.length > 0}>
        <summary>{t('walk.actions', { count: actions.length })}</summary>
        <ItemActions
          assessmentId={assessmentId}
          participants={participants}
          item={{ packId: pack.id, itemId: item.id }}
          actions={actions}
          riskLevel={rateRisk(method, answer?.risk)?.level ?? null}
          readOnly={readOnly}
        />
      </details>
      <details className="item-evidence" open={evidence.length > 0}>
        <summary>{t('walk.evidence', { count: evidence.length })}</summary>
        <EvidencePanel assessmentId={assessmentId} item={{ packId: pack.id, itemId: item.id }} evidence={evidence} readOnly={readOnly} label={t('evidence.itemLabel')} />
      </details>
    </article>
  );
  },
  // Every save re-reads all answers as new objects; an item re-renders only when its own answer changed.
  (prev, next) =>
    prev.answer?.updatedAt === next.answer?.updatedAt &&
    prev.recordKey === next.recordKey &&
    prev.method === next.method &&
    prev.lang === next.lang &&
    prev.readOnly === next.readOnly &&
    prev.item === next.item &&
    prev.pack === next.pack &&
    prev.number === next.number &&
    prev.assessmentId === next.assessmentId,
);
