// The layer boundaries are enforced by lint: these cases would pass silently if a rule broke.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

async function errorsFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => m.ruleId ?? m.message);
}

describe('layer boundaries', () => {
  it('keep shared/ free of Node, DOM, UI and storage', async () => {
    expect(await errorsFor('shared/x.ts', "import { readFile } from 'node:fs';\nexport const a = readFile;\n")).toContain('no-restricted-imports');
    expect(await errorsFor('shared/x.ts', "import React from 'react';\nexport const a = React;\n")).toContain('no-restricted-imports');
    expect(await errorsFor('shared/x.ts', "import { Dexie } from 'dexie';\nexport const a = Dexie;\n")).toContain('no-restricted-imports');
    expect(await errorsFor('shared/x.ts', 'export const a = window.location;\n')).toContain('no-restricted-globals');
    expect(await errorsFor('shared/x.ts', "export const a = fetch('x');\n")).toContain('no-restricted-globals');
    expect(await errorsFor('shared/x.ts', "import { sha256Hex } from './crypto/sha256';\nexport const a = sha256Hex;\n")).toEqual([]);
  });

  it('keep the renderer away from Node and Electron, and components away from Dexie', async () => {
    expect(await errorsFor('renderer/src/x.ts', "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;\n")).toContain('no-restricted-imports');
    expect(await errorsFor('renderer/src/x.ts', "import { join } from 'path';\nexport const a = join;\n")).toContain('no-restricted-imports');
    expect(await errorsFor('renderer/src/screens/X.tsx', "import { Dexie } from 'dexie';\nexport const a = Dexie;\n")).toContain('no-restricted-imports');
    expect(await errorsFor('renderer/src/data/x.ts', "import { Dexie } from 'dexie';\nexport const a = Dexie;\n")).toEqual([]);
  });

  it('let the preload import only the bridge contract', async () => {
    expect(await errorsFor('electron/preload/x.ts', "import { a } from '../../shared/packs/registry';\nexport const b = a;\n")).toContain('no-restricted-imports');
    expect(await errorsFor('electron/preload/x.ts', "import { Channels } from '../../shared/bridge/channels';\nexport const b = Channels;\n")).toEqual([]);
  });
});
