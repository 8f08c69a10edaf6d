// Runs in the renderer and its PDF worker. Messages between the window and the worker that builds, signs and verifies PDFs.
import type { ReportInput } from '../../../shared/report/buildReport';
import type { VerifyResult } from '../../../shared/signing/verifyPdf';

export type SignRequest = {
  readonly pdf: Uint8Array;
  readonly certificate: Uint8Array;
  readonly chain: readonly Uint8Array[];
  readonly privateKey: CryptoKey;
  readonly reason: string;
  readonly signerName: string;
  readonly signingTime: string;
};

export type PdfTasks = {
  build: { readonly args: ReportInput; readonly result: Uint8Array };
  sign: { readonly args: SignRequest; readonly result: Uint8Array };
  verify: { readonly args: { readonly pdf: Uint8Array; readonly trusted: readonly Uint8Array[] }; readonly result: VerifyResult };
};
export type PdfTask = keyof PdfTasks;

export type PdfRequest = { [K in PdfTask]: { readonly id: number; readonly task: K; readonly args: PdfTasks[K]['args'] } }[PdfTask];

export type PdfResponse =
  | { readonly id: number; readonly kind: 'progress'; readonly done: number; readonly total: number }
  | { readonly id: number; readonly kind: 'result'; readonly value: unknown }
  | { readonly id: number; readonly kind: 'error'; readonly message: string };
