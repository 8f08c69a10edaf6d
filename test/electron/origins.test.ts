import { afterEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({ app: { isPackaged: true } }));
vi.mock('electron', () => electron);

import { devServerUrl, isAppUrl, originOf } from '../../electron/main/origins';

afterEach(() => {
  electron.app.isPackaged = true;
  vi.unstubAllEnvs();
});

describe('originOf', () => {
  it('builds the origin of the app scheme, which Node reports as "null"', () => {
    expect(new URL('app://jointcheck/index.html').origin).toBe('null');
    expect(originOf('app://jointcheck/index.html')).toBe('app://jointcheck');
  });
  it('keeps the port and refuses what does not parse or has no host', () => {
    expect(originOf('http://localhost:5173/')).toBe('http://localhost:5173');
    expect(originOf('not a url')).toBeNull();
    expect(originOf('about:blank')).toBeNull();
  });
});

describe('isAppUrl', () => {
  it('accepts the app origin only', () => {
    expect(isAppUrl('app://jointcheck/index.html', undefined)).toBe(true);
    expect(isAppUrl('app://jointcheck.evil/index.html', undefined)).toBe(false);
    expect(isAppUrl('app://other/index.html', undefined)).toBe(false);
    expect(isAppUrl('https://jointcheck/index.html', undefined)).toBe(false);
    expect(isAppUrl('file:///index.html', undefined)).toBe(false);
  });
  it('accepts the dev server only when one is given', () => {
    expect(isAppUrl('http://localhost:5173/index.html', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('http://localhost:5174/index.html', 'http://localhost:5173')).toBe(false);
    expect(isAppUrl('http://localhost:5173/index.html', undefined)).toBe(false);
  });
});

describe('devServerUrl', () => {
  it('is ignored in a packaged build', () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    expect(devServerUrl()).toBeUndefined();
  });
  it('is read from ELECTRON_RENDERER_URL when unpackaged', () => {
    electron.app.isPackaged = false;
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    expect(devServerUrl()).toBe('http://localhost:5173');
    vi.stubEnv('ELECTRON_RENDERER_URL', '');
    expect(devServerUrl()).toBeUndefined();
  });
});
