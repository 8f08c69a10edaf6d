// `jointcheck verify <pack.zip>` on the change history a pack carries: chain status in words and JSON, exit 1 when an
// entry was removed or edited, and Python's json and hashlib as an independent referee of the documented format.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sealChanges } from '../../shared/audit/chain';
import type { AuditEntry } from '../../shared/audit/entry';
import { serializeAuditLog } from '../../shared/audit/logFile';
import { bytesSource } from '../../shared/evidencePack/byteSource';
import { createIdentity, type SigningIdentity } from '../../shared/signing/identity';
import { sampleLog } from '../shared/audit/support';
import { packBytes, repack, sampleBundle, sampleInput, unpack } from '../shared/evidencePack/support';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'jointcheck-audit-cli-'));
const assessmentId = sampleBundle().bundle.assessment.id;

function run(command: string, args: readonly string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', timeout: 120_000, input });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
const verify = (...args: string[]) => run(process.execPath, [resolve(root, 'electron/cli/jointcheck.mjs'), 'verify', ...args]);

let identity: SigningIdentity;
const log = sampleLog(assessmentId, 5);

/** A signed pack of the sample assessment carrying `entries` (or bytes) as its change history, written to `name`. */
async function packWith(name: string, entries: readonly AuditEntry[] | Uint8Array): Promise<string> {
  const bytes = entries instanceof Uint8Array ? entries : serializeAuditLog(entries);
  const path = join(work, name);
  writeFileSync(path, (await packBytes(sampleInput({ signer: { identity }, audit: [{ name: 'log.jsonl', source: bytesSource(bytes) }] }))).bytes);
  return path;
}

beforeAll(async () => {
  identity = await createIdentity({ name: 'Test Signer', organisation: 'Acme Plant', role: 'Employer side' }, new Date('2026-11-01T00:00:00Z'));
});

describe('jointcheck verify: the change history in a pack', () => {
  it('exits 0 and says the chain is intact, with the newest hash to compare against a later pack', async () => {
    const result = verify(await packWith('intact.zip', log));
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toContain(`Change history audit/log.jsonl: intact, 5 entries, newest entry's hash ${log[4]!.hash}.`);
    expect(result.stdout).toContain('valid       audit/log.jsonl');
    expect(result.stdout).toContain('Result: OK.');
  });

  it('exits 1 naming the removed entry in a pack re-made and re-signed without it', async () => {
    const result = verify(await packWith('removed.zip', log.filter((e) => e.seq !== 3)));
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('Change history audit/log.jsonl: BROKEN at entry 3: entry 3 was removed.');
    expect(result.stdout).toContain('Result: NOT OK (change history broken).');
  });

  it('exits 1 naming the edited entry when the log inside a signed pack was changed', async () => {
    const { bytes } = await packBytes(sampleInput({ signer: { identity }, audit: [{ name: 'log.jsonl', source: bytesSource(serializeAuditLog(log)) }] }));
    const files = unpack(bytes);
    files['audit/log.jsonl'] = new TextEncoder().encode(new TextDecoder().decode(files['audit/log.jsonl']).replace('"name":"김민지"', '"name":"Someone else"'));
    const path = join(work, 'edited.zip');
    writeFileSync(path, repack(files));
    const result = verify(path);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('ALTERED     audit/log.jsonl');
    expect(result.stdout).toContain('Change history audit/log.jsonl: BROKEN at entry 1: entry 1 was changed after it was recorded.');
    expect(result.stdout).toContain('Result: NOT OK (1 altered; change history broken).');

    const json = JSON.parse(verify(path, '--json').stdout);
    expect(json.ok).toBe(false);
    expect(json.auditLogs).toEqual([expect.objectContaining({ path: 'audit/log.jsonl', passes: false, chain: expect.objectContaining({ brokenAt: 1, problems: [{ kind: 'edited', seq: 1 }] }) })]);
  });

  it('exits 1 for a forged entry appended with a made-up previous hash', async () => {
    const [forged] = sealChanges({ seq: 5, hash: 'a'.repeat(64) }, { assessmentId, at: '2026-11-21T00:00:00.000Z', actor: null }, [
      { entity: 'answer', entityId: 'p/i1', field: 'value', old: 'no', new: 'yes' },
    ]);
    const result = verify(await packWith('forged.zip', [...log, forged!]));
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('BROKEN at entry 6: entry 6 does not follow from the entry before it');
  });

  it("recomputes with Python's json and hashlib: each hash covers the entry's canonical JSON, each prevHash the hash before", async () => {
    const path = await packWith('referee.zip', log);
    const unzipped = run('unzip', ['-p', path, 'audit/log.jsonl']);
    expect(unzipped.status).toBe(0);
    const script = [
      'import sys, json, hashlib',
      'prev = "0" * 64',
      'for n, line in enumerate(sys.stdin.read().splitlines(), 1):',
      '    e = json.loads(line)',
      '    h = e.pop("hash")',
      '    text = json.dumps(e, sort_keys=True, separators=(",", ":"), ensure_ascii=False)',
      '    assert e["seq"] == n and e["prevHash"] == prev, n',
      '    assert hashlib.sha256(text.encode("utf-8")).hexdigest() == h, n',
      '    prev = h',
      'print("chain ok", n)',
    ].join('\n');
    const result = run('python3', ['-c', script], unzipped.stdout);
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe('chain ok 5');
  });
});
