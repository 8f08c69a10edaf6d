// Runs everywhere (WebCrypto). Checks every signature in a PDF: does it cover what it claims, does the
// CMS verify, was anything but later signatures added afterwards, and does the user trust the signer.
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber } from '@cantoo/pdf-lib';
import type { Certificate } from 'pkijs';
import { bytesEqual, concatBytes, fromHex, indexOf, latin1, latin1Text } from './bytes';
import { certificateDer, isTrusted, parseCertificate, summarizeCertificate, validityAt } from './certificate';
import type { CertificateSummary } from './certificate';
import { checkDetached, type CmsCheck } from './cms';
import { parsePdfDate, readText } from './pdfText';
import { classifyAppended, Revisions } from './revisions';
import type { ModifiedAfter } from './revisions';
import { allSignatures } from './signatureFields';
import type { SignatureEntry } from './signatureFields';

export type { ModifiedAfter } from './revisions';

export type SignatureCertificate = CertificateSummary & {
  /** On the user's trust list, or issued (through the chain in the signature) by a certificate on it. */
  readonly trusted: boolean;
  /** notBefore ≤ signing time ≤ notAfter (the claimed time: there is no timestamp). */
  readonly validAtSigningTime: boolean;
  /** The signer's certificate and any issuing certificates the signature carries (DER), so a user can choose to trust one. */
  readonly der: Uint8Array;
  readonly chain: readonly Uint8Array[];
};

export type SignatureReport = {
  /** The signature field's full name ('' for a signature dictionary no field points to). */
  readonly fieldName: string;
  /** The signer certificate's common name: what the signature proves. */
  readonly signerName: string;
  /** The /Name the signing software wrote: a claim, shown for comparison. */
  readonly nameInDictionary: string;
  /** ISO 8601, from /M (or the CMS signing-time attribute); claimed by the signer's clock. */
  readonly signingTime: string | null;
  readonly reason: string;
  readonly location: string;
  readonly subFilter: string;
  /** The signed bytes hash to the signed digest AND the signature verifies with the certificate's key. */
  readonly valid: boolean;
  readonly digestMatches: boolean;
  readonly signatureVerifies: boolean;
  readonly byteRange: readonly number[];
  /** The ByteRange runs to the end of the file. */
  readonly coversWholeFile: boolean;
  /** Bytes after the end of the ByteRange. */
  readonly appendedAfter: number;
  readonly modifiedAfter: ModifiedAfter;
  readonly certificate: SignatureCertificate | null;
  /** Why it is not valid, for logs and support; not worded for end users. */
  readonly problem: string;
};

export type VerifyReport =
  | { readonly ok: true; readonly signatures: readonly SignatureReport[] }
  | { readonly ok: false; readonly error: 'not-pdf' | 'unreadable'; readonly detail?: string };

/**
 * What was appended after each signature is judged by loading the file as it stood at every later signature, so
 * the work grows with signatures × objects. A report stays far below (six signatures over a few hundred objects); a
 * crafted file with thousands of fake signatures, or fifty over 10,000 objects, kept the check busy for minutes.
 */
export const MaxSignatureWork = 60_000;

/** PDF 32000 §7.5.2 lets the header start anywhere in the first 1024 bytes. */
export function looksLikePdf(bytes: Uint8Array): boolean {
  return indexOf(bytes.subarray(0, 1024), latin1('%PDF-')) >= 0;
}

type RawSignature = {
  readonly entry: SignatureEntry;
  readonly range: readonly number[] | null;
  readonly rangeProblem: string;
};

function readByteRange(entry: SignatureEntry, doc: PDFDocument, fileLength: number): RawSignature {
  const array = doc.context.lookup(entry.sig.get(PDFName.of('ByteRange')));
  if (!(array instanceof PDFArray) || array.size() !== 4) return { entry, range: null, rangeProblem: 'ByteRange is not four numbers' };
  const numbers = array.asArray().map((item) => (item instanceof PDFNumber ? item.asNumber() : NaN));
  const [a, b, c, d] = numbers as [number, number, number, number];
  if (!numbers.every((n) => Number.isSafeInteger(n) && n >= 0)) return { entry, range: null, rangeProblem: 'ByteRange has a value that is not a non-negative integer' };
  if (a !== 0 || b >= c) return { entry, range: numbers, rangeProblem: 'ByteRange does not start at 0 with one gap' };
  if (c + d > fileLength) return { entry, range: numbers, rangeProblem: 'ByteRange runs past the end of the file (truncated?)' };
  return { entry, range: numbers, rangeProblem: '' };
}

/**
 * The signature bytes, read from the raw gap (not the parsed /Contents), after checking the gap holds
 * exactly one hex string: anything else in the gap would be unsigned content.
 */
function gapSignature(pdf: Uint8Array, b: number, c: number): Uint8Array | null {
  if (pdf[b] !== 0x3c /* < */ || pdf[c - 1] !== 0x3e /* > */) return null;
  return fromHex(latin1Text(pdf.subarray(b + 1, c - 1)));
}

/** CMS DER is self-delimiting; the zero padding after it is not part of the signature. */
function trimDer(bytes: Uint8Array): Uint8Array {
  if (bytes.length < 2 || bytes[0] !== 0x30) return bytes;
  const first = bytes[1] ?? 0;
  if (first < 0x80) return bytes.subarray(0, 2 + first);
  const count = first & 0x7f;
  if (count === 0 || count > 4) return bytes;
  let length = 0;
  for (let i = 0; i < count; i++) length = length * 256 + (bytes[2 + i] ?? 0);
  return bytes.subarray(0, Math.min(bytes.length, 2 + count + length));
}

