import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { localToday } from '../../../shared/domain/today';
import { findPack } from '../../../shared/packs/registry';
import { packItems } from '../../../shared/packs/schema';
import { saveActor } from '../../../renderer/src/data/settings';
import { ActionsScreen } from '../../../renderer/src/screens/actions/ActionsScreen';
import { useUi } from '../../../renderer/src/state/uiStore';
import { action, answer, assessment, AssessmentKey, fromToday, matrix, Pack, seed, storedActions } from './seed';

const id = AssessmentKey;
const question = (itemId: string): string => packItems(findPack(Pack)!).find((i) => i.id === itemId)!.question.en;
const cards = (): HTMLElement[] => screen.queryAllByRole('group', { name: /^Action( A\d+)?/ });
const card = (number: string): HTMLElement => screen.getByRole('group', { name: new RegExp(`^Action ${number}\\b`) }).closest('li')!;
/** happy-dom does not apply a disabled fieldset to its fields; browsers do (checked in Chromium by the e2e test). */
const isDisabled = (el: Element): boolean => el.hasAttribute('disabled') || el.closest('fieldset[disabled]') !== null;
const field = (within_: HTMLElement, label: string): HTMLInputElement => within(within_).getByLabelText(label) as HTMLInputElement;

async function openScreen(): Promise<void> {
  render(<ActionsScreen id={id} />);
  await screen.findByRole('heading', { name: 'Action plan', level: 1 });
}

afterEach(cleanup);

describe('adding actions', () => {
  it('adds an action for a high-risk gap with a high priority, and puts the cursor in its description', async () => {
    await seed({ assessment: assessment(), answers: [answer('intro-01', 'no', matrix(4, 4)), answer('intro-02', 'yes')] });
    await openScreen();
    const needing = screen.getByRole('heading', { name: 'Gaps and high risks without an action' });
    expect(needing).toBeTruthy();
    // Only the gap is suggested: the item answered "yes" and not rated is not.
    expect(screen.queryByRole('button', { name: `Add action for item 1.2 ${question('intro-02')}` })).toBeNull();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: `Add action for item 1.1 ${question('intro-01')}` }));
    });
    await waitFor(() => expect(cards()).toHaveLength(1));
    const [stored] = await storedActions();
    expect(stored).toMatchObject({ item: { packId: 'ai-introduction', itemId: 'intro-01' }, priority: 'high', status: 'planned' });
    const added = card('A1');
    expect(field(added, 'Priority').value).toBe('high');
    expect(document.activeElement).toBe(field(added, 'What will be done'));
    // The item now has its action, so it is no longer suggested; its group links back to the walk-through.
    expect(screen.queryByRole('heading', { name: 'Gaps and high risks without an action' })).toBeNull();
    fireEvent.click(screen.getByRole('link', { name: question('intro-01') }));
    expect(useUi.getState().route).toEqual({ screen: 'walk', id, packId: 'ai-introduction', itemId: 'intro-01' });
  });

  it('gives an action for the whole assessment a medium priority, and one for a low-rated item a low priority', async () => {
    await seed({ assessment: assessment(), answers: [answer('intro-03', 'yes', matrix(1, 2))] });
    await openScreen();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Add action for the whole assessment' }));
    });
    await waitFor(() => expect(cards()).toHaveLength(1));
    fireEvent.change(screen.getByLabelText('Add an action for another checklist item'), { target: { value: 'ai-introduction/intro-03' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Add action for this item' }));
    });
    await waitFor(() => expect(cards()).toHaveLength(2));
    const stored = await storedActions();
    expect(stored.find((a) => a.item === null)?.priority).toBe('medium');
    expect(stored.find((a) => a.item?.itemId === 'intro-03')?.priority).toBe('low');
  });
});

