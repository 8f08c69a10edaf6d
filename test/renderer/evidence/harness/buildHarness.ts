// Test-time only (Node). Builds the ingest harness page with the app's own renderer settings (same bundler, CSP and
// worker bundling) into a scratch folder, for `openSession({ root })` to serve on 127.0.0.1.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { rendererConfig } from '../../../../vite.renderer';

export type BuiltHarness = { readonly root: string; remove(): void };

export async function buildIngestHarness(): Promise<BuiltHarness> {
  const root = mkdtempSync(join(tmpdir(), 'jointcheck-ingest-harness-'));
  await build({ ...rendererConfig(root), configFile: false, root: import.meta.dirname, logLevel: 'warn' });
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}
