// @vitest-environment node
// Hostile PKCS#12 identity files through the Signing screen's import (read with the password, then stored):
// each is refused with the error the screen words for the user, promptly, and nothing is stored.
// Dexie reads the IndexedDB global when it loads: the in-memory one must come first.
import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { importPkcs12 } from '../../shared/signing/pkcs12';
import { addIdentity } from '../../renderer/src/data/identities';
import { pkcs12Cases } from './cases/pkcs12';
import { caseCountTitle, guardEveryCase, withinLimit } from './corpus';
import { freshDatabase, seedExisting, snapshot, tablesKeep } from './db';

const cases = await pkcs12Cases();
guardEveryCase();

beforeAll(async () => {
  await freshDatabase();
  await seedExisting();
});

describe(caseCountTitle('PKCS#12 identity file', cases.length), () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const { bytes, password } = await c.input();
    const before = await snapshot();
    const result = await withinLimit(() => importPkcs12(bytes, password));
    if ('refused' in c.expected) {
      expect(result.ok ? 'imported' : result.error).toBe(c.expected.refused);
      if (c.expected.detail && !result.ok) expect(result.detail).toMatch(c.expected.detail);
      expect(await snapshot()).toBe(before);
      return;
    }
    if (!result.ok) throw new Error(`refused: ${result.error} ${result.detail ?? ''}`);
    const stored = await addIdentity({ ...result.identity, chain: result.chain, source: 'imported' });
    if (c.expected.name !== undefined) expect(stored.name).toBe(c.expected.name);
    expect(result.identity.privateKey.extractable).toBe(false);
    expect(tablesKeep(before, await snapshot())).toEqual([]);
  });
});
