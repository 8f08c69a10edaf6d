// Runs in the renderer. Recording that a member of the other side checked a done action: who, when, what they saw.
import { type ReactElement, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentId, Participant } from '../../../../shared/domain/assessment';
import { type Action, type Actor, otherSide } from '../../../../shared/domain/record';
import { localToday } from '../../../../shared/domain/today';
import { isCalendarDate } from '../../../../shared/record/calendar';
import { Modal } from '../../components/Modal';
import { VerificationError, verifyAction } from '../../data/actions';
import { useActor } from '../../hooks/useActor';
import { useUi } from '../../state/uiStore';

/**
 * Who may verify: the listed participants of the side other than the owner's, and the member at the keyboard
 * when they are on that side and not listed under the same name.
 */
export function verifierChoices(ownerSide: Action['ownerSide'], participants: readonly Participant[], actor: Actor | null | undefined): Actor[] {
  const side = otherSide(ownerSide);
  const listed = participants.filter((p) => p.side === side && p.name.trim() !== '').map((p): Actor => ({ name: p.name.trim(), side }));
  const atKeyboard = actor?.side === side && !listed.some((p) => p.name === actor.name) ? [actor] : [];
  return [...atKeyboard, ...listed];
}

type Props = { assessmentId: AssessmentId; action: Action | null; participants: readonly Participant[]; onClose: () => void };

export function VerifyDialog({ assessmentId, action, participants, onClose }: Props): ReactElement {
  const { t } = useTranslation();
  return (
    <Modal open={action !== null} title={t('actions.verifyTitle')} onCancel={onClose}>
      {/* Keyed by action: each opening starts from a fresh form. */}
      {action && <VerifyForm key={action.id} assessmentId={assessmentId} action={action} participants={participants} onClose={onClose} />}
    </Modal>
  );
}

function VerifyForm({ assessmentId, action, participants, onClose }: Props & { action: Action }): ReactElement {
  const { t } = useTranslation();
  const navigate = useUi((s) => s.navigate);
  const actor = useActor();
  const choices = verifierChoices(action.ownerSide, participants, actor);
  const [chosen, setChosen] = useState(0);
  const [date, setDate] = useState(localToday);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const ids = { verifier: useId(), date: useId(), note: useId() };
  const side = t(`side.${otherSide(action.ownerSide)}`);

  if (actor === undefined) return <p className="muted">{t('common.loading')}</p>;
  if (choices.length === 0) {
    return (
      <>
        <p className="notice warning" role="alert">
          {t('actions.noVerifier', { side, owner: t(`side.${action.ownerSide}`) })}
        </p>
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('actions.close')}
          </button>
          <button
            type="button"
            className="primary"
            onClick={() => {
              onClose();
              navigate({ screen: 'details', id: assessmentId });
            }}
          >
            {t('actions.toDetails')}
          </button>
        </div>
      </>
    );
  }

  const confirm = async (): Promise<void> => {
    if (!isCalendarDate(date)) return setError(t('actions.verifyDateMissing'));
    try {
      await verifyAction(action, choices[chosen]!, date, note.trim());
      onClose();
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      setError(e instanceof VerificationError ? t('actions.verifyRefused', { detail }) : t('save.errorOther', { detail }));
    }
  };

  return (
    <>
      <p>{t('actions.verifyWhy', { side, description: action.description.trim() || t('actions.noDescription') })}</p>
      <div className="field">
        <label htmlFor={ids.verifier}>{t('actions.verifier', { side })}</label>
        <select id={ids.verifier} value={chosen} onChange={(e) => setChosen(Number(e.target.value))} autoFocus>
          {choices.map((c, i) => (
            <option key={`${c.name}/${i}`} value={i}>
              {c === actor ? t('actions.verifierYou', { name: c.name }) : c.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.date}>{t('actions.verifyDate')}</label>
        <input id={ids.date} type="date" value={date} max={localToday()} onChange={(e) => setDate(e.target.value)} aria-invalid={error !== null && !isCalendarDate(date)} />
      </div>
      <div className="field">
        <label htmlFor={ids.note}>{t('actions.verifyNote')}</label>
        <textarea id={ids.note} value={note} maxLength={2000} rows={3} onChange={(e) => setNote(e.target.value)} />
      </div>
      {error && (
        <p className="notice error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button type="button" className="primary" onClick={() => void confirm()}>
          {t('actions.verifyConfirm')}
        </button>
      </div>
    </>
  );
}
