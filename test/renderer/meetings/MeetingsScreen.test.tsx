import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { localToday } from '../../../shared/domain/today';
import { MeetingsScreen } from '../../../renderer/src/screens/meetings/MeetingsScreen';
import { assessment, AssessmentKey, fromToday, meeting, seed, storedAssessment, storedMeetings } from '../actions/seed';

const id = AssessmentKey;
const participants = [
  { id: 'p-1', name: 'Kim Minji', side: 'worker' as const, role: 'co-chair' },
  { id: 'p-2', name: 'Lee Joon', side: 'employer' as const, role: 'HR' },
  { id: 'p-3', name: 'Han Seo', side: 'inspector' as const, role: '' },
];
const meetingCard = (name: string | RegExp): HTMLElement => screen.getByRole('group', { name }).closest('li')!;

async function openScreen(): Promise<void> {
  render(<MeetingsScreen id={id} />);
  await screen.findByRole('heading', { name: 'Meetings and deadlines', level: 1 });
}

afterEach(cleanup);

describe('meetings', () => {
  it('adds a meeting dated today, keeps who attended, and warns in words when only one side came', async () => {
    await seed({ assessment: assessment({ participants }) });
    await openScreen();
    expect(screen.getByText('No meeting recorded yet.')).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Add a meeting' }));
    });
    const card = await waitFor(() => meetingCard(/^Meeting of /));
    expect((within(card).getByLabelText('Date of the meeting') as HTMLInputElement).value).toBe(localToday());
    expect(document.activeElement).toBe(within(card).getByLabelText('Date of the meeting'));
    // Participants grouped by side: worker, employer, others.
    expect(within(card).getAllByRole('group').map((g) => g.querySelector('legend')!.textContent)).toEqual(
      expect.arrayContaining(['Worker side', 'Employer side', 'Others']),
    );

    await act(async () => {
      fireEvent.click(within(card).getByRole('checkbox', { name: /Kim Minji/ }));
    });
    await within(card).findByText('Only one side was present (Worker side): this was not a joint meeting.');
    await waitFor(async () => expect((await storedMeetings())[0]!.attendeeIds).toEqual(['p-1']));

    await act(async () => {
      fireEvent.click(within(card).getByRole('checkbox', { name: /Lee Joon/ }));
      fireEvent.click(within(card).getByRole('checkbox', { name: /Han Seo/ }));
    });
    await waitFor(async () => expect([...(await storedMeetings())[0]!.attendeeIds].sort()).toEqual(['p-1', 'p-2', 'p-3']));
    await within(card).findByText('Both the worker side and the employer side were present.');
    expect(within(card).queryByText(/not a joint meeting/)).toBeNull();
  });

  it('adds and removes guests, who count for their side', async () => {
    await seed({ assessment: assessment({ participants }), meetings: [meeting('m-1', { attendeeIds: ['p-1'] })] });
    await openScreen();
    const card = meetingCard('Meeting of 2 Mar 2026');
    expect(within(card).getByText(/Only one side was present/)).toBeTruthy();
    fireEvent.click(within(card).getByRole('button', { name: 'Add guest' }));
    expect(within(card).getByRole('alert').textContent).toBe("Enter the guest's name, then press Add guest.");
    fireEvent.change(within(card).getByLabelText("Guest's name"), { target: { value: 'Park Site Manager' } });
    fireEvent.change(within(card).getByLabelText("Guest's side"), { target: { value: 'employer' } });
    await act(async () => {
      fireEvent.click(within(card).getByRole('button', { name: 'Add guest' }));
    });
    await waitFor(async () => expect((await storedMeetings())[0]!.guests).toEqual([{ name: 'Park Site Manager', side: 'employer' }]));
    await within(card).findByText('Both the worker side and the employer side were present.');
    await act(async () => {
      fireEvent.click(within(card).getByRole('button', { name: 'Remove guest Park Site Manager' }));
    });
    await waitFor(async () => expect((await storedMeetings())[0]!.guests).toEqual([]));
    await within(card).findByText(/Only one side was present/);
  });

  it('keeps the checklists covered and the notes, lists the newest first, and deletes only after confirmation', async () => {
    await seed({
      assessment: assessment({ participants }),
      meetings: [meeting('older', { date: '2026-01-15' }), meeting('newer', { date: '2026-04-01' }), meeting('undated', { date: '' })],
    });
    await openScreen();
    const legends = screen.getAllByRole('group', { name: /^Meeting/ }).map((g) => g.querySelector('legend')!.textContent);
    expect(legends).toEqual(['Meeting of 1 Apr 2026', 'Meeting of 15 Jan 2026', 'Meeting (no date yet)']);
    const card = meetingCard('Meeting of 1 Apr 2026');
    await act(async () => {
      fireEvent.click(within(card).getByRole('checkbox', { name: 'Introducing an AI system: information, consultation and participation' }));
      fireEvent.change(within(card).getByLabelText('Notes (decisions, disagreements, next steps)'), { target: { value: 'Agreed to ask for the vendor’s logs.' } });
    });
    await waitFor(async () => expect((await storedMeetings()).find((m) => m.id === 'newer')).toMatchObject({ packsCovered: ['ai-introduction'], notes: 'Agreed to ask for the vendor’s logs.' }));

    fireEvent.click(within(meetingCard('Meeting of 15 Jan 2026')).getByRole('button', { name: 'Delete this meeting' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete this meeting?' });
    expect(within(dialog).getByText(/The meeting of 15 Jan 2026/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(await storedMeetings()).toHaveLength(3);
    fireEvent.click(within(meetingCard('Meeting of 15 Jan 2026')).getByRole('button', { name: 'Delete this meeting' }));
    await act(async () => {
      fireEvent.click(within(screen.getByRole('dialog', { name: 'Delete this meeting?' })).getByRole('button', { name: 'Delete' }));
    });
    await waitFor(async () => expect((await storedMeetings()).map((m) => m.id).sort()).toEqual(['newer', 'undated']));
  });
});

describe('statutory clocks', () => {
  const system = { id: 's-1', name: 'PickRate 3', vendor: '', purpose: '', dataUsed: '', decisions: '', deployedWhere: '', goLiveDate: '2026-02-01', informedDate: '2026-02-15' };

  it('warns, with its legal basis, when a system went live before workers were informed, and the warning follows the dates', async () => {
    await seed({ assessment: assessment({ systems: [system] }) });
    await openScreen();
    const box = screen.getByRole('group', { name: 'PickRate 3' });
    await within(box).findByText(
      "PickRate 3 went live on 1 Feb 2026, 14 days before workers' representatives were informed (15 Feb 2026). If it is a high-risk AI system, they had to be informed before it was put into use.",
    );
    expect(screen.getByText(/Based on: EU Artificial Intelligence Act \(Regulation \(EU\) 2024\/1689\), Art\. 26\(7\)\./)).toBeTruthy();
    expect(screen.getByText(/Act on the Promotion of Workers' Participation and Cooperation \(Korea\), Art\. 20\(1\) No\. 9\./)).toBeTruthy();

    await act(async () => {
      fireEvent.change(within(box).getByLabelText("Workers' representatives informed on"), { target: { value: '2026-01-20' } });
    });
    await waitFor(async () => expect((await storedAssessment()).systems[0]!.informedDate).toBe('2026-01-20'));
    await within(box).findByText('Informed on 20 Jan 2026, before it went live on 1 Feb 2026.');

    await act(async () => {
      fireEvent.change(within(box).getByLabelText("Workers' representatives informed on"), { target: { value: '' } });
      fireEvent.change(within(box).getByLabelText('Go-live date'), { target: { value: fromToday(30) } });
    });
    await within(box).findByText(/is due to go live on .*, and workers' representatives have not been informed yet/);
  });

  it('counts down the employer’s answer and flags it overdue; the response period accepts 1 to 365 days only', async () => {
    await seed({ assessment: assessment({ recommendations: { sentDate: fromToday(-30), responseDays: 21, answeredDate: '' } }) });
    await openScreen();
    await screen.findByText(/^Overdue by 9 days: the answer was due on /);
    const days = screen.getByLabelText('Days the employer has to answer') as HTMLInputElement;
    expect(days.value).toBe('21');

    await act(async () => {
      fireEvent.change(days, { target: { value: '400' } });
    });
    expect(screen.getByRole('alert').textContent).toMatch(/whole number of days from 1 to 365/);
    expect((await storedAssessment()).recommendations.responseDays).toBe(21);

    await act(async () => {
      fireEvent.change(days, { target: { value: '40' } });
    });
    await waitFor(async () => expect((await storedAssessment()).recommendations.responseDays).toBe(40));
    await screen.findByText(/^Waiting for the answer: due on .*, 10 days left\.$/);

    await act(async () => {
      fireEvent.change(screen.getByLabelText("Employer's written answer received on"), { target: { value: fromToday(-1) } });
    });
    await screen.findByText(/^Answered on time on /);
  });

  it('shows the clocks of a read-only assessment without letting them be changed', async () => {
    const importedFrom = { fileName: 'visit.zip', packSha256: 'b'.repeat(64), importedAt: '2026-03-01T10:00:00.000Z', signer: null, intact: true };
    await seed({ assessment: assessment({ systems: [system], participants, importedFrom }), meetings: [meeting('m-1', { attendeeIds: ['p-2'] })] });
    await openScreen();
    expect(screen.getByText(/14 days before workers' representatives were informed/)).toBeTruthy();
    expect(screen.getByText(/Only one side was present \(Employer side\)/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Add a meeting' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Delete this meeting' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Add guest' })).toBeNull();
    const inFieldset = (el: Element): boolean => el.closest('fieldset[disabled]') !== null;
    for (const box of screen.getAllByRole('checkbox')) expect(inFieldset(box)).toBe(true);
    expect(inFieldset(screen.getByLabelText('Days the employer has to answer'))).toBe(true);
  });
});
