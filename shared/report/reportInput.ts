// Runs everywhere (pure). What a report is built from; buildReport.ts re-exports these for callers.
import type { Language } from '../i18n/localized';
import type { InstrumentResult } from '../instruments/result';
import type { Pack } from '../packs/schema';
import { type AssessmentBundle, contentFingerprint } from '../format/assessmentFile';
import { type RiskMethod, riskMethod } from '../risk/methods';

/** Pretendard TTF (not WOFF) Regular and Bold; the caller reads them (fetch in the app, the file system in the CLI). */
export type ReportFonts = { readonly regular: Uint8Array; readonly bold: Uint8Array };

/**
 * An evidence photo: with `itemId` it follows that item's finding; with `itemId` null it goes to the evidence
 * section. `evidenceId` ties it to its row in the evidence register, which then gives its figure number.
 */
export type ReportPhoto = {
  readonly packId: string;
  readonly itemId: string | null;
  readonly caption: string;
  readonly jpeg: Uint8Array;
  readonly evidenceId?: string;
};

/** An instrument result saved as evidence, parsed from its file: the report shows it with its evidence number. */
export type ReportInstrumentResult = { readonly evidenceId: string; readonly result: InstrumentResult };

/** The assessment with its working record (positions, actions, meetings, evidence metadata). */
export type ReportInput = AssessmentBundle & {
  /** The pack versions the assessment pinned, as `findPack` returns them. */
  readonly packs: readonly Pack[];
  readonly method: RiskMethod;
  readonly lang: Language;
  /** SHA-256 hex from `contentFingerprint`. */
  readonly fingerprint: string;
  /** ISO instant, shown on the cover and written as the PDF's creation date. */
  readonly generatedAt: string;
  readonly appVersion: string;
  /** Embedded as they are (no re-encoding). */
  readonly photos?: readonly ReportPhoto[];
  /** Parsed instrument results of the evidence, for the "Instrument results" section (absent: no section). */
  readonly instrumentResults?: readonly ReportInstrumentResult[];
  /** The title (and date) of the earlier assessment `assessment.followUpOf` names, when it is on this computer. */
  readonly followUpOfTitle?: string;
};

/** What callers know; the risk method and the content fingerprint follow from it. */
export type ReportRequest = Omit<ReportInput, 'method' | 'fingerprint'>;

/** The one way the app, the command line and the tests turn an assessment into a report's input. */
export async function reportInputFor(request: ReportRequest): Promise<ReportInput> {
  return { ...request, method: riskMethod(request.assessment.riskMethodId), fingerprint: await contentFingerprint(request) };
}
