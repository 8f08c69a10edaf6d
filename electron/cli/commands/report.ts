// Runs in Node. `jointcheck report <assessment-file> --out <file.pdf> [--lang en|ko]`.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseAssessmentFile } from '../../../shared/format/assessmentFile';
import { isLanguage } from '../../../shared/i18n/localized';
import { findPack } from '../../../shared/packs/registry';
import type { Pack } from '../../../shared/packs/schema';
import { buildReport } from '../../../shared/report/buildReport';
import { reportInputFor } from '../../../shared/report/reportInput';
import { type CommandResult, parse, readInput, required, UsageError, writeOutput } from './common';

const fontsDir = resolve(import.meta.dirname, '../../../assets/fonts');

export async function reportCommand(args: string[]): Promise<CommandResult> {
  const { values, positionals } = parse(args, { out: { type: 'string' }, lang: { type: 'string' } }, 1);
  const out = required(values, 'out');
  const lang = values.lang ?? 'en';
  if (!isLanguage(lang)) throw new UsageError(`--lang must be en or ko, not "${String(lang)}".`);

  const input = await readInput(positionals[0]!);
  if (!input.ok) return { exitCode: 2, error: input.error };
  const parsed = parseAssessmentFile(input.bytes);
  if (!parsed.ok) return { exitCode: 2, error: `${positionals[0]}: ${describeFileError(parsed.error)}` };
  const { assessment } = parsed.file;

  const packs: Pack[] = [];
  for (const ref of assessment.packs) {
    const pack = findPack(ref);
    if (!pack) return { exitCode: 2, error: `${positionals[0]}: it was answered against checklist ${ref.packId} version ${ref.version}, which this version of JointCheck does not have. Update JointCheck.` };
    packs.push(pack);
  }
  const [regular, bold] = await Promise.all(['Pretendard-Regular.ttf', 'Pretendard-Bold.ttf'].map((f) => readFile(resolve(fontsDir, f))));
  const request = await reportInputFor({ ...parsed.file, packs, lang, generatedAt: new Date().toISOString(), appVersion: parsed.file.appVersion });
  const pdf = await buildReport(request, { regular: new Uint8Array(regular!), bold: new Uint8Array(bold!) });
  const written = await writeOutput(out, pdf);
  if (!written.ok) return { exitCode: 1, error: written.error };
  return { exitCode: 0, output: `Wrote ${out} (${pdf.byteLength} bytes, ${lang}).` };
}

export function describeFileError(error: Extract<ReturnType<typeof parseAssessmentFile>, { ok: false }>['error']): string {
  switch (error.code) {
    case 'too-large':
      return `too large (${error.bytes} bytes) to be an assessment file.`;
    case 'not-json':
      return 'not an assessment file (not JSON text).';
    case 'wrong-format':
      return 'not a JointCheck assessment file.';
    case 'newer-version':
      return `made by a newer JointCheck (format ${error.found}); update JointCheck.`;
    case 'invalid':
      return `damaged or incomplete assessment file (${error.detail}).`;
  }
}
