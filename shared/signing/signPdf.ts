// Runs everywhere (WebCrypto). Signs a PDF: a visible signature field in the next box of the sign-off page,
// a PAdES signature over the whole file, and incremental updates so earlier signatures stay valid.
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFString } from '@cantoo/pdf-lib';
import type { PDFRef } from '@cantoo/pdf-lib';
import { MaxSignatureSlots, signatureSlot } from '../report/signOffLayout';
import { buildAppearance, embedAppearanceFont, EnglishLabels } from './appearance';
import type { AppearanceFont, AppearanceLabels } from './appearance';
import { concatBytes } from './bytes';
import { signDetached } from './cms';
import type { SigningIdentity } from './identity';
import { displayTime, pdfDate, textString } from './pdfText';
import { byteRangeOf, byteRangePlaceholder, contentsPlaceholder, fillByteRange, fillContents, findReservation } from './placeholder';
import { formFields, signedFields } from './signatureFields';

export type Signer = {
  readonly identity: SigningIdentity;
  /** DER certificates above the signer's (intermediate, CA), carried in the signature for verifiers. */
  readonly chain?: readonly Uint8Array[];
};

/**
 * `ETSI.CAdES.detached` (PAdES baseline B-B, the default): the signing time lives in the signed /M, and
 * the CMS carries a signing-certificate-v2 attribute but no signing-time attribute, which PAdES forbids.
 * `adbe.pkcs7.detached`: the older convention, with a signing-time attribute for readers that look there.
 */
export type SubFilter = 'ETSI.CAdES.detached' | 'adbe.pkcs7.detached';

export type SignPdfOptions = {
  readonly reason: string;
  /** Shown in the box and written to /Name; usually the identity's name. */
  readonly signerName: string;
  readonly location?: string;
  /** The claimed signing time (no timestamp authority: the app is offline). */
  readonly signingTime: Date;
  /** The box on the last page (see signOffLayout): defaults to the number of signatures already in the file. */
  readonly slotIndex?: number;
  readonly appearanceFont?: AppearanceFont;
  readonly labels?: Partial<AppearanceLabels>;
  readonly subFilter?: SubFilter;
};

/** CMS bytes reserved beyond the certificates it carries: signed attributes, signature, ASN.1 framing. */
const reserveBase = 6144;

/** Space for the CMS: grows with the certificates it carries, twice over for a margin. */
function reservationFor(signer: Signer): number {
  const certificates = [signer.identity.certificate, ...(signer.chain ?? [])].reduce((sum, der) => sum + der.byteLength, 0);
  return reserveBase + 2 * certificates;
}

/** `Signature1`, `Signature2`, …: the first free name from one past the signatures present. */
function freeFieldName(doc: PDFDocument, signatures: number): string {
  const taken = new Set(formFields(doc).map((f) => f.name));
  let n = signatures + 1;
  while (taken.has(`Signature${n}`)) n++;
  return `Signature${n}`;
}

/** The document's AcroForm, created when absent, with SigFlags SignaturesExist | AppendOnly. */
function acroFormOf(doc: PDFDocument): PDFDict {
  const context = doc.context;
  const existing = context.lookup(doc.catalog.get(PDFName.of('AcroForm')));
  const acroForm = existing instanceof PDFDict ? existing : context.obj({ Fields: [] });
  if (acroForm !== existing) doc.catalog.set(PDFName.of('AcroForm'), context.register(acroForm));
  if (!(context.lookup(acroForm.get(PDFName.of('Fields'))) instanceof PDFArray)) acroForm.set(PDFName.of('Fields'), context.obj([]));
  acroForm.set(PDFName.of('SigFlags'), PDFNumber.of(3));
  return acroForm;
}

/**
 * Appends to the page's /Annots and touches nothing else. pdf-lib's own addAnnot first "normalises" the
 * page, wrapping its content streams in q/Q: a change to the page's content that verifiers rightly flag.
 */
function addAnnotation(doc: PDFDocument, page: PDFDict, ref: PDFRef): void {
  const annots = doc.context.lookup(page.get(PDFName.of('Annots')));
  if (annots instanceof PDFArray) annots.push(ref);
  else page.set(PDFName.of('Annots'), doc.context.obj([ref]));
}

