// Runs in the renderer. The committee's meetings: when, who of each side, which checklists they covered.
import type { AssessmentId } from '../../../shared/domain/assessment';
import type { Meeting } from '../../../shared/domain/record';
import { database } from './database';
import { changeRecord } from './writable';

export type MeetingPatch = Partial<Pick<Meeting, 'date' | 'attendeeIds' | 'guests' | 'packsCovered' | 'notes'>>;

export async function addMeeting(assessmentId: AssessmentId, date: string): Promise<Meeting> {
  const db = database();
  return changeRecord(assessmentId, [db.meetings], async (stamp) => {
    const meeting: Meeting = { id: crypto.randomUUID(), assessmentId, date, attendeeIds: [], guests: [], packsCovered: [], notes: '', createdAt: stamp };
    await db.meetings.add(meeting);
    return meeting;
  });
}

/** Applied to the stored row inside the transaction, so quick ticks of several attendees all land. */
export function updateMeeting(meeting: Pick<Meeting, 'id' | 'assessmentId'>, change: MeetingPatch | ((current: Meeting) => MeetingPatch)): Promise<void> {
  const db = database();
  return changeRecord(meeting.assessmentId, [db.meetings], async () => {
    const current = await db.meetings.get(meeting.id);
    if (!current) throw new Error('This meeting no longer exists.');
    await db.meetings.put({ ...current, ...(typeof change === 'function' ? change(current) : change) });
  });
}

export async function removeMeeting(meeting: Pick<Meeting, 'id' | 'assessmentId'>): Promise<void> {
  const db = database();
  await changeRecord(meeting.assessmentId, [db.meetings], () => db.meetings.delete(meeting.id));
}
