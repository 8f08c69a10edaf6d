// Runs in Chromium, test-time only. A bare page around the ingest client, built by vite like the app, so the
// end-to-end test and the bench drive the real worker bundle: pick a file in the input, then call `ingestHarness`.
import { CameraError, captureFromCamera, grabFrame, openCamera, stopCamera } from '../../../../renderer/src/evidence/captureFromCamera';
import { ingestFile, type IngestOptions, type IngestOutcome } from '../../../../renderer/src/evidence/ingestClient';

type WireFile = { fileName: string; mediaType: string; size: number; sha256: string; blobType: string; base64: string };

function base64(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(blob);
  });
}

const wire = async ({ blob, ...file }: { blob: Blob; fileName: string; mediaType: string; size: number; sha256: string }): Promise<WireFile> => ({
  ...file,
  blobType: blob.type,
  base64: await base64(blob),
});

async function wireOutcome(outcome: IngestOutcome): Promise<unknown> {
  if (!outcome.ok) return outcome;
  const { file, original, ...rest } = outcome.result;
  return { ok: true, result: { ...rest, file: await wire(file), original: original ? await wire(original) : null } };
}

const input = document.querySelector<HTMLInputElement>('#file')!;

const harness = {
  /** A busy, photo-like image of this size (gradient and thousands of shapes, fixed seed), as base64: what a phone gives. */
  async makePhoto(width: number, height: number, type = 'image/jpeg'): Promise<string> {
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d')!;
    let seed = 1;
    const next = (): number => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
    const sky = context.createLinearGradient(0, 0, 0, height);
    sky.addColorStop(0, '#8fb3d9');
    sky.addColorStop(1, '#5a4a3a');
    context.fillStyle = sky;
    context.fillRect(0, 0, width, height);
    for (let i = 0; i < 40_000; i++) {
      const size = 3 + next() * 40;
      context.fillStyle = `rgba(${(next() * 255) | 0},${(next() * 255) | 0},${(next() * 255) | 0},0.6)`;
      context.fillRect(next() * width, next() * height, size, size * (0.5 + next()));
    }
    return base64(await canvas.convertToBlob({ type, quality: 0.92 }));
  },
  /**
   * Test patterns as PNG (base64): 'stripes', 1-pixel black and white columns, the hardest thing to shrink without
   * aliasing; 'clear', a transparent image with one black square in the middle.
   */
  async makePattern(pattern: 'stripes' | 'clear', width: number, height: number): Promise<string> {
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#000';
    if (pattern === 'stripes') {
      context.fillStyle = '#fff';
      context.fillRect(0, 0, width, height);
      context.fillStyle = '#000';
      for (let x = 0; x < width; x += 2) context.fillRect(x, 0, 1, height);
    } else context.fillRect(width / 3, height / 3, width / 3, height / 3);
    return base64(await canvas.convertToBlob({ type: 'image/png' }));
  },
  /** Mean and spread of the red channel over a rectangle of a decoded image (base64). */
  async tone(image: string, x: number, y: number, width: number, height: number): Promise<{ mean: number; spread: number }> {
    const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(image), (c) => c.charCodeAt(0))]));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const data = context.getImageData(x, y, width, height).data;
    let sum = 0;
    let squares = 0;
    for (let i = 0; i < data.length; i += 4) {
      sum += data[i]!;
      squares += data[i]! * data[i]!;
    }
    const n = data.length / 4;
    return { mean: sum / n, spread: Math.sqrt(squares / n - (sum / n) ** 2) };
  },
  /** Ingests every chosen file at once, as a drop of several files does; outcomes in the order of the files. */
  async ingestAll(options: IngestOptions): Promise<unknown[]> {
    return Promise.all(Array.from(input.files!, async (file) => wireOutcome(await ingestFile(file, options))));
  },
  /** Ingests the file chosen in the input; blobs come back as base64 so the test can check their bytes. */
  async ingest(options: IngestOptions): Promise<unknown> {
    return wireOutcome(await ingestFile(input.files![0]!, options));
  },
  /** One photo from the camera through ingest; a camera failure comes back as `{ cameraError, message }`. */
  async camera(options: IngestOptions): Promise<unknown> {
    try {
      return await wireOutcome(await captureFromCamera(options));
    } catch (error) {
      if (error instanceof CameraError) return { cameraError: error.code, message: error.message };
      throw error;
    }
  },
  /** Whether every camera track has ended after a frame was taken and the camera stopped (the light goes off). */
  async cameraStopsAfterFrame(): Promise<{ name: string; ended: boolean }> {
    const stream = await openCamera();
    const file = await grabFrame(stream);
    stopCamera(stream);
    return { name: file.name, ended: stream.getTracks().every((t) => t.readyState === 'ended') };
  },
  /** Ingests the chosen file and reports only the wall time, for the bench. */
  async time(options: IngestOptions): Promise<number> {
    const start = performance.now();
    const outcome = await ingestFile(input.files![0]!, options);
    if (!outcome.ok) throw new Error(outcome.code);
    return performance.now() - start;
  },
};

Object.assign(window, { ingestHarness: harness });
document.body.dataset['ready'] = 'true';
