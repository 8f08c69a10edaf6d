// Runs in the renderer and its PDF worker. Messages between the window and the worker that builds, signs and verifies PDFs.
import type { ReportInput } from '../../../shared/report/buildReport';
import type { Language } from '../../../shared/i18n/localized';
import type { SigningIdentity } from '../../../shared/signing/identity';
import type { VerifyReport } from '../../../shared/signing/verifyPdf';

export type SignRequest = {
  readonly pdf: Uint8Array;
  /** CryptoKeys cross to the worker by structured clone and stay non-extractable there. */
  readonly identity: SigningIdentity;
  readonly chain: readonly Uint8Array[];
  /** Language of the words in the visible signature box. */
  readonly lang: Language;
  readonly reason: string;
  readonly signerName: string;
  readonly signingTime: string;
};

export type PdfTasks = {
  build: { readonly args: ReportInput; readonly result: Uint8Array };
  sign: { readonly args: SignRequest; readonly result: Uint8Array };
  verify: { readonly args: { readonly pdf: Uint8Array; readonly trusted: readonly Uint8Array[] }; readonly result: PdfCheck };
};
export type PdfTask = keyof PdfTasks;

/** Signatures, and the content fingerprint a JointCheck report carries (null for other PDFs). */
export type PdfCheck = { readonly report: VerifyReport; readonly fingerprint: string | null };

export type PdfRequest = { [K in PdfTask]: { readonly id: number; readonly task: K; readonly args: PdfTasks[K]['args'] } }[PdfTask];

export type PdfResponse =
  | { readonly id: number; readonly kind: 'progress'; readonly done: number; readonly total: number }
  | { readonly id: number; readonly kind: 'result'; readonly value: unknown }
  | { readonly id: number; readonly kind: 'error'; readonly message: string };
