// Runs in the renderer. Recognising a write refused because the disk (or the browser's share of it) is full.

/** Dexie passes IndexedDB's QuotaExceededError on directly, or wrapped in the aborted transaction's error as `inner`. */
export function isStorageFull(error: unknown): boolean {
  const named = (value: unknown): string => (value !== null && typeof value === 'object' && 'name' in value ? String((value as { name: unknown }).name) : '');
  return named(error) === 'QuotaExceededError' || named((error as { inner?: unknown } | null)?.inner) === 'QuotaExceededError';
}
