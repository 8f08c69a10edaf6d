// The History screen: changes newest first with who, what, field, before and after; "chain intact", or where it
// breaks when the stored history was changed behind the app's back.
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { saveAnswer } from '../../../renderer/src/data/answers';
import { updateWorkplace } from '../../../renderer/src/data/assessments';
import { database } from '../../../renderer/src/data/database';
import { saveActor } from '../../../renderer/src/data/settings';
import { HistoryScreen } from '../../../renderer/src/screens/history/HistoryScreen';
import { hashToRoute, routeToHash } from '../../../renderer/src/state/route';
import { assessment, AssessmentKey, Pack, seed } from '../actions/seed';

const id = AssessmentKey;
const item = { assessmentId: id, packId: Pack.packId, itemId: 'intro-01' };

async function openScreen(): Promise<void> {
  render(<HistoryScreen id={id} />);
  await screen.findByRole('heading', { name: 'Change history', level: 1 });
}
/** The table's rows as cell texts, newest first. */
const rows = (): string[][] => within(screen.getByRole('table')).getAllByRole('row').slice(1).map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent ?? ''));

afterEach(cleanup);

describe('the History screen', () => {
  it('lists changes newest first with who, what, field, before and after, and says the chain is intact', async () => {
    await seed({ assessment: assessment() });
    await updateWorkplace(id, 'name', 'Hanbit Logistics, Incheon hub');
    await saveActor({ name: '김민지', side: 'worker' });
    await saveAnswer(item, { value: 'no' });
    await saveAnswer(item, { note: 'Not written down anywhere' });
    await openScreen();
    const status = screen.getByTestId('chain-status');
    expect(status.textContent).toContain('Chain intact: no entry was removed or edited. Entries: 3.');
    const head = (await database().auditLog.toArray()).at(-1)!.entry.hash;
    expect(status.textContent).toContain(head);
    const table = rows();
    expect(table.map((cells) => [cells[0], cells[2], cells[4], cells[5], cells[6]])).toEqual([
      ['3', '김민지 (Worker side)', 'note', '(empty)', 'Not written down anywhere'],
      ['2', '김민지 (Worker side)', 'value', '—', 'no'],
      ['1', 'unknown member', 'workplace › name', 'Hanbit Logistics', 'Hanbit Logistics, Incheon hub'],
    ]);
    expect(table[0]![3]).toMatch(/^Answer: Has the employer determined in writing/);
    expect(table[2]![3]).toBe('Assessment details');
  });

  it('shows where the chain breaks when an entry was removed or edited outside the app', async () => {
    await seed({ assessment: assessment() });
    await saveActor({ name: 'Park', side: 'employer' });
    for (const value of ['yes', 'no', 'partly', 'unknown']) await saveAnswer(item, { value });
    await openScreen();
    await act(async () => {
      await database().auditLog.delete([id, 2]);
    });
    await waitFor(() => expect(screen.getByTestId('chain-status').textContent).toContain('Chain broken at entry 2: the history was changed outside JointCheck.'));
    expect(screen.getByTestId('chain-status').textContent).toContain('Entry 2 was removed.');
    expect(rows().map((cells) => cells[0])).toEqual(['4', '3', 'Entry 2 was removed.', '1']);

    await act(async () => {
      const row = (await database().auditLog.get([id, 4]))!;
      await database().auditLog.put({ ...row, entry: { ...row.entry, new: 'yes' } });
    });
    await waitFor(() => expect(screen.getByTestId('chain-status').textContent).toContain('Entry 4 was changed after it was recorded.'));
    expect(rows()[0]![0]).toBe('4broken');
  });

  it('says so when nothing was recorded yet', async () => {
    await seed({ assessment: assessment() });
    await openScreen();
    expect(screen.getByText(/No changes recorded yet/)).toBeTruthy();
    expect(screen.getByTestId('chain-status').textContent).toContain('Entries: 0.');
  });

  it('has its own address, so a reload returns to it', () => {
    expect(routeToHash({ screen: 'history', id })).toBe(`#/assessments/${id}/history`);
    expect(hashToRoute(`#/assessments/${id}/history`)).toEqual({ screen: 'history', id });
  });
});
