import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { HseIndicatorTool } from '../../../shared/instruments/survey/hseIndicator';
import { JointCheckQuestionnaire } from '../../../shared/instruments/survey/jointcheckQuestionnaire';
import { App } from '../../../renderer/src/app/App';
import type { StoredSurvey } from '../../../renderer/src/db/db';
import { useKioskLock } from '../../../renderer/src/screens/instruments/kioskLock';
import { useUi } from '../../../renderer/src/state/uiStore';
import { AssessmentKey, db, seed } from './seed';

afterEach(() => {
  cleanup();
  useKioskLock.setState({ lock: null, lastSurveyId: null });
  sessionStorage.clear();
});

function survey(patch: Partial<StoredSurvey> = {}): StoredSurvey {
  return {
    id: 'survey-k',
    assessmentId: AssessmentKey,
    name: 'Kiosk test',
    questionnaireId: JointCheckQuestionnaire.id,
    questionnaireVersion: 1,
    invited: null,
    groups: ['Day', 'Night'],
    minGroupSize: 10,
    lastImport: null,
    createdAt: '2026-03-01T09:00:00.000Z',
    ...patch,
  };
}

async function openKiosk(s: StoredSurvey): Promise<void> {
  await db().surveys.add(s);
  act(() => useUi.getState().navigate({ screen: 'kiosk', id: AssessmentKey, surveyId: s.id }));
  render(<App backupLocation={null} />);
}

const statement = (n: number): HTMLElement => screen.getAllByRole('group').find((g) => g.querySelector('legend')?.textContent?.startsWith(`${n}.`))!;
const checked = (): number => document.querySelectorAll('input[type=radio]:checked').length;

describe('the survey kiosk', () => {
  it('stands alone, stores one anonymous response at a time, and always comes back to an empty form', async () => {
    await seed();
    await openKiosk(survey());
    await screen.findByRole('heading', { name: JointCheckQuestionnaire.name.en, level: 1 });
    // No header, navigation or tabs a respondent could wander off through.
    expect(screen.queryByRole('banner')).toBeNull();
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(screen.queryByRole('link')).toBeNull();

    const historyLength = history.length;
    fireEvent.click(within(statement(1)).getByRole('radio', { name: '4 Agree' }));
    fireEvent.click(within(statement(27)).getByRole('radio', { name: '1 Strongly disagree' }));
    fireEvent.change(screen.getByLabelText('Your group (optional)'), { target: { value: 'Night' } });
    expect(screen.getByText('2 of 27 answered')).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Send my answers' }));
    });
    await screen.findByRole('heading', { name: 'Thank you!' });
    expect(checked()).toBe(0);

    const stored = await db().surveyResponses.toArray();
    expect(stored).toHaveLength(1);
    // Answers and the group only: no name, no time, a random id.
    expect(Object.keys(stored[0]!).sort()).toEqual(['answers', 'assessmentId', 'group', 'id', 'source', 'surveyId']);
    expect(stored[0]).toMatchObject({ answers: { 'pace-1': 4, 'support-4': 1 }, group: 'Night', source: 'kiosk' });
    expect(stored[0]!.id).toMatch(/^[0-9a-f-]{36}$/);
    // The assessment's "last changed" time does not record when the respondent answered.
    expect((await db().assessments.get(AssessmentKey))!.updatedAt).toBe('2026-01-10T09:00:00.000Z');

    fireEvent.click(screen.getByRole('button', { name: 'Start a new response' }));
    await screen.findByRole('heading', { name: JointCheckQuestionnaire.name.en, level: 1 });
    // A fresh form: nothing of the previous respondent's answers, and no history entry to go back to.
    expect(checked()).toBe(0);
    expect((screen.getByLabelText('Your group (optional)') as HTMLSelectElement).value).toBe('');
    expect(screen.getByText('0 of 27 answered')).toBeTruthy();
    expect(history.length).toBe(historyLength);

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Send my answers' }));
    });
    expect(screen.getByRole('alert').textContent).toBe('Answer at least one statement before sending.');
    expect(await db().surveyResponses.count()).toBe(1);
  });

  it('keeps the kiosk whatever the address says until a committee member types the number shown', async () => {
    await seed();
    await openKiosk(survey());
    await screen.findByRole('heading', { name: JointCheckQuestionnaire.name.en, level: 1 });
    // Back, or a typed address: the kiosk stays and the address is put back.
    act(() => useUi.getState().navigate({ screen: 'list' }));
    await waitFor(() => expect(location.hash).toBe(`#/assessments/${AssessmentKey}/kiosk/survey-k`));
    expect(screen.getByRole('heading', { name: JointCheckQuestionnaire.name.en, level: 1 })).toBeTruthy();
    expect(screen.queryByRole('banner')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Committee member: leave the kiosk' }));
    const prompt = screen.getByText(/^To leave the kiosk, type \d{4}:$/);
    const code = /(\d{4})/.exec(prompt.textContent!)![1]!;
    fireEvent.change(screen.getByLabelText(prompt.textContent!), { target: { value: '0000' === code ? '1111' : '0000' } });
    fireEvent.click(screen.getByRole('button', { name: 'Leave the kiosk' }));
    expect(screen.getByRole('alert').textContent).toBe('That is not the number shown. Type it exactly, or cancel.');
    expect(screen.queryByRole('banner')).toBeNull();

    fireEvent.change(screen.getByLabelText(prompt.textContent!), { target: { value: code } });
    fireEvent.click(screen.getByRole('button', { name: 'Leave the kiosk' }));
    await screen.findByRole('banner');
    expect(useUi.getState().route).toEqual({ screen: 'instruments', id: AssessmentKey, tool: 'survey' });
    await screen.findByRole('heading', { name: /Kiosk test/, level: 2 });
  });

  it('shows HSE items by number only, with the answers 1 to 5, for use with the paper questionnaire', async () => {
    await seed();
    await openKiosk(survey({ id: 'survey-hse', questionnaireId: HseIndicatorTool.id, groups: [] }));
    await screen.findByRole('heading', { name: HseIndicatorTool.name.en, level: 1 });
    const legends = [...document.querySelectorAll('.kiosk-item legend')].map((l) => l.textContent);
    expect(legends).toHaveLength(35);
    expect(legends[0]).toBe('1. Item 1');
    expect(legends[34]).toBe('35. Item 35');
    expect(within(statement(3)).getAllByRole('radio').map((r) => r.closest('label')!.textContent)).toEqual(['1', '2', '3', '4', '5']);
    expect(screen.queryByLabelText('Your group (optional)')).toBeNull();
    fireEvent.click(within(statement(3)).getByRole('radio', { name: '2' }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Send my answers' }));
    });
    await screen.findByRole('heading', { name: 'Thank you!' });
    expect((await db().surveyResponses.toArray())[0]).toMatchObject({ answers: { q3: 2 }, group: null });
  });
});
