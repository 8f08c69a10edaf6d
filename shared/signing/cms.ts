// Runs everywhere (WebCrypto). Detached CMS SignedData (RFC 5652) as PDF signatures carry it: building and checking.
import * as asn1js from 'asn1js';
import {
  AlgorithmIdentifier,
  Attribute,
  Certificate,
  ContentInfo,
  EncapsulatedContentInfo,
  IssuerAndSerialNumber,
  SignedAndUnsignedAttributes,
  SignedData,
  SignerInfo,
} from 'pkijs';
import { bytesEqual, toArrayBuffer } from './bytes';
import { certificateDer, parseCertificate } from './certificate';
import { pkiEngine } from './engine';

export const CmsOids = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  signingCertificate: '1.2.840.113549.1.9.16.2.12',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  sha256: '2.16.840.1.101.3.4.2.1',
} as const;

export type CmsSignInput = {
  /** The hash of the signed bytes (for a PDF: the ByteRange), computed with `hash`. */
  readonly contentDigest: Uint8Array;
  readonly hash: 'SHA-256';
  readonly privateKey: CryptoKey;
  /** DER of the signer's certificate. */
  readonly certificate: Uint8Array;
  /** DER of further certificates to carry (intermediates, CA), so a verifier can build the chain. */
  readonly chain: readonly Uint8Array[];
  /**
   * Adds the signing-time attribute. PAdES (ETSI.CAdES.detached) forbids it (the time goes in the
   * signature dictionary's /M); the older adbe.pkcs7.detached convention expects it.
   */
  readonly signingTime?: Date;
};

function mustParse(der: Uint8Array, what: string): Certificate {
  const certificate = parseCertificate(der);
  if (!certificate) throw new TypeError(`${what} is not a DER X.509 certificate`);
  return certificate;
}

/**
 * ESS signing-certificate-v2 (RFC 5035): binds the signature to this exact certificate, so another
 * certificate for the same key cannot be swapped in. The hash algorithm is left out: SHA-256 is its default.
 */
async function signingCertificateV2(certificate: Certificate): Promise<Attribute> {
  const certHash = await crypto.subtle.digest('SHA-256', certificateDer(certificate));
  const issuerSerial = new asn1js.Sequence({
    value: [
      new asn1js.Sequence({ value: [new asn1js.Constructed({ idBlock: { tagClass: 3, tagNumber: 4 }, value: [certificate.issuer.toSchema()] })] }),
      new asn1js.Integer({ valueHex: toArrayBuffer(certificate.serialNumber.valueBlock.valueHexView) }),
    ],
  });
  const essCertIdV2 = new asn1js.Sequence({ value: [new asn1js.OctetString({ valueHex: certHash }), issuerSerial] });
  return new Attribute({ type: CmsOids.signingCertificateV2, values: [new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [essCertIdV2] })] })] });
}

/** DER orders a SET OF by its members' encodings; some verifiers re-encode before checking, so sort as they would. */
function derSorted(attributes: Attribute[]): Attribute[] {
  const encoded = attributes.map((attribute) => ({ attribute, der: new Uint8Array(attribute.toSchema().toBER(false)) }));
  encoded.sort((a, b) => {
    const length = Math.max(a.der.length, b.der.length);
    for (let i = 0; i < length; i++) {
      const d = (a.der[i] ?? 0) - (b.der[i] ?? 0);
      if (d !== 0) return d;
    }
    return 0;
  });
  return encoded.map((e) => e.attribute);
}