describe('editing an action', () => {
  it('saves every field as it changes, and keeps the control types in the hierarchy order', async () => {
    await seed({ assessment: assessment(), actions: [action('act-1', 'planned', { description: '', owner: '', budget: '', dueDate: '', priority: 'medium' })] });
    await openScreen();
    const a1 = card('A1');
    const control = field(a1, 'Type of control') as unknown as HTMLSelectElement;
    expect([...control.options].map((o) => o.value)).toEqual(['eliminate', 'substitute', 'engineer', 'organise', 'inform-train', 'protective-equipment']);
    expect(within(a1).getByText(/most to least effective/)).toBeTruthy();
    await act(async () => {
      fireEvent.change(field(a1, 'What will be done'), { target: { value: 'Stop ranking pickers by scan rate' } });
      fireEvent.change(control, { target: { value: 'eliminate' } });
      fireEvent.change(field(a1, 'Owner (who sees it through)'), { target: { value: 'Lee Joon' } });
      fireEvent.change(field(a1, "Owner's side"), { target: { value: 'worker' } });
      fireEvent.change(field(a1, 'Due date'), { target: { value: '2026-09-30' } });
      fireEvent.change(field(a1, 'Budget'), { target: { value: 'within existing budget' } });
      fireEvent.change(field(a1, 'Priority'), { target: { value: 'low' } });
      fireEvent.change(field(a1, 'Status'), { target: { value: 'in-progress' } });
    });
    await waitFor(async () =>
      expect((await storedActions())[0]).toMatchObject({
        description: 'Stop ranking pickers by scan rate',
        control: 'eliminate',
        owner: 'Lee Joon',
        ownerSide: 'worker',
        dueDate: '2026-09-30',
        budget: 'within existing budget',
        priority: 'low',
        status: 'in-progress',
      }),
    );
    // "Verified" is not a status one can pick: it comes only from the other side's check.
    expect([...(field(card('A1'), 'Status') as unknown as HTMLSelectElement).options].map((o) => o.value)).toEqual(['planned', 'in-progress', 'done']);
  });
});

describe('overdue actions', () => {
  it('come first, with the days overdue in words, and are counted', async () => {
    await seed({
      assessment: assessment(),
      actions: [
        action('on-time', 'planned', { item: { packId: 'ai-introduction', itemId: 'intro-01' }, dueDate: fromToday(10), createdAt: '2026-01-01T00:00:00.000Z' }),
        action('late-done', 'done', { item: { packId: 'ai-introduction', itemId: 'intro-01' }, dueDate: fromToday(-30), createdAt: '2026-01-02T00:00:00.000Z' }),
        action('late', 'in-progress', { item: { packId: 'ai-introduction', itemId: 'intro-01' }, dueDate: fromToday(-5), createdAt: '2026-01-03T00:00:00.000Z' }),
        action('later-item-late', 'planned', { item: { packId: 'ai-introduction', itemId: 'intro-04' }, dueDate: fromToday(-1), createdAt: '2026-01-04T00:00:00.000Z' }),
        action('earlier-item', 'planned', { item: { packId: 'ai-introduction', itemId: 'intro-02' }, dueDate: '', createdAt: '2026-01-05T00:00:00.000Z' }),
      ],
    });
    await openScreen();
    const counts = screen.getByRole('list', { name: 'Where the action plan stands' });
    expect(within(counts).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['4 open', '2 overdue', '1 done, waiting for verification', '0 verified']);
    // Groups with an overdue action first (intro-01, then intro-04 although it comes later in the checklist), then the rest.
    const groups = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(groups).toEqual([`1.1 ${question('intro-01')}`, `1.4 ${question('intro-04')}`, `1.2 ${question('intro-02')}`]);
    const firstGroup = screen.getByRole('region', { name: `1.1 ${question('intro-01')}` });
    const order = within(firstGroup)
      .getAllByRole('group', { name: /^Action A\d/ })
      .map((g) => g.closest('li')!.dataset['actionId']);
    // Then by due date, as in the report and the spreadsheet: done ones are not overdue, whatever their date.
    expect(order).toEqual(['late', 'late-done', 'on-time']);
    expect(within(card('A3')).getByText('Overdue by 5 days')).toBeTruthy();
    expect(within(card('A4')).getByText('Overdue by 1 day')).toBeTruthy();
    // Done is not overdue, whatever its due date.
    expect(within(card('A2')).queryByText(/Overdue/)).toBeNull();

    fireEvent.click(screen.getByLabelText('Overdue only'));
    expect(screen.getByText('Showing 2 of 5 actions.')).toBeTruthy();
    expect(cards().map((g) => g.closest('li')!.dataset['actionId'])).toEqual(['late', 'later-item-late']);
  });

  it('holds its order while a due date is being edited, so the row does not jump away from the cursor', async () => {
    await seed({
      assessment: assessment(),
      actions: [
        action('first', 'planned', { dueDate: fromToday(3), createdAt: '2026-01-01T00:00:00.000Z' }),
        action('second', 'planned', { dueDate: fromToday(20), createdAt: '2026-01-02T00:00:00.000Z' }),
      ],
    });
    await openScreen();
    await act(async () => {
      fireEvent.change(field(card('A2'), 'Due date'), { target: { value: fromToday(-2) } });
    });
    await waitFor(() => expect(within(card('A2')).getByText('Overdue by 2 days')).toBeTruthy());
    expect(cards().map((g) => g.closest('li')!.dataset['actionId'])).toEqual(['first', 'second']);
  });
});

