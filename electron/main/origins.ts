// Runs in Electron's main process (Node). Which URLs count as the app's own pages; may import shared/ and electron.
import { app } from 'electron';
import { AppOrigin } from '../../shared/bridge/origin';

/**
 * The electron-vite dev server (`ELECTRON_RENDERER_URL`), only when running unpackaged.
 * A packaged build never trusts it, whatever the environment says.
 */
export function devServerUrl(): string | undefined {
  if (app.isPackaged) return undefined;
  const url = process.env['ELECTRON_RENDERER_URL'];
  return url !== undefined && url !== '' ? url : undefined;
}

/**
 * `scheme://host[:port]` of a URL, or null when it does not parse. Node's URL reports the origin of
 * non-special schemes such as `app:` as the string 'null', so it is built from protocol and host.
 */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.host === '') return null;
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}

/** True when `url` belongs to the app's own pages: `app://jointcheck`, or the dev server in development. */
export function isAppUrl(url: string, devUrl: string | undefined): boolean {
  const origin = originOf(url);
  if (origin === null) return false;
  if (origin === AppOrigin) return true;
  return devUrl !== undefined && origin === originOf(devUrl);
}
