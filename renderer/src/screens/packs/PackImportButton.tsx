// Runs in the renderer. "Import an evidence pack…": pick the ZIP, then the checking dialog takes over.
import { lazy, type ReactElement, Suspense, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

// Checking a pack brings the signing and ZIP code: loaded when a pack is first chosen.
const PackImportDialog = lazy(() => import('./PackImportDialog').then((m) => ({ default: m.PackImportDialog })));

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
      {file && (
        <Suspense fallback={null}>
          <PackImportDialog key={`${file.name}-${file.lastModified}`} file={file} onClose={() => setFile(null)} />
        </Suspense>
      )}
    </>
  );
}
