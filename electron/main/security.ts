// Runs in Electron's main process (Node). The guards every window and the default session get:
// no new windows, no navigation away, no <webview>, no permission but the camera, no remote requests. May import shared/ and electron.
import { app, session, type Event, type HandlerDetails, type OnBeforeRequestListenerDetails, type WebContents, type WindowOpenHandlerResponse } from 'electron';
import { AppHost, AppScheme } from '../../shared/bridge/origin';
import { devServerUrl, isAppUrl, originOf } from './origins';

/** `setWindowOpenHandler`: no page may open a window (external links go through the bridge). */
export function denyWindowOpen(_details?: HandlerDetails): WindowOpenHandlerResponse {
  return { action: 'deny' };
}

/** `will-navigate` / `will-redirect`: only the app's own origin (or the dev server in development). */
export function guardNavigation(event: Pick<Event, 'preventDefault'>, url: string, devUrl: string | undefined = devServerUrl()): void {
  if (!isAppUrl(url, devUrl)) event.preventDefault();
}

/** `will-attach-webview`: never (webviewTag is off too; this holds if that ever changes). */
export function preventWebviewAttach(event: Pick<Event, 'preventDefault'>): void {
  event.preventDefault();
}

/**
 * The one permission the app uses: the camera (video only, never the microphone) for the app's own
 * pages, so a committee can photograph evidence. Everything else (geolocation, notifications,
 * clipboard, audio...) is denied.
 */
function isCameraForApp(permission: string, url: string | undefined, mediaTypes: readonly string[] | undefined): boolean {
  return permission === 'media' && url !== undefined && isAppUrl(url, devServerUrl()) && mediaTypes !== undefined && mediaTypes.length > 0 && mediaTypes.every((m) => m === 'video');
}

/** `setPermissionRequestHandler`: the camera for the app's pages; all else denied. */
export function permissionRequest(_contents: WebContents, permission: string, callback: (granted: boolean) => void, details?: { requestingUrl?: string; mediaTypes?: readonly string[] }): void {
  callback(isCameraForApp(permission, details?.requestingUrl, details?.mediaTypes));
}

/** `setPermissionCheckHandler`: the same rule, asked before the request (for example to list cameras). */
export function permissionCheck(_contents: WebContents | null, permission: string, requestingOrigin: string, details?: { mediaType?: string }): boolean {
  return isCameraForApp(permission, requestingOrigin, details?.mediaType ? [details.mediaType] : undefined);
}

/** `setDevicePermissionHandler` (USB, HID, serial): nothing is granted. */
export function denyDevicePermission(): boolean {
  return false;
}

/**
 * Whether a request may leave the renderer: the app scheme on its own host, devtools, in-memory
 * `blob:` and `data:` URLs (the user's own photos and generated files, allowed by the CSP), and in
 * development the dev server with its HMR socket. Never remote hosts, never file://.
 */
export function isAllowedRequest(url: string, devUrl: string | undefined): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  switch (parsed.protocol) {
    case `${AppScheme}:`:
      return parsed.host === AppHost;
    case 'devtools:':
    case 'blob:':
    case 'data:':
      return true;
    default: {
      if (devUrl === undefined) return false;
      const devOrigin = originOf(devUrl);
      const socketOrigin = devOrigin?.replace(/^http/, 'ws');
      const origin = originOf(url);
      return origin !== null && (origin === devOrigin || origin === socketOrigin);
    }
  }
}

/** `webRequest.onBeforeRequest` listener: cancels everything `isAllowedRequest` refuses. */
export function filterRequest(
  details: Pick<OnBeforeRequestListenerDetails, 'url'>,
  callback: (response: { cancel: boolean }) => void,
  devUrl: string | undefined = devServerUrl(),
): void {
  callback({ cancel: !isAllowedRequest(details.url, devUrl) });
}

/** Puts the per-page guards on one WebContents. */
export function hardenWebContents(contents: WebContents): void {
  contents.setWindowOpenHandler(denyWindowOpen);
  contents.on('will-navigate', (event, url) => guardNavigation(event, url));
  contents.on('will-redirect', (event, url) => guardNavigation(event, url));
  contents.on('will-attach-webview', (event) => preventWebviewAttach(event));
}

/** Before `ready`: guard every WebContents as it is created, windows and devtools alike. */
export function guardAllWebContents(): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}

/** After `ready`: the default session grants no permission and loads nothing remote. */
export function hardenDefaultSession(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler(permissionRequest);
  ses.setPermissionCheckHandler(permissionCheck);
  ses.setDevicePermissionHandler(denyDevicePermission);
  ses.webRequest.onBeforeRequest((details, callback) => filterRequest(details, callback));
}
