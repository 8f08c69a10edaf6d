// No electron mock needed: appFiles.ts must not import electron (the browser edition's server uses it in plain Node).
import { join, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentSecurityPolicy, HeaderOnlyPolicy } from '../../shared/bridge/origin';
import { contentTypeOf, resolveAppRequest, responseHeaders } from '../../electron/main/appFiles';

const root = resolve('/srv/jointcheck/out/renderer');

describe('resolveAppRequest', () => {
  it('maps app URLs to files under the root', () => {
    expect(resolveAppRequest('app://jointcheck/index.html', root)).toBe(join(root, 'index.html'));
    expect(resolveAppRequest('app://jointcheck/assets/index-abc.js', root)).toBe(join(root, 'assets', 'index-abc.js'));
    expect(resolveAppRequest('app://jointcheck/assets/a%20b.png?v=1#x', root)).toBe(join(root, 'assets', 'a b.png'));
  });

  it('serves index.html for the root', () => {
    expect(resolveAppRequest('app://jointcheck/', root)).toBe(join(root, 'index.html'));
    expect(resolveAppRequest('app://jointcheck', root)).toBe(join(root, 'index.html'));
  });

  it.each([
    'app://jointcheck/../../etc/passwd',
    'app://jointcheck/assets/../../../etc/passwd',
    'app://jointcheck/%2e%2e/%2e%2e/etc/passwd',
    'app://jointcheck/%2E%2E/etc/passwd',
    'app://jointcheck/..%2f..%2fetc%2fpasswd',
    'app://jointcheck/..%5c..%5cetc%5cpasswd',
    'app://jointcheck/assets%2f..%2f..%2f..%2fetc%2fpasswd',
    'app://jointcheck/./index.html',
    'app://jointcheck/index.html%00.png',
    'app://jointcheck/%E0%A4%A',
  ])('refuses traversal and malformed paths: %s', (url) => {
    expect(resolveAppRequest(url, root)).toBeNull();
  });

  it('never resolves outside the root, whatever the input', () => {
    const probes = ['/', '%2f', '..', '%2e', '%2e%2e', '%5c', 'a', '.', '%00', '%252e'];
    for (const a of probes) {
      for (const b of probes) {
        const file = resolveAppRequest(`app://jointcheck/${a}/${b}/${a}${b}`, root);
        if (file !== null) expect(file.startsWith(root + sep)).toBe(true);
      }
    }
  });

  it.each([
    'app://other/index.html',
    'app://jointcheck.evil/index.html',
    'app://user@jointcheck/index.html',
    'app://jointcheck:8080/index.html',
    'https://jointcheck/index.html',
    'file:///srv/jointcheck/out/renderer/index.html',
    'not a url',
  ])('refuses other schemes, hosts and credentials: %s', (url) => {
    expect(resolveAppRequest(url, root)).toBeNull();
  });

  it('keeps names that merely start with dots', () => {
    expect(resolveAppRequest('app://jointcheck/..hidden.js', root)).toBe(join(root, '..hidden.js'));
  });
});

describe('contentTypeOf', () => {
  it('knows the types a built renderer contains', () => {
    expect(contentTypeOf('index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeOf('a.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeOf('a.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeOf('a.woff2')).toBe('font/woff2');
    expect(contentTypeOf('a.ttf')).toBe('font/ttf');
    expect(contentTypeOf('a.svg')).toBe('image/svg+xml');
    expect(contentTypeOf('a.wasm')).toBe('application/wasm');
    expect(contentTypeOf('a.unknown')).toBe('application/octet-stream');
  });
});

describe('responseHeaders', () => {
  it('carries the CSP with frame-ancestors, nosniff and the content type', () => {
    expect(responseHeaders('/x/index.html')).toEqual({
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': `${ContentSecurityPolicy}; ${HeaderOnlyPolicy}`,
      'X-Content-Type-Options': 'nosniff',
    });
  });
});
