// Runs in the renderer. Promise API over the ingest worker, started on first use: the window only hands over File
// handles (no bytes are copied or read on the main thread) and gets back Blobs ready to store.
import type { IngestOptions, IngestOutcome, IngestRequest, IngestResponse } from './protocol';

export type { IngestedFile, IngestOptions, IngestOutcome, IngestRefusal, IngestRefusalCode, IngestResult } from './protocol';

type Pending = { resolve: (outcome: IngestOutcome) => void; reject: (error: Error) => void };

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function ingestWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./ingestWorker.ts', import.meta.url), { type: 'module' });
  worker.addEventListener('message', (event: MessageEvent<IngestResponse>) => {
    const message = event.data;
    const waiting = pending.get(message.id);
    if (!waiting) return;
    pending.delete(message.id);
    if (message.kind === 'result') waiting.resolve(message.outcome);
    else waiting.reject(new Error(message.message));
  });
  worker.addEventListener('error', (event) => {
    // A worker that cannot start fails every file waiting on it, rather than leaving them hanging.
    for (const waiting of pending.values()) waiting.reject(new Error(event.message || 'The worker that prepares files stopped.'));
    pending.clear();
    worker = null;
  });
  return worker;
}

/**
 * Checks a file and prepares it for storage as evidence, off the main thread. Files are handled in the
 * order given, one at a time. Resolves with a refusal for files the user must fix (wrong type, too large,
 * damaged photo); rejects only when something unexpected failed (the worker could not start, storage
 * could not be read).
 */
export function ingestFile(file: File, options: IngestOptions): Promise<IngestOutcome> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    ingestWorker().postMessage({ id, file, options } satisfies IngestRequest);
  });
}
