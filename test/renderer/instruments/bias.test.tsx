import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../shared/crypto/sha256';
import { InstrumentMediaType, parseInstrumentResult } from '../../../shared/instruments/result';
import { evidenceBytes } from '../../../renderer/src/data/evidence';
import { InstrumentsScreen } from '../../../renderer/src/screens/instruments/InstrumentsScreen';
import { useOpenResult } from '../../../renderer/src/screens/instruments/openResult';
import { EvidencePanel } from '../../../renderer/src/screens/evidence/EvidencePanel';
import { useUi } from '../../../renderer/src/state/uiStore';
import { AssessmentKey, chooseFile, db, fixture, seed } from './seed';

afterEach(cleanup);

async function openBias(): Promise<void> {
  render(<InstrumentsScreen id={AssessmentKey} tool="bias" />);
  await screen.findByRole('heading', { name: 'Instruments', level: 1 });
}

async function loadApplicants(): Promise<void> {
  await act(async () => chooseFile(screen.getByLabelText('Choose a CSV file…'), 'applicants.csv', fixture('applicants.csv')));
  await screen.findByText('applicants.csv: 97 rows, 5 columns.');
}

/** Ticks sex and age band, takes "selected" as the yes/no outcome, and calculates. */
async function mapAndCalculate(): Promise<void> {
  fireEvent.click(screen.getByRole('checkbox', { name: 'sex' }));
  fireEvent.click(screen.getByRole('checkbox', { name: 'age_band' }));
  fireEvent.change(screen.getByLabelText('Column with the outcome'), { target: { value: 'selected' } });
  fireEvent.click(screen.getByRole('button', { name: 'Calculate' }));
  await screen.findByRole('heading', { name: 'Results', level: 2 });
}

const table = (title: string): HTMLElement => screen.getByRole('region', { name: title }).querySelector('table.bias-table') as HTMLElement;
const row = (title: string, category: string): HTMLElement => within(table(title)).getByRole('rowheader', { name: category }).closest('tr')!;
const cells = (tr: HTMLElement): string[] => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim());

