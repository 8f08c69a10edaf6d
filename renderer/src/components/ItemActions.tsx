// Runs in the renderer. The actions about one checklist item (or the whole assessment), each editable, with "Add action".
import { type ReactElement, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentId, Participant } from '../../../shared/domain/assessment';
import { type Action, type ItemRef, priorityForRisk } from '../../../shared/domain/record';
import { localToday } from '../../../shared/domain/today';
import { compareActions } from '../../../shared/record/actionOrder';
import type { RiskLevel } from '../../../shared/risk/methods';
import { addAction, removeAction } from '../data/actions';
import { useSave } from '../hooks/useSave';
import { ActionCard } from '../screens/actions/ActionCard';
import { idSet, useSettledOrder } from '../screens/actions/useSettledOrder';
import { VerifyDialog } from '../screens/actions/VerifyDialog';
import { ConfirmDialog } from './ConfirmDialog';
import '../screens/actions/actions.css';

export type ItemActionsProps = {
  assessmentId: AssessmentId;
  /** The assessment's participants: verifiers are chosen among them. */
  participants: readonly Participant[];
  /** The item the actions answer, or null for the assessment as a whole. */
  item: ItemRef;
  /** The actions about this item (any order: overdue ones are shown first). */
  actions: readonly Action[];
  /** The item's rated risk level: a new action's priority follows it (high for high and very high). */
  riskLevel: RiskLevel | null;
  readOnly: boolean;
  /** Numbers ("A1") of all the assessment's actions, from actionNumbers; without it actions are not numbered. */
  numbers?: ReadonlyMap<string, string>;
  /** Set by a parent that adds actions itself and wants the new one focused; otherwise this list tracks its own. */
  focusActionId?: string | null;
  onAdded?: (action: Action) => void;
};

export function ItemActions({ assessmentId, participants, item, actions, riskLevel, readOnly, numbers, focusActionId, onAdded }: ItemActionsProps): ReactElement {
  const { t } = useTranslation();
  const save = useSave();
  const [ownFocus, setOwnFocus] = useState<string | null>(null);
  const [verifying, setVerifying] = useState<Action | null>(null);
  const [removing, setRemoving] = useState<Action | null>(null);
  const today = localToday();
  const ordered = useSettledOrder(actions, (a) => a.id, compareActions(today), idSet(actions));
  const focused = focusActionId !== undefined ? focusActionId : ownFocus;

  const add = (): void =>
    save(async () => {
      const action = await addAction(assessmentId, item, priorityForRisk(riskLevel));
      setOwnFocus(action.id);
      onAdded?.(action);
    });
  const remove = (action: Action): void => {
    if (action.description.trim() === '' && action.verification === null) save(() => removeAction(action));
    else setRemoving(action);
  };

  return (
    <div className="item-actions">
      {ordered.length > 0 ? (
        <ul className="action-list">
          {ordered.map((action) => (
            <ActionCard
              key={action.id}
              action={action}
              number={numbers?.get(action.id)}
              today={today}
              readOnly={readOnly}
              focusOnMount={action.id === focused}
              onVerify={() => setVerifying(action)}
              onRemove={() => remove(action)}
            />
          ))}
        </ul>
      ) : (
        readOnly && <p className="muted">{t('actions.noneHere')}</p>
      )}
      {!readOnly && (
        <button type="button" className="action-add" onClick={add}>
          {item ? t('actions.add') : t('actions.addWhole')}
        </button>
      )}
      <VerifyDialog assessmentId={assessmentId} action={verifying} participants={participants} onClose={() => setVerifying(null)} />
      <ConfirmDialog
        open={removing !== null}
        title={t('actions.removeTitle')}
        message={t('actions.removeMessage', { description: removing?.description.trim() ?? '' })}
        confirmLabel={t('actions.removeConfirm')}
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          const target = removing;
          setRemoving(null);
          if (target) save(() => removeAction(target));
        }}
      />
    </div>
  );
}
