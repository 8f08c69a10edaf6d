import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { parseInstrumentResult } from '../../../shared/instruments/result';
import { evidenceBytes } from '../../../renderer/src/data/evidence';
import { useCobotStore } from '../../../renderer/src/screens/instruments/cobot/cobotStore';
import { InstrumentsScreen } from '../../../renderer/src/screens/instruments/InstrumentsScreen';
import { useOpenResult } from '../../../renderer/src/screens/instruments/openResult';
import { AssessmentKey, chooseFile, db, fixture, seed } from './seed';

afterEach(() => {
  cleanup();
  useCobotStore.setState({ byAssessment: {} });
  useOpenResult.setState({ evidenceId: null });
});

async function openCobot(): Promise<HTMLElement> {
  render(<InstrumentsScreen id={AssessmentKey} tool="cobot" />);
  fireEvent.click(await screen.findByRole('button', { name: 'Add a collaborative application' }));
  const card = await screen.findByRole('region', { name: 'Application 1' });
  fireEvent.change(within(card).getByLabelText('Name of the application'), { target: { value: 'Palletiser' } });
  return screen.getByRole('region', { name: 'Palletiser' });
}

const type = (scope: HTMLElement, label: string | RegExp, value: string): void => {
  fireEvent.change(within(scope).getByLabelText(label), { target: { value } });
};

