// Runs everywhere (pure). The document's metadata: what readers, search and the signer read without the pages.
import { PDFDict, PDFHexString, PDFName, PDFString } from '@cantoo/pdf-lib';
import type { PDFDocument } from '@cantoo/pdf-lib';

/**
 * The Info key the signer reads the fingerprint from (signing/fingerprint.ts). Repeated rather than imported,
 * so building a report does not load the signing code; a test keeps the two equal.
 */
export const ReportFingerprintKey = 'JointCheckFingerprint';

export type ReportMetadata = {
  readonly title: string;
  readonly author: string;
  readonly subject: string;
  /** BCP 47, e.g. `en-GB` or `ko-KR`: screen readers pick their voice from it. */
  readonly language: string;
  readonly appVersion: string;
  readonly fingerprint: string;
  readonly createdAt: Date;
};

export function writeMetadata(pdf: PDFDocument, meta: ReportMetadata): void {
  pdf.setTitle(meta.title, { showInWindowTitleBar: true });
  pdf.setAuthor(meta.author);
  pdf.setSubject(meta.subject);
  pdf.catalog.set(PDFName.of('Lang'), PDFString.of(meta.language));
  pdf.setCreator(`JointCheck ${meta.appVersion}`);
  pdf.setProducer(`JointCheck ${meta.appVersion} (@cantoo/pdf-lib)`);
  pdf.setKeywords(['JointCheck', meta.fingerprint]);
  // Both dates are the build time given, not the clock: the same input gives the same file.
  pdf.setCreationDate(meta.createdAt);
  pdf.setModificationDate(meta.createdAt);
  // The signer reads this back (extractFingerprint) to name the content a signature covers.
  const info = pdf.context.lookup(pdf.context.trailerInfo.Info, PDFDict);
  info.set(PDFName.of(ReportFingerprintKey), PDFHexString.fromText(meta.fingerprint));
}