/** A DER ContentInfo holding a detached SignedData with one signer. */
export async function signDetached(input: CmsSignInput): Promise<Uint8Array<ArrayBuffer>> {
  const engine = pkiEngine();
  const certificate = mustParse(input.certificate, 'the signing certificate');
  const chain = input.chain.map((der, i) => mustParse(der, `chain certificate ${i + 1}`));

  const attributes = [
    new Attribute({ type: CmsOids.contentType, values: [new asn1js.ObjectIdentifier({ value: CmsOids.data })] }),
    new Attribute({ type: CmsOids.messageDigest, values: [new asn1js.OctetString({ valueHex: toArrayBuffer(input.contentDigest) })] }),
    await signingCertificateV2(certificate),
  ];
  if (input.signingTime) attributes.push(new Attribute({ type: CmsOids.signingTime, values: [new asn1js.UTCTime({ valueDate: input.signingTime })] }));

  const signedData = new SignedData({
    version: 1,
    encapContentInfo: new EncapsulatedContentInfo({ eContentType: CmsOids.data }),
    certificates: [certificate, ...chain],
    signerInfos: [
      new SignerInfo({
        version: 1,
        sid: new IssuerAndSerialNumber({ issuer: certificate.issuer, serialNumber: certificate.serialNumber }),
        signedAttrs: new SignedAndUnsignedAttributes({ type: 0, attributes: derSorted(attributes) }),
      }),
    ],
  });
  // Detached: no data is passed, the signature covers the signed attributes (which carry the digest).
  await signedData.sign(input.privateKey, 0, input.hash, undefined, engine);
  const contentInfo = new ContentInfo({ contentType: CmsOids.signedData, content: signedData.toSchema(true) });
  return new Uint8Array(contentInfo.toSchema().toBER(false));
}

export type CmsCheck = {
  /** The bytes parsed as a SignedData with a signer. */
  readonly parsed: boolean;
  /** The hash of the signed bytes equals the message-digest attribute (or, with no attributes, the signature covers them). */
  readonly digestMatches: boolean;
  /** The signature verifies with the signer certificate's public key (and the signing-certificate attribute names that certificate). */
  readonly signatureVerifies: boolean;
  readonly signer: Certificate | null;
  /** Every X.509 certificate the CMS carries. */
  readonly certificates: readonly Certificate[];
  readonly signingTimeAttribute: Date | null;
  /** Why it failed, for logs and tests; not for end users. */
  readonly problem: string;
};

const notParsed = (problem: string): CmsCheck => ({ parsed: false, digestMatches: false, signatureVerifies: false, signer: null, certificates: [], signingTimeAttribute: null, problem });

function findSigner(signerInfo: SignerInfo, certificates: readonly Certificate[]): Certificate | null {
  const sid: unknown = signerInfo.sid;
  if (sid instanceof IssuerAndSerialNumber) {
    return certificates.find((c) => c.issuer.isEqual(sid.issuer) && bytesEqual(c.serialNumber.valueBlock.valueHexView, sid.serialNumber.valueBlock.valueHexView)) ?? null;
  }
  // [0] SubjectKeyIdentifier (openssl cms -keyid): match the certificate's extension value.
  if (sid instanceof asn1js.Primitive) {
    const keyId = sid.valueBlock.valueHexView;
    for (const certificate of certificates) {
      const ski = certificate.extensions?.find((e) => e.extnID === '2.5.29.14')?.parsedValue;
      if (ski instanceof asn1js.OctetString && bytesEqual(ski.valueBlock.valueHexView, keyId)) return certificate;
    }
  }
  return null;
}

function hashNameFor(oid: string): string | null {
  const algorithm = pkiEngine().getAlgorithmByOID(oid);
  return 'name' in algorithm && typeof algorithm.name === 'string' ? algorithm.name : null;
}

/** Checks an ESS signing-certificate(-v2) attribute, if any, names `signer`. */
async function signingCertificateMatches(signerInfo: SignerInfo, signer: Certificate): Promise<boolean> {
  for (const attribute of signerInfo.signedAttrs?.attributes ?? []) {
    const v2 = attribute.type === CmsOids.signingCertificateV2;
    if (!v2 && attribute.type !== CmsOids.signingCertificate) continue;
    // SigningCertificate(V2) ::= SEQUENCE { certs SEQUENCE OF ESSCertID(v2), ... }; ESSCertIDv2 ::= SEQUENCE {
    // hashAlgorithm DEFAULT sha256, certHash, issuerSerial OPTIONAL }. The casts are checked by the catch.
    try {
      const certs = attribute.values[0] as asn1js.Sequence;
      const first = (certs.valueBlock.value[0] as asn1js.Sequence).valueBlock.value[0] as asn1js.Sequence;
      const parts = first.valueBlock.value;
      let hashName = v2 ? 'SHA-256' : 'SHA-1';
      let hashIndex = 0;
      if (v2 && parts[0] instanceof asn1js.Sequence) {
        hashName = hashNameFor(new AlgorithmIdentifier({ schema: parts[0] }).algorithmId) ?? '';
        hashIndex = 1;
      }
      const expected = parts[hashIndex];
      if (!(expected instanceof asn1js.OctetString) || hashName === '') return false;
      const actual = new Uint8Array(await crypto.subtle.digest(hashName, certificateDer(signer)));
      return bytesEqual(actual, expected.valueBlock.valueHexView);
    } catch {
      return false;
    }
  }
  return true;
}

