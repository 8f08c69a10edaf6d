// Writing evidence packs: what lands in the ZIP, that it streams, that changed evidence stops the export, and
// that standard tools (unzip, openssl) accept the result.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../shared/format/canonicalJson';
import { PackLimits } from '../../../shared/evidencePack/format';
import { PackWriteError, type WritePackInput, writePack } from '../../../shared/evidencePack/write';
import { createIdentity } from '../../../shared/signing/identity';
import { scratch } from '../../support/scratch';
import { chunkedSource, flip, CreatedAt, evidenceBytesFrom, packBytes, sampleBundle, sampleInput, unpack } from './support';

const file = scratch('packs', 'KEEP_PACK_FILES');
const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const run = (command: string, args: string[]): { status: number | null; out: string } => {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  return { status: result.status, out: result.stdout + result.stderr };
};

async function rejection(promise: Promise<unknown>): Promise<PackWriteError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof PackWriteError)) throw new Error(`expected a PackWriteError, got ${String(error)}`);
  return error;
}

describe('writePack', () => {
  it('writes the assessment file, evidence, originals and a canonical manifest listing each with its SHA-256', async () => {
    const { bytes } = await packBytes(sampleInput());
    const files = unpack(bytes);
    expect(Object.keys(files)).toEqual([
      'assessment.jointcheck.json',
      'evidence/ev-landscape/zone-b-display.jpg',
      'evidence/ev-portrait/cobot-cell.jpg',
      'originals/ev-portrait/IMG_2041.jpg',
      'evidence/ev-note/document.txt',
      'manifest.json',
    ]);
    const manifestText = new TextDecoder().decode(files['manifest.json']);
    const manifest = JSON.parse(manifestText);
    expect(manifestText).toBe(canonicalJson(manifest));
    expect(manifest).toMatchObject({ format: 'jointcheck-evidence-pack', formatVersion: 1, appVersion: '0.1.0', createdAt: CreatedAt, title: 'Warehouse picking system, first visit', exportedBy: null });
    expect(manifest.packVersions).toHaveLength(5);
    for (const listed of manifest.files) {
      expect(listed.sha256, listed.path).toBe(sha256(files[listed.path]!));
      expect(listed.size).toBe(files[listed.path]!.byteLength);
    }
    expect(manifest.files.map((f: { role: string; evidenceId?: string }) => [f.role, f.evidenceId])).toEqual([
      ['assessment', undefined],
      ['evidence', 'ev-landscape'],
      ['evidence', 'ev-portrait'],
      ['original', 'ev-portrait'],
      ['evidence', 'ev-note'],
    ]);
    // The assessment file carries the evidence rows with the hashes recorded at capture.
    const assessment = JSON.parse(new TextDecoder().decode(files['assessment.jointcheck.json']));
    expect(assessment.evidence.map((e: { file: { sha256: string } }) => e.file.sha256)).toContain(sha256(files['evidence/ev-landscape/zone-b-display.jpg']!));
  });

  it('writes a ZIP that unzip tests clean, with every entry stored', async () => {
    const { bytes } = await packBytes(sampleInput());
    const path = file('sample.zip', bytes);
    const tested = run('unzip', ['-t', path]);
    expect(tested.status, tested.out).toBe(0);
    expect(tested.out).toContain('No errors detected');
    const listing = run('unzip', ['-v', path]).out;
    expect(listing).toMatch(/Stored/);
    expect(listing).not.toMatch(/Defl/);
  });

  it('signs manifest.json with a non-extractable key, and openssl verifies the signature with and without trusting the certificate', async () => {
    const identity = await createIdentity({ name: 'Kim Min-ji', organisation: 'Hanbit Logistics union', role: 'Worker co-chair' });
    expect(identity.privateKey.extractable).toBe(false);
    const { bytes } = await packBytes(sampleInput({ signer: { identity } }));
    const files = unpack(bytes);
    expect(Object.keys(files).slice(-2)).toEqual(['manifest.json', 'manifest.sig']);
    expect(JSON.parse(new TextDecoder().decode(files['manifest.json'])).exportedBy).toEqual({ name: 'Kim Min-ji', organisation: 'Hanbit Logistics union', role: 'Worker co-chair' });
    const manifest = file('manifest.json', files['manifest.json']);
    const signature = file('manifest.sig', files['manifest.sig']);
    const certificate = file('cert.der', identity.certificate);
    expect(run('openssl', ['x509', '-inform', 'DER', '-in', certificate, '-out', file('cert.pem')]).status).toBe(0);

    const plain = run('openssl', ['cms', '-verify', '-binary', '-inform', 'DER', '-in', signature, '-content', manifest, '-noverify', '-out', '/dev/null']);
    expect(plain.status, plain.out).toBe(0);
    expect(plain.out).toContain('Verification successful');
    const trusted = run('openssl', ['cms', '-verify', '-binary', '-inform', 'DER', '-in', signature, '-content', manifest, '-CAfile', file('cert.pem'), '-out', '/dev/null']);
    expect(trusted.status, trusted.out).toBe(0);

    writeFileSync(manifest, new TextEncoder().encode(new TextDecoder().decode(files['manifest.json']).replace('Warehouse', 'Warehous3')));
    const tampered = run('openssl', ['cms', '-verify', '-binary', '-inform', 'DER', '-in', signature, '-content', manifest, '-noverify', '-out', '/dev/null']);
    expect(tampered.status).not.toBe(0);
  });

  it('streams: one file at a time, the next chunk only after the sink took the last, nothing held but the current chunk', async () => {
    const { bundle, files } = sampleBundle();
    let openStreams = 0;
    let maxOpenStreams = 0;
    const chunk = 16 * 1024;
    const evidenceBytes = async (evidence: { id: string }, which: 'file' | 'original') => {
      const bytes = files.get(evidence.id)?.[which];
      if (!bytes) return null;
      const inner = chunkedSource(bytes, chunk);
      return {
        size: bytes.byteLength,
        async *stream() {
          maxOpenStreams = Math.max(maxOpenStreams, ++openStreams);
          yield* inner.stream() as AsyncIterable<Uint8Array>;
          openStreams--;
        },
      };
    };
    let sinkBusy = false;
    let overlapped = false;
    const sizes: number[] = [];
    await writePack(
      { bundle, appVersion: '0.1.0', createdAt: CreatedAt, evidenceBytes, includeOriginals: true, reports: [], signer: null },
      {
        sink: async (c) => {
          if (sinkBusy) overlapped = true;
          sinkBusy = true;
          sizes.push(c.byteLength);
          await new Promise((r) => setTimeout(r, 0));
          sinkBusy = false;
        },
      },
    );
    expect(maxOpenStreams).toBe(1);
    expect(overlapped).toBe(false);
    // Evidence chunks pass through whole: none larger than the source's chunk, except the directory at the end.
    expect(Math.max(...sizes.slice(0, -1))).toBeLessThanOrEqual(1024 * 1024);
    expect(sizes.filter((n) => n === chunk).length).toBeGreaterThan(30);
  });

  it('reports progress up to the total of the files, known before the first byte', async () => {
    const calls: [number, number][] = [];
    await writePack(sampleInput(), { sink: async () => undefined, onProgress: (done, total) => calls.push([done, total]) });
    const total = calls[0]![1];
    const { files } = sampleBundle();
    const evidenceTotal = [...files.values()].reduce((sum, f) => sum + f.file.byteLength + (f.original?.byteLength ?? 0), 0);
    expect(total).toBeGreaterThan(evidenceTotal);
    expect(calls.every(([, t]) => t === total)).toBe(true);
    expect(calls.map(([done]) => done)).toEqual([...calls.map(([done]) => done)].sort((a, b) => a - b));
    expect(calls.at(-1)![0]).toBe(total);
  });

  it('takes Blobs as sources, as the app stores evidence, giving the same pack as bytes in memory', async () => {
    const { files } = sampleBundle();
    const fromBlobs: WritePackInput['evidenceBytes'] = async (evidence, which) => {
      const bytes = files.get(evidence.id)?.[which];
      return bytes ? new Blob([bytes as Uint8Array<ArrayBuffer>]) : null;
    };
    const viaBlobs = unpack((await packBytes(sampleInput({ evidenceBytes: fromBlobs }))).bytes);
    const viaBytes = unpack((await packBytes(sampleInput())).bytes);
    expect(viaBlobs['manifest.json']).toEqual(viaBytes['manifest.json']);
  });

  it('leaves originals out when asked', async () => {
    const { bytes } = await packBytes(sampleInput({ includeOriginals: false }));
    expect(Object.keys(unpack(bytes)).filter((name) => name.startsWith('originals/'))).toEqual([]);
  });

  it('stops, naming the file, when an evidence file no longer has the SHA-256 recorded at capture; no manifest is written', async () => {
    const { bundle, files } = sampleBundle();
    const changed = files.get('ev-portrait')!.file.slice();
    flip(changed, 5000);
    const altered = new Map(files).set('ev-portrait', { file: changed, original: files.get('ev-portrait')!.original });
    const written: Uint8Array[] = [];
    const error = await rejection(writePack({ ...sampleInput(), bundle, evidenceBytes: evidenceBytesFrom(altered) }, { sink: async (c) => void written.push(c) }));
    expect(error.code).toBe('evidence-altered');
    expect(error.path).toBe('evidence/ev-portrait/cobot-cell.jpg');
    expect(error.message).toContain('"cobot cell.jpg"');
    expect(Buffer.concat(written).includes('manifest.json')).toBe(false);
  });

  it('stops as soon as an evidence file is longer than recorded, without reading the rest', async () => {
    const { bundle, files } = sampleBundle();
    let read = 0;
    const longer = { size: 10, async *stream() { for (let i = 0; i < 1000; i++) { read++; yield new Uint8Array(1024); } } };
    const fromFiles = evidenceBytesFrom(files);
    const evidenceBytes: WritePackInput['evidenceBytes'] = (evidence, which) => (evidence.id === 'ev-note' ? Promise.resolve(longer) : fromFiles(evidence, which));
    const error = await rejection(writePack({ ...sampleInput(), bundle, evidenceBytes }, { sink: async () => undefined }));
    expect(error).toMatchObject({ code: 'evidence-altered', path: 'evidence/ev-note/document.txt' });
    expect(read).toBe(1);
  });

  it('stops when an evidence file is gone, saying what to do', async () => {
    const error = await rejection(writePack(sampleInput({ evidenceBytes: async () => null }), { sink: async () => undefined }));
    expect(error.code).toBe('evidence-missing');
    expect(error.message).toMatch(/"zone-b-display\.jpg" is no longer on this computer.*Remove that evidence or add the file again/);
  });

  it('refuses, before writing or reading anything, a pack over 4 GB or a file over the per-file limit', async () => {
    const { bundle } = sampleBundle();
    const huge = (id: string, size: number) => ({ ...bundle.evidence[0]!, id, file: { ...bundle.evidence[0]!.file, fileName: `${id}.bin`, size } });
    let touched = false;
    const options = { sink: async () => void (touched = true) };
    const evidenceBytes = async () => {
      touched = true;
      return null;
    };
    const tooLarge = await rejection(writePack({ ...sampleInput(), evidenceBytes, bundle: { ...bundle, evidence: [huge('a', 2 ** 31 - 1), huge('b', 2 ** 31 - 1)] } }, options));
    expect(tooLarge.code).toBe('too-large');
    expect(tooLarge.message).toMatch(/at most 4 GB.*Leave out the original files/);
    const oneTooLarge = await rejection(writePack({ ...sampleInput(), evidenceBytes, bundle: { ...bundle, evidence: [huge('a', PackLimits.maxEntryBytes + 1)] } }, options));
    expect(oneTooLarge.code).toBe('too-large');
    expect(oneTooLarge.message).toContain('"a.bin"');
    expect(touched).toBe(false);
  });

  it('gives every file its own ASCII path, even when names or ids collide or are not Latin', async () => {
    const { bundle, files } = sampleBundle();
    const base = bundle.evidence[0]!;
    const bytes = files.get(base.id)!.file;
    const twins = [
      { ...base, id: 'Twin', file: { ...base.file, fileName: '사진.jpg' } },
      { ...base, id: 'twin', file: { ...base.file, fileName: '사진.jpg' } },
      { ...base, id: '../../etc', file: { ...base.file, fileName: '..\\..\\boot.ini' } },
    ];
    const { bytes: pack } = await packBytes(sampleInput({ bundle: { ...bundle, evidence: twins }, evidenceBytes: async () => chunkedSource(bytes, 65536) }));
    const names = Object.keys(unpack(pack)).filter((n) => n.startsWith('evidence/'));
    expect(names).toEqual(['evidence/Twin/photo.jpg', 'evidence/twin/photo-2.jpg', 'evidence/etc/boot.ini']);
  });
});
