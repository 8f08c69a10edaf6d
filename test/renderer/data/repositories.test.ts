import { beforeEach, describe, expect, it } from 'vitest';
import type { AssessmentId } from '../../../shared/domain/assessment';
import { answersOf, saveAnswer } from '../../../renderer/src/data/answers';
import {
  addListEntry,
  createAssessment,
  deleteAssessment,
  getAssessment,
  listAssessments,
  removeListEntry,
  setArchived,
  updateListEntry,
  updateWorkplace,
} from '../../../renderer/src/data/assessments';
import { database, setDatabase } from '../../../renderer/src/data/database';
import { newAssessmentDefaults } from '../../../renderer/src/data/newAssessment';
import { savedLanguage, saveLanguage } from '../../../renderer/src/data/settings';
import { createDb } from '../../../renderer/src/db/db';

let n = 0;
beforeEach(async () => {
  const db = createDb(`repo-test-${++n}`);
  await db.open();
  setDatabase(db);
});

const key = (assessmentId: AssessmentId, itemId: string) => ({ assessmentId, packId: 'pack', itemId });

describe('assessment repository', () => {
  it('creates an active assessment with no answers and lists newest first', async () => {
    const first = await createAssessment(newAssessmentDefaults());
    await new Promise((r) => setTimeout(r, 5));
    const second = await createAssessment(newAssessmentDefaults());
    const list = await listAssessments();
    expect(list.map((a) => a.id)).toEqual([second, first]);
    expect(list[0]).toMatchObject({ status: 'active', answeredCount: 0 });
  });

  it('keeps every one of several quick edits to systems and the workplace', async () => {
    const id = await createAssessment(newAssessmentDefaults());
    const system = { id: 's1', name: '', vendor: '', purpose: '', dataUsed: '', decisions: '', deployedWhere: '', goLiveDate: '', informedDate: '' };
    await addListEntry(id, 'systems', system);
    await Promise.all([
      updateListEntry(id, 'systems', 's1', { name: 'Picker' }),
      updateListEntry(id, 'systems', 's1', { vendor: 'Acme' }),
      updateWorkplace(id, 'name', '한빛물류'),
      updateWorkplace(id, 'site', 'Incheon'),
      addListEntry(id, 'participants', { id: 'p1', name: 'Kim', side: 'worker', role: 'co-chair' }),
    ]);
    const a = await getAssessment(id);
    expect(a?.systems[0]).toMatchObject({ name: 'Picker', vendor: 'Acme' });
    expect(a?.workplace).toMatchObject({ name: '한빛물류', site: 'Incheon' });
    expect(a?.participants).toHaveLength(1);
    await removeListEntry(id, 'participants', 'p1');
    expect((await getAssessment(id))?.participants).toEqual([]);
  });

  it('archives and restores without touching answers', async () => {
    const id = await createAssessment(newAssessmentDefaults());
    await saveAnswer(key(id, 'i1'), { value: 'yes' });
    await setArchived(id, true);
    expect((await getAssessment(id))?.status).toBe('archived');
    await setArchived(id, false);
    expect((await getAssessment(id))?.status).toBe('active');
    expect(await answersOf(id)).toHaveLength(1);
  });

  it('deletes an assessment together with its answers only', async () => {
    const gone = await createAssessment(newAssessmentDefaults());
    const kept = await createAssessment(newAssessmentDefaults());
    await saveAnswer(key(gone, 'i1'), { value: 'no' });
    await saveAnswer(key(kept, 'i1'), { value: 'yes' });
    await deleteAssessment(gone);
    expect(await getAssessment(gone)).toBeUndefined();
    expect(await answersOf(gone)).toEqual([]);
    expect(await answersOf(kept)).toHaveLength(1);
  });

  it('reports an edit to an assessment that no longer exists', async () => {
    await expect(updateWorkplace('missing' as AssessmentId, 'name', 'x')).rejects.toThrow('no longer exists');
  });
});

