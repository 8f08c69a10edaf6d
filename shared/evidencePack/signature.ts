// Runs everywhere (WebCrypto). manifest.sig: a detached CMS signature over the exact bytes of manifest.json,
// the same CMS the PDF signatures use, so `openssl cms -verify` checks it too.
import type { Certificate } from 'pkijs';
import { parseCertificate } from '../signing/certificate';
import { checkDetached, signDetached } from '../signing/cms';
import type { Signer } from '../signing/signPdf';
import { signerCertificate, type SignatureCertificate } from '../signing/verifyPdf';

/** DER ContentInfo over `manifest`, with a signing-time attribute (a plain CMS has nowhere else to put it). */
export async function signManifest(manifest: Uint8Array<ArrayBuffer>, signer: Signer, signingTime: Date): Promise<Uint8Array<ArrayBuffer>> {
  return signDetached({
    contentDigest: new Uint8Array(await crypto.subtle.digest('SHA-256', manifest)),
    hash: 'SHA-256',
    privateKey: signer.identity.privateKey,
    certificate: signer.identity.certificate,
    chain: signer.chain ?? [],
    signingTime,
  });
}

export type PackSignatureReport =
  | { readonly status: 'unsigned' }
  | {
      /** `valid`: manifest.json hashes to the signed digest and the signature verifies with the signer's key. */
      readonly status: 'valid' | 'invalid';
      readonly signer: SignatureCertificate | null;
      /** ISO 8601 from the signing-time attribute, claimed by the signer's clock (no timestamp: the app is offline). */
      readonly signingTime: string | null;
      /** Why it is not valid, for logs and support; not worded for end users. */
      readonly problem: string;
    };

/**
 * Checks `signature` (manifest.sig, or null when the pack has none) over `manifest`. `trusted`: DER
 * certificates the user trusts; `fallbackTime`: when the manifest says it was made, used for the
 * certificate's validity if the signature carries no time. Never throws for bad input.
 */
export async function checkManifestSignature(signature: Uint8Array | null, manifest: Uint8Array, trusted: readonly Uint8Array[], fallbackTime: Date): Promise<PackSignatureReport> {
  if (!signature) return { status: 'unsigned' };
  const cms = await checkDetached(signature, manifest);
  const trustList = trusted.map(parseCertificate).filter((c): c is Certificate => c !== null);
  const signingTime = cms.signingTimeAttribute;
  return {
    status: cms.parsed && cms.digestMatches && cms.signatureVerifies ? 'valid' : 'invalid',
    signer: await signerCertificate(cms, signingTime ?? fallbackTime, trustList),
    signingTime: signingTime?.toISOString() ?? null,
    problem: cms.problem,
  };
}
