// Runs in Node. The lock file of published pack versions: their content hashes and item ids.
export const packLockPath = 'shared/packs/published.lock.json';

export type PackLock = {
  /** `<pack-id>@<version>` of every published version: never edited, never removed. */
  versions: Record<string, { sha256: string; itemIds: string[] }>;
  /** Item ids deliberately dropped from later versions of a pack, with the reason. */
  retired: Record<string, { itemId: string; reason: string }[]>;
};
