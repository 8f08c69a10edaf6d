import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseCsv } from '../../../shared/format/csv';
import { JointCheckQuestionnaire } from '../../../shared/instruments/survey/jointcheckQuestionnaire';
import { questionnaireItems } from '../../../shared/instruments/survey/questionnaire';
import type { StoredSurvey, StoredSurveyResponse } from '../../../renderer/src/db/db';
import { deleteAssessment } from '../../../renderer/src/data/assessments';
import { desktop } from '../../../renderer/src/desktop';
import { InstrumentsScreen } from '../../../renderer/src/screens/instruments/InstrumentsScreen';
import { AssessmentKey, db, seed } from './seed';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const items = questionnaireItems(JointCheckQuestionnaire);

function survey(patch: Partial<StoredSurvey> = {}): StoredSurvey {
  return {
    id: 'survey-1',
    assessmentId: AssessmentKey,
    name: 'Warehouse spring',
    questionnaireId: JointCheckQuestionnaire.id,
    questionnaireVersion: JointCheckQuestionnaire.version,
    invited: null,
    groups: [],
    minGroupSize: 10,
    lastImport: null,
    createdAt: '2026-03-01T09:00:00.000Z',
    ...patch,
  };
}

/** A respondent answering every item `value` (so every scale mean is `value` after reversal when `value` is 3). */
function response(n: number, answer: (itemId: string) => number, group: string | null = null): StoredSurveyResponse {
  return { id: `r-${n}`, surveyId: 'survey-1', assessmentId: AssessmentKey, answers: Object.fromEntries(items.map((i) => [i.id, answer(i.id)])), group, source: 'import' };
}

async function openSurvey(): Promise<void> {
  render(<InstrumentsScreen id={AssessmentKey} tool="survey" />);
  await screen.findByRole('heading', { name: 'Instruments', level: 1 });
}

async function exportedCsv(): Promise<string[][]> {
  const save = vi.spyOn(desktop, 'saveFile').mockResolvedValue({ ok: true, value: { location: 'results.csv' } });
  fireEvent.click(screen.getByRole('button', { name: 'Export results (CSV)' }));
  await waitFor(() => expect(save).toHaveBeenCalledOnce());
  const parsed = parseCsv(save.mock.calls[0]![0].bytes);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return [parsed.table.header as string[], ...(parsed.table.rows as string[][])];
}