/** The signer's certificate as a person judges it: who, trusted by the user's list, valid at the (claimed) signing time `at`. */
export async function signerCertificate(cms: CmsCheck, at: Date, trusted: readonly Certificate[]): Promise<SignatureCertificate | null> {
  if (!cms.signer) return null;
  const intermediates = cms.certificates.filter((cert) => cert !== cms.signer);
  return {
    ...(await summarizeCertificate(cms.signer)),
    trusted: await isTrusted(cms.signer, intermediates, trusted, at),
    validAtSigningTime: validityAt(cms.signer, at) === 'valid',
    der: certificateDer(cms.signer),
    chain: intermediates.map(certificateDer),
  };
}

async function checkOne(pdf: Uint8Array, doc: PDFDocument, raw: RawSignature, laterEnds: readonly number[], revisions: Revisions, trusted: readonly Certificate[]): Promise<SignatureReport> {
  const sig = raw.entry.sig;
  const text = (key: string): string => readText(doc.context.lookup(sig.get(PDFName.of(key))));
  const subFilter = sig.get(PDFName.of('SubFilter'))?.toString().replace(/^\//, '') ?? '';
  const claimedTime = parsePdfDate(text('M'));
  const base = {
    fieldName: raw.entry.fieldName,
    nameInDictionary: text('Name'),
    reason: text('Reason'),
    location: text('Location'),
    subFilter,
    byteRange: raw.range ?? [],
  };
  const failed = (problem: string): SignatureReport => ({
    ...base,
    signerName: '',
    signingTime: claimedTime?.toISOString() ?? null,
    valid: false,
    digestMatches: false,
    signatureVerifies: false,
    coversWholeFile: false,
    appendedAfter: 0,
    modifiedAfter: 'other-changes',
    certificate: null,
    problem,
  });
  if (!raw.range || raw.rangeProblem) return failed(raw.rangeProblem);
  const [, b, c, d] = raw.range as [number, number, number, number];
  const contents = gapSignature(pdf, b, c);
  if (!contents) return failed('the ByteRange gap is not exactly one hex string');
  // The gap must be this dictionary's own /Contents, or the ranges could be borrowed from another signature.
  const declared = sig.get(PDFName.of('Contents'));
  if (!(declared instanceof PDFHexString) || !bytesEqual(declared.asBytes(), contents)) return failed("the ByteRange gap is not this signature's /Contents");

  const signed = concatBytes([pdf.subarray(0, b), pdf.subarray(c, c + d)]);
  const cms = await checkDetached(trimDer(contents), signed);
  const signingTime = claimedTime ?? cms.signingTimeAttribute;
  const end = c + d;
  const appendedAfter = pdf.length - end;
  const modifiedAfter = await classifyAppended(pdf, end, laterEnds, revisions);

  const certificate = await signerCertificate(cms, signingTime ?? new Date(), trusted);
  return {
    ...base,
    signerName: certificate?.commonName ?? '',
    signingTime: signingTime?.toISOString() ?? null,
    valid: cms.parsed && cms.digestMatches && cms.signatureVerifies,
    digestMatches: cms.digestMatches,
    signatureVerifies: cms.signatureVerifies,
    coversWholeFile: appendedAfter === 0,
    appendedAfter,
    modifiedAfter,
    certificate,
    problem: cms.problem,
  };
}

/**
 * Verifies every signature in `pdf`, in signing order (by where each signed revision ends).
 * `trusted`: DER certificates the user marked as trusted. Never throws for bad input: a file that is not
 * a PDF, or that cannot be parsed, is reported as such.
 */
export async function verifyPdf(pdf: Uint8Array, trusted: readonly Uint8Array[]): Promise<VerifyReport> {
  if (!looksLikePdf(pdf)) return { ok: false, error: 'not-pdf' };
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(pdf, { updateMetadata: false, ignoreEncryption: true, throwOnInvalidObject: false });
    // pdf-lib parses leniently: a file with no catalog "loads" but is no document.
    if (!(doc.context.lookup(doc.context.trailerInfo.Root) instanceof PDFDict)) return { ok: false, error: 'unreadable', detail: 'no document catalog' };
  } catch (e) {
    return { ok: false, error: 'unreadable', detail: describe(e) };
  }
  try {
    const entries = allSignatures(doc);
    const objects = doc.context.enumerateIndirectObjects().length;
    // One signature needs no other revision loaded.
    if (entries.length > 1 && entries.length * objects > MaxSignatureWork) {
      return { ok: false, error: 'unreadable', detail: `it holds ${entries.length} signatures over ${objects} objects, more than JointCheck can check (signatures × objects up to ${MaxSignatureWork}); check it with another PDF reader` };
    }
    const trustList = trusted.map(parseCertificate).filter((c): c is Certificate => c !== null);
    const raws = entries.map((entry) => readByteRange(entry, doc, pdf.length));
    const endOf = (raw: RawSignature): number => (raw.range && !raw.rangeProblem ? (raw.range[2] ?? 0) + (raw.range[3] ?? 0) : Number.MAX_SAFE_INTEGER);
    raws.sort((x, y) => endOf(x) - endOf(y));
    const ends = raws.filter((raw) => raw.range && !raw.rangeProblem).map(endOf);
    const revisions = new Revisions(pdf);
    const signatures: SignatureReport[] = [];
    for (const raw of raws) {
      const end = endOf(raw);
      signatures.push(await checkOne(pdf, doc, raw, ends.filter((e) => e > end), revisions, trustList));
    }
    return { ok: true, signatures };
  } catch (e) {
    // A structure hostile or broken enough to trip the object model: say so rather than throw.
    return { ok: false, error: 'unreadable', detail: describe(e) };
  }
}

function describe(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
