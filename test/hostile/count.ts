// Test-time only (Node). Prints how many hostile cases each importer meets, as the corpus's tests declare them:
// `npx tsx test/hostile/count.ts`. Each test file names its importer and count in its describe title.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const title = /^(?<importer>.+?): (?<count>\d+) hostile cases( \(.+\))?$/;

const folder = mkdtempSync(join(tmpdir(), 'jointcheck-hostile-count-'));
try {
  const listing = join(folder, 'tests.json');
  // Collecting the tests builds every case table; nothing is run.
  execFileSync('npx', ['vitest', 'list', '--project', 'hostile', `--json=${listing}`], { cwd: resolve(import.meta.dirname, '../..'), stdio: 'ignore' });
  const tests = JSON.parse(readFileSync(listing, 'utf8')) as { name: string }[];
  const counts = new Map<string, number>();
  for (const { name } of tests) {
    const match = title.exec(name.split(' > ')[0] ?? '');
    if (match?.groups) counts.set(match.groups['importer']!, (counts.get(match.groups['importer']!) ?? 0) + 1);
  }
  const rows = [...counts].sort(([, a], [, b]) => b - a);
  const width = Math.max(...rows.map(([importer]) => importer.length));
  for (const [importer, count] of rows) console.log(`${importer.padEnd(width)}  ${String(count).padStart(4)}`);
  console.log(`${'all importers'.padEnd(width)}  ${String(rows.reduce((sum, [, count]) => sum + count, 0)).padStart(4)}`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
