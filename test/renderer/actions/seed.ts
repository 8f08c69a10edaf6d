// Test-time only (happy-dom). A fresh database per test with one assessment on a real checklist, for the action plan and meetings screens.
import { configure } from '@testing-library/react';
import i18next from 'i18next';
import type { Answer, Assessment, AssessmentId } from '../../../shared/domain/assessment';
import type { Action, Meeting } from '../../../shared/domain/record';
import { localToday } from '../../../shared/domain/today';
import { addDays } from '../../../shared/record/calendar';
import { database, setDatabase } from '../../../renderer/src/data/database';
import { createDb } from '../../../renderer/src/db/db';
import { startI18n } from '../../../renderer/src/i18n';
import { action as baseAction, answer as baseAnswer, assessment as baseAssessment, matrix } from '../../shared/followup/bundles';

export const AssessmentKey = 'a-1' as AssessmentId;
export const Pack = { packId: 'ai-introduction', version: 1 } as const;
export { matrix };

/** `n` days from today (negative for the past), as the screens compute "today". */
export const fromToday = (n: number): string => addDays(localToday(), n)!;

export function assessment(patch: Partial<Assessment> = {}): Assessment {
  return baseAssessment(AssessmentKey, { packs: [Pack], recommendations: { sentDate: '', responseDays: 21, answeredDate: '' }, ...patch });
}

export function answer(itemId: string, value: Answer['value'], risk: Answer['risk'] = null): Answer {
  return baseAnswer(AssessmentKey, itemId, value, risk, { packId: Pack.packId });
}

export function action(id: string, status: Action['status'], patch: Partial<Action> = {}): Action {
  return baseAction(AssessmentKey, id, status, { item: { packId: Pack.packId, itemId: 'intro-01' }, ...patch });
}

export function meeting(id: string, patch: Partial<Meeting> = {}): Meeting {
  return { id, assessmentId: AssessmentKey, date: '2026-03-02', attendeeIds: [], guests: [], packsCovered: [], notes: '', createdAt: '2026-03-02T09:00:00.000Z', ...patch };
}

// Other test projects share the machine's two cores: give a database round trip more than the default second.
configure({ asyncUtilTimeout: 5000 });

let n = 0;

/** A new, empty database holding only what is given; English UI strings. */
export async function seed(content: { assessment: Assessment; answers?: Answer[]; actions?: Action[]; meetings?: Meeting[] }): Promise<void> {
  if (!i18next.isInitialized) await startI18n('en');
  const db = createDb(`screen-test-${++n}`);
  await db.open();
  setDatabase(db);
  await db.assessments.add(content.assessment);
  await db.answers.bulkAdd(content.answers ?? []);
  await db.actions.bulkAdd(content.actions ?? []);
  await db.meetings.bulkAdd(content.meetings ?? []);
}

export const storedActions = (): Promise<Action[]> => database().actions.toArray();
export const storedMeetings = (): Promise<Meeting[]> => database().meetings.toArray();
export const storedAssessment = async (): Promise<Assessment> => (await database().assessments.get(AssessmentKey))!;
