import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi, type Mock } from 'vitest';

const electron = vi.hoisted(() => {
  const defaultSession = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn() },
  };
  return { app: { isPackaged: true, on: vi.fn() }, session: { defaultSession } };
});
vi.mock('electron', () => electron);

import type { WebContents } from 'electron';
import {
  denyDevicePermission,
  permissionCheck,
  permissionRequest,
  denyWindowOpen,
  filterRequest,
  guardAllWebContents,
  guardNavigation,
  hardenDefaultSession,
  hardenWebContents,
  isAllowedRequest,
  preventWebviewAttach,
} from '../../electron/main/security';

afterEach(() => {
  electron.app.isPackaged = true;
  vi.unstubAllEnvs();
});

function fakeNavigationEvent(): { preventDefault: Mock<() => void> } {
  return { preventDefault: vi.fn<() => void>() };
}

/** A WebContents that can emit events, with the one method the guards call. */
function fakeWebContents(): EventEmitter & { setWindowOpenHandler: ReturnType<typeof vi.fn> } {
  return Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() });
}

describe('navigation guard', () => {
  it.each(['https://evil.example/', 'http://localhost:5173/', 'file:///etc/passwd', 'app://other/index.html', 'javascript:alert(1)', 'about:blank'])(
    'blocks navigation to %s',
    (url) => {
      const event = fakeNavigationEvent();
      guardNavigation(event, url);
      expect(event.preventDefault).toHaveBeenCalledOnce();
    },
  );

  it('allows navigation within the app origin', () => {
    const event = fakeNavigationEvent();
    guardNavigation(event, 'app://jointcheck/index.html');
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it('allows the dev server only when unpackaged', () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    const packaged = fakeNavigationEvent();
    guardNavigation(packaged, 'http://localhost:5173/');
    expect(packaged.preventDefault).toHaveBeenCalled();
    electron.app.isPackaged = false;
    const dev = fakeNavigationEvent();
    guardNavigation(dev, 'http://localhost:5173/');
    expect(dev.preventDefault).not.toHaveBeenCalled();
  });
});

describe('per-window guards', () => {
  it('denies window.open', () => {
    expect(denyWindowOpen()).toEqual({ action: 'deny' });
  });

  it('prevents webview attachment', () => {
    const event = fakeNavigationEvent();
    preventWebviewAttach(event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });

  it('hardenWebContents wires window.open, navigation, redirects and webviews', () => {
    const contents = fakeWebContents();
    hardenWebContents(contents as unknown as WebContents);
    const openHandler = contents.setWindowOpenHandler.mock.calls[0]?.[0] as () => unknown;
    expect(openHandler()).toEqual({ action: 'deny' });

    for (const name of ['will-navigate', 'will-redirect']) {
      const away = fakeNavigationEvent();
      contents.emit(name, away, 'https://evil.example/');
      expect(away.preventDefault, name).toHaveBeenCalled();
      const home = fakeNavigationEvent();
      contents.emit(name, home, 'app://jointcheck/index.html');
      expect(home.preventDefault, name).not.toHaveBeenCalled();
    }

    const webview = fakeNavigationEvent();
    contents.emit('will-attach-webview', webview, {}, {});
    expect(webview.preventDefault).toHaveBeenCalled();
  });

  it('guards every WebContents as it is created', () => {
    guardAllWebContents();
    expect(electron.app.on).toHaveBeenCalledWith('web-contents-created', expect.any(Function));
    const listener = electron.app.on.mock.calls.find(([name]) => name === 'web-contents-created')?.[1] as (event: unknown, contents: unknown) => void;
    const contents = fakeWebContents();
    listener({}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
    expect(contents.listenerCount('will-navigate')).toBe(1);
    expect(contents.listenerCount('will-redirect')).toBe(1);
    expect(contents.listenerCount('will-attach-webview')).toBe(1);
  });
});

describe('permissions', () => {
  const ask = (permission: string, details: { requestingUrl?: string; mediaTypes?: string[] }): boolean => {
    const callback = vi.fn();
    permissionRequest({} as WebContents, permission, callback, details);
    return callback.mock.calls[0]![0] as boolean;
  };

  it('grants the camera, video only, to the app and to nobody else', () => {
    expect(ask('media', { requestingUrl: 'app://jointcheck/index.html', mediaTypes: ['video'] })).toBe(true);
    expect(ask('media', { requestingUrl: 'app://jointcheck/index.html', mediaTypes: ['video', 'audio'] })).toBe(false);
    expect(ask('media', { requestingUrl: 'app://jointcheck/index.html', mediaTypes: ['audio'] })).toBe(false);
    expect(ask('media', { requestingUrl: 'app://jointcheck/index.html', mediaTypes: [] })).toBe(false);
    expect(ask('media', { requestingUrl: 'https://evil.example/', mediaTypes: ['video'] })).toBe(false);
    expect(ask('media', {})).toBe(false);
  });

  it('denies every other permission request', () => {
    for (const permission of ['geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'midi']) {
      expect(ask(permission, { requestingUrl: 'app://jointcheck/index.html', mediaTypes: ['video'] })).toBe(false);
    }
  });

  it('answers permission checks by the same rule, and never grants devices', () => {
    expect(permissionCheck(null, 'media', 'app://jointcheck', { mediaType: 'video' })).toBe(true);
    expect(permissionCheck(null, 'media', 'app://jointcheck', { mediaType: 'audio' })).toBe(false);
    expect(permissionCheck(null, 'media', 'https://evil.example', { mediaType: 'video' })).toBe(false);
    expect(permissionCheck(null, 'geolocation', 'app://jointcheck', {})).toBe(false);
    expect(denyDevicePermission()).toBe(false);
  });
});

describe('request filter', () => {
  it.each(['https://evil.example/script.js', 'http://127.0.0.1:8080/', 'ws://localhost:5173/', 'file:///etc/passwd', 'app://other/x.js', 'ftp://x/'])(
    'cancels %s',
    (url) => {
      const callback = vi.fn();
      filterRequest({ url }, callback);
      expect(callback).toHaveBeenCalledWith({ cancel: true });
    },
  );

  it.each(['app://jointcheck/index.html', 'app://jointcheck/assets/app.js', 'devtools://devtools/bundled/inspector.html', 'blob:app://jointcheck/1234', 'data:image/png;base64,AA=='])(
    'lets %s through',
    (url) => {
      const callback = vi.fn();
      filterRequest({ url }, callback);
      expect(callback).toHaveBeenCalledWith({ cancel: false });
    },
  );

  it('lets the dev server and its HMR socket through in development only', () => {
    const dev = 'http://localhost:5173';
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isAllowedRequest('ws://localhost:5173/?token=x', dev)).toBe(true);
    expect(isAllowedRequest('http://localhost:5174/', dev)).toBe(false);
    expect(isAllowedRequest('https://evil.example/', dev)).toBe(false);
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', undefined)).toBe(false);
  });
});

describe('hardenDefaultSession', () => {
  it('installs the permission handlers (camera for the app only) and the request filter', () => {
    hardenDefaultSession();
    const ses = electron.session.defaultSession;
    expect(ses.setPermissionRequestHandler.mock.calls[0]?.[0]).toBe(permissionRequest);
    const callback = vi.fn();
    permissionRequest({} as WebContents, 'media', callback, { requestingUrl: 'https://evil.example/', mediaTypes: ['video'] });
    expect(callback).toHaveBeenCalledWith(false);
    expect(ses.setPermissionCheckHandler.mock.calls[0]?.[0]).toBe(permissionCheck);
    expect((ses.setDevicePermissionHandler.mock.calls[0]?.[0] as () => boolean)()).toBe(false);

    const filter = ses.webRequest.onBeforeRequest.mock.calls[0]?.[0] as (details: { url: string }, cb: (r: { cancel: boolean }) => void) => void;
    const remote = vi.fn();
    filter({ url: 'https://evil.example/' }, remote);
    expect(remote).toHaveBeenCalledWith({ cancel: true });
    const local = vi.fn();
    filter({ url: 'app://jointcheck/index.html' }, local);
    expect(local).toHaveBeenCalledWith({ cancel: false });
  });
});
