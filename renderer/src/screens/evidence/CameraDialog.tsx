// Runs in the renderer. Taking a photo with the laptop's camera: live preview, take, then the usual evidence path.
import { type ReactElement, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../../components/Modal';

export function CameraDialog({ onClose, onCapture }: { onClose: () => void; onCapture: (file: File) => void }): ReactElement {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const [stream, setStream] = useState<MediaStream | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let opened: MediaStream | null = null;
    let live = true;
    navigator.mediaDevices
      .getUserMedia({ video: { width: { ideal: 1920 }, height: { ideal: 1080 } }, audio: false })
      .then((s) => {
        opened = s;
        if (!live) return s.getTracks().forEach((track) => track.stop());
        setStream(s);
        if (video.current) video.current.srcObject = s;
      })
      .catch((e: unknown) => {
        const name = e instanceof DOMException ? e.name : '';
        setError(t(name === 'NotAllowedError' ? 'evidence.cameraDenied' : name === 'NotFoundError' ? 'evidence.cameraMissing' : 'evidence.cameraFailed'));
      });
    // The camera light goes off as soon as the dialog closes.
    return () => {
      live = false;
      opened?.getTracks().forEach((track) => track.stop());
    };
  }, [t]);

  const take = (): void => {
    const v = video.current;
    if (!v || !stream || v.videoWidth === 0) return;
    const canvas = document.createElement('canvas');
    canvas.width = v.videoWidth;
    canvas.height = v.videoHeight;
    canvas.getContext('2d')!.drawImage(v, 0, 0);
    canvas.toBlob(
      (blob) => {
        if (!blob) return setError(t('evidence.cameraFailed'));
        const stamp = new Date().toISOString().replace(/[:.]/g, '-');
        onCapture(new File([blob], `camera-${stamp}.jpg`, { type: 'image/jpeg' }));
        onClose();
      },
      'image/jpeg',
      0.92,
    );
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
