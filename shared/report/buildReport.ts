// Runs everywhere (pure). Builds the assessment report PDF: cover, summary, findings, the action plan (agreed
// actions, then the checklists' suggestions), meetings, instrument results, the evidence register, references and
// the sign-off page, in the assessment's language, with its fonts and photos passed in.
import { PDFDocument } from '@cantoo/pdf-lib';
import { instant } from './dates';
import { PageWriter } from './layout/pageWriter';
import { buildReportModel } from './model/reportModel';
import { FontFace } from './pdf/fontFace';
import { readJpegInfo } from './pdf/jpeg';
import { JpegStream } from './pdf/jpegStream';
import { writeMetadata } from './pdf/metadata';
import type { ReportFonts, ReportInput, ReportPhoto } from './reportInput';
import { drawActionPlan } from './sections/actionPlan';
import type { EmbeddedPhoto, SectionContext } from './sections/context';
import { drawCover } from './sections/cover';
import { drawEvidenceRegister } from './sections/evidenceRegister';
import { drawFindings } from './sections/findings';
import { drawInstrumentResults } from './sections/instrumentResults';
import { drawMeetings } from './sections/meetings';
import { drawReferences } from './sections/references';
import { drawSignOff } from './sections/signOff';
import { drawSummary } from './sections/summary';

export type { ReportFonts, ReportInput, ReportInstrumentResult, ReportPhoto } from './reportInput';

/**
 * Six capital letters for a subset font's name, from the fingerprint rather than at random (as pdf-lib
 * would), so that the same content gives the same bytes.
 */
export function subsetTag(fingerprint: string, index: number): string {
  const hex = /^[0-9a-f]{64}$/i.test(fingerprint) ? fingerprint.toLowerCase() : '0'.repeat(64);
  return Array.from(hex.slice(index * 6, index * 6 + 6), (d) => String.fromCharCode(65 + parseInt(d, 16))).join('');
}

function embedPhotos(pdf: PDFDocument, photos: readonly ReportPhoto[]): Map<ReportPhoto, EmbeddedPhoto | null> {
  const embedded = new Map<ReportPhoto, EmbeddedPhoto | null>();
  for (const photo of photos) {
    const info = readJpegInfo(photo.jpeg);
    // The JPEG goes in as it is (DCTDecode): no decoding, no re-encoding, no loss.
    const image = info ? JpegStream.register(pdf.context, photo.jpeg, info) : null;
    embedded.set(photo, image && info ? { image, info } : null);
  }
  return embedded;
}

/**
 * Resolves with the PDF's bytes. `onProgress` hears of each item, photo and section as it is laid out,
 * then once more when the file is written.
 */
export async function buildReport(input: ReportInput, fonts: ReportFonts, onProgress?: (done: number, total: number) => void): Promise<Uint8Array> {
  const model = buildReportModel(input);
  const s = model.strings;
  const itemCount = model.domains.reduce((n, d) => n + d.sections.reduce((m, sec) => m + sec.items.length, 0), 0);
  // One step per item and photo, and per section: cover, summary, agreed actions, suggestions, meetings,
  // instrument results, evidence register, references, sign-off.
  const total = itemCount + (input.photos?.length ?? 0) + 9;
  let done = 0;
  const step = (): void => {
    done = Math.min(done + 1, total - 1);
    onProgress?.(done, total);
  };

  const pdf = await PDFDocument.create({ updateMetadata: false });
  const [regular, bold] = await Promise.all([
    FontFace.embed(pdf, fonts.regular, subsetTag(input.fingerprint, 0), 'F1'),
    FontFace.embed(pdf, fonts.bold, subsetTag(input.fingerprint, 1), 'F2'),
  ]);
  const photos = embedPhotos(pdf, input.photos ?? []);
  const w = new PageWriter({ regular, bold });
  const ctx: SectionContext = { w, model, photo: (photo) => photos.get(photo) ?? null, step };

  drawCover(ctx);
  drawSummary(ctx);
  drawFindings(ctx);
  drawActionPlan(ctx);
  drawMeetings(ctx);
  drawInstrumentResults(ctx, input.instrumentResults ?? []);
  drawEvidenceRegister(ctx);
  drawReferences(ctx);
  drawSignOff(ctx);

  const title = input.assessment.title.trim() || s.untitled;
  const workplace = input.assessment.workplace.name.trim();
  w.writeTo(pdf, {
    headerLeft: workplace ? `${title} · ${workplace}` : title,
    headerRight: `${s.headerId(input.assessment.id)} · SHA-256 ${input.fingerprint.slice(0, 16)}`,
    footer: s.footer,
  });
  writeMetadata(pdf, {
    title,
    author: workplace,
    subject: s.subject,
    language: s.locale,
    appVersion: input.appVersion,
    fingerprint: input.fingerprint,
    createdAt: instant(input.generatedAt),
  });
  // Every object in one go: pdf-lib otherwise waits for a timer tick every 50 objects.
  const bytes = await pdf.save({ objectsPerTick: Infinity, addDefaultPage: false, updateFieldAppearances: false });
  onProgress?.(total, total);
  return bytes;
}
