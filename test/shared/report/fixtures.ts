// Test-time only (Node). The report's inputs for tests and the bench: the sample assessments, fonts and photos.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseAssessmentFile } from '../../../shared/format/assessmentFile';
import type { Language } from '../../../shared/i18n/localized';
import { findPack } from '../../../shared/packs/registry';
import type { Pack } from '../../../shared/packs/schema';
import type { ReportFonts, ReportInput, ReportPhoto } from '../../../shared/report/buildReport';
import { reportInputFor } from '../../../shared/report/reportInput';
import { photoCaption, photoEvidenceId, photoTargets, withWorkingRecord } from '../record/workingRecord';

export const root = resolve(import.meta.dirname, '../../..');
export const read = (path: string): Uint8Array<ArrayBuffer> => new Uint8Array(readFileSync(join(root, path)));

export const fontPaths = { regular: 'assets/fonts/Pretendard-Regular.ttf', bold: 'assets/fonts/Pretendard-Bold.ttf' } as const;

export function reportFonts(): ReportFonts {
  return { regular: read(fontPaths.regular), bold: read(fontPaths.bold) };
}

export const photoFixtures = { landscape: 'test/fixtures/photos/landscape-1600x1200.jpg', portrait: 'test/fixtures/photos/portrait-1200x1600.jpg' } as const;

/** 20 photos: 16 on items spread over every checklist, 4 for the assessment as a whole. Each is its own copy. */
export function twentyPhotos(packs: readonly Pack[]): ReportPhoto[] {
  const sources = [read(photoFixtures.landscape), read(photoFixtures.portrait)];
  return photoTargets(packs).map((target, i) => ({ ...target, caption: photoCaption(i), jpeg: sources[i % 3 === 2 ? 1 : 0]!.slice(), evidenceId: photoEvidenceId(i) }));
}

/** Noon UTC: 20 November 2026 in every time zone from UTC-11 to UTC+11, so what is overdue does not depend on the machine. */
export const GeneratedAt = '2026-11-20T12:00:00.000Z';

/**
 * The sample assessment of that language (80 answered items), as the app would pass it, with its working
 * record (positions, actions, meetings, evidence: see workingRecord.ts) unless `record` is false.
 */
export async function sampleInput(lang: Language, options: { readonly photos?: boolean; readonly record?: boolean } = {}): Promise<ReportInput> {
  const parsed = parseAssessmentFile(read(`test/fixtures/assessments/sample-${lang}.jointcheck.json`));
  if (!parsed.ok) throw new Error(`sample-${lang}: ${parsed.error.code}`);
  const packs = parsed.file.assessment.packs.map((ref) => findPack(ref)!);
  const bundle = options.record === false ? parsed.file : withWorkingRecord(parsed.file, packs, lang);
  return reportInputFor({ ...bundle, packs, lang, generatedAt: GeneratedAt, appVersion: '0.1.0', ...(options.photos ? { photos: twentyPhotos(packs) } : {}) });
}
