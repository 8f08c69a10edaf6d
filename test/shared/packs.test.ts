import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PackLock } from '../../electron/cli/packLock';
import { packLockPath } from '../../electron/cli/packLock';
import { canonicalJson } from '../../shared/format/canonicalJson';
import { currentPacks, findPack, publishedPacks } from '../../shared/packs/registry';
import { Domains, packItems, PackSchema } from '../../shared/packs/schema';

const root = resolve(import.meta.dirname, '../..');
const lock = JSON.parse(readFileSync(resolve(root, packLockPath), 'utf8')) as PackLock;
const dataDir = resolve(root, 'shared/packs/data');

describe('built-in checklist packs', () => {
  it('validate against the schema and are named <pack-id>.v<N>.json', () => {
    const files = readdirSync(dataDir).filter((f) => f.endsWith('.json'));
    expect(files.length).toBe(publishedPacks().length);
    for (const file of files) {
      const pack = PackSchema.parse(JSON.parse(readFileSync(resolve(dataDir, file), 'utf8')));
      expect(file).toBe(`${pack.id}.v${pack.version}.json`);
    }
  });

  it('cover all five domains with at least 12 items each', () => {
    const packs = currentPacks();
    expect(packs.map((p) => p.domain)).toEqual([...Domains]);
    for (const pack of packs) expect(packItems(pack).length, pack.id).toBeGreaterThanOrEqual(12);
  });

  it('use item ids that are unique across all packs', () => {
    const ids = currentPacks().flatMap((p) => packItems(p).map((i) => i.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('carry Korean text in every Korean field', () => {
    for (const pack of currentPacks()) {
      for (const item of packItems(pack)) {
        for (const text of [item.question, item.guidance, item.riskHint, ...item.measures.map((m) => m.text)]) {
          expect(text.ko, `${item.id}: ${text.ko}`).toMatch(/[가-힣]/);
          expect(text.en, `${item.id}: ${text.en}`).not.toMatch(/[가-힣]/);
        }
      }
    }
  });

  it('find exactly the pinned version, and nothing for a version this build lacks', () => {
    expect(findPack({ packId: 'collaborative-robots', version: 1 })?.version).toBe(1);
    expect(findPack({ packId: 'collaborative-robots', version: 99 })).toBeUndefined();
  });
});

describe('the lock file of published pack versions', () => {
  it('lists every pack version that ships', () => {
    for (const pack of publishedPacks()) expect(lock.versions[`${pack.id}@${pack.version}`], `${pack.id}@${pack.version}: run npm run packs:lock`).toBeDefined();
  });

  it('matches the content of every locked version, which must still ship', () => {
    for (const [key, locked] of Object.entries(lock.versions)) {
      const [packId, version] = key.split('@');
      const pack = findPack({ packId: packId!, version: Number(version) });
      expect(pack, `${key} was published and may not be removed`).toBeDefined();
      expect(createHash('sha256').update(canonicalJson(pack)).digest('hex'), `${key} was published and may not be edited; make a new version`).toBe(locked.sha256);
      expect(packItems(pack!).map((i) => i.id)).toEqual(locked.itemIds);
    }
  });

  it('keeps every published item id in the newest version of its pack unless retired with a reason', () => {
    for (const pack of currentPacks()) {
      const current = new Set(packItems(pack).map((i) => i.id));
      const retired = new Set((lock.retired[pack.id] ?? []).map((r) => r.itemId));
      for (const [key, locked] of Object.entries(lock.versions)) {
        if (!key.startsWith(`${pack.id}@`)) continue;
        for (const id of locked.itemIds) expect(current.has(id) || retired.has(id), `${pack.id}: published item ${id} disappeared`).toBe(true);
      }
    }
  });
});