/**
 * Signs `pdf` and returns the signed file. The first signature rewrites the file once (a clean base);
 * each later one is an incremental update appended to the bytes given, so every earlier signature keeps
 * covering exactly what it signed.
 */
export async function signPdf(pdf: Uint8Array, signer: Signer, options: SignPdfOptions): Promise<Uint8Array<ArrayBuffer>> {
  // Loaded once for an incremental update; a file with no signature yet is rewritten whole instead (`rewrite`).
  const doc = await PDFDocument.load(pdf, { updateMetadata: false, forIncrementalUpdate: true });
  const existing = signedFields(doc).length;
  const incremental = existing > 0;

  const slotIndex = options.slotIndex ?? existing;
  // Past the last box the signature is still made, without a visible face: refusing the seventh signer helps no one.
  const visible = slotIndex < MaxSignatureSlots;
  const slot = visible ? signatureSlot(slotIndex) : { x: 0, y: 0, width: 0, height: 0 };
  const page = doc.getPage(doc.getPageCount() - 1);
  const context = doc.context;

  const subFilter = options.subFilter ?? 'ETSI.CAdES.detached';
  const reserved = reservationFor(signer);
  const sigDict = context.obj({
    Type: 'Sig',
    Filter: 'Adobe.PPKLite',
    SubFilter: subFilter,
    // ByteRange before Contents: findReservation looks for /Contents after the ByteRange placeholder.
    ByteRange: byteRangePlaceholder(context),
    Contents: contentsPlaceholder(reserved),
    M: textString(pdfDate(options.signingTime)),
    Name: textString(options.signerName),
    Reason: textString(options.reason),
    ...(options.location ? { Location: textString(options.location) } : {}),
    Prop_Build: { App: { Name: 'JointCheck' } },
  });
  const sigRef = context.register(sigDict);

  const fieldName = freeFieldName(doc, existing);
  const widget = context.obj({
    Type: 'Annot',
    Subtype: 'Widget',
    FT: 'Sig',
    T: PDFString.of(fieldName), // ASCII by construction: no escaping needed.
    V: sigRef,
    F: 4, // Print: the box belongs on paper too.
    P: page.ref,
    Rect: [slot.x, slot.y, slot.x + slot.width, slot.y + slot.height],
  });
  if (visible) {
    const font = await embedAppearanceFont(doc, options.appearanceFont);
    const role = [signer.identity.role, signer.identity.organisation].filter((s) => s.trim() !== '').join(' · ');
    const appearance = buildAppearance(doc, font, slot.width, slot.height, {
      signerName: options.signerName,
      role,
      time: displayTime(options.signingTime),
      reason: options.reason,
      location: options.location ?? '',
      labels: { ...EnglishLabels, ...options.labels },
    });
    widget.set(PDFName.of('AP'), context.obj({ N: appearance }));
  }
  const widgetRef = context.register(widget);
  addAnnotation(doc, page.node, widgetRef);
  const fields = context.lookup(acroFormOf(doc).get(PDFName.of('Fields')), PDFArray);
  fields.push(widgetRef);

  // No object streams: the signature dictionary must sit in the file as plain text to be filled in.
  const saved = await doc.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false, rewrite: !incremental });
  const reservation = findReservation(saved, incremental ? pdf.byteLength : 0);
  const range = byteRangeOf(reservation, saved.byteLength);
  fillByteRange(saved, reservation, range);

  const signedBytes = concatBytes([saved.subarray(0, reservation.contentsStart), saved.subarray(reservation.contentsEnd)]);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', signedBytes));
  const cms = await signDetached({
    contentDigest: digest,
    hash: 'SHA-256',
    privateKey: signer.identity.privateKey,
    certificate: signer.identity.certificate,
    chain: signer.chain ?? [],
    ...(subFilter === 'adbe.pkcs7.detached' ? { signingTime: options.signingTime } : {}),
  });
  if (!fillContents(saved, reservation, cms)) throw new Error(`signature of ${cms.byteLength} bytes does not fit the ${reserved} reserved`);
  return saved;
}
