import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Answer, AssessmentId } from '../../../shared/domain/assessment';
import type { AssessmentBundle } from '../../../shared/format/assessmentFile';
import { startFollowUp } from '../../../shared/followup/startFollowUp';
import { findPack } from '../../../shared/packs/registry';
import { packItems } from '../../../shared/packs/schema';
import { setDatabase } from '../../../renderer/src/data/database';
import { createDb } from '../../../renderer/src/db/db';
import { startI18n } from '../../../renderer/src/i18n';
import { CompareChooser } from '../../../renderer/src/screens/compare/CompareChooser';
import { CompareScreen } from '../../../renderer/src/screens/compare/CompareScreen';
import { useUi } from '../../../renderer/src/state/uiStore';
import { action, answer, assessment, bundle, matrix } from '../../shared/followup/bundles';

const packRef = { packId: 'ai-introduction', version: 1 };
const question = (itemId: string): string => packItems(findPack(packRef)!).find((i) => i.id === itemId)!.question.en;
const intro = (assessmentId: string, itemId: string, value: Answer['value'], risk: Answer['risk'] = null): Answer => answer(assessmentId, itemId, value, risk, { packId: 'ai-introduction' });

const earlier: AssessmentBundle = bundle(assessment('visit-1', { packs: [packRef], date: '2026-01-10' }), {
  answers: [intro('visit-1', 'intro-01', 'no', matrix(4, 4)), intro('visit-1', 'intro-02', 'partly', matrix(2, 2)), intro('visit-1', 'intro-03', 'yes'), intro('visit-1', 'intro-04', 'no', matrix(5, 5))],
  actions: [action('visit-1', 'act-a', 'planned'), action('visit-1', 'act-b', 'in-progress', { description: 'Train supervisors' }), action('visit-1', 'act-c', 'done')],
});

/** The follow-up: intro-01 answered differently with a lower risk, intro-02 rated higher, intro-03 and -04 not looked at again; act-a done. */
function laterVisit(): AssessmentBundle {
  let n = 0;
  const next = startFollowUp(earlier, { newId: 'visit-2' as AssessmentId, now: '2026-07-01T09:00:00.000Z', date: '2026-07-01', idFor: () => `carried-${++n}` });
  const revisit: Record<string, Partial<Answer>> = { 'intro-01': { value: 'yes', risk: matrix(1, 2), recheck: false }, 'intro-02': { risk: matrix(4, 5), recheck: false } };
  return {
    ...next,
    answers: next.answers.map((a) => ({ ...a, ...revisit[a.itemId] })),
    actions: next.actions.map((a) => (a.carriedFrom === 'act-a' ? { ...a, status: 'done' } : a)),
  };
}

beforeAll(async () => {
  if (!i18next.isInitialized) await startI18n('en');
  const db = createDb('compare-screen-test');
  await db.open();
  setDatabase(db);
  const other = assessment('elsewhere', { workplace: { name: 'Another firm', site: 'Busan', sector: '', sizeBand: '' } });
  for (const b of [earlier, laterVisit(), bundle(other)]) {
    await db.assessments.add(b.assessment);
    await db.answers.bulkAdd([...b.answers]);
    await db.actions.bulkAdd([...b.actions]);
  }
});

afterEach(cleanup);

const count = (label: string): string => screen.getByText(label).closest('li')!.querySelector('strong')!.textContent!;
const itemRows = (): string[] =>
  within(screen.getByRole('table', { name: 'Answers and risk levels at each visit' }))
    .getAllByRole('rowheader')
    .map((th) => th.textContent!);

