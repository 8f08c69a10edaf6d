import { act, fireEvent, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { TextField } from '../../../renderer/src/components/Field';
import { useSave } from '../../../renderer/src/hooks/useSave';
import { startI18n } from '../../../renderer/src/i18n';
import { useUi } from '../../../renderer/src/state/uiStore';
import { App } from '../../../renderer/src/app/App';
import { setDatabase } from '../../../renderer/src/data/database';
import { createDb } from '../../../renderer/src/db/db';

beforeAll(async () => {
  if (!i18next.isInitialized) await startI18n('en');
  const db = createDb('save-failure-test');
  await db.open();
  setDatabase(db);
});

function Note({ write }: { write: (v: string) => Promise<void> }) {
  const save = useSave();
  return <TextField label="Notes" value="" onSave={(v) => save(() => write(v))} />;
}

describe('a failed save', () => {
  it('tells the user, keeps the text on screen, and retries until it is saved', async () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    const write = vi.fn<(v: string) => Promise<void>>().mockRejectedValueOnce(quota).mockResolvedValue(undefined);
    const { container } = render(<Note write={write} />);
    await act(async () => {
      fireEvent.change(screen.getByLabelText('Notes'), { target: { value: 'Camera above line 3' } });
    });
    expect(useUi.getState().saveFailure?.message).toMatch(/disk or the app's storage is full/);
    expect((screen.getByLabelText('Notes') as HTMLTextAreaElement).value).toBe('Camera above line 3');
    container.remove();

    render(<App backupLocation={null} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(/Free some disk space/);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Retry saving' }));
    });
    expect(write).toHaveBeenCalledTimes(2);
    expect(write).toHaveBeenLastCalledWith('Camera above line 3');
    expect(useUi.getState().saveFailure).toBeNull();
  });
});