describe('speed and separation monitoring', () => {
  it('computes each term and the total from explained inputs, compares the kept separation, and saves it on the separation item', async () => {
    await seed();
    const card = await openCobot();
    fireEvent.change(within(card).getByLabelText('Collaborative mode'), { target: { value: 'speed-and-separation-monitoring' } });
    // Every input says what it is.
    expect(within(card).getByText(/From the person being detected until the robot starts to stop/)).toBeTruthy();
    type(card, /Robot speed towards the person/, '1000');
    type(card, /Reaction time/, '0.1');
    type(card, /Stopping time/, '0.3');
    type(card, /Stopping distance/, '150');
    expect(within(card).getByText('Fill in 3 more values to see the result.')).toBeTruthy();
    type(card, /Intrusion distance/, '50');
    type(card, /Uncertainty of the person's position/, 'ten');
    expect(within(card).getByText('Enter a number of zero or more.')).toBeTruthy();
    type(card, /Uncertainty of the person's position/, '20');
    type(card, /Uncertainty of the robot's position/, '5');
    type(card, /Separation the application keeps/, '800');

    const table = await within(card).findByRole('table', { name: 'Protective separation distance' });
    const value = (symbol: string): string => within(table).getByRole('rowheader', { name: symbol }).closest('tr')!.querySelectorAll('td')[1]!.textContent!;
    // Walking preset 1600 mm/s: S_h = 1600 × 0.4 = 640; S_r = 1000 × 0.1 = 100.
    expect(['S_h', 'S_r', 'S_s', 'C', 'Z_d', 'Z_r', 'S_p'].map(value)).toEqual(['640 mm', '100 mm', '150 mm', '50 mm', '20 mm', '5 mm', '965 mm']);
    expect(within(card).getByText('The application keeps 800 mm, less than the 965 mm needed (short by 165 mm): NOT sufficient.')).toBeTruthy();

    fireEvent.change(within(card).getByLabelText(/Human approach speed/), { target: { value: 'iso13855-reaching' } });
    expect(value('S_h')).toBe('800 mm');

    fireEvent.click(within(card).getAllByRole('button', { name: 'Save as evidence on an item…' }).at(-1)!);
    expect((screen.getByLabelText('Checklist item') as HTMLSelectElement).value).toBe('collaborative-robots/cobot-08');
    expect((screen.getByLabelText('Caption') as HTMLInputElement).value).toBe('Palletiser: Speed and separation monitoring');
    fireEvent.click(screen.getByRole('button', { name: 'Save as evidence' }));
    await waitFor(async () => expect(await db().evidence.count()).toBe(1));
    const [evidence] = await db().evidence.toArray();
    const stored = parseInstrumentResult(await (await evidenceBytes(evidence!))!.text());
    expect(stored.ok && stored.result).toMatchObject({ instrument: 'cobot-ssm', protectiveSeparationMm: 1125, verdict: 'insufficient', inputs: { humanSpeedSource: 'iso13855-reaching', actualSeparationMm: 800 } });
    cleanup();

    // Reopened from its evidence, the result goes back into the form with every input.
    useCobotStore.setState({ byAssessment: {} });
    render(<InstrumentsScreen id={AssessmentKey} tool="cobot" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Reopen in the form' }));
    const reopened = await screen.findByRole('region', { name: 'Palletiser: Speed and separation monitoring' });
    expect((within(reopened).getByLabelText('Collaborative mode') as HTMLSelectElement).value).toBe('speed-and-separation-monitoring');
    expect((within(reopened).getByLabelText(/Stopping distance/) as HTMLInputElement).value).toBe('150');
    expect(within(reopened).getByText('The application keeps 800 mm, less than the 1,125 mm needed (short by 325 mm): NOT sufficient.')).toBeTruthy();
  });
});

describe('power and force limiting', () => {
  it('loads a limits table with its source, warns that example values are not for use, and never passes a quantity the table has no limit for', async () => {
    await seed();
    const card = await openCobot();
    await act(async () => chooseFile(within(card).getByLabelText('Load a limits table (JSON)…'), 'limits.json', fixture('pfl-limits.example.json'), 'application/json'));
    await within(card).findByText('EXAMPLE VALUES, NOT FOR USE (test fixture showing the format)');
    expect(within(card).getByRole('note').textContent).toMatch(/Example values — not for use/);
    expect(within(card).getByText('CC0-1.0')).toBeTruthy();

    type(card, 'Measurement 1: where measured', 'Gripper edge');
    fireEvent.change(within(card).getByLabelText('Measurement 1: body region'), { target: { value: 'back-of-hand-dominant' } });
    type(card, 'Measurement 1: force (N)', '120');
    type(card, 'Measurement 1: pressure (N/cm²)', '150');
    fireEvent.click(within(card).getByRole('button', { name: 'Add a measurement' }));
    fireEvent.change(within(card).getByLabelText('Measurement 2: body region'), { target: { value: 'forehead-middle' } });
    type(card, 'Measurement 2: force (N)', '10');

    const table = await within(card).findByRole('table', { name: 'Comparison with the limits' });
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
    // Force 120 against 100: over by 20 N (20%); pressure 150 against 200: 50 to spare (25%).
    expect(rows[0]).toEqual(['120.0 N', '100.0 N', '−20.0 N (−20%)', '✗ Over the limit']);
    expect(rows[1]).toEqual(['150.0 N/cm²', '200.0 N/cm²', '+50.0 N/cm² (+25%)', '✓ Within the limit']);
    // The forehead has no row in this table: not a pass.
    expect(rows[2]).toEqual(['10.0 N', '—', '—', '? No limit in the table: not a pass']);
    expect(rows[3]).toEqual(['—', '—', '—', '– Not measured']);
    expect(table.textContent).toContain('Incomplete: a limit is missing');
    expect(within(card).getByText(/Contact force and pressure check: 2 measurements, 1 over the limit, 1 with no limit in the table \(EXAMPLE VALUES, NOT FOR USE\)/)).toBeTruthy();
  });

  it('starts an empty table only with a named source and licence, and checks its rows', async () => {
    await seed();
    const card = await openCobot();
    fireEvent.click(within(card).getByRole('button', { name: 'Start the empty table' }));
    expect(within(card).getByRole('alert').textContent).toBe('Name the source and the licence under which its values may be used.');
    type(card, 'Source', 'Our own measurements 2026');
    type(card, 'Licence', 'Internal use');
    fireEvent.click(within(card).getByRole('button', { name: 'Start the empty table' }));
    fireEvent.click(await within(card).findByRole('button', { name: 'Add a row' }));
    fireEvent.change(within(card).getByLabelText('Row 1: body region'), { target: { value: 'palm-dominant' } });
    expect(within(card).getByText('The table cannot be used yet:')).toBeTruthy();
    type(card, 'Row 1: maximum force (N)', '140');
    await waitFor(() => expect(within(card).queryByText('The table cannot be used yet:')).toBeNull());
    fireEvent.change(within(card).getByLabelText('Measurement 1: body region'), { target: { value: 'palm-dominant' } });
    type(card, 'Measurement 1: force (N)', '90');
    const table = await within(card).findByRole('table', { name: 'Comparison with the limits' });
    expect(table.textContent).toContain('✓ Within the limit');
    expect(within(card).queryByRole('note')).toBeNull();
  });
});
