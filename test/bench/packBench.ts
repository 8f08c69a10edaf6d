// Performance figure for evidence packs (Node): write a pack holding 1 GiB of evidence from files on disk through
// the app's streaming writer (pure-JavaScript SHA-256, as in the renderer) into a file, then verify it with the
// command line (`jointcheck verify`, native SHA-256) and in-process with the app's own hashing. Prints MB/s and
// peak memory; asserts nothing. Run: npx tsx test/bench/packBench.ts [MiB of evidence, default 1024]
import { spawnSync } from 'node:child_process';
import { ZipPassThrough } from 'fflate';
import { createHash, randomFillSync } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openFileSource } from '../../electron/cli/commands/pack';
import type { Evidence } from '../../shared/domain/record';
import { sha256Incremental } from '../../shared/evidencePack/hash';
import { verifyPack } from '../../shared/evidencePack/read';
import { writePack } from '../../shared/evidencePack/write';
import { createIdentity } from '../../shared/signing/identity';
import { sampleBundle } from '../shared/evidencePack/support';

const totalMiB = Number(process.argv[2] ?? 1024);
const fileMiB = 4;
const MiB = 1024 * 1024;
const root = resolve(import.meta.dirname, '../..');
const work = await mkdtemp(join(tmpdir(), 'jointcheck-pack-bench-'));

/** Peak resident memory of this process, sampled every 50 ms and at every progress report. */
let peakRss = 0;
const sample = (): void => {
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
};
const sampler = setInterval(sample, 50);
const mb = (bytes: number): string => `${(bytes / MiB).toFixed(0)} MB`;
const rate = (bytes: number, ms: number): string => `${(bytes / MiB / (ms / 1000)).toFixed(0)} MB/s`;

/**
 * What the writer's time is made of: the two per-byte costs in JavaScript, over 256 MiB in memory (measured
 * first, before the evidence files' write-back competes for the processor; the block is garbage afterwards).
 */
function perByteCosts(): string {
  const block = new Uint8Array(256 * MiB);
  randomFillSync(block.subarray(0, 64 * MiB));
  const perByte = (name: string, run: () => void): string => {
    const start = performance.now();
    run();
    return `${name} ${rate(block.length, performance.now() - start)}`;
  };
  const sha = perByte('SHA-256 (@noble/hashes)', () => {
    const hash = sha256Incremental();
    for (let at = 0; at < block.length; at += MiB) hash.update(block.subarray(at, at + MiB));
    hash.digestHex();
  });
  const crc = perByte('CRC-32 (fflate, as ZipPassThrough computes it)', () => {
    const entry = new ZipPassThrough('x');
    entry.ondata = () => undefined;
    for (let at = 0; at < block.length; at += MiB) entry.push(block.subarray(at, at + MiB));
  });
  return `per-byte costs in this process: ${sha}, ${crc}`;
}

try {
  console.log(perByteCosts());

  // Evidence files of incompressible bytes, as photos are; the capture hash recorded as the app records it.
  const { bundle } = sampleBundle();
  const template = bundle.evidence[0]!;
  const evidence: Evidence[] = [];
  const paths = new Map<string, string>();
  const chunk = new Uint8Array(MiB);
  for (let i = 0; i < totalMiB / fileMiB; i++) {
    const id = `ev-${String(i).padStart(4, '0')}`;
    const path = join(work, `${id}.jpg`);
    const file = await open(path, 'w');
    const hash = createHash('sha256');
    for (let m = 0; m < fileMiB; m++) {
      randomFillSync(chunk);
      hash.update(chunk);
      await file.write(chunk);
    }
    await file.close();
    const sha256 = hash.digest('hex');
    evidence.push({ ...template, id, file: { ...template.file, fileName: `photo ${i}.jpg`, size: fileMiB * MiB, sha256 }, original: null, capturedSha256: sha256 });
    paths.set(id, path);
  }
  const pack = join(work, 'bench.jointcheck-pack.zip');
  peakRss = process.memoryUsage.rss();
  const baseRss = peakRss;

  const out = await open(pack, 'w');
  const writeStart = performance.now();
  const written = await writePack(
    {
      bundle: { ...bundle, evidence },
      appVersion: '0.1.0',
      createdAt: new Date().toISOString(),
      evidenceBytes: async (row) => ({ size: row.file.size, stream: () => createReadStream(paths.get(row.id)!, { highWaterMark: MiB }) }),
      includeOriginals: false,
      reports: [],
      signer: { identity: await createIdentity({ name: 'Bench Signer', organisation: 'JointCheck', role: 'bench' }) },
    },
    { sink: async (data) => void (await out.write(data)), onProgress: sample },
  );
  await out.sync();
  await out.close();
  const writeMs = performance.now() - writeStart;
  console.log(
    `evidence pack write, ${evidence.length} files of ${fileMiB} MiB (${mb(written.bytes)}), stored, pure-JS SHA-256 as in the renderer, to a file: ` +
      `${(writeMs / 1000).toFixed(1)} s, ${rate(written.bytes, writeMs)}, peak RSS ${mb(peakRss)} (${mb(peakRss - baseRss)} above the ${mb(baseRss)} before writing)`,
  );

  // The command line, as a user runs it, under GNU time for its own peak memory.
  const cli = spawnSync('/usr/bin/time', ['-v', process.execPath, resolve(root, 'electron/cli/jointcheck.mjs'), 'verify', pack], { encoding: 'utf8', maxBuffer: 64 * MiB });
  const maxKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(cli.stderr)?.[1] ?? NaN);
  // GNU time prints h:mm:ss or m:ss.ss.
  const elapsed = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)/.exec(cli.stderr)?.[1] ?? '';
  const cliMs = elapsed.split(':').reduce((sum, part) => sum * 60 + Number(part), 0) * 1000;
  console.log(
    `jointcheck verify (native SHA-256, file handle), exit ${cli.status}: ${(cliMs / 1000).toFixed(1)} s wall including start-up, ${rate(written.bytes, cliMs)}, peak RSS ${(maxKb / 1024).toFixed(0)} MB ` +
      `(last line: ${cli.stdout.trim().split('\n').at(-1)})`,
  );

  // In-process with the app's own (pure-JS) hashing: what the renderer would take to check an imported pack.
  peakRss = process.memoryUsage.rss();
  const before = peakRss;
  const source = await openFileSource(pack);
  const verifyStart = performance.now();
  const verified = await verifyPack(source, { trusted: [], onProgress: sample });
  const verifyMs = performance.now() - verifyStart;
  await source.close();
  console.log(
    `verifyPack in-process, pure-JS SHA-256: ${(verifyMs / 1000).toFixed(1)} s, ${rate(written.bytes, verifyMs)}, peak RSS ${mb(peakRss)} (${mb(peakRss - before)} above before), ` +
      `${verified.ok ? `${verified.report.files.filter((f) => f.verdict === 'valid').length} files valid, signature ${verified.report.signature.status}` : `refused: ${verified.refusal.code}`}`,
  );
} finally {
  clearInterval(sampler);
  await rm(work, { recursive: true, force: true });
}
