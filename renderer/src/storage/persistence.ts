// Runs in the renderer. Asking the browser to keep this origin's data under storage pressure, and how much
// space the data takes of what the browser allows.

/** `persisted` null: this browser does not say (no StorageManager); usage and quota null likewise. */
export type StorageState = { readonly usage: number | null; readonly quota: number | null; readonly persisted: boolean | null };

/**
 * Asks once at start: without it, a browser under storage pressure may clear an origin's data with no warning.
 * Refusal is not an error (Chromium grants it by its own measures of engagement); the Backup screen shows the result.
 */
export async function requestPersistentStorage(): Promise<boolean | null> {
  try {
    if (!navigator.storage?.persist) return null;
    return (await navigator.storage.persisted()) || (await navigator.storage.persist());
  } catch {
    return null;
  }
}

export async function storageState(): Promise<StorageState> {
  const storage = navigator.storage;
  const [estimate, persisted] = await Promise.all([storage?.estimate?.().catch(() => null) ?? null, storage?.persisted?.().catch(() => null) ?? null]);
  return { usage: estimate?.usage ?? null, quota: estimate?.quota ?? null, persisted };
}
