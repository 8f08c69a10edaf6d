// Build-time only (Node). Settings the Electron and browser builds of the renderer share.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { Plugin, UserConfig } from 'vite';
import { ContentSecurityPolicy } from './shared/bridge/origin';

/** Puts the CSP into built pages; dev servers inject inline scripts, so it is left out there. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'jointcheck-csp',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: ContentSecurityPolicy }, injectTo: 'head-prepend' },
    ],
  };
}

const appVersion = (JSON.parse(readFileSync(resolve(import.meta.dirname, 'package.json'), 'utf8')) as { version: string }).version;

export function rendererConfig(outDir: string): UserConfig {
  return {
    define: { __APP_VERSION__: JSON.stringify(appVersion) },
    root: resolve(import.meta.dirname, 'renderer'),
    base: './',
    plugins: [react(), contentSecurityPolicy()],
    build: {
      outDir: resolve(import.meta.dirname, outDir),
      emptyOutDir: true,
      minify: true,
      target: 'chrome120',
      // Inlined data: URLs would need a looser CSP; keep every asset a file.
      assetsInlineLimit: 0,
    },
  };
}
