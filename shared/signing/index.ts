// Runs everywhere (WebCrypto). Digital signatures for reports: identities, PKCS#12 files, signing and verifying PDFs.
export { createExportableIdentity, createIdentity } from './identity';
export type { IdentityDetails, SigningIdentity } from './identity';
export { exportPkcs12, importPkcs12 } from './pkcs12';
export type { ImportError, ImportResult } from './pkcs12';
export { signPdf } from './signPdf';
export type { Signer, SignPdfOptions, SubFilter } from './signPdf';
export { AppearanceFontError, EnglishLabels } from './appearance';
export type { AppearanceFont, AppearanceLabels, Fontkit } from './appearance';
export { verifyPdf } from './verifyPdf';
export type { ModifiedAfter, SignatureCertificate, SignatureReport, VerifyReport } from './verifyPdf';
export { extractFingerprint, FingerprintKey } from './fingerprint';
export type { CertificateSummary } from './certificate';
