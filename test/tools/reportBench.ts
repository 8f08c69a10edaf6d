// Test-time only (Node). Times the report builder on the sample assessments (80 items each) with 20 photos
// of 1600x1200: cold (the first build in a fresh process, each language in its own) and warm (median of 5).
// Run: npx tsx test/tools/reportBench.ts [--out <folder>]   (--out keeps the PDFs to look at)
// Where the time goes: npx tsx test/tools/reportBench.ts --cold ko --profile  (CPU profile of that one build, by module)
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join, resolve } from 'node:path';
import type { Language } from '../../shared/i18n/localized';
import type { ReportFonts, ReportInput } from '../../shared/report/buildReport';
import { reportFonts, sampleInput } from '../shared/report/fixtures';

let peakRss = 0;
let calls = 0;
/** Sampled on every 16th progress call: often enough to catch the peak, rarely enough not to cost. */
const sampleRss = (): void => {
  if (calls++ % 16 === 0) peakRss = Math.max(peakRss, process.memoryUsage.rss());
};

type Run = { readonly ms: number; readonly bytes: Uint8Array };

async function timeBuild(input: ReportInput, fonts: ReportFonts): Promise<Run> {
  const { buildReport } = await import('../../shared/report/buildReport');
  const start = performance.now();
  const bytes = await buildReport(input, fonts, sampleRss);
  const ms = performance.now() - start;
  calls = 0;
  sampleRss();
  return { ms, bytes };
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

type ProfileNode = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

/** Self time per module (a package, or one of our files) and per function: where a build spends its time. */
function summarise(profile: Profile): void {
  const byNode = new Map<number, number>();
  profile.samples.forEach((id, i) => byNode.set(id, (byNode.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const byModule = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const node of profile.nodes) {
    const ms = byNode.get(node.id) ?? 0;
    const url = node.callFrame.url;
    const module = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1] ?? (/shared\/.*$/.exec(url)?.[0] ?? (url || node.callFrame.functionName || '(vm)'));
    byModule.set(module, (byModule.get(module) ?? 0) + ms);
    const fn = `${node.callFrame.functionName || '(anonymous)'} ${module}:${node.callFrame.lineNumber + 1}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
  }
  const top = (map: Map<string, number>, n: number): string =>
    [...map].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `  ${v.toFixed(1).padStart(7)} ms  ${k}`).join('\n');
  console.error(`self time by module:\n${top(byModule, 15)}\nself time by function:\n${top(byFunction, 20)}`);
}

async function cold(lang: Language, profile: boolean): Promise<void> {
  const input = await sampleInput(lang, { photos: true });
  const fonts = reportFonts();
  sampleRss();
  const importStart = performance.now();
  await import('../../shared/report/buildReport');
  const importMs = performance.now() - importStart;
  const rssBefore = process.memoryUsage.rss();
  // `--warm`: profile a build after three others, to see the steady state rather than first-run costs.
  if (process.argv.includes('--warm')) for (let i = 0; i < 3; i++) await timeBuild(input, fonts);
  const session = profile ? new Session() : null;
  if (session) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 100 });
    await session.post('Profiler.start');
  }
  const run = await timeBuild(input, fonts);
  if (session) summarise((await session.post('Profiler.stop')).profile as Profile);
  console.log(JSON.stringify({ lang, importMs, ms: run.ms, size: run.bytes.byteLength, peakRss, rssBefore }));
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const coldLang = args[args.indexOf('--cold') + 1];
  if (args.includes('--cold')) return cold(coldLang === 'ko' ? 'ko' : 'en', args.includes('--profile'));
  const outDir = args.includes('--out') ? resolve(args[args.indexOf('--out') + 1]!) : null;

  console.log('report bench: sample assessment (80 items) + 20 JPEG photos (1600x1200), node', process.version);
  for (const lang of ['en', 'ko'] as const) {
    const child = spawnSync(process.execPath, [...process.execArgv, import.meta.filename, '--cold', lang], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(child.stderr);
    const r = JSON.parse(child.stdout.trim().split('\n').pop()!) as { importMs: number; ms: number; size: number; peakRss: number; rssBefore: number };
    console.log(`cold ${lang}: ${r.ms.toFixed(0)} ms build (+ ${r.importMs.toFixed(0)} ms loading the modules), ${(r.size / 1024).toFixed(0)} KB, peak RSS ${mb(r.peakRss)} (${mb(r.rssBefore)} before the build)`);
  }
  const fonts = reportFonts();
  for (const lang of ['en', 'ko'] as const) {
    const input = await sampleInput(lang, { photos: true });
    const runs: Run[] = [];
    await timeBuild(input, fonts); // warm-up, not counted
    for (let i = 0; i < 5; i++) runs.push(await timeBuild(input, fonts));
    const size = runs[0]!.bytes.byteLength;
    console.log(`warm ${lang}: median ${median(runs.map((r) => r.ms)).toFixed(0)} ms (runs ${runs.map((r) => r.ms.toFixed(0)).join(', ')}), ${(size / 1024).toFixed(0)} KB`);
    if (outDir) {
      mkdirSync(outDir, { recursive: true });
      writeFileSync(join(outDir, `report-${lang}.pdf`), runs[0]!.bytes);
    }
  }
  console.log(`peak RSS (warm process): ${mb(peakRss)}`);
}

if (process.argv[1] === import.meta.filename) await main();
