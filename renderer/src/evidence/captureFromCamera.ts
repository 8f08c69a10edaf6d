// Runs in the renderer (main thread). Takes a photo with the computer's camera and sends it down the same ingest path
// as a chosen file. The UI shows the stream from `openCamera` in a <video> for a preview, or calls `captureFromCamera`.
import { ingestFile } from './ingestClient';
import type { IngestOptions, IngestOutcome } from './protocol';

export type CameraFailure = 'unsupported' | 'permission-denied' | 'no-camera' | 'camera-busy';

const messages: Record<CameraFailure, string> = {
  unsupported: 'This window cannot use a camera. Choose a photo file instead.',
  'permission-denied': 'The camera was not allowed. Allow camera access for JointCheck in the system settings, or choose a photo file instead.',
  'no-camera': 'No camera was found on this computer. Connect one, or choose a photo file instead.',
  'camera-busy': 'The camera could not be started. Close other programs that use it and try again, or choose a photo file instead.',
};

/** Why the camera gave no picture; `code` picks the app's translated message, `message` is the English one. */
export class CameraError extends Error {
  constructor(readonly code: CameraFailure) {
    super(messages[code]);
    this.name = 'CameraError';
  }
}

function failureOf(error: unknown): CameraFailure {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'permission-denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'no-camera';
  return 'camera-busy';
}

/** Starts the camera (video only, up to full HD). Throws a CameraError. Stop it with `stopCamera` when done. */
export async function openCamera(): Promise<MediaStream> {
  if (!navigator.mediaDevices?.getUserMedia) throw new CameraError('unsupported');
  try {
    return await navigator.mediaDevices.getUserMedia({ video: { width: { ideal: 1920 }, height: { ideal: 1080 } }, audio: false });
  } catch (error) {
    throw new CameraError(failureOf(error));
  }
}

/** Turns the camera (and its light) off. */
export function stopCamera(stream: MediaStream): void {
  for (const track of stream.getTracks()) track.stop();
}

/** Local time like the clock the user sees, without zone: `2026-11-20T14:03:11` (EXIF's meaning), `timeSeparator` between h, m, s. */
function localStamp(at: Date, timeSeparator: string): string {
  const two = (n: number): string => String(n).padStart(2, '0');
  const time = [at.getHours(), at.getMinutes(), at.getSeconds()].map(two).join(timeSeparator);
  return `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}T${time}`;
}

/** When a camera picture was taken, as EXIF would say it: the camera writes no EXIF of its own. */
export const captureTime = (at: Date): string => localStamp(at, ':');

/** `camera-2026-11-20T14-03-11.jpg`: no colons, which Windows refuses in file names. */
export const cameraFileName = (at: Date): string => `camera-${localStamp(at, '-')}.jpg`;

/**
 * The stream's current picture as a JPEG file. `video` is the preview element when the UI has one;
 * otherwise a hidden one plays the stream until its first frame arrives.
 */
export async function grabFrame(stream: MediaStream, video?: HTMLVideoElement, at: Date = new Date()): Promise<File> {
  const source = video ?? Object.assign(document.createElement('video'), { muted: true, playsInline: true, srcObject: stream });
  if (source.readyState < HTMLMediaElement.HAVE_CURRENT_DATA) {
    const ready = new Promise((resolve) => source.addEventListener('loadeddata', resolve, { once: true }));
    if (!video) await source.play();
    await ready;
  }
  if (source.videoWidth === 0) throw new CameraError('camera-busy');
  const canvas = document.createElement('canvas');
  canvas.width = source.videoWidth;
  canvas.height = source.videoHeight;
  canvas.getContext('2d')!.drawImage(source, 0, 0);
  // toBlob encodes off the main thread's critical path; the worker then reduces and hashes it like any photo.
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.92));
  if (!blob) throw new CameraError('camera-busy');
  return new File([blob], cameraFileName(at), { type: 'image/jpeg', lastModified: at.getTime() });
}

/**
 * Opens the camera, takes one picture, turns the camera off and ingests the picture. The camera writes no
 * EXIF, so `takenAt` is the moment of capture, in local time. Throws a CameraError when there is no picture.
 */
export async function captureFromCamera(options: IngestOptions): Promise<IngestOutcome> {
  const stream = await openCamera();
  const at = new Date();
  let file: File;
  try {
    file = await grabFrame(stream, undefined, at);
  } finally {
    stopCamera(stream);
  }
  const outcome = await ingestFile(file, options);
  return outcome.ok ? { ok: true, result: { ...outcome.result, takenAt: outcome.result.takenAt ?? captureTime(at) } } : outcome;
}
