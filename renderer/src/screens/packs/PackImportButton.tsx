// Runs in the renderer. "Import an evidence pack…": pick the ZIP, then the checking dialog takes over.
import { type ReactElement, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PackImportDialog } from './PackImportDialog';

export function PackImportButton(): ReactElement {
  const { t } = useTranslation();
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  return (
    <>
      {/* A file input, not the bridge's openFile: the pack is read in slices, never loaded whole. */}
      <input
        id={inputId}
        className="visually-hidden"
        type="file"
        accept=".zip,application/zip"
        onChange={(e) => {
          setFile(e.target.files?.[0] ?? null);
          e.target.value = '';
        }}
      />
      <label className="button-like" htmlFor={inputId}>
        {t('packs.import')}
      </label>
      {file && <PackImportDialog key={`${file.name}-${file.lastModified}`} file={file} onClose={() => setFile(null)} />}
    </>
  );
}