describe('bias audit: from a CSV file to results', () => {
  it('maps the columns and shows counts, rates, impact ratios, flags in words, tests and fragility per category and intersection', async () => {
    await seed();
    await openBias();
    await loadApplicants();
    // Until a group column is ticked, Calculate says what is missing instead of computing.
    fireEvent.click(screen.getByRole('button', { name: 'Calculate' }));
    expect(screen.getByRole('alert').textContent).toBe('Tick at least one column with the groups to compare.');
    await mapAndCalculate();

    expect(screen.getByText('Bias audit: 5 of 10 categories below four-fifths (4 fragile)')).toBeTruthy();
    expect(screen.getByText(/EU equality law sets no numeric threshold/)).toBeTruthy();
    // 97 rows: 2 blank and 1 unreadable outcome left out, with their lines.
    expect(screen.getByText('94 of 97 people analysed (97 rows in the file).')).toBeTruthy();
    expect(screen.getByText(/See lines 25, 62, 85 of the file\./)).toBeTruthy();

    expect(cells(row('By sex', 'Female'))).toEqual(['40', '16', '40.0%', '0.714', '⚠ Below four-fifths', 'z-test (z = -1.51)', '0.131', '']);
    expect(cells(row('By sex', 'Male')).slice(0, 5)).toEqual(['50', '28', '56.0%', '1.000', '★ Reference (highest rate)']);
    const other = cells(row('By sex', 'Other'));
    expect(other.slice(0, 6)).toEqual(['1', '0', '0.0%', '0.000', '⚠ Below four-fifths', "Fisher's exact test"]);
    expect(other[7]).toMatch(/^⚠ Fragile: one more person selected in this category would reverse the flag/);
    expect(screen.getByText('3 people with an unknown or blank sex are counted here but not in any category.')).toBeTruthy();

    // The intersection with p < 0.05 is marked significant; exactly 0.8 is not below four-fifths.
    expect(cells(row('Intersectional categories (sex × age_band)', 'Female × 40+')).slice(4, 7)).toEqual(['⚠ Below four-fifths', 'z-test (z = -2.11)', '0.035significant']);
    expect(cells(row('Intersectional categories (sex × age_band)', 'Female × under 40')).slice(3, 5)).toEqual(['0.800', '✓ Not below']);

    // Each comparison has its chart with the 0.8 line, and flags in words on the bars too.
    const chart = screen.getByRole('img', { name: 'Impact ratios, By sex' });
    expect(chart.textContent).toContain('0.8 (four-fifths)');
    expect(chart.textContent).toContain('0.714 ⚠ below 0.8');
  });

  it('leaves out a category under 2% only with a typed reason, and keeps it listed with the reason', async () => {
    await seed();
    await openBias();
    await loadApplicants();
    await mapAndCalculate();
    // Female holds 44% of the data: it cannot be left out, so it offers no control.
    expect(within(row('By sex', 'Female')).queryByRole('button', { name: /Leave .* out/ })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Leave Other out of the comparison…' }));
    fireEvent.click(within(row('By sex', 'Other')).getByRole('button', { name: 'Leave out' }));
    expect(within(row('By sex', 'Other')).getByRole('alert').textContent).toBe('Write the reason: it is recorded with the result, and the category stays listed.');
    expect(screen.getByText('Bias audit: 5 of 10 categories below four-fifths (4 fragile)')).toBeTruthy();

    fireEvent.change(within(row('By sex', 'Other')).getByLabelText('Why is Other left out?'), { target: { value: 'One person; the ratio means nothing' } });
    fireEvent.click(within(row('By sex', 'Other')).getByRole('button', { name: 'Leave out' }));
    await waitFor(() => expect(cells(row('By sex', 'Other'))[4]).toBe('⊘ Excluded'));
    expect(row('By sex', 'Other').textContent).toContain('Left out: One person; the ratio means nothing');
    expect(cells(row('By sex', 'Other')).slice(0, 2)).toEqual(['1', '0']);
    expect(screen.getByText('Bias audit: 4 of 9 categories below four-fifths (3 fragile)')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Include Other again' }));
    await waitFor(() => expect(cells(row('By sex', 'Other'))[4]).toBe('⚠ Below four-fifths'));
  });

  it('names the line of a malformed file and what to do', async () => {
    await seed();
    await openBias();
    await act(async () => chooseFile(screen.getByLabelText('Choose a CSV file…'), 'broken.csv', 'group,selected\nA,yes\nB,yes,extra\n'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('"broken.csv" could not be read. Line 3: 3 fields, but the header has 2. Check for a missing or extra comma, or an unquoted comma inside a value.');
  });

  it('reads counts per group (the Uniform Guidelines example) and flags American Indian and Hispanic', async () => {
    await seed();
    await openBias();
    await act(async () => chooseFile(screen.getByLabelText('Choose a CSV file…'), 'ugesp.csv', fixture('ugesp-example.csv')));
    fireEvent.click(await screen.findByRole('radio', { name: /Counts per group/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'group' }));
    fireEvent.change(screen.getByLabelText('Column with the number of people'), { target: { value: 'applicants' } });
    fireEvent.change(screen.getByLabelText('Column with the number selected'), { target: { value: 'hired' } });
    fireEvent.click(screen.getByRole('button', { name: 'Calculate' }));
    await screen.findByRole('heading', { name: 'Results', level: 2 });
    expect(cells(row('By group', 'American Indian')).slice(3, 5)).toEqual(['0.750', '⚠ Below four-fifths']);
    expect(cells(row('By group', 'Hispanic')).slice(3, 5)).toEqual(['0.800', '✓ Not below']);
    expect(cells(row('By group', 'Black')).slice(3, 5)).toEqual(['0.850', '✓ Not below']);
  });
});

describe('saving a bias result as evidence', () => {
  it('stores the result on the chosen item with its fingerprint, and the item shows its summary and a link to it', async () => {
    await seed();
    await openBias();
    await loadApplicants();
    await mapAndCalculate();
    fireEvent.click(screen.getByRole('button', { name: 'Save as evidence on an item…' }));
    const picker = screen.getByLabelText('Checklist item') as HTMLSelectElement;
    // The item that asks for selection rates per group is preselected.
    expect(picker.value).toBe('biased-data/bias-07');
    fireEvent.click(screen.getByRole('button', { name: 'Save as evidence' }));
    await waitFor(async () => expect(await db().evidence.count()).toBe(1));
    const [evidence] = await db().evidence.toArray();
    expect(evidence).toMatchObject({ kind: 'instrument', item: { packId: 'biased-data', itemId: 'bias-07' }, addedBy: { name: 'Kim Minji', side: 'worker' }, caption: 'Bias audit of applicants.csv' });
    expect(evidence!.file.mediaType).toBe(InstrumentMediaType);
    const bytes = new Uint8Array(await (await evidenceBytes(evidence!))!.arrayBuffer());
    expect(evidence!.file.sha256).toBe(await sha256Hex(bytes));
    expect(evidence!.file.size).toBe(bytes.byteLength);
    const stored = parseInstrumentResult(new TextDecoder().decode(bytes));
    expect(stored.ok && stored.result.instrument).toBe('bias-audit');
    await waitFor(() => expect(useUi.getState().notice?.message).toMatch(/^Result saved as evidence on item \d+\.\d+\.$/));
    cleanup();

    render(<EvidencePanel assessmentId={AssessmentKey} item={{ packId: 'biased-data', itemId: 'bias-07' }} evidence={[evidence!]} readOnly={false} label="this item" />);
    await screen.findByText('Bias audit: 5 of 10 categories below four-fifths (4 fragile)');
    fireEvent.click(screen.getByRole('link', { name: 'View result' }));
    expect(useUi.getState().route).toEqual({ screen: 'instruments', id: AssessmentKey, tool: 'bias' });
    expect(useOpenResult.getState().evidenceId).toBe(evidence!.id);
    cleanup();

    // The instruments screen shows the saved result, read-only.
    render(<InstrumentsScreen id={AssessmentKey} tool="bias" />);
    const opened = await screen.findByRole('region', { name: 'Saved result' });
    expect(within(opened).getByText('Bias audit: 5 of 10 categories below four-fifths (4 fragile)')).toBeTruthy();
    expect(within(opened).queryByRole('button', { name: /Leave .* out/ })).toBeNull();
  });
});
