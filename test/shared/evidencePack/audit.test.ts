// The change history inside evidence packs: written as audit/log.jsonl under the signed manifest, its chain checked
// by the verifier, a removed or edited entry failing the pack even when whoever changed it re-made the manifest.
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../shared/audit/entry';
import { serializeAuditLog } from '../../../shared/audit/logFile';
import { bytesSource } from '../../../shared/evidencePack/byteSource';
import { type PackReport, verifyPack } from '../../../shared/evidencePack/read';
import { createIdentity, type SigningIdentity } from '../../../shared/signing/identity';
import { sampleLog } from '../audit/support';
import { memorySource, packBytes, repack, sampleBundle, sampleInput, unpack } from './support';

const assessmentId = sampleBundle().bundle.assessment.id;

const withLog = (entries: readonly AuditEntry[] | Uint8Array) => [{ name: 'log.jsonl', source: bytesSource(entries instanceof Uint8Array ? entries : serializeAuditLog(entries)) }];

let identity: SigningIdentity;
beforeAll(async () => {
  identity = await createIdentity({ name: 'Park Jun-ho', organisation: 'Hanbit Logistics', role: 'Employer co-chair' }, new Date('2026-11-01T00:00:00Z'));
});

async function report(bytes: Uint8Array): Promise<PackReport> {
  const result = await verifyPack(memorySource(bytes), { trusted: [] });
  if (!result.ok) throw new Error(`refused: ${result.refusal.code}`);
  return result.report;
}

describe('the change history in an evidence pack', () => {
  it('travels as audit/log.jsonl under the signed manifest, and its chain is checked', async () => {
    const log = sampleLog(assessmentId, 4);
    const r = await report((await packBytes(sampleInput({ signer: { identity }, audit: withLog(log) }))).bytes);
    expect(r.manifest?.files.find((f) => f.role === 'audit')).toMatchObject({ path: 'audit/log.jsonl' });
    expect(r.auditLogs).toEqual([{ path: 'audit/log.jsonl', chain: { intact: true, entries: 4, headHash: log[3]!.hash, brokenAt: null, problems: [] }, unreadableLines: [], passes: true }]);
    expect(r.passed).toBe(true);
  });

  it('passes a pack without one (made before the history was kept)', async () => {
    const r = await report((await packBytes(sampleInput({ signer: { identity } }))).bytes);
    expect(r.auditLogs).toEqual([]);
    expect(r.passed).toBe(true);
  });

  it('names the edited entry of a log changed after signing, besides the altered file', async () => {
    const signed = (await packBytes(sampleInput({ signer: { identity }, audit: withLog(sampleLog(assessmentId, 4)) }))).bytes;
    const files = unpack(signed);
    const lines = new TextDecoder().decode(files['audit/log.jsonl']).split('\n');
    lines[1] = lines[1]!.replace('"new":"2"', '"new":"20"');
    files['audit/log.jsonl'] = new TextEncoder().encode(lines.join('\n'));
    const r = await report(repack(files));
    expect(r.files.find((f) => f.path === 'audit/log.jsonl')?.verdict).toBe('altered');
    expect(r.auditLogs[0]).toMatchObject({ passes: false, chain: { intact: false, brokenAt: 2, problems: [{ kind: 'edited', seq: 2 }] } });
    expect(r.passed).toBe(false);
  });

  it('fails a pack re-made and re-signed around a log with an entry taken out: only the chain shows it', async () => {
    const log = sampleLog(assessmentId, 4);
    const r = await report((await packBytes(sampleInput({ signer: { identity }, audit: withLog(log.filter((e) => e.seq !== 2)) }))).bytes);
    expect(r.files.every((f) => f.verdict === 'valid')).toBe(true);
    expect(r.signature.status).toBe('valid');
    expect(r.auditLogs[0]).toMatchObject({ passes: false, chain: { brokenAt: 2, problems: [{ kind: 'removed', seq: 2, count: 1 }] } });
    expect(r.passed).toBe(false);
  });

  it('accepts the original id in the history of a read-only copy imported under a new id, as long as the entries agree', async () => {
    const input = sampleInput({ signer: { identity } });
    const importedFrom = { fileName: 'visit.zip', packSha256: 'c'.repeat(64), importedAt: '2026-11-21T00:00:00.000Z', signer: 'Park Jun-ho', intact: true };
    const copy = { ...input.bundle, assessment: { ...input.bundle.assessment, importedFrom } };
    const r = await report((await packBytes({ ...input, bundle: copy, audit: withLog(sampleLog('the-original-id', 3)) })).bytes);
    expect(r.auditLogs[0]).toMatchObject({ passes: true, chain: { intact: true, entries: 3 } });
  });

  it("fails a log of another assessment, and lines that are not entries", async () => {
    const foreign = await report((await packBytes(sampleInput({ signer: { identity }, audit: withLog(sampleLog('someone-else', 2)) }))).bytes);
    expect(foreign.auditLogs[0]).toMatchObject({ passes: false, chain: { problems: [{ kind: 'foreign', seq: 1 }, { kind: 'foreign', seq: 2 }] } });
    const text = new TextDecoder().decode(serializeAuditLog(sampleLog(assessmentId, 2))) + 'appended by hand\n';
    const garbled = await report((await packBytes(sampleInput({ signer: { identity }, audit: withLog(new TextEncoder().encode(text)) }))).bytes);
    expect(garbled.auditLogs[0]).toMatchObject({ passes: false, unreadableLines: [3], chain: { intact: true, entries: 2 } });
    expect(garbled.passed).toBe(false);
  });
});
