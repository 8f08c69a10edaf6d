// Lint rules, including the layer boundaries: what each folder may import (see ../shared/guide/architecture.md).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Node's built-in modules, bare or `node:` prefixed, but not our own folders that share a name (shared/crypto). */
const nodeBuiltins = { regex: '^(node:.*|(fs|path|os|child_process|crypto|url|stream|util|worker_threads|http|https|net|zlib)(/.*)?)$' };

/** `no-restricted-imports` patterns for a layer. */
const forbid = (groups, message) => (Array.isArray(groups) ? { group: groups, message } : { ...groups, message });

/** What no renderer file may import; components have one more rule (storage through repositories). */
const rendererForbidden = [
  forbid(nodeBuiltins, 'The renderer has no Node: go through the typed bridge (window.desktop).'),
  forbid(['electron'], 'The renderer has no Electron: go through the typed bridge (window.desktop).'),
  forbid(['**/electron/**'], 'The renderer may not import main or preload code; types come from shared/.'),
];

export default tseslint.config(
  { ignores: ['out/**', 'release/**', 'node_modules/**', 'dist/**', '.bench/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: 'TSEnumDeclaration', message: 'Use an `as const` object instead of an enum.' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            forbid(nodeBuiltins, 'shared/ runs in Node, the renderer and the browser: no Node built-ins.'),
            forbid(['electron', 'react', 'react-*', 'dexie', 'dexie-*', 'zustand', 'i18next', 'react-i18next'], 'shared/ is pure: no Electron, UI or storage libraries.'),
            forbid(['**/electron/**', '**/renderer/**'], 'shared/ may not import from electron/ or renderer/.'),
          ],
        },
      ],
      // The WebWorker lib gives shared/ WebCrypto and TextEncoder types; its other globals stay off limits.
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'indexedDB', 'process', 'Buffer', 'navigator', 'self', 'fetch', 'caches', 'location', 'importScripts', 'postMessage', 'XMLHttpRequest', 'WebSocket'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...rendererForbidden,
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    ignores: ['renderer/src/desktop/**', 'renderer/src/data/**', 'renderer/src/db/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...rendererForbidden,
            forbid(['dexie', '**/db/db'], 'Components reach storage through repositories in renderer/src/data/.'),
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': ['error', { patterns: [forbid(['**/renderer/**'], 'Main-process code may not import renderer code.')] }],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            forbid(nodeBuiltins, 'A sandboxed preload has no Node built-ins.'),
            forbid(['**/renderer/**', '**/main/**'], 'The preload may import only the bridge contract.'),
            forbid({ regex: 'shared/(?!bridge/)' }, 'The preload may import only the bridge contract.'),
          ],
        },
      ],
    },
  },
  {
    files: ['test/**/*.{ts,tsx}', '*.config.{ts,js}', 'vite.renderer.ts', 'electron/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
