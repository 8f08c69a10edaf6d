// Runs in the renderer. Evidence of one item (or of the whole assessment): add by picker, drop or camera; list, caption, save, remove.
import { type DragEvent, type ReactElement, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentId } from '../../../../shared/domain/assessment';
import type { Evidence, ItemRef } from '../../../../shared/domain/record';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { TextField } from '../../components/Field';
import { evidenceBytes, removeEvidence, updateCaption } from '../../data/evidence';
import { desktop } from '../../desktop';
import { useWithActor } from '../../hooks/useActor';
import { useSave } from '../../hooks/useSave';
import { useUi } from '../../state/uiStore';
import { addEvidenceFiles, type AddFilesOutcome, type Refusal } from './addEvidenceFiles';
import { CameraDialog } from './CameraDialog';
import { InstrumentEvidenceSummary } from '../instruments/InstrumentEvidenceSummary';

type Props = { assessmentId: AssessmentId; item: ItemRef; evidence: readonly Evidence[]; readOnly: boolean; label: string };

export function formatBytes(size: number, lang: string): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = size;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${new Intl.NumberFormat(lang, { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)} ${units[unit]}`;
}

export function EvidencePanel({ assessmentId, item, evidence, readOnly, label }: Props): ReactElement {
  const { t } = useTranslation();
  const withActor = useWithActor();
  const setNotice = useUi((s) => s.setNotice);
  const inputId = useId();
  const [keepOriginal, setKeepOriginal] = useState(false);
  const [keepLocation, setKeepLocation] = useState(false);
  const [busy, setBusy] = useState<{ done: number; total: number } | null>(null);
  const [dragging, setDragging] = useState(false);
  const [camera, setCamera] = useState(false);

  const add = (files: readonly File[], takenAt: string | null = null): void => {
    if (files.length === 0) return;
    withActor((actor) => {
      setBusy({ done: 0, total: files.length });
      void addEvidenceFiles({ assessmentId, item, files, takenAt, keepOriginal, keepLocation, actor, onProgress: (done) => setBusy({ done, total: files.length }) })
        .then((outcome) => setNotice(noticeFor(outcome, t)))
        .finally(() => setBusy(null));
    });
  };

  const onDrop = (e: DragEvent): void => {
    e.preventDefault();
    setDragging(false);
    if (!readOnly) add([...e.dataTransfer.files]);
  };

  return (
    <div className="evidence-panel">
      {!readOnly && (
        <div
          className={`drop-zone ${dragging ? 'drop-zone-active' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
          data-testid="drop-zone"
        >
          <p>{t('evidence.dropHint', { label })}</p>
          <div className="row-actions">
            <input
              id={inputId}
              className="visually-hidden"
              type="file"
              multiple
              onChange={(e) => {
                add([...(e.target.files ?? [])]);
                e.target.value = '';
              }}
            />
            <label className="button-like" htmlFor={inputId}>
              {t('evidence.choose')}
            </label>
            {'mediaDevices' in navigator && (
              <button type="button" onClick={() => setCamera(true)}>
                {t('evidence.camera')}
              </button>
            )}
          </div>
          <label className="check">
            <input type="checkbox" checked={keepOriginal} onChange={(e) => setKeepOriginal(e.target.checked)} /> <span>{t('evidence.keepOriginal')}</span>
          </label>
          <label className="check">
            <input type="checkbox" checked={keepLocation} onChange={(e) => setKeepLocation(e.target.checked)} /> <span>{t('evidence.keepLocation')}</span>
          </label>
          {busy && (
            <p role="status">
              {t('evidence.adding', busy)}
            </p>
          )}
        </div>
      )}
      {evidence.length === 0 ? (
        <p className="muted">{t('evidence.none')}</p>
      ) : (
        <ul className="evidence-list">
          {evidence.map((e) => (
            <EvidenceRow key={e.id} evidence={e} readOnly={readOnly} />
          ))}
        </ul>
      )}
      {camera && <CameraDialog onClose={() => setCamera(false)} onCapture={(file, takenAt) => add([file], takenAt)} />}
    </div>
  );
}

function noticeFor(outcome: AddFilesOutcome, t: (key: string, options?: Record<string, unknown>) => string): { kind: 'success' | 'error'; message: string } {
  const added = outcome.added.length > 0 ? t('evidence.added', { count: outcome.added.length }) : '';
  const refused = outcome.refused.map((r) => t(`evidence.refused.${refusalMessage(r)}`, { name: r.fileName, ...r.detail })).join(' ');
  return { kind: outcome.refused.length > 0 ? 'error' : 'success', message: [added, refused].filter(Boolean).join(' ') };
}

