// Runs in the renderer. Report PDFs built here, kept with their assessment, and who signed which version.
import type { AssessmentId } from '../../../shared/domain/assessment';
import type { Language } from '../../../shared/i18n/localized';
import { sha256Hex } from '../../../shared/crypto/sha256';
import type { SignatureRecord, StoredReport } from '../db/db';
import { database } from './database';

export async function addReport(assessmentId: AssessmentId, fingerprint: string, lang: Language, pdf: Uint8Array): Promise<StoredReport> {
  const report: StoredReport = { id: crypto.randomUUID(), assessmentId, fingerprint, lang, createdAt: new Date().toISOString(), pdf, signatures: [] };
  await database().reports.add(report);
  return report;
}

/** Newest first. */
export async function reportsOf(assessmentId: AssessmentId): Promise<StoredReport[]> {
  const reports = await database().reports.where('assessmentId').equals(assessmentId).toArray();
  return reports.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}


/**
 * Replaces the report's bytes with the signed version and records the signature, in one transaction.
 * Refuses if the report changed since signing began (another signature landed first), so no signature is lost.
 */
export async function recordSignature(reportId: string, signedFrom: Uint8Array<ArrayBuffer>, signed: Uint8Array, record: Omit<SignatureRecord, 'signedPdfSha256'>): Promise<void> {
  const db = database();
  const signedPdfSha256 = await sha256Hex(signedFrom);
  await db.transaction('rw', db.reports, async () => {
    const report = await db.reports.get(reportId);
    if (!report) throw new Error('This report no longer exists.');
    if (!sameBytes(report.pdf, signedFrom)) throw new Error('The report changed while it was being signed; sign it again.');
    await db.reports.put({ ...report, pdf: signed, signatures: [...report.signatures, { ...record, signedPdfSha256 }] });
  });
}

/** Synchronous, so it can run inside a transaction without letting it commit early. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.byteLength; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

export type { SignatureRecord, StoredReport } from '../db/db';
