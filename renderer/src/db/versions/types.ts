// Runs in the renderer. The shape of one schema version; one file per version, never edited once released.
import type { Transaction } from 'dexie';

export type DatabaseVersion = {
  readonly version: number;
  readonly stores: Readonly<Record<string, string | null>>;
  readonly upgrade?: (tx: Transaction) => Promise<void>;
};
