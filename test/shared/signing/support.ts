// Test-time only (Node). Shared helpers for the signing tests: sample PDFs, fixtures, and poppler/qpdf/openssl runs.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PDFDict, PDFDocument, PDFHexString, PDFName, rgb, StandardFonts } from '@cantoo/pdf-lib';
import * as fontkit from 'fontkit';
import { PageSize, signatureSlot } from '../../../shared/report/signOffLayout';
import type { AppearanceFont } from '../../../shared/signing/appearance';
import { scratch as scratchDir } from '../../support/scratch';

export const fixtureDir = resolve(import.meta.dirname, '../../fixtures/signing');
export const fixture = (name: string): Uint8Array<ArrayBuffer> => new Uint8Array(readFileSync(join(fixtureDir, name)));
export const Password = 'correct horse battery staple';
export const KoreanPassword = '비밀번호-암호';

/** Pretendard Regular (TTF): the font the app signs with, so Hangul shows in the box. */
export const koreanFont = (): AppearanceFont => ({ bytes: new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../../assets/fonts/Pretendard-Regular.ttf'))), fontkit });

/** A scratch folder per test file; set KEEP_SIGNING_FILES to keep the PDFs and PNGs. */
export const scratch = (): ((name: string, bytes?: Uint8Array) => string) => scratchDir('signing', 'KEEP_SIGNING_FILES');

export type SamplePdfOptions = { readonly pages?: number; readonly padding?: number; readonly info?: Readonly<Record<string, string>> };

/** An A4 report look-alike: text pages, then a sign-off page with the empty boxes the report builder draws. */
export async function samplePdf(options: SamplePdfOptions = {}): Promise<Uint8Array<ArrayBuffer>> {
  const doc = await PDFDocument.create();
  doc.setTitle('Assessment report');
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const pages = options.pages ?? 3;
  for (let p = 1; p <= pages; p++) {
    const page = doc.addPage([PageSize.width, PageSize.height]);
    page.drawText(p === pages ? 'Sign-off' : `Page ${p}: findings`, { x: 48, y: 780, size: 18, font });
    // The sign-off page keeps its text above the boxes, as the report does.
    for (let line = 0; line < (p === pages ? 15 : 50); line++) page.drawText(`Line ${line + 1} of the assessment text on page ${p}.`, { x: 48, y: 740 - line * 12, size: 9, font });
    if (p === pages) {
      for (let i = 0; i < 6; i++) {
        const slot = signatureSlot(i);
        page.drawRectangle({ ...slot, borderColor: rgb(0.6, 0.6, 0.6), borderWidth: 0.5 });
      }
    }
  }
  if (options.padding) {
    // Incompressible bytes, as photos would be: a realistic file size without an image encoder.
    const noise = new Uint8Array(options.padding);
    // getRandomValues fills at most 64 KiB per call.
    for (let at = 0; at < noise.length; at += 65_536) crypto.getRandomValues(noise.subarray(at, at + 65_536));
    await doc.attach(noise, 'evidence.bin', { mimeType: 'application/octet-stream' });
  }
  if (options.info) {
    const info = doc.context.lookup(doc.context.trailerInfo.Info, PDFDict);
    for (const [key, value] of Object.entries(options.info)) info.set(PDFName.of(key), PDFHexString.fromText(value));
  }
  return doc.save();
}

function run(command: string, args: readonly string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(command, args, { encoding: 'utf8', env: { ...process.env, LC_ALL: 'C.UTF-8' }, ...(input !== undefined ? { input } : {}) });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export type PdfsigSignature = { readonly field: string; readonly commonName: string; readonly validation: string; readonly certificate: string; readonly totalDocument: boolean; readonly text: string };

/** Runs poppler's pdfsig and splits its report per signature. */
export function pdfsig(path: string): { readonly output: string; readonly signatures: PdfsigSignature[] } {
  const { stdout, stderr } = run('pdfsig', [path]);
  const output = stdout + stderr;
  const blocks = output.split(/^Signature #\d+:$/m).slice(1);
  const field = (block: string, label: string): string => new RegExp(`- ${label}: (.*)$`, 'm').exec(block)?.[1]?.trim() ?? '';
  return {
    output,
    signatures: blocks.map((block) => ({
      field: field(block, 'Signature Field Name'),
      commonName: field(block, 'Signer Certificate Common Name'),
      validation: field(block, 'Signature Validation'),
      certificate: field(block, 'Certificate Validation'),
      totalDocument: /- Total document signed/.test(block),
      text: block,
    })),
  };
}

/** qpdf --check: status 0 means no errors (2 errors, 3 warnings only). */
export function qpdfCheck(path: string): { readonly status: number | null; readonly output: string } {
  const { status, stdout, stderr } = run('qpdf', ['--check', path]);
  return { status, output: stdout + stderr };
}

export function openssl(args: readonly string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  return run('openssl', args, input);
}

/** Renders one page to PNG at 60 dpi (for a person to look at, and for a coarse pixel check). */
export function renderPage(pdfPath: string, page: number, outPrefix: string, dpi = 60): string {
  const { status, stderr } = run('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', pdfPath, outPrefix]);
  if (status !== 0) throw new Error(`pdftoppm failed: ${stderr}`);
  return `${outPrefix}.png`;
}

export function pdftotext(path: string, page: number): string {
  return run('pdftotext', ['-f', String(page), '-l', String(page), '-layout', path, '-']).stdout;
}
