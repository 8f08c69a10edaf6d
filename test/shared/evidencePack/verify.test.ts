// Verifying evidence packs: every way a pack can be changed after export shows up in the report, file by file.
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { bytesSource } from '../../../shared/evidencePack/byteSource';
import { type PackReport, verifyPack } from '../../../shared/evidencePack/read';
import { createIdentity, type SigningIdentity } from '../../../shared/signing/identity';
import { signPdf } from '../../../shared/signing/signPdf';
import { samplePdf } from '../signing/support';
import { flip, memorySource, packBytes, repack, sampleBundle, sampleInput, unpack } from './support';

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const text = (s: string): Uint8Array => new TextEncoder().encode(s);

let identity: SigningIdentity;
let signedReport: Uint8Array;
let signedPack: Uint8Array;

beforeAll(async () => {
  // Made before the packs' creation date, so the certificate was valid when they were signed.
  identity = await createIdentity({ name: 'Park Jun-ho', organisation: 'Hanbit Logistics', role: 'Employer co-chair' }, new Date('2026-11-01T00:00:00Z'));
  signedReport = await signPdf(await samplePdf(), { identity }, { reason: 'Approved', signerName: identity.name, signingTime: new Date('2026-11-20T08:00:00Z') });
  signedPack = (await packBytes(sampleInput({ signer: { identity }, reports: [{ name: 'Report 2026-11-20 signed', source: bytesSource(signedReport) }] }))).bytes;
});

async function report(bytes: Uint8Array, trusted: readonly Uint8Array[] = []): Promise<PackReport> {
  const result = await verifyPack(memorySource(bytes), { trusted });
  if (!result.ok) throw new Error(`refused: ${result.refusal.code} ${result.refusal.detail}`);
  return result.report;
}

const verdicts = (r: PackReport): Record<string, string> => Object.fromEntries(r.files.map((f) => [f.path, f.verdict]));

/** The signed pack with its files changed by `change`, zipped again: manifest and signature as they were. */
function changed(change: (files: Record<string, Uint8Array>) => void): Uint8Array {
  const files = unpack(signedPack);
  change(files);
  return repack(files);
}

