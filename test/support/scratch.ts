// Test-time only (Node). A scratch folder per test file for PDFs and PNGs, removed afterwards unless the named
// environment variable is set, so a person can keep the files and look at them.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

export function scratch(prefix: string, keepVariable: string): (name: string, bytes?: Uint8Array) => string {
  const dir = mkdtempSync(join(tmpdir(), `jointcheck-${prefix}-`));
  if (process.env[keepVariable]) console.info(`${prefix} test files kept in ${dir}`);
  else afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return (name, bytes) => {
    const path = join(dir, name);
    if (bytes) writeFileSync(path, bytes);
    return path;
  };
}
