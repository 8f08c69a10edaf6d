// Runs everywhere (pure). Incremental SHA-256 for files streamed through a pack: WebCrypto only hashes whole buffers.
import { sha256 } from '@noble/hashes/sha2';
import { toHex } from '../signing/bytes';

export type IncrementalHash = {
  update(chunk: Uint8Array): void;
  /** Lower-case hex; call once, after the last update. */
  digestHex(): string;
};

/** Makes a fresh hash per file. Node callers may pass one over node:crypto (about ten times faster). */
export type HashFactory = () => IncrementalHash;

/** @noble/hashes (audited, pure JavaScript): about 150-180 MB/s on this project's machines, in Node and Chromium alike. */
export const sha256Incremental: HashFactory = () => {
  const hash = sha256.create();
  return {
    update: (chunk) => {
      hash.update(chunk);
    },
    digestHex: () => toHex(hash.digest()),
  };
};
