// Runs in the renderer. One committee meeting: date, who of each side came, guests, checklists covered, notes.
import { type ReactElement, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Participant, type Side, Sides } from '../../../../shared/domain/assessment';
import { type Actor, type JointSide, type Meeting, meetingSides } from '../../../../shared/domain/record';
import type { Pack } from '../../../../shared/packs/schema';
import { TextField } from '../../components/Field';
import { type MeetingPatch, updateMeeting } from '../../data/meetings';
import { useLang } from '../../hooks/useAssessment';
import { useDraft } from '../../hooks/useDraft';
import { useSave } from '../../hooks/useSave';
import { formatDate } from '../../i18n';

type Props = {
  meeting: Meeting;
  participants: readonly Participant[];
  packs: readonly Pack[];
  readOnly: boolean;
  /** Put the cursor in the date: the meeting was just added. */
  focusOnMount: boolean;
  onRemove: () => void;
};

/** Ticks and unticks one value in a list; applied to the stored row too, so quick ticks of several boxes all land. */
const toggle = (list: readonly string[], value: string, on: boolean): string[] => (on ? [...new Set([...list, value])] : list.filter((v) => v !== value));
const sameList = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((v, i) => v === b[i]);

export function MeetingCard({ meeting, participants, packs, readOnly, focusOnMount, onRemove }: Props): ReactElement {
  const { t } = useTranslation();
  const lang = useLang();
  const save = useSave();
  const root = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (focusOnMount) root.current?.querySelector('input')?.focus();
  }, [focusOnMount]);
  const update = (change: (current: Meeting) => MeetingPatch): void => save(() => updateMeeting(meeting, change));
  // A tick shows at once, before the database answers: a box that flickers back looks like it did not take.
  const [attendeeIds, setAttendeeIds] = useDraft(meeting.attendeeIds, sameList);
  const [packsCovered, setPacksCovered] = useDraft(meeting.packsCovered, sameList);
  const groups: readonly { key: string; label: string; sides: readonly Side[] }[] = [
    { key: 'worker', label: t('side.worker'), sides: ['worker'] },
    { key: 'employer', label: t('side.employer'), sides: ['employer'] },
    { key: 'others', label: t('meetings.others'), sides: ['inspector', 'observer'] },
  ];

  return (
    <li ref={root} className="card meeting-card" id={`meeting-${meeting.id}`}>
      <fieldset className="plain" disabled={readOnly}>
        <legend className="meeting-head">{meeting.date ? t('meetings.meetingOn', { date: formatDate(meeting.date, lang) }) : t('meetings.meetingNoDate')}</legend>
        <div className="meeting-date">
          <TextField label={t('meetings.date')} type="date" value={meeting.date} onSave={(date) => update(() => ({ date }))} />
        </div>
        <JointWarning meeting={{ ...meeting, attendeeIds }} participants={participants} />

        <fieldset className="meeting-box">
          <legend>{t('meetings.attendees')}</legend>
          {participants.length === 0 && <p className="hint">{t('meetings.noParticipants')}</p>}
          <div className="attendee-groups">
            {groups.map((group) => {
              const people = participants.map((p, n) => ({ p, n })).filter(({ p }) => group.sides.includes(p.side));
              if (people.length === 0) return null;
              return (
                <fieldset className="attendee-group" key={group.key}>
                  <legend>{group.label}</legend>
                  {people.map(({ p, n }) => (
                    <label className="check" key={p.id}>
                      <input
                        type="checkbox"
                        checked={attendeeIds.includes(p.id)}
                        onChange={(e) => {
                          const on = e.target.checked;
                          setAttendeeIds(toggle(attendeeIds, p.id, on));
                          update((current) => ({ attendeeIds: toggle(current.attendeeIds, p.id, on) }));
                        }}
                      />
                      <span>
                        {p.name.trim() || t('meetings.participantN', { n: n + 1 })}
                        {group.key === 'others' && <span className="muted"> ({t(`side.${p.side}`)})</span>}
                        {p.role.trim() && <span className="muted small"> · {p.role}</span>}
                      </span>
                    </label>
                  ))}
                </fieldset>
              );
            })}
          </div>
          <Guests guests={meeting.guests} readOnly={readOnly} onChange={(change) => update((current) => ({ guests: change(current.guests) }))} />
        </fieldset>

        {packs.length > 0 && (
          <fieldset className="meeting-box">
            <legend>{t('meetings.packsCovered')}</legend>
            {packs.map((pack) => (
              <label className="check" key={pack.id}>
                <input
                  type="checkbox"
                  checked={packsCovered.includes(pack.id)}
                  onChange={(e) => {
                    const on = e.target.checked;
                    setPacksCovered(toggle(packsCovered, pack.id, on));
                    update((current) => ({ packsCovered: toggle(current.packsCovered, pack.id, on) }));
                  }}
                />
                <span>{pack.title[lang]}</span>
              </label>
            ))}
          </fieldset>
        )}

        <TextField label={t('meetings.notes')} multiline maxLength={20000} value={meeting.notes} onSave={(notes) => update(() => ({ notes }))} />
      </fieldset>
      {!readOnly && (
        <div className="row-actions">
          <button type="button" className="danger subtle" onClick={onRemove}>
            {t('meetings.remove')}
          </button>
        </div>
      )}
    </li>
  );
}

