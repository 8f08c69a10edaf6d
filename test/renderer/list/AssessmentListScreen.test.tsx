import { act, fireEvent, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAssessment } from '../../../renderer/src/data/assessments';
import { setDatabase } from '../../../renderer/src/data/database';
import { newAssessmentDefaults } from '../../../renderer/src/data/newAssessment';
import { createDb } from '../../../renderer/src/db/db';
import { startI18n } from '../../../renderer/src/i18n';
import { AssessmentListScreen } from '../../../renderer/src/screens/AssessmentListScreen';
import { useUi } from '../../../renderer/src/state/uiStore';

beforeAll(async () => {
  if (!i18next.isInitialized) await startI18n('en');
  const db = createDb('list-screen-test');
  await db.open();
  setDatabase(db);
  for (let n = 0; n < 70; n += 1) await createAssessment({ ...newAssessmentDefaults(), title: `Visit ${n}`, workplace: { name: `Plant${'ABCDEFG'[n % 7]}`, site: '', sector: '', sizeBand: '' } });
});

describe('the assessment list with many assessments', () => {
  it('draws the first 60, shows the rest on request, and search reaches every one', async () => {
    render(<AssessmentListScreen />);
    await screen.findByText('Visit 69');
    expect(document.querySelectorAll('.assessment-card')).toHaveLength(60);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: /^Show 10 more \(10 not shown yet/ }));
    });
    expect(document.querySelectorAll('.assessment-card')).toHaveLength(70);

    await act(async () => useUi.getState().setSearch('plantc'));
    // Every third-of-seven assessment, wherever it was in the list, and nothing else.
    const found = [...document.querySelectorAll('.assessment-card h2 a')].map((a) => a.textContent);
    expect(found.sort()).toEqual(Array.from({ length: 10 }, (_, i) => `Visit ${2 + 7 * i}`).sort());
  });
});
