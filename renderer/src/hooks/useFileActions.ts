// Runs in the renderer. Import and export of assessment files, with a plain message for every outcome.
import { useTranslation } from 'react-i18next';
import type { BridgeResult } from '../../../shared/bridge/contract';
import type { AssessmentId } from '../../../shared/domain/assessment';
import { type AssessmentFileError, MaxAssessmentFileBytes, parseAssessmentFile } from '../../../shared/format/assessmentFile';
import { exportAssessmentFile, addAssessmentBundle } from '../data/assessmentFiles';
import { desktop } from '../desktop';
import { useUi } from '../state/uiStore';

const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export type FileActions = { importAssessment(): Promise<void>; exportAssessment(id: AssessmentId): Promise<void> };

export function useFileActions(): FileActions {
  const { t } = useTranslation();
  const setNotice = useUi((s) => s.setNotice);
  const navigate = useUi((s) => s.navigate);
  const fail = (message: string): void => setNotice({ kind: 'error', message });

  const bridgeFailure = (result: BridgeResult<unknown>, action: 'open' | 'save'): boolean => {
    if (result.ok || result.error === 'cancelled') return !result.ok;
    fail(result.error === 'too-large' ? t('files.tooLarge', { limit: megabytes(MaxAssessmentFileBytes) }) : t(`files.${action}Failed`, { detail: result.detail ?? result.error }));
    return true;
  };

  const parseMessage = (error: AssessmentFileError): string => {
    switch (error.code) {
      case 'too-large':
        return t('files.tooLarge', { limit: megabytes(MaxAssessmentFileBytes) });
      case 'not-json':
        return t('files.notJson');
      case 'wrong-format':
        return t('files.wrongFormat');
      case 'newer-version':
        return t('files.newerVersion', { found: error.found });
      case 'invalid':
        return t('files.invalid', { detail: error.detail });
    }
  };

  return {
    async importAssessment() {
      const opened = await desktop.openFile({ filterName: t('files.filterName'), extensions: ['json'], maxBytes: MaxAssessmentFileBytes });
      if (bridgeFailure(opened, 'open') || !opened.ok) return;
      const parsed = parseAssessmentFile(opened.value.bytes);
      if (!parsed.ok) return fail(parseMessage(parsed.error));
      try {
        const { id, asCopy } = await addAssessmentBundle(parsed.file);
        const name = parsed.file.assessment.title || parsed.file.assessment.workplace.name || t('list.untitled');
        setNotice({ kind: 'success', message: t(asCopy ? 'files.importedCopy' : 'files.imported', { name }) });
        navigate({ screen: 'summary', id });
      } catch (error) {
        fail(t('files.importFailed', { detail: error instanceof Error ? error.message : String(error) }));
      }
    },
    async exportAssessment(id) {
      const { name, bytes } = await exportAssessmentFile(id, (await desktop.getAppInfo()).version);
      const saved = await desktop.saveFile({ suggestedName: name, filterName: t('files.filterName'), extensions: ['json'], bytes });
      if (bridgeFailure(saved, 'save') || !saved.ok) return;
      setNotice({ kind: 'success', message: t('files.exported', { location: saved.value.location }) });
    },
  };
}