describe('verifyPack', () => {
  it('passes an untouched signed pack: every file valid, the signer named, the assessment and the report read', async () => {
    const r = await report(signedPack);
    expect(r.passed).toBe(true);
    expect(Object.values(verdicts(r))).toEqual(['valid', 'valid', 'valid', 'valid', 'valid', 'valid']);
    expect(r.signature).toMatchObject({ status: 'valid', signer: { commonName: 'Park Jun-ho', organisation: 'Hanbit Logistics', role: 'Employer co-chair', selfSigned: true, trusted: false, validAtSigningTime: true } });
    expect(r.signature.status === 'valid' && r.signature.signingTime).toBe('2026-11-20T09:00:00.000Z');
    expect(r.assessment?.evidence.map((e) => e.id)).toEqual(sampleBundle().bundle.evidence.map((e) => e.id).sort());
    expect(r.reports).toHaveLength(1);
    expect(r.reports[0]).toMatchObject({ path: 'reports/Report-2026-11-20-signed.pdf', passes: true });
    expect(r.reports[0]!.result?.ok && r.reports[0]!.result.signatures.map((s) => [s.signerName, s.valid])).toEqual([['Park Jun-ho', true]]);
    expect(r.evidenceProblems).toEqual([]);
  });

  it('says the signer is trusted when the certificate is on the trust list', async () => {
    const r = await report(signedPack, [identity.certificate]);
    expect(r.signature.status === 'valid' && r.signature.signer?.trusted).toBe(true);
    expect(r.reports[0]!.result?.ok && r.reports[0]!.result.signatures[0]!.certificate?.trusted).toBe(true);
  });

  it('says when the certificate was not yet valid at the claimed signing time', async () => {
    const later = await createIdentity({ name: 'Late Signer', organisation: 'x', role: 'y' }, new Date('2027-01-01T00:00:00Z'));
    const r = await report((await packBytes(sampleInput({ signer: { identity: later } }))).bytes);
    expect(r.signature).toMatchObject({ status: 'valid', signer: { validAtSigningTime: false } });
  });

  it('reads each file once, a chunk at a time', async () => {
    const source = memorySource(signedPack);
    const progress: number[] = [];
    const result = await verifyPack(source, { trusted: [], chunkBytes: 64 * 1024, onProgress: (done) => progress.push(done) });
    expect(result.ok && result.report.passed).toBe(true);
    expect(source.bytesRead).toBeLessThan(signedPack.length * 1.1);
    expect(progress.length).toBeGreaterThan(10);
  });

  it('marks a changed evidence file altered and the pack failed, naming the file', async () => {
    const r = await report(
      changed((files) => {
        flip(files['evidence/ev-landscape/zone-b-display.jpg']!, 1000);
      }),
    );
    expect(r.passed).toBe(false);
    expect(r.signature.status).toBe('valid');
    const altered = r.files.filter((f) => f.verdict !== 'valid');
    expect(altered).toMatchObject([{ path: 'evidence/ev-landscape/zone-b-display.jpg', verdict: 'altered', evidenceId: 'ev-landscape', problem: expect.stringContaining('SHA-256 differs') }]);
  });

  it('marks a file that grew or shrank altered, with both sizes', async () => {
    const r = await report(
      changed((files) => {
        files['evidence/ev-note/document.txt'] = text('short');
      }),
    );
    expect(r.files.find((f) => f.path === 'evidence/ev-note/document.txt')).toMatchObject({ verdict: 'altered', actual: { size: 5 }, problem: expect.stringMatching(/^5 bytes where the manifest says \d+$/) });
  });

  it('marks a removed file missing and an added one unexpected', async () => {
    const r = await report(
      changed((files) => {
        delete files['originals/ev-portrait/IMG_2041.jpg'];
        files['evidence/ev-extra/planted.jpg'] = text('not part of the export');
      }),
    );
    expect(r.passed).toBe(false);
    expect(verdicts(r)).toMatchObject({ 'originals/ev-portrait/IMG_2041.jpg': 'missing', 'evidence/ev-extra/planted.jpg': 'unexpected', 'assessment.jointcheck.json': 'valid' });
  });

  it('fails the signature when manifest.json was edited, even to match a changed file', async () => {
    const r = await report(
      changed((files) => {
        const photo = files['evidence/ev-landscape/zone-b-display.jpg']!;
        const original = sha256(photo);
        flip(photo, 1000);
        files['manifest.json'] = text(new TextDecoder().decode(files['manifest.json']).replace(original, sha256(photo)));
      }),
    );
    expect(r.passed).toBe(false);
    expect(r.signature).toMatchObject({ status: 'invalid', problem: 'digest mismatch', signer: { commonName: 'Park Jun-ho' } });
    // The evidence file matches the edited manifest but no longer the hash recorded at capture.
    expect(r.evidenceProblems).toEqual([{ evidenceId: 'ev-landscape', path: 'evidence/ev-landscape/zone-b-display.jpg', problem: 'differs-from-capture' }]);
  });

  it('fails a signature whose bytes were changed', async () => {
    const r = await report(
      changed((files) => {
        const signature = files['manifest.sig']!;
        flip(signature, signature.length - 5);
      }),
    );
    expect(r.passed).toBe(false);
    expect(r.signature.status).toBe('invalid');
  });

  it('reports an unsigned pack as unsigned: its files check out, but it proves nothing about who made it', async () => {
    const r = await report(
      changed((files) => {
        delete files['manifest.sig'];
      }),
    );
    expect(r.signature).toEqual({ status: 'unsigned' });
    expect(r.passed).toBe(false);
    expect(r.files.every((f) => f.verdict === 'valid')).toBe(true);
    expect(r.assessment).not.toBeNull();
  });

  it('reports a damaged manifest without checking files against it', async () => {
    const r = await report(
      changed((files) => {
        files['manifest.json'] = text('{"format":"jointcheck-evidence-pack","formatVersion":1,"files":"nope"}');
      }),
    );
    expect(r).toMatchObject({ passed: false, manifest: null, files: [] });
    expect(r.manifestProblem).toMatch(/^manifest\.json is damaged/);
  });

  it('refuses a ZIP without a manifest, and one from a newer JointCheck', async () => {
    const foreign = await verifyPack(memorySource(repack({ 'notes.txt': text('hello') })), { trusted: [] });
    expect(foreign).toMatchObject({ ok: false, refusal: { code: 'not-a-pack' } });
    const newer = await verifyPack(memorySource(repack({ 'manifest.json': text('{"format":"jointcheck-evidence-pack","formatVersion":2}') })), { trusted: [] });
    expect(newer).toMatchObject({ ok: false, refusal: { code: 'newer-version' } });
  });

  it('checks a pack someone zipped again with compression: content hashes, not ZIP bytes, are what count', async () => {
    const { zipSync } = await import('fflate');
    const r = await report(new Uint8Array(zipSync(unpack(signedPack), { level: 6 })));
    expect(r.passed).toBe(true);
  });

  it('flags evidence the assessment lists but the pack lacks, and files that are not what was captured', async () => {
    const unsigned = unpack((await packBytes(sampleInput())).bytes);
    const manifest = JSON.parse(new TextDecoder().decode(unsigned['manifest.json']));
    manifest.files = manifest.files.filter((f: { evidenceId?: string }) => f.evidenceId !== 'ev-note');
    delete unsigned['evidence/ev-note/document.txt'];
    const original = unsigned['originals/ev-portrait/IMG_2041.jpg']!;
    flip(original, 200);
    manifest.files.find((f: { path: string }) => f.path === 'originals/ev-portrait/IMG_2041.jpg').sha256 = sha256(original);
    unsigned['manifest.json'] = text(JSON.stringify(manifest));
    const r = await report(repack(unsigned));
    expect(r.files.every((f) => f.verdict === 'valid')).toBe(true);
    expect(r.evidenceProblems).toEqual([
      { evidenceId: 'ev-portrait', path: 'originals/ev-portrait/IMG_2041.jpg', problem: 'differs-from-capture' },
      { evidenceId: 'ev-note', path: null, problem: 'not-in-pack' },
    ]);
  });

  it("reports a report PDF whose own signature no longer verifies, and fails the pack", async () => {
    const broken = signedReport.slice();
    flip(broken, 300);
    const r = await report((await packBytes(sampleInput({ signer: { identity }, reports: [{ name: 'tampered', source: bytesSource(broken) }] }))).bytes);
    expect(r.signature.status).toBe('valid');
    expect(r.files.every((f) => f.verdict === 'valid')).toBe(true);
    expect(r.reports[0]).toMatchObject({ path: 'reports/tampered.pdf', passes: false });
    expect(r.passed).toBe(false);
  });

  it('refuses before reading content when the archive itself is hostile', async () => {
    const result = await verifyPack(memorySource(signedPack.subarray(0, signedPack.length - 10)), { trusted: [] });
    expect(result).toMatchObject({ ok: false, refusal: { code: 'truncated' } });
  });
});
