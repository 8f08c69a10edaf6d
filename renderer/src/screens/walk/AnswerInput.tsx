// Runs in the renderer. The answer control for an item's answer type; native radios, so arrow keys work.
import { type ReactElement, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer } from '../../../../shared/domain/assessment';
import type { Language } from '../../../../shared/i18n/localized';
import { type AnswerType, StandardAnswers } from '../../../../shared/packs/schema';
import { useDraft } from '../../hooks/useDraft';

type Props = {
  answerType: AnswerType;
  value: Answer['value'];
  lang: Language;
  /** The question, so each radio group is named for screen readers. */
  question: string;
  onChange: (value: Answer['value']) => void;
};

export function AnswerInput({ answerType, value, lang, question, onChange }: Props): ReactElement {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useDraft(value);
  const change = (next: Answer['value']): void => {
    setDraft(next);
    onChange(next);
  };

  if (answerType.kind === 'number' || answerType.kind === 'text') {
    const label = answerType.kind === 'number' && answerType.unit ? `${t('walk.answer')} (${answerType.unit[lang]})` : t('walk.answer');
    return (
      <div className="field answer-field">
        <label htmlFor={id}>{label}</label>
        {answerType.kind === 'number' ? (
          <input
            id={id}
            type="number"
            inputMode="decimal"
            min={answerType.min}
            max={answerType.max}
            value={draft ?? ''}
            onChange={(e) => change(e.target.value === '' || !Number.isFinite(e.target.valueAsNumber) ? null : e.target.valueAsNumber)}
          />
        ) : (
          <textarea id={id} rows={2} maxLength={20000} value={typeof draft === 'string' ? draft : ''} onChange={(e) => change(e.target.value === '' ? null : e.target.value)} />
        )}
      </div>
    );
  }

  const options =
    answerType.kind === 'standard'
      ? StandardAnswers.map((a) => ({ id: a, label: t(`answer.${a}`) }))
      : answerType.options.map((o) => ({ id: o.id, label: o.label[lang] }));
  return (
    <fieldset className="answers">
      <legend className="visually-hidden">
        {t('walk.answer')}: {question}
      </legend>
      {options.map((o) => (
        <label key={o.id} className={`answer-option answer-${o.id}${draft === o.id ? ' chosen' : ''}`}>
          <input type="radio" name={id} value={o.id} checked={draft === o.id} onChange={() => change(o.id)} />
          <span>{o.label}</span>
        </label>
      ))}
      {draft !== null && (
        <button type="button" className="link" onClick={() => change(null)}>
          {t('walk.clearAnswer')}
        </button>
      )}
    </fieldset>
  );
}