describe('verification by the other side', () => {
  const done = action('act-1', 'done', { ownerSide: 'employer', owner: 'Lee Joon', description: 'Publish the routing rules' });

  it('is refused, with what to do, when nobody of the other side is listed; the owner’s own side is never offered', async () => {
    await seed({ assessment: assessment({ participants: [{ id: 'p-2', name: 'Lee Joon', side: 'employer', role: 'HR' }] }), actions: [done] });
    await saveActor({ name: 'Lee Joon', side: 'employer' });
    await openScreen();
    fireEvent.click(within(card('A1')).getByRole('button', { name: 'Verify…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Verify this action' });
    await within(dialog).findByText(/Nobody of the Worker side is listed/);
    expect(within(dialog).getByText(/Add them on the Details screen/)).toBeTruthy();
    expect(within(dialog).queryByRole('button', { name: 'Record verification' })).toBeNull();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Go to Details' }));
    expect(useUi.getState().route).toEqual({ screen: 'details', id });
    expect((await storedActions())[0]!.status).toBe('done');
  });

  it('is recorded for a member of the other side, shown on the action, and locks it until withdrawn', async () => {
    await seed({ assessment: assessment(), actions: [done] });
    await openScreen();
    fireEvent.click(within(card('A1')).getByRole('button', { name: 'Verify…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Verify this action' });
    const verifier = (await within(dialog).findByLabelText('Verified by (Worker side)')) as HTMLSelectElement;
    // Lee Joon is on the owner's (employer) side: only the worker side is offered.
    expect([...verifier.options].map((o) => o.textContent)).toEqual(['Kim Minji']);
    expect((within(dialog).getByLabelText('Date of the check') as HTMLInputElement).value).toBe(localToday());
    fireEvent.change(within(dialog).getByLabelText('Date of the check'), { target: { value: '2026-03-03' } });
    fireEvent.change(within(dialog).getByLabelText('What was checked (optional)'), { target: { value: 'Rules posted in the break room.' } });
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Record verification' }));
    });
    await waitFor(async () => expect((await storedActions())[0]!.status).toBe('verified'));
    expect((await storedActions())[0]!.verification).toEqual({ by: { name: 'Kim Minji', side: 'worker' }, date: '2026-03-03', note: 'Rules posted in the break room.' });
    const a1 = card('A1');
    await within(a1).findByText('Verified by Kim Minji (Worker side) on 3 Mar 2026.');
    expect(within(a1).getByText('Note: Rules posted in the break room.')).toBeTruthy();
    expect(isDisabled(field(a1, 'What will be done'))).toBe(true);
    expect(within(a1).queryByRole('button', { name: 'Verify…' })).toBeNull();

    await act(async () => {
      fireEvent.click(within(a1).getByRole('button', { name: 'Withdraw verification' }));
    });
    await waitFor(async () => expect((await storedActions())[0]).toMatchObject({ status: 'done', verification: null }));
    await waitFor(() => expect(isDisabled(field(card('A1'), 'What will be done'))).toBe(false));
    expect(within(card('A1')).getByRole('button', { name: 'Verify…' })).toBeTruthy();
  });

  it('offers the member at the keyboard when they are on the other side and not listed', async () => {
    await seed({ assessment: assessment({ participants: [] }), actions: [done] });
    await saveActor({ name: 'Choi Yuna', side: 'worker' });
    await openScreen();
    fireEvent.click(within(card('A1')).getByRole('button', { name: 'Verify…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Verify this action' });
    const verifier = (await within(dialog).findByLabelText('Verified by (Worker side)')) as HTMLSelectElement;
    expect([...verifier.options].map((o) => o.textContent)).toEqual(['Choi Yuna (you)']);
  });
});

describe('a read-only assessment', () => {
  it('shows every action and its verification, and offers nothing to change', async () => {
    const importedFrom = { fileName: 'visit.jointcheck-evidence.zip', packSha256: 'a'.repeat(64), importedAt: '2026-03-01T10:00:00.000Z', signer: null, intact: true };
    await seed({
      assessment: assessment({ importedFrom }),
      answers: [answer('intro-02', 'no', matrix(5, 5))],
      actions: [action('act-1', 'done'), action('act-2', 'verified', { item: null, description: 'Agree a joint review date' })],
    });
    await openScreen();
    expect(cards()).toHaveLength(2);
    expect(screen.getByText('Verified by Kim Minji (Worker side) on 20 Feb 2026.')).toBeTruthy();
    expect(screen.queryAllByRole('button').map((b) => b.textContent)).toEqual(['Export as spreadsheet (CSV)']);
    for (const input of screen.getAllByRole('textbox')) expect(isDisabled(input)).toBe(true);
    for (const group of cards()) expect(isDisabled(within(group.closest('li')!).getByLabelText('Status'))).toBe(true);
  });
});
