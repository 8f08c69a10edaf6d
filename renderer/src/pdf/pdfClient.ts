// Runs in the renderer. Promise API over the PDF worker, started on first use so the app starts without PDF code.
import type { PdfRequest, PdfResponse, PdfTask, PdfTasks } from './protocol';

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void; onProgress?: (done: number, total: number) => void };

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function pdfWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./pdfWorker.ts', import.meta.url), { type: 'module' });
  worker.addEventListener('message', (event: MessageEvent<PdfResponse>) => {
    const message = event.data;
    const waiting = pending.get(message.id);
    if (!waiting) return;
    if (message.kind === 'progress') return waiting.onProgress?.(message.done, message.total);
    pending.delete(message.id);
    if (message.kind === 'result') waiting.resolve(message.value);
    else waiting.reject(new Error(message.message));
  });
  worker.addEventListener('error', (event) => {
    // A worker that cannot start fails every task waiting on it, rather than leaving them hanging.
    for (const waiting of pending.values()) waiting.reject(new Error(event.message || 'The PDF worker stopped.'));
    pending.clear();
    worker = null;
  });
  return worker;
}

export function runPdfTask<K extends PdfTask>(task: K, args: PdfTasks[K]['args'], onProgress?: (done: number, total: number) => void): Promise<PdfTasks[K]['result']> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve: resolve as (value: unknown) => void, reject, ...(onProgress ? { onProgress } : {}) });
    pdfWorker().postMessage({ id, task, args } as PdfRequest);
  });
}
