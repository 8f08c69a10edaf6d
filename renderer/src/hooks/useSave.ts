// Runs in the renderer. Runs a write; if it fails, the user is told why and can retry, and nothing is dropped.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useUi } from '../state/uiStore';

export function describeSaveError(error: unknown, t: TFunction): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') return t('save.errorFull');
  const detail = error instanceof Error ? error.message : String(error);
  return t('save.errorOther', { detail });
}

export function useSave(): (action: () => Promise<void>) => void {
  const { t } = useTranslation();
  const setSaveFailure = useUi((s) => s.setSaveFailure);
  return useCallback(
    (action: () => Promise<void>) => {
      const attempt = async (): Promise<void> => {
        try {
          await action();
          // A later success means the earlier failure's edit has been superseded or saved.
          if (useUi.getState().saveFailure?.retry === attempt) setSaveFailure(null);
        } catch (error) {
          setSaveFailure({ message: describeSaveError(error, t), retry: attempt });
        }
      };
      void attempt();
    },
    [t, setSaveFailure],
  );
}
