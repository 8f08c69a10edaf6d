// Runs in the renderer. One action of the plan, edited in place: every field saves as it changes.
import { memo, type ReactElement, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { type Action, ActionStatuses, ControlTypes, isOverdue, JointSides, otherSide, Priorities } from '../../../../shared/domain/record';
import { daysBetween } from '../../../../shared/record/calendar';
import { SelectField, TextField } from '../../components/Field';
import { type ActionPatch, updateAction } from '../../data/actions';
import { useLang } from '../../hooks/useAssessment';
import { useSave } from '../../hooks/useSave';
import { formatDate } from '../../i18n';
import { controlLabelKey } from './controlLabel';

type Props = {
  action: Action;
  /** "A1", "A2": the number the report and the spreadsheet give it. */
  number: string | undefined;
  today: string;
  readOnly: boolean;
  /** Put the cursor in the description: the action was just added. */
  focusOnMount: boolean;
  onVerify: () => void;
  onRemove: () => void;
};

/**
 * Every save re-reads the whole record, so without this each keystroke in one action would re-render all of
 * them. The callbacks are left out of the comparison: they act on the action by id and change with it.
 */
export const ActionCard = memo(
  ActionCardView,
  (prev, next) =>
    prev.action.updatedAt === next.action.updatedAt &&
    prev.action.id === next.action.id &&
    prev.number === next.number &&
    prev.today === next.today &&
    prev.readOnly === next.readOnly &&
    prev.focusOnMount === next.focusOnMount,
);

function ActionCardView({ action, number, today, readOnly, focusOnMount, onVerify, onRemove }: Props): ReactElement {
  const { t } = useTranslation();
  const lang = useLang();
  const save = useSave();
  const root = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (focusOnMount) root.current?.querySelector('textarea')?.focus();
  }, [focusOnMount]);

  const update = (patch: ActionPatch): void => save(() => updateAction(action, patch));
  const overdue = isOverdue(action, today);
  const verified = action.status === 'verified';
  const verification = action.verification;
  // A verified action is what the other side checked: it changes only after the check is withdrawn.
  const locked = readOnly || verified;
  const statuses = ActionStatuses.filter((s) => s !== 'verified' || verified);

  return (
    <li ref={root} className={`card action-card${overdue ? ' action-overdue' : ''}${verified ? ' action-verified' : ''}`} id={`action-${action.id}`} data-action-id={action.id}>
      <fieldset className="plain" disabled={locked}>
        <legend className="action-head">
          <span className="action-number">{number ? t('actions.numbered', { number }) : t('actions.action')}</span>
          {overdue && (
            <span className="tag tag-overdue">
              <span aria-hidden="true">⚠ </span>
              {t('actions.overdueBy', { count: daysBetween(action.dueDate, today) ?? 0 })}
            </span>
          )}
          {verified && (
            <span className="tag tag-ok">
              <span aria-hidden="true">✓ </span>
              {t('actions.status.verified')}
            </span>
          )}
          {action.carriedFrom && <span className="tag">{t('actions.carriedOver')}</span>}
        </legend>
        <div className="action-fields">
          <div className="action-description">
            <TextField label={t('actions.description')} multiline maxLength={5000} value={action.description} onSave={(description) => update({ description })} />
          </div>
          <SelectField
            label={t('actions.control')}
            hint={t('actions.controlHint')}
            value={action.control}
            options={ControlTypes.map((c, i) => ({ value: c, label: `${i + 1}. ${t(controlLabelKey(c))}` }))}
            onSave={(v) => update({ control: v as Action['control'] })}
          />
          <SelectField
            label={t('actions.priority')}
            value={action.priority}
            options={Priorities.map((p) => ({ value: p, label: t(`actions.priorities.${p}`) }))}
            onSave={(v) => update({ priority: v as Action['priority'] })}
          />
          <SelectField
            label={t('actions.statusLabel')}
            value={action.status}
            options={statuses.map((s) => ({ value: s, label: t(`actions.status.${s}`) }))}
            onSave={(v) => update({ status: v as NonNullable<ActionPatch['status']> })}
          />
          <TextField label={t('actions.owner')} maxLength={200} value={action.owner} onSave={(owner) => update({ owner })} />
          <SelectField
            label={t('actions.ownerSide')}
            value={action.ownerSide}
            options={JointSides.map((s) => ({ value: s, label: t(`side.${s}`) }))}
            onSave={(v) => update({ ownerSide: v as Action['ownerSide'] })}
          />
          <TextField label={t('actions.dueDate')} type="date" value={action.dueDate} onSave={(dueDate) => update({ dueDate })} />
          <TextField label={t('actions.budget')} hint={t('actions.budgetHint')} maxLength={100} value={action.budget} onSave={(budget) => update({ budget })} />
        </div>
      </fieldset>
      {verification && (
        <p className="action-verification">
          <span aria-hidden="true">✓ </span>
          {t('actions.verifiedBy', { name: verification.by.name, side: t(`side.${verification.by.side}`), date: formatDate(verification.date, lang) })}
          {verification.note && (
            <>
              <br />
              <span className="muted">{t('actions.verificationNote', { note: verification.note })}</span>
            </>
          )}
        </p>
      )}
      {!readOnly && (
        <div className="row-actions">
          {action.status === 'done' && (
            <>
              <button type="button" onClick={onVerify}>
                {t('actions.verify')}
              </button>
              <span className="hint">{t('actions.verifyHint', { side: t(`side.${otherSide(action.ownerSide)}`) })}</span>
            </>
          )}
          {verified && (
            <>
              <button type="button" onClick={() => update({ status: 'done' })}>
                {t('actions.withdraw')}
              </button>
              <span className="hint">{t('actions.withdrawHint')}</span>
            </>
          )}
          <button type="button" className="danger subtle action-remove" onClick={onRemove}>
            {t('actions.remove')}
          </button>
        </div>
      )}
    </li>
  );
}