/** Checks a detached CMS signature over `content` (for a PDF, the bytes its ByteRange covers). Never throws. */
export async function checkDetached(cms: Uint8Array, content: Uint8Array): Promise<CmsCheck> {
  const engine = pkiEngine();
  let signedData: SignedData;
  try {
    const asn = asn1js.fromBER(toArrayBuffer(cms));
    if (asn.offset === -1) return notParsed('not BER');
    const contentInfo = new ContentInfo({ schema: asn.result });
    if (contentInfo.contentType !== CmsOids.signedData) return notParsed(`content type ${contentInfo.contentType}`);
    signedData = new SignedData({ schema: contentInfo.content });
  } catch (e) {
    return notParsed(`not a SignedData: ${String(e)}`);
  }
  const certificates = (signedData.certificates ?? []).filter((c): c is Certificate => c instanceof Certificate);
  const signerInfo = signedData.signerInfos[0];
  if (!signerInfo) return notParsed('no signer');
  const signer = findSigner(signerInfo, certificates);
  const signingTimeAttribute = readSigningTime(signerInfo);
  const base = { parsed: true, signer, certificates, signingTimeAttribute };

  const hashName = hashNameFor(signerInfo.digestAlgorithm.algorithmId);
  if (!hashName) return { ...base, digestMatches: false, signatureVerifies: false, problem: `digest algorithm ${signerInfo.digestAlgorithm.algorithmId}` };
  const digest = new Uint8Array(await crypto.subtle.digest(hashName, toArrayBuffer(content)));

  let signedBytes: ArrayBuffer;
  let digestMatches: boolean;
  if (signerInfo.signedAttrs) {
    const messageDigest = signerInfo.signedAttrs.attributes.find((a) => a.type === CmsOids.messageDigest)?.values[0];
    digestMatches = messageDigest instanceof asn1js.OctetString && bytesEqual(messageDigest.valueBlock.valueHexView, digest);
    // pkijs keeps the attributes' bytes as received, retagged as SET: what was signed.
    signedBytes = signerInfo.signedAttrs.encodedValue;
  } else {
    signedBytes = toArrayBuffer(content);
    digestMatches = true;
  }
  if (!signer) return { ...base, digestMatches, signatureVerifies: false, problem: 'signer certificate not in the CMS' };

  let signatureVerifies = false;
  let problem = '';
  try {
    signatureVerifies = await engine.verifyWithPublicKey(signedBytes, signerInfo.signature, signer.subjectPublicKeyInfo, signerInfo.signatureAlgorithm, hashName);
    if (!signatureVerifies) problem = 'signature does not verify';
  } catch (e) {
    problem = `signature check failed: ${String(e)}`;
  }
  if (signatureVerifies && !(await signingCertificateMatches(signerInfo, signer))) {
    signatureVerifies = false;
    problem = 'signing-certificate attribute names another certificate';
  }
  if (!digestMatches && problem === '') problem = 'digest mismatch';
  // Without signed attributes the signature itself covers the content: a failure may be either.
  if (!signerInfo.signedAttrs) digestMatches = signatureVerifies;
  return { ...base, digestMatches, signatureVerifies, problem };
}

function readSigningTime(signerInfo: SignerInfo): Date | null {
  const value = signerInfo.signedAttrs?.attributes.find((a) => a.type === CmsOids.signingTime)?.values[0];
  if (value instanceof asn1js.UTCTime || value instanceof asn1js.GeneralizedTime) return value.toDate();
  return null;
}