/** A meeting of the committee is joint only with both sides there: say so in words, not by colour alone. */
function JointWarning({ meeting, participants }: { meeting: Meeting; participants: readonly Participant[] }): ReactElement {
  const { t } = useTranslation();
  const sides = meetingSides(meeting, participants);
  const anyone = meeting.guests.length > 0 || participants.some((p) => meeting.attendeeIds.includes(p.id));
  if (sides.worker && sides.employer)
    return (
      <p className="meeting-joint">
        <span aria-hidden="true">✓ </span>
        {t('meetings.bothSides')}
      </p>
    );
  if (!anyone) return <p className="hint">{t('meetings.noAttendees')}</p>;
  const only: JointSide | null = sides.worker ? 'worker' : sides.employer ? 'employer' : null;
  return (
    <p className="notice warning meeting-one-side">
      <span aria-hidden="true">⚠ </span>
      {only ? t('meetings.oneSide', { side: t(`side.${only}`) }) : t('meetings.noJointSide')}
    </p>
  );
}

/** People who came but are not the assessment's participants: each needs a name, so they are added whole. */
function Guests({ guests, readOnly, onChange }: { guests: readonly Actor[]; readOnly: boolean; onChange: (change: (current: readonly Actor[]) => Actor[]) => void }): ReactElement {
  const { t } = useTranslation();
  const ids = { name: useId(), side: useId(), error: useId() };
  const [name, setName] = useState('');
  const [side, setSide] = useState<Side>('worker');
  const [error, setError] = useState(false);
  const add = (): void => {
    const guest: Actor = { name: name.trim(), side };
    if (guest.name === '') return setError(true);
    onChange((current) => [...current, guest]);
    setName('');
    setError(false);
  };
  return (
    <div className="guests">
      <h4>{t('meetings.guests')}</h4>
      {guests.length > 0 && (
        <ul className="guest-list">
          {guests.map((g, i) => (
            <li key={`${i}/${g.name}`}>
              {g.name} <span className="muted">({t(`side.${g.side}`)})</span>
              {!readOnly && (
                <button
                  type="button"
                  className="link"
                  aria-label={t('meetings.removeGuestNamed', { name: g.name })}
                  // By position and name together: a quick second click never removes the wrong guest.
                  onClick={() => onChange((current) => current.filter((c, j) => !(j === i && c.name === g.name)))}
                >
                  {t('meetings.removeGuest')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!readOnly && (
        <div className="guest-add">
          <div className="field">
            <label htmlFor={ids.name}>{t('meetings.guestName')}</label>
            <input
              id={ids.name}
              value={name}
              maxLength={200}
              aria-invalid={error}
              aria-describedby={error ? ids.error : undefined}
              onChange={(e) => setName(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  add();
                }
              }}
            />
          </div>
          <div className="field">
            <label htmlFor={ids.side}>{t('meetings.guestSide')}</label>
            <select id={ids.side} value={side} onChange={(e) => setSide(e.target.value as Side)}>
              {Sides.map((s) => (
                <option key={s} value={s}>
                  {t(`side.${s}`)}
                </option>
              ))}
            </select>
          </div>
          <button type="button" onClick={add}>
            {t('meetings.addGuest')}
          </button>
          {error && (
            <p className="field-error" id={ids.error} role="alert">
              {t('meetings.guestNameRequired')}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
