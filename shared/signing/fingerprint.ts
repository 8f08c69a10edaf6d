// Runs everywhere (pure). Reads the report's content fingerprint, which the report builder writes into the PDF.
import { PDFDict, PDFDocument, PDFName } from '@cantoo/pdf-lib';
import { looksLikePdf } from './verifyPdf';
import { readText } from './pdfText';

/**
 * The Info dictionary key holding the SHA-256 (64 lower-case hex digits, as a text string) of the
 * assessment content the report was built from. A custom Info key is allowed by PDF 32000 §14.3.3
 * and is covered by every signature, so the signed report names exactly which content it shows.
 */
export const FingerprintKey = 'JointCheckFingerprint';

/**
 * The fingerprint, lower-case, from the Info dictionary (or, failing that, the catalog); null when the
 * PDF has none, has something that is not 64 hex digits, or cannot be read.
 */
export async function extractFingerprint(pdf: Uint8Array): Promise<string | null> {
  if (!looksLikePdf(pdf)) return null;
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(pdf, { updateMetadata: false, ignoreEncryption: true, throwOnInvalidObject: false });
  } catch {
    return null;
  }
  const key = PDFName.of(FingerprintKey);
  const info = doc.context.lookup(doc.context.trailerInfo.Info);
  const catalog = doc.context.lookup(doc.context.trailerInfo.Root);
  const candidates = [info instanceof PDFDict ? info.get(key) : undefined, catalog instanceof PDFDict ? catalog.get(key) : undefined];
  for (const candidate of candidates) {
    const text = readText(doc.context.lookup(candidate)).trim();
    if (/^[0-9a-fA-F]{64}$/.test(text)) return text.toLowerCase();
  }
  return null;
}
