// Runs in the renderer. Taking a photo with the laptop's camera: live preview, take, then the usual evidence path.
import { type ReactElement, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../../components/Modal';
import { CameraError, captureTime, grabFrame, openCamera, stopCamera } from '../../evidence/captureFromCamera';

const messages = { 'permission-denied': 'evidence.cameraDenied', 'no-camera': 'evidence.cameraMissing', unsupported: 'evidence.cameraMissing', 'camera-busy': 'evidence.cameraFailed' } as const;

/** `onCapture` receives the picture and when it was taken (the camera writes no EXIF). */
export function CameraDialog({ onClose, onCapture }: { onClose: () => void; onCapture: (file: File, takenAt: string) => void }): ReactElement {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const [stream, setStream] = useState<MediaStream | null>(null);
  const [error, setError] = useState<string | null>(null);
  const fail = (e: unknown): void => setError(t(e instanceof CameraError ? messages[e.code] : 'evidence.cameraFailed'));

  useEffect(() => {
    let opened: MediaStream | null = null;
    let live = true;
    openCamera().then((s) => {
      opened = s;
      if (!live) return stopCamera(s);
      setStream(s);
      if (video.current) video.current.srcObject = s;
    }, fail);
    // The camera light goes off as soon as the dialog closes.
    return () => {
      live = false;
      if (opened) stopCamera(opened);
    };
  }, []); // eslint-disable-line react-hooks/exhaustive-deps -- open the camera once per dialog

  const take = (): void => {
    if (!stream) return;
    const at = new Date();
    grabFrame(stream, video.current ?? undefined, at).then((file) => {
      onCapture(file, captureTime(at));
      onClose();
    }, fail);
  };

  return (
    <Modal open title={t('evidence.cameraTitle')} onCancel={onClose}>
      {error ? (
        <p className="notice error" role="alert">
          {error}
        </p>
      ) : (
        <video ref={video} className="camera-preview" autoPlay playsInline muted aria-label={t('evidence.cameraPreview')} />
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button type="button" className="primary" disabled={!stream} onClick={take}>
          {t('evidence.takePhoto')}
        </button>
      </div>
    </Modal>
  );
}
