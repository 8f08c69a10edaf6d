// Runs in Node (a maintainer's tool). Records newly published pack versions in the lock file; never rewrites a locked one.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { canonicalJson } from '../../shared/format/canonicalJson';
import { publishedPacks } from '../../shared/packs/registry';
import { packItems } from '../../shared/packs/schema';
import { type PackLock, packLockPath } from './packLock';

const path = resolve(import.meta.dirname, '../..', packLockPath);
const lock = JSON.parse(readFileSync(path, 'utf8')) as PackLock;
let added = 0;
for (const pack of publishedPacks()) {
  const key = `${pack.id}@${pack.version}`;
  if (lock.versions[key]) continue;
  lock.versions[key] = { sha256: createHash('sha256').update(canonicalJson(pack)).digest('hex'), itemIds: packItems(pack).map((i) => i.id) };
  added += 1;
  console.log(`locked ${key}`);
}
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(added ? `${added} pack version(s) added to ${packLockPath}` : 'nothing new to lock');
