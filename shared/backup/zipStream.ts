// Runs everywhere (pure). A ZIP archive written as a stream of stored (uncompressed) entries into an async
// sink, one entry open at a time, waiting on the sink before taking more (back-pressure).
import { Zip, ZipPassThrough } from 'fflate';

export type ZipEntryWriter = { write(chunk: Uint8Array): Promise<void>; close(): Promise<void> };

export class ZipStream {
  private readonly pending: Uint8Array[] = [];
  private failure: Error | null = null;
  private readonly zip = new Zip((error, data) => {
    if (error) this.failure = error;
    else this.pending.push(data);
  });
  /** Bytes handed to the sink so far. */
  written = 0;

  constructor(
    private readonly sink: (chunk: Uint8Array) => Promise<void>,
    private readonly mtime: Date,
  ) {}

  private async flush(): Promise<void> {
    if (this.failure) throw this.failure;
    for (const chunk of this.pending.splice(0)) {
      await this.sink(chunk);
      this.written += chunk.byteLength;
    }
  }

  /** Starts an entry; write its bytes, then close it before opening the next. */
  open(path: string): ZipEntryWriter {
    const entry = new ZipPassThrough(path);
    entry.mtime = this.mtime;
    this.zip.add(entry);
    return {
      write: async (chunk) => {
        entry.push(chunk, false);
        await this.flush();
      },
      close: async () => {
        entry.push(new Uint8Array(0), true);
        await this.flush();
      },
    };
  }

  async end(): Promise<void> {
    this.zip.end();
    await this.flush();
  }
}
