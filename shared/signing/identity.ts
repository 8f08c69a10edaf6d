// Runs everywhere (WebCrypto). Signing identities: a key pair and a self-signed X.509 certificate naming the person.
import * as asn1js from 'asn1js';
import { AlgorithmIdentifier, BasicConstraints, Certificate, Extension, Time, TimeType } from 'pkijs';
import { toArrayBuffer } from './bytes';
import { certificateDer } from './certificate';
import { pkiEngine } from './engine';
import { buildName, NameOids } from './names';

/**
 * Who signs: the certificate others will see and the key that signs. The private key is non-extractable
 * unless made by `createExportableIdentity` (or imported for export), so a compromised renderer can
 * use it but never copy it out. Storable as is in IndexedDB (structured clone keeps CryptoKeys).
 */
export type SigningIdentity = {
  /** DER-encoded X.509 certificate. */
  readonly certificate: Uint8Array;
  readonly privateKey: CryptoKey;
  readonly publicKey: CryptoKey;
  /** The certificate's common name. */
  readonly name: string;
  readonly organisation: string;
  /** The side or role the person signs for, e.g. "Worker side"; the certificate's `title`. */
  readonly role: string;
  /** ISO 8601. */
  readonly createdAt: string;
};

export type IdentityDetails = { readonly name: string; readonly organisation: string; readonly role: string };

/**
 * ECDSA P-256 with SHA-256: WebCrypto has it everywhere, keys and signatures are small, and poppler's
 * pdfsig (NSS) validates it as it does RSA (checked in the tests).
 */
export const KeyAlgorithm = { name: 'ECDSA', namedCurve: 'P-256' } as const satisfies EcKeyGenParams;
export const HashAlgorithm = 'SHA-256';
export const CertificateYears = 5;
/** Back-date notBefore a little, so a verifier whose clock runs slightly behind does not see "not yet valid". */
const clockSkewMs = 5 * 60 * 1000;

/** A new identity whose private key can never leave WebCrypto. */
export function createIdentity(details: IdentityDetails, now: Date = new Date()): Promise<SigningIdentity> {
  return makeIdentity(details, now, false);
}

/**
 * The same with an extractable private key: only for writing it once into a password-protected
 * PKCS#12 file (the command line's use). Do not keep such an identity around.
 */
export function createExportableIdentity(details: IdentityDetails, now: Date = new Date()): Promise<SigningIdentity> {
  return makeIdentity(details, now, true);
}

async function makeIdentity(details: IdentityDetails, now: Date, extractable: boolean): Promise<SigningIdentity> {
  const name = details.name.trim();
  if (name === '') throw new TypeError('a signing identity needs a name');
  const keys = await crypto.subtle.generateKey(KeyAlgorithm, extractable, ['sign', 'verify']);
  const certificate = await selfSignedCertificate({ ...details, name }, keys, now);
  return {
    certificate: certificateDer(certificate),
    privateKey: keys.privateKey,
    publicKey: keys.publicKey,
    name,
    organisation: details.organisation.trim(),
    role: details.role.trim(),
    createdAt: now.toISOString(),
  };
}

/** A positive serial of 16 random bytes (RFC 5280 allows up to 20; CAs use at least 64 random bits). */
function randomSerial(): asn1js.Integer {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[0] = ((bytes[0] ?? 0) & 0x7f) | 0x01;
  return new asn1js.Integer({ valueHex: bytes.buffer });
}

/** RFC 5280: UTCTime through 2049, GeneralizedTime from 2050. */
function x509Time(date: Date): Time {
  return new Time({ type: date.getUTCFullYear() < 2050 ? TimeType.UTCTime : TimeType.GeneralizedTime, value: date });
}

function addYears(date: Date, years: number): Date {
  const later = new Date(date.getTime());
  later.setUTCFullYear(later.getUTCFullYear() + years);
  return later;
}

async function selfSignedCertificate(details: IdentityDetails, keys: CryptoKeyPair, now: Date): Promise<Certificate> {
  const engine = pkiEngine();
  const notBefore = new Date(now.getTime() - clockSkewMs);
  const name = [
    { oid: NameOids.organisation, value: details.organisation.trim() },
    { oid: NameOids.title, value: details.role.trim() },
    { oid: NameOids.commonName, value: details.name },
  ];
  const certificate = new Certificate({
    version: 2,
    serialNumber: randomSerial(),
    issuer: buildName(name),
    subject: buildName(name),
    notBefore: x509Time(notBefore),
    notAfter: x509Time(addYears(notBefore, CertificateYears)),
    signature: new AlgorithmIdentifier(),
  });
  await certificate.subjectPublicKeyInfo.importKey(keys.publicKey, engine);

  // keyUsage digitalSignature (bit 0) + nonRepudiation (bit 1): what NSS, and so pdfsig, wants of a document signer.
  const keyUsage = new asn1js.BitString({ valueHex: new Uint8Array([0b1100_0000]).buffer, unusedBits: 6 });
  const basicConstraints = new BasicConstraints({ cA: false });
  // RFC 5280 §4.2.1.2 method 1: the SHA-1 of the public key bits.
  const keyId = new Uint8Array(await crypto.subtle.digest('SHA-1', toArrayBuffer(certificate.subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView)));
  const subjectKeyIdentifier = new asn1js.OctetString({ valueHex: keyId.buffer });
  certificate.extensions = [
    new Extension({ extnID: '2.5.29.19', critical: true, extnValue: basicConstraints.toSchema().toBER(false), parsedValue: basicConstraints }),
    new Extension({ extnID: '2.5.29.15', critical: true, extnValue: keyUsage.toBER(false), parsedValue: keyUsage }),
    new Extension({ extnID: '2.5.29.14', critical: false, extnValue: subjectKeyIdentifier.toBER(false), parsedValue: subjectKeyIdentifier }),
  ];
  await certificate.sign(keys.privateKey, HashAlgorithm, engine);
  return certificate;
}
