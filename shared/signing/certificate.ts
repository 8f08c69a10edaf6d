// Runs everywhere (pure, WebCrypto). Reading X.509 certificates: who they name, when they are valid, who vouches for them.
import * as asn1js from 'asn1js';
import { Certificate, CertificateChainValidationEngine } from 'pkijs';
import { bytesEqual, toArrayBuffer, toHex } from './bytes';
import { pkiEngine } from './engine';
import { formatName, nameAttribute, NameOids } from './names';

/** What a person needs to judge a certificate, as plain data (ISO dates) so it crosses IPC and JSON unchanged. */
export type CertificateSummary = {
  /** Distinguished name, most specific first: `CN=김민지, O=…`. */
  readonly subject: string;
  readonly issuer: string;
  readonly commonName: string;
  readonly organisation: string;
  /** The `title` attribute, or the organisational unit when there is no title. */
  readonly role: string;
  /** Upper-case hex. */
  readonly serialNumber: string;
  readonly notBefore: string;
  readonly notAfter: string;
  /** Issuer equals subject and the certificate's own key verifies its signature. */
  readonly selfSigned: boolean;
};

/** Parses DER; null when the bytes are not an X.509 certificate. */
export function parseCertificate(der: Uint8Array): Certificate | null {
  try {
    const asn = asn1js.fromBER(toArrayBuffer(der));
    if (asn.offset === -1) return null;
    return new Certificate({ schema: asn.result });
  } catch {
    return null;
  }
}

export function certificateDer(certificate: Certificate): Uint8Array<ArrayBuffer> {
  return new Uint8Array(certificate.toSchema().toBER(false));
}

export function sameCertificate(a: Certificate, b: Certificate): boolean {
  return bytesEqual(certificateDer(a), certificateDer(b));
}

export function roleOf(certificate: Certificate): string {
  return nameAttribute(certificate.subject, NameOids.title) || nameAttribute(certificate.subject, NameOids.organisationalUnit);
}

export async function isSelfSigned(certificate: Certificate): Promise<boolean> {
  if (!bytesEqual(new Uint8Array(certificate.issuer.toSchema().toBER(false)), new Uint8Array(certificate.subject.toSchema().toBER(false)))) return false;
  try {
    return await certificate.verify(undefined, pkiEngine());
  } catch {
    // An algorithm WebCrypto lacks: we cannot tell, and "self-signed" is a claim we would rather not make.
    return false;
  }
}

export async function summarizeCertificate(certificate: Certificate): Promise<CertificateSummary> {
  return {
    subject: formatName(certificate.subject),
    issuer: formatName(certificate.issuer),
    commonName: nameAttribute(certificate.subject, NameOids.commonName),
    organisation: nameAttribute(certificate.subject, NameOids.organisation),
    role: roleOf(certificate),
    serialNumber: toHex(certificate.serialNumber.valueBlock.valueHexView).toUpperCase(),
    notBefore: certificate.notBefore.value.toISOString(),
    notAfter: certificate.notAfter.value.toISOString(),
    selfSigned: await isSelfSigned(certificate),
  };
}

export type ValidityAt = 'valid' | 'expired' | 'not-yet-valid';

export function validityAt(certificate: Certificate, at: Date): ValidityAt {
  if (at.getTime() < certificate.notBefore.value.getTime()) return 'not-yet-valid';
  if (at.getTime() > certificate.notAfter.value.getTime()) return 'expired';
  return 'valid';
}

/**
 * Whether the user's trust list vouches for this certificate: it is on the list itself, or a chain built
 * from `intermediates` leads to a certificate on the list, checked at `at` (the claimed signing time:
 * a report signed while the certificate was valid stays trusted after it expires, as Acrobat's default).
 * Revocation is not checked: the app is offline and self-made certificates have no CRL or OCSP.
 */
export async function isTrusted(certificate: Certificate, intermediates: readonly Certificate[], trusted: readonly Certificate[], at: Date): Promise<boolean> {
  if (trusted.length === 0) return false;
  if (trusted.some((t) => sameCertificate(t, certificate))) return true;
  try {
    const chain = new CertificateChainValidationEngine({
      trustedCerts: [...trusted],
      certs: [...intermediates.filter((c) => !sameCertificate(c, certificate)), certificate],
      checkDate: at,
    });
    const result = await chain.verify({}, pkiEngine());
    return result.result;
  } catch {
    return false;
  }
}
