// Runs everywhere (WebCrypto). The pkijs crypto engine every signing module passes explicitly.
import { CryptoEngine } from 'pkijs';

let engine: CryptoEngine | undefined;

/**
 * pkijs over the global WebCrypto (`crypto` in Node 20, Chromium and Electron's renderer alike).
 * Passed to each pkijs call rather than set with `setEngine`, so other code in the app that touches
 * pkijs's global engine cannot change how we sign or verify.
 */
export function pkiEngine(): CryptoEngine {
  engine ??= new CryptoEngine({ name: 'jointcheck-webcrypto', crypto });
  return engine;
}