describe('CompareScreen', () => {
  it('names both visits in visit order, even when passed the other way round', async () => {
    render(<CompareScreen earlierId={'visit-2' as AssessmentId} laterId={'visit-1' as AssessmentId} />);
    await screen.findByRole('heading', { name: 'Comparing two visits' });
    const [first, second] = screen.getAllByRole('definition');
    expect(first!.textContent).toBe('Warehouse picking · 10 Jan 2026');
    expect(second!.textContent).toBe('Warehouse picking · 1 Jul 2026');
  });

  it('counts changed answers, risks up and down, closed actions and answers still to re-check', async () => {
    render(<CompareScreen earlierId={'visit-1' as AssessmentId} laterId={'visit-2' as AssessmentId} />);
    await screen.findByRole('heading', { name: 'Comparing two visits' });
    expect(count('Answers changed')).toBe('1');
    expect(count('Risks higher')).toBe('1');
    expect(count('Risks lower')).toBe('1');
    expect(count('Actions closed')).toBe('1');
    expect(count('Answers still to re-check')).toBe('2');
    expect(count('Actions still open')).toBe('1');
  });

  it('filters the item table to what changed, with the direction in words as well as arrows', async () => {
    render(<CompareScreen earlierId={'visit-1' as AssessmentId} laterId={'visit-2' as AssessmentId} />);
    await screen.findByRole('heading', { name: 'Comparing two visits' });
    expect(itemRows()).toHaveLength(16);
    const filter = screen.getByRole('checkbox', { name: 'Show changed items only (2 of 16)' });
    fireEvent.click(filter);
    expect(itemRows()).toEqual([question('intro-01'), question('intro-02')]);
    const rows = within(screen.getByRole('table', { name: 'Answers and risk levels at each visit' })).getAllByRole('row');
    const first = rows.find((r) => r.textContent!.includes(question('intro-01')))!;
    expect(within(first).getAllByRole('cell').map((c) => c.textContent)).toEqual(['No', 'Yes', 'High', 'Low', '▼ Risk lowerAnswer changed']);
    const second = rows.find((r) => r.textContent!.includes(question('intro-02')))!;
    expect(second.textContent).toContain('▲ Risk higher');
    fireEvent.click(filter);
    expect(itemRows()).toHaveLength(16);
  });

  it('links each item to the later visit’s walk-through', async () => {
    render(<CompareScreen earlierId={'visit-1' as AssessmentId} laterId={'visit-2' as AssessmentId} />);
    await screen.findByRole('heading', { name: 'Comparing two visits' });
    fireEvent.click(screen.getByRole('link', { name: question('intro-02') }));
    expect(useUi.getState().route).toEqual({ screen: 'walk', id: 'visit-2', packId: 'ai-introduction', itemId: 'intro-02' });
  });

  it('draws the per-checklist chart with a text description and gives the figures as a table', async () => {
    render(<CompareScreen earlierId={'visit-1' as AssessmentId} laterId={'visit-2' as AssessmentId} />);
    await screen.findByRole('heading', { name: 'Comparing two visits' });
    const chart = screen.getByRole('img', { name: 'Share of items needing attention per checklist, at each visit' });
    expect(chart.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(chart.getAttribute('aria-describedby')!)!.textContent).toMatch(/gap \(no or partly\) or a high or very high risk/);
    // Each visit's bars carry their own fill pattern, not just a colour.
    expect(new Set([...chart.querySelectorAll('rect.trend-bar')].map((r) => r.getAttribute('fill'))).size).toBe(2);
    const table = screen.getByRole('table', { name: /Items needing attention, gaps and high risks/ });
    // Earlier: intro-01, -02, -04 are gaps (and two of them high risks); later: intro-02 partly and very high, intro-04 no and very high.
    expect(within(table).getByRole('row', { name: /Introducing an AI system/ }).textContent).toContain('3 of 16 (19%)');
    expect(within(table).getByRole('row', { name: /Introducing an AI system/ }).textContent).toContain('2 of 16 (13%)');
  });
});

describe('CompareChooser', () => {
  it('offers only other visits to the same workplace and hands over the pair in visit order', async () => {
    const onCompare = vi.fn();
    render(<CompareChooser id={'visit-1' as AssessmentId} onCompare={onCompare} />);
    const select = await screen.findByRole('combobox', { name: 'Other visit to this workplace' });
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['Warehouse picking · 1 Jul 2026 · later visit']);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Compare' }));
    });
    expect(onCompare).toHaveBeenCalledWith('visit-1', 'visit-2');
  });

  it('says so when there is nothing to compare with', async () => {
    render(<CompareChooser id={'elsewhere' as AssessmentId} onCompare={vi.fn()} />);
    expect(await screen.findByText(/no other assessment of this workplace/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Compare' })).toBeNull();
  });
});
