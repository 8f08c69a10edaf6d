// Runs in the renderer. "Who is using this computer?": the name and side recorded with evidence, positions and verifications.
import { type ReactElement, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Sides } from '../../../shared/domain/assessment';
import type { Actor } from '../../../shared/domain/record';
import { saveActor } from '../data/settings';
import { useActor } from '../hooks/useActor';
import { useUi } from '../state/uiStore';
import { Modal } from './Modal';

export function ActorDialog(): ReactElement {
  const { t } = useTranslation();
  const request = useUi((s) => s.actorRequest);
  const close = useUi((s) => s.closeActorDialog);
  const current = useActor();
  return (
    <Modal open={request !== null} title={t('actor.title')} onCancel={close}>
      {/* A fresh form per request, starting from who was last recorded. */}
      {request && current !== undefined && <ActorForm key={request.id} initial={current} then={request.then} onClose={close} />}
    </Modal>
  );
}

function ActorForm({ initial, then, onClose }: { initial: Actor | null; then: ((actor: Actor) => void) | null; onClose: () => void }): ReactElement {
  const { t } = useTranslation();
  const [name, setName] = useState(initial?.name ?? '');
  const [side, setSide] = useState<Actor['side']>(initial?.side ?? 'worker');
  const [error, setError] = useState<string | null>(null);
  const nameId = useId();
  const sideId = useId();

  const confirm = async (): Promise<void> => {
    if (name.trim() === '') return setError(t('actor.nameRequired'));
    const actor: Actor = { name: name.trim(), side };
    try {
      await saveActor(actor);
    } catch (e) {
      return setError(t('save.errorOther', { detail: e instanceof Error ? e.message : String(e) }));
    }
    onClose();
    then?.(actor);
  };

  return (
    <>
      <p>{t('actor.why')}</p>
      <div className="field">
        <label htmlFor={nameId}>{t('actor.name')}</label>
        <input id={nameId} value={name} maxLength={200} onChange={(e) => setName(e.target.value)} aria-invalid={error !== null} autoFocus />
      </div>
      <div className="field">
        <label htmlFor={sideId}>{t('actor.side')}</label>
        <select id={sideId} value={side} onChange={(e) => setSide(e.target.value as Actor['side'])}>
          {Sides.map((s) => (
            <option key={s} value={s}>
              {t(`side.${s}`)}
            </option>
          ))}
        </select>
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
          {t('actor.confirm')}
        </button>
      </div>
    </>
  );
}

/** The header's "You: name (side)" button; it opens the dialog to change who is at the keyboard. */
export function ActorChip(): ReactElement {
  const { t } = useTranslation();
  const actor = useActor();
  const askActor = useUi((s) => s.askActor);
  return (
    <button type="button" className="actor-chip" onClick={() => askActor(null)}>
      {actor ? t('actor.chip', { name: actor.name, side: t(`side.${actor.side}`) }) : t('actor.unknown')}
    </button>
  );
}
