// A full disk while saving an answer or adding evidence: the user is told, nothing half-written stays in the
// database, and the same write succeeds once there is room. (The restore case is in backup.test.ts.)
import { act, cleanup, render, renderHook, screen } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../renderer/src/app/App';
import { saveAnswer } from '../../../renderer/src/data/answers';
import { createAssessment, getAssessment } from '../../../renderer/src/data/assessments';
import { database, setDatabase } from '../../../renderer/src/data/database';
import { addEvidence } from '../../../renderer/src/data/evidence';
import { newAssessmentDefaults } from '../../../renderer/src/data/newAssessment';
import { createDb } from '../../../renderer/src/db/db';
import { useSave } from '../../../renderer/src/hooks/useSave';
import { startI18n } from '../../../renderer/src/i18n';
import { isStorageFull } from '../../../renderer/src/storage/storageFull';
import { useUi } from '../../../renderer/src/state/uiStore';
import { fillDisk } from './diskFull';
import { dumpAll, worker } from './profile';

let n = 0;
beforeEach(async () => {
  if (!i18next.isInitialized) await startI18n('en');
  const db = createDb(`disk-full-${++n}`);
  await db.open();
  setDatabase(db);
  useUi.setState({ saveFailure: null, notice: null });
});
afterEach(cleanup);

describe('when the disk is full', () => {
  it('an answer save shows the disk-full message with Retry, leaves the database as it was, and Retry saves it', async () => {
    const id = await createAssessment(newAssessmentDefaults());
    const before = await dumpAll();
    const { result } = renderHook(() => useSave());
    const freeSpace = fillDisk('answers');
    await act(async () => {
      result.current(() => saveAnswer({ assessmentId: id, packId: 'psychosocial-load', itemId: 'psy-01' }, { value: 'no', note: '야간 알림' }));
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    freeSpace();
    expect(useUi.getState().saveFailure?.message).toMatch(/disk or the app's storage is full.*It is still on screen.*Retry/);
    expect(await dumpAll()).toEqual(before);

    render(<App backupLocation={null} />);
    expect(screen.getByRole('alert').textContent).toMatch(/Free some disk space/);
    await act(async () => {
      screen.getByRole('button', { name: 'Retry saving' }).click();
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect(useUi.getState().saveFailure).toBeNull();
    expect(await database().answers.get([id, 'psy-01'])).toMatchObject({ value: 'no', note: '야간 알림' });
    expect((await getAssessment(id))!.answeredCount).toBe(1);
  });

  it('adding evidence fails as a full disk, stores neither its metadata nor its bytes, and works once there is room', async () => {
    const id = await createAssessment(newAssessmentDefaults());
    const before = await dumpAll();
    const evidence = {
      assessmentId: id,
      item: { packId: 'psychosocial-load', itemId: 'psy-01' },
      kind: 'document' as const,
      caption: '교대표',
      file: { fileName: 'shifts.pdf', mediaType: 'application/pdf', size: 4, sha256: 'a'.repeat(64), blob: new Blob(['%PDF']) },
      original: null,
      capturedSha256: 'a'.repeat(64),
      takenAt: null,
      keptLocation: false,
      width: null,
      height: null,
      addedBy: worker,
    };
    // The metadata row is written first; the bytes are where the disk runs out.
    const freeSpace = fillDisk('evidenceFiles');
    const error = await addEvidence(evidence).catch((e: unknown) => e);
    freeSpace();
    expect(isStorageFull(error)).toBe(true);
    expect(await dumpAll()).toEqual(before);
    await addEvidence(evidence);
    expect(await database().evidence.count()).toBe(1);
    expect(await database().evidenceFiles.count()).toBe(1);
  });
});