describe('answer repository', () => {
  it('merges value, note and risk into one row and keeps the answered count in step', async () => {
    const id = await createAssessment(newAssessmentDefaults());
    await saveAnswer(key(id, 'i1'), { note: 'seen the log' });
    expect((await getAssessment(id))?.answeredCount).toBe(0);
    await saveAnswer(key(id, 'i1'), { value: 'partly' });
    await saveAnswer(key(id, 'i1'), { risk: { methodId: 'matrix-5x5', values: { likelihood: 3, severity: 4 } } });
    await saveAnswer(key(id, 'i2'), { value: 'yes' });
    expect((await getAssessment(id))?.answeredCount).toBe(2);
    const [row] = (await answersOf(id)).filter((a) => a.itemId === 'i1');
    expect(row).toMatchObject({ value: 'partly', note: 'seen the log', risk: { values: { likelihood: 3, severity: 4 } } });
    await saveAnswer(key(id, 'i1'), { value: null });
    expect((await getAssessment(id))?.answeredCount).toBe(1);
  });

  it('refuses an answer for a deleted assessment and stores nothing', async () => {
    const id = await createAssessment(newAssessmentDefaults());
    await deleteAssessment(id);
    await expect(saveAnswer(key(id, 'i1'), { value: 'yes' })).rejects.toThrow('no longer exists');
    expect(await database().answers.count()).toBe(0);
  });
});

describe('settings', () => {
  it('remembers the language and ignores anything that is not one', async () => {
    expect(await savedLanguage()).toBeNull();
    await saveLanguage('ko');
    expect(await savedLanguage()).toBe('ko');
    await database().settings.put({ key: 'language', value: 'xx' });
    expect(await savedLanguage()).toBeNull();
  });
});

describe('answer changes that build on what is stored', () => {
  it('keep both risk factors chosen in quick succession', async () => {
    const { withFactor } = await import('../../../shared/risk/rate');
    const id = await createAssessment(newAssessmentDefaults());
    await Promise.all([
      saveAnswer(key(id, 'i1'), (stored) => ({ risk: withFactor(stored.risk, 'matrix-5x5', 'likelihood', 4) })),
      saveAnswer(key(id, 'i1'), (stored) => ({ risk: withFactor(stored.risk, 'matrix-5x5', 'severity', 5) })),
    ]);
    const [row] = await answersOf(id);
    expect(row?.risk).toEqual({ methodId: 'matrix-5x5', values: { likelihood: 4, severity: 5 } });
  });
});

describe('assessment files in the database', () => {
  it('import a file, and import it again as a separate copy without touching the first', async () => {
    const { readFileSync } = await import('node:fs');
    const { resolve } = await import('node:path');
    const { parseAssessmentFile } = await import('../../../shared/format/assessmentFile');
    const { addAssessmentBundle, exportAssessmentFile } = await import('../../../renderer/src/data/assessmentFiles');
    const parsed = parseAssessmentFile(readFileSync(resolve(import.meta.dirname, '../../fixtures/assessments/sample-ko.jointcheck.json')));
    if (!parsed.ok) throw new Error('fixture');
    const first = await addAssessmentBundle(parsed.file);
    expect(first).toEqual({ id: parsed.file.assessment.id, asCopy: false });
    expect((await getAssessment(first.id))?.answeredCount).toBe(80);
    await saveAnswer(key(first.id, 'local-edit'), { note: 'kept' });
    const second = await addAssessmentBundle(parsed.file);
    expect(second.asCopy).toBe(true);
    expect(second.id).not.toBe(first.id);
    expect(await answersOf(second.id)).toHaveLength(80);
    expect(await answersOf(first.id)).toHaveLength(81);

    const exported = await exportAssessmentFile(first.id, '1.2.3');
    expect(exported.name).toBe('물류센터 피킹 시스템 1차 점검 2026-11-20.jointcheck.json');
    const reread = parseAssessmentFile(exported.bytes);
    expect(reread.ok && reread.file.answers.length).toBe(81);
  });
});