/** Which message fits: formats a JPEG would fix get that advice; text that is not UTF-8 gets the "save as CSV UTF-8" one. */
function refusalMessage(refusal: Refusal): string {
  if (refusal.detail['advice'] === 'convert-to-jpeg') return 'heic';
  if (refusal.code === 'content-mismatch' && (refusal.detail['claimed'] === 'CSV' || refusal.detail['claimed'] === 'TXT')) return 'notUtf8';
  return refusal.code;
}

function useObjectUrl(evidence: Evidence): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (evidence.kind !== 'photo') return;
    let created: string | null = null;
    let live = true;
    void evidenceBytes(evidence).then((blob) => {
      if (!live || !blob) return;
      created = URL.createObjectURL(blob);
      setUrl(created);
    });
    return () => {
      live = false;
      if (created) URL.revokeObjectURL(created);
    };
  }, [evidence]);
  return url;
}

function EvidenceRow({ evidence, readOnly }: { evidence: Evidence; readOnly: boolean }): ReactElement {
  const { t, i18n } = useTranslation();
  const save = useSave();
  const setNotice = useUi((s) => s.setNotice);
  const [confirming, setConfirming] = useState(false);
  const url = useObjectUrl(evidence);
  const added = new Date(evidence.addedAt).toLocaleString(i18n.language);

  const saveCopy = async (which: 'file' | 'original'): Promise<void> => {
    const stored = which === 'file' ? evidence.file : evidence.original;
    const blob = await evidenceBytes(evidence, which);
    if (!stored || !blob) return setNotice({ kind: 'error', message: t('evidence.notHere') });
    const extension = /\.([a-z0-9]{1,10})$/i.exec(stored.fileName)?.[1]?.toLowerCase() ?? 'bin';
    const result = await desktop.saveFile({ suggestedName: stored.fileName, filterName: stored.mediaType, extensions: [extension], bytes: new Uint8Array(await blob.arrayBuffer()) });
    if (result.ok) setNotice({ kind: 'success', message: t('evidence.savedCopy', { location: result.value.location }) });
    else if (result.error !== 'cancelled') setNotice({ kind: 'error', message: t('files.saveFailed', { detail: result.detail ?? result.error }) });
  };

  return (
    <li className="evidence-row" data-evidence-id={evidence.id}>
      {url ? <img src={url} alt={evidence.caption || evidence.file.fileName} className="evidence-thumb" /> : <span className="evidence-icon" aria-hidden="true">📄</span>}
      <div className="evidence-meta">
        <p className="evidence-name">
          {evidence.file.fileName} <span className="muted">{formatBytes(evidence.file.size, i18n.language)}</span>
          {evidence.original && <span className="tag">{t('evidence.originalKept')}</span>}
          {evidence.keptLocation && <span className="tag tag-warn">{t('evidence.locationKept')}</span>}
        </p>
        <p className="muted small">
          {t('evidence.addedBy', { name: evidence.addedBy.name, side: t(`side.${evidence.addedBy.side}`), when: added })}
          {evidence.takenAt && ` · ${t('evidence.takenAt', { when: evidence.takenAt.replace('T', ' ') })}`}
        </p>
        {evidence.kind === 'instrument' && <InstrumentEvidenceSummary evidence={evidence} />}
        <p className="muted small hash" title={evidence.file.sha256}>
          SHA-256 {evidence.file.sha256}
        </p>
        {readOnly ? (
          evidence.caption && <p>{evidence.caption}</p>
        ) : (
          <TextField label={t('evidence.caption')} value={evidence.caption} onSave={(caption) => save(() => updateCaption(evidence, caption))} />
        )}
        <div className="row-actions">
          <button type="button" onClick={() => void saveCopy('file')}>
            {t('evidence.saveCopy')}
          </button>
          {evidence.original && (
            <button type="button" onClick={() => void saveCopy('original')}>
              {t('evidence.saveOriginal')}
            </button>
          )}
          {!readOnly && (
            <button type="button" className="link" onClick={() => setConfirming(true)}>
              {t('evidence.remove')}
            </button>
          )}
        </div>
      </div>
      <ConfirmDialog
        open={confirming}
        title={t('evidence.removeTitle')}
        message={t('evidence.removeMessage', { name: evidence.file.fileName })}
        confirmLabel={t('evidence.remove')}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          save(() => removeEvidence(evidence));
        }}
      />
    </li>
  );
}
