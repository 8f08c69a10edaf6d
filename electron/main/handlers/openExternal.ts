// Runs in Electron's main process (Node). Handler for `shell:open-external`: allow-listed links only.
import { shell } from 'electron';
import { ExternalLinkAllowList, type BridgeResult } from '../../../shared/bridge/contract';
import { errorMessage } from '../atomicWrite';

/**
 * Opens the link in the user's browser. The argument schema enforces the allow-list; the link is
 * checked again after URL normalisation, so what reaches the OS is exactly what was allowed.
 */
export async function openExternal(url: string): Promise<BridgeResult<null>> {
  let normalised: string;
  try {
    normalised = new URL(url).href;
  } catch {
    return { ok: false, error: 'not-allowed', detail: 'not a URL' };
  }
  if (!ExternalLinkAllowList.some((prefix) => normalised.startsWith(prefix))) return { ok: false, error: 'not-allowed' };
  try {
    await shell.openExternal(normalised);
  } catch (error) {
    return { ok: false, error: 'io-error', detail: errorMessage(error) };
  }
  return { ok: true, value: null };
}
