// Runs in the renderer. The committee's meetings on an assessment, newest first, and the statutory deadlines around it.
import { type ReactElement, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentId } from '../../../../shared/domain/assessment';
import type { Meeting } from '../../../../shared/domain/record';
import { localToday } from '../../../../shared/domain/today';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { addMeeting, removeMeeting } from '../../data/meetings';
import { type AssessmentView, useAssessment, useLang } from '../../hooks/useAssessment';
import { useSave } from '../../hooks/useSave';
import { formatDate } from '../../i18n';
import { idSet, useSettledOrder } from '../actions/useSettledOrder';
import { AssessmentTabs } from '../AssessmentTabs';
import { isReadOnly } from '../evidence/EvidenceScreen';
import { NotFound } from '../NotFound';
import { MeetingCard } from './MeetingCard';
import { StatutoryClocks } from './StatutoryClocks';
import './meetings.css';

/** Newest first; meetings without a date last; the same day in the order they were added, newest first. */
const newestFirst = (a: Meeting, b: Meeting): number =>
  (a.date === b.date ? 0 : a.date === '' ? 1 : b.date === '' ? -1 : a.date < b.date ? 1 : -1) || b.createdAt.localeCompare(a.createdAt);

export function MeetingsScreen({ id }: { id: AssessmentId }): ReactElement {
  const { t } = useTranslation();
  const view = useAssessment(id);
  if (view === undefined) return <p className="loading">{t('common.loading')}</p>;
  if (view === null) return <NotFound />;
  return <MeetingsAndDeadlines view={view} />;
}

function MeetingsAndDeadlines({ view }: { view: AssessmentView }): ReactElement {
  const { t } = useTranslation();
  const lang = useLang();
  const save = useSave();
  const [focusId, setFocusId] = useState<string | null>(null);
  const [removing, setRemoving] = useState<Meeting | null>(null);
  const { assessment, meetings, packs } = view;
  const readOnly = isReadOnly(assessment);
  const today = localToday();
  const ordered = useSettledOrder(meetings, (m) => m.id, newestFirst, idSet(meetings));

  return (
    <section className="screen meetings-screen" aria-labelledby="meetings-title">
      <AssessmentTabs assessment={assessment} current="meetings" />
      <h1 id="meetings-title">{t('meetings.title')}</h1>
      <p className="muted">{readOnly ? t('meetings.introReadOnly') : t('meetings.intro')}</p>

      <h2>{t('clocks.title')}</h2>
      <StatutoryClocks assessment={assessment} today={today} readOnly={readOnly} />

      <div className="screen-head">
        <h2>{t('meetings.meetings')}</h2>
        {!readOnly && (
          <button type="button" className="primary" onClick={() => save(async () => setFocusId((await addMeeting(assessment.id, today)).id))}>
            {t('meetings.add')}
          </button>
        )}
      </div>
      {ordered.length === 0 ? (
        <p className="muted">{t('meetings.none')}</p>
      ) : (
        <ol className="meeting-list">
          {ordered.map((meeting) => (
            <MeetingCard
              key={meeting.id}
              meeting={meeting}
              participants={assessment.participants}
              packs={packs}
              readOnly={readOnly}
              focusOnMount={meeting.id === focusId}
              onRemove={() => setRemoving(meeting)}
            />
          ))}
        </ol>
      )}

      <ConfirmDialog
        open={removing !== null}
        title={t('meetings.removeTitle')}
        message={t('meetings.removeMessage', { date: removing?.date ? formatDate(removing.date, lang) : t('meetings.noDate') })}
        confirmLabel={t('meetings.removeConfirm')}
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          const target = removing;
          setRemoving(null);
          if (target) save(() => removeMeeting(target));
        }}
      />
    </section>
  );
}
