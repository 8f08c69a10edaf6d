// Runs in the renderer. Reads a CSV file the user chose, with the shared reader's bounds and messages that name the line.
import type { TFunction } from 'i18next';
import { type CsvError, type CsvResult, readCsv } from '../../../../shared/format/csv';
import type { Language } from '../../../../shared/i18n/localized';

export function readCsvFile(file: File): Promise<CsvResult> {
  return readCsv({ size: file.size, bytes: async () => new Uint8Array(await file.arrayBuffer()) });
}

/** What is wrong with the file and where, in the user's language. */
export function csvErrorMessage(error: CsvError, lang: Language, t: TFunction): string {
  const translated = error.line === null ? t(`instruments.csvError.${error.code}`) : t('instruments.csvError.atLine', { line: error.line, problem: t(`instruments.csvError.${error.code}`) });
  // The translation carries the line and the problem; the English message adds counts and names.
  return lang === 'en' ? error.message : translated;
}