describe('creating a survey', () => {
  it('refuses a minimum group size below 5 with the reason, and creates the survey at 5', async () => {
    await seed();
    await openSurvey();
    fireEvent.change(await screen.findByLabelText('Name of the survey'), { target: { value: 'Night shift' } });
    fireEvent.change(screen.getByLabelText('Minimum group size'), { target: { value: '4' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create the survey' }));
    expect(screen.getByRole('alert').textContent).toBe('The minimum group size cannot be below 5: smaller groups could identify respondents. Enter 5 or more.');
    expect(await db().surveys.count()).toBe(0);

    fireEvent.change(screen.getByLabelText('Minimum group size'), { target: { value: '5' } });
    fireEvent.change(screen.getByLabelText('Groups respondents may choose (optional)'), { target: { value: 'Day\nNight\n\nDay' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create the survey' }));
    await screen.findByRole('heading', { name: /Night shift/, level: 2 });
    const [stored] = await db().surveys.toArray();
    expect(stored).toMatchObject({ name: 'Night shift', minGroupSize: 5, groups: ['Day', 'Night'], invited: null, questionnaireId: 'jointcheck-ai-psychosocial' });

    // Lowering it later in the settings is refused the same way, and the stored value stays.
    fireEvent.change(screen.getByLabelText('Minimum group size'), { target: { value: '3' } });
    expect(screen.getByRole('alert').textContent).toMatch(/cannot be below 5/);
    expect((await db().surveys.get(stored!.id))!.minGroupSize).toBe(5);
  });
});

describe('results with suppression', () => {
  it('shows nothing but the count below the minimum, and the CSV export carries no figure either', async () => {
    await seed();
    await db().surveys.add(survey());
    await db().surveyResponses.bulkAdd([1, 2, 3].map((n) => response(n, () => 2)));
    await openSurvey();
    const results = await screen.findByRole('region', { name: 'Results' });
    await within(results).findByText('3 responses');
    expect(within(results).getByText(/Hidden: fewer than 10 responses/)).toBeTruthy();
    expect(within(results).queryByRole('table')).toBeNull();
    expect(results.textContent).not.toMatch(/\d\.\d\d/);

    const csv = await exportedCsv();
    expect(csv).toEqual([
      ['Questionnaire', 'Responses', 'Response rate', 'Minimum group size', 'Group', 'Scale', 'Respondents', 'Mean', 'Standard deviation', 'Needs action', 'Note'],
      ['JointCheck questionnaire on AI and psychosocial load (v1)', '3', '', '10', 'All respondents', '', '', '', '', '', 'Hidden: fewer than 10 responses'],
    ]);
  });

  it('hides a small group and the next-smallest one in the table and the export, and shows the others with the response rate', async () => {
    await seed();
    await db().surveys.add(survey({ invited: 40 }));
    // Team A (12) answers 4 on positive and 2 on reversed items: every scale mean 4. Team B (11) answers 3 throughout: 3.
    // Team C (3) is below the minimum; hiding it alone would reveal it as total minus A and B, so B is hidden too.
    const reverse = new Set(items.filter((i) => i.reverse).map((i) => i.id));
    const low = (id: string): number => (id.startsWith('pace-') ? (reverse.has(id) ? 5 : 1) : 3);
    await db().surveyResponses.bulkAdd([
      ...Array.from({ length: 12 }, (_, n) => response(n, (id) => (reverse.has(id) ? 2 : 4), 'A')),
      ...Array.from({ length: 11 }, (_, n) => response(100 + n, () => 3, 'B')),
      ...Array.from({ length: 3 }, (_, n) => response(200 + n, low, 'C')),
    ]);
    await openSurvey();
    const results = await screen.findByRole('region', { name: 'Results' });
    await within(results).findByText(/^26 responses · response rate 65% of 40 invited/);
    expect(within(results).getByText('desirable')).toBeTruthy();
    const table = within(results).getByRole('table');
    const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(['Scale', 'All respondents26 respondents', 'A12 respondents', 'Bhidden', 'Chidden']);
    const pace = within(table).getByRole('rowheader', { name: 'Pace set by algorithms' }).closest('tr')!;
    const paceCells = [...pace.querySelectorAll('td')].map((td) => td.textContent!.trim());
    expect(paceCells[1]).toMatch(/^4\.00/);
    expect(paceCells[2]).toBe('Hidden so that a smaller group cannot be worked out from the total');
    expect(paceCells[3]).toBe('Hidden: fewer than 10 responses');

    const csv = await exportedCsv();
    const rows = csv.slice(1).map((r) => r.slice(4));
    expect(csv[1]!.slice(1, 4)).toEqual(['26', '65% (desirable)', '10']);
    expect(rows).toContainEqual(['A', 'Pace set by algorithms', '12', '4.00', '0.00', '', '']);
    // A hidden group is one row with its reason and no number at all.
    expect(rows.filter((r) => r[0] === 'B' || r[0] === 'C')).toEqual([
      ['B', '', '', '', '', '', 'Hidden so that a smaller group cannot be worked out from the total'],
      ['C', '', '', '', '', '', 'Hidden: fewer than 10 responses'],
    ]);
  });

  it('adds an action for a low-scoring scale on the psychosocial item that answers it, naming the scale', async () => {
    await seed();
    await db().surveys.add(survey());
    const reverse = new Set(items.filter((i) => i.reverse).map((i) => i.id));
    // Monitoring scored low by everyone (mean 1.5), the rest at the midpoint.
    const answer = (id: string): number => (id.startsWith('monitoring-') ? (reverse.has(id) ? 5 : 2) : 3);
    await db().surveyResponses.bulkAdd(Array.from({ length: 10 }, (_, n) => response(n, answer)));
    await openSurvey();
    const needs = await screen.findByRole('region', { name: 'Scales that need action' });
    expect(within(needs).getAllByRole('listitem')).toHaveLength(1);
    expect(needs.textContent).toContain('Constant monitoring, All respondents: mean 1.50');
    fireEvent.click(within(needs).getByRole('button', { name: 'Add an action for Constant monitoring (All respondents)' }));
    const picker = within(needs).getByLabelText('Checklist item for the action on Constant monitoring') as HTMLSelectElement;
    expect(picker.value).toBe('psychosocial-load/psy-07');
    await act(async () => {
      fireEvent.click(within(needs).getByRole('button', { name: 'Add the action' }));
    });
    await within(needs).findByText(/Action added on item/);
    const [action] = await db().actions.toArray();
    expect(action).toMatchObject({ item: { packId: 'psychosocial-load', itemId: 'psy-07' }, priority: 'medium', status: 'planned' });
    expect(action!.description).toContain('"Constant monitoring" averaged 1.50 of 5 (All respondents)');
  });
});

describe('deleting the assessment', () => {
  it('deletes its surveys and their anonymous responses too', async () => {
    await seed();
    await db().surveys.add(survey());
    await db().surveyResponses.bulkAdd([1, 2].map((n) => response(n, () => 3)));
    await deleteAssessment(AssessmentKey);
    expect(await db().surveys.count()).toBe(0);
    expect(await db().surveyResponses.count()).toBe(0);
  });
});
