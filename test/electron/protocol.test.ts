import { mkdir, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({ protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() } }));
vi.mock('electron', () => electron);

import { ContentSecurityPolicy, HeaderOnlyPolicy } from '../../shared/bridge/origin';
import { createAppRequestHandler, registerAppScheme, rendererRoot, serveAppScheme } from '../../electron/main/protocol';
import { tempFolder } from './fakes';

describe('the app protocol handler', () => {
  let folder: Awaited<ReturnType<typeof tempFolder>>;
  let serve: (request: Request) => Promise<Response>;

  beforeAll(async () => {
    folder = await tempFolder();
    const built = join(folder.path, 'renderer');
    await mkdir(join(built, 'assets'), { recursive: true });
    await writeFile(join(built, 'index.html'), '<!doctype html><title>JointCheck</title>');
    await writeFile(join(built, 'assets', 'app.js'), 'export {};');
    await writeFile(join(folder.path, 'secret.txt'), 'outside the root');
    serve = createAppRequestHandler(built);
  });
  afterAll(() => folder.remove());

  it('serves a page with the CSP, frame-ancestors and nosniff headers', async () => {
    const response = await serve(new Request('app://jointcheck/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(`${ContentSecurityPolicy}; ${HeaderOnlyPolicy}`);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>JointCheck</title>');
  });

  it('serves scripts as JavaScript', async () => {
    const response = await serve(new Request('app://jointcheck/assets/app.js'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('answers 404 for missing files, folders, other hosts and escapes', async () => {
    for (const url of ['app://jointcheck/missing.js', 'app://jointcheck/assets', 'app://other/index.html', 'app://jointcheck/..%2fsecret.txt']) {
      const response = await serve(new Request(url));
      expect(response.status, url).toBe(404);
      expect(await response.text()).not.toContain('outside the root');
    }
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await serve(new Request('app://jointcheck/index.html', { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const post = await serve(new Request('app://jointcheck/index.html', { method: 'POST', body: 'x' }));
    expect(post.status).toBe(405);
  });
});

describe('registration', () => {
  it('registers the app scheme as standard and secure, without CSP bypass', () => {
    registerAppScheme();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false, stream: true, codeCache: true } },
    ]);
  });

  it('serves the app scheme from the built renderer beside the main bundle', () => {
    serveAppScheme('/some/root');
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(rendererRoot().endsWith(`${sep}renderer`)).toBe(true);
  });
});
