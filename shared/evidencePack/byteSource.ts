// Runs everywhere (pure). Where a file's bytes come from when it is streamed into a pack: a Blob or File
// (the app), a Node read stream (the command line), or bytes already in memory.

/**
 * Anything with a size and a fresh stream of its bytes on each call. A Blob fits as it is; so does
 * `{ size, stream: () => createReadStream(path) }` in Node.
 */
export type ByteSource = {
  readonly size: number;
  stream(): AsyncIterable<Uint8Array> | ReadableStream<Uint8Array>;
};

/** Chunks of at most 1 MiB for bytes in memory: small enough to keep progress moving. */
const memoryChunkBytes = 1024 * 1024;

export function bytesSource(bytes: Uint8Array): ByteSource {
  return {
    size: bytes.byteLength,
    async *stream() {
      for (let at = 0; at < bytes.byteLength; at += memoryChunkBytes) yield bytes.subarray(at, at + memoryChunkBytes);
    },
  };
}

/** The source's chunks one at a time, whichever kind of stream it gives. */
export async function* chunksOf(source: ByteSource): AsyncGenerator<Uint8Array> {
  const stream = source.stream();
  if (!('getReader' in stream)) {
    yield* stream;
    return;
  }
  const reader = stream.getReader();
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        finished = true;
        return;
      }
      yield value;
    }
  } finally {
    // Left early (an error, or more bytes than expected): let the source close its file.
    if (!finished) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}
