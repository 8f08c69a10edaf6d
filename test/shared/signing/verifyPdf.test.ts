import { PDFDocument, PDFHexString, PDFName, rgb } from '@cantoo/pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractFingerprint, FingerprintKey } from '../../../shared/signing/fingerprint';
import { createIdentity } from '../../../shared/signing/identity';
import type { SigningIdentity } from '../../../shared/signing/identity';
import { importPkcs12 } from '../../../shared/signing/pkcs12';
import { signPdf } from '../../../shared/signing/signPdf';
import type { SignPdfOptions } from '../../../shared/signing/signPdf';
import { verifyPdf } from '../../../shared/signing/verifyPdf';
import type { SignatureReport } from '../../../shared/signing/verifyPdf';
import { fixture, koreanFont, Password, pdfsig, qpdfCheck, samplePdf, scratch } from './support';

const file = scratch();
const fingerprint = 'c0ffee'.padEnd(64, '0123456789abcdef');
let alice: SigningIdentity;
let minji: SigningIdentity;
let base: Uint8Array<ArrayBuffer>;
let once: Uint8Array<ArrayBuffer>;
let twice: Uint8Array<ArrayBuffer>;

const options = (identity: SigningIdentity): SignPdfOptions => ({ reason: 'Approved', signerName: identity.name, signingTime: new Date(), appearanceFont: koreanFont() });

async function signatures(pdf: Uint8Array, trusted: readonly Uint8Array[] = []): Promise<readonly SignatureReport[]> {
  const report = await verifyPdf(pdf, trusted);
  if (!report.ok) throw new Error(`not verifiable: ${report.error}`);
  return report.signatures;
}

/** A later incremental update, made the way any PDF editor would, that writes on the first page. */
async function editAfterSigning(pdf: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  const doc = await PDFDocument.load(pdf, { forIncrementalUpdate: true, updateMetadata: false });
  doc.getPage(0).drawText('Changed after signing', { x: 48, y: 60, size: 14, color: rgb(0.8, 0, 0) });
  return doc.save({ useObjectStreams: false });
}

/** Flips one byte of the document title (inside the signed range): "Assessment" becomes "Bssessment". */
function tamperTitle(pdf: Uint8Array): Uint8Array<ArrayBuffer> {
  const copy = new Uint8Array(pdf);
  const hex = PDFHexString.fromText('Assessment report').asString();
  const at = Buffer.from(copy).indexOf(hex);
  if (at < 0) throw new Error('title not found');
  copy[at + 7] = copy[at + 7] === 0x31 ? 0x32 : 0x31; // 0041 'A' -> 0042 'B' (after the FEFF mark)
  return copy;
}

beforeAll(async () => {
  [alice, minji] = await Promise.all([
    createIdentity({ name: 'Alice Worker', organisation: 'Acme Plant', role: 'Worker side' }),
    createIdentity({ name: '김민지', organisation: '한국 공장', role: '사용자 측' }),
  ]);
  base = await samplePdf({ info: { [FingerprintKey]: fingerprint } });
  once = await signPdf(base, { identity: alice }, options(alice));
  twice = await signPdf(once, { identity: minji }, options(minji));
});

describe('verifyPdf', () => {
  it('finds no signatures in an unsigned PDF', async () => {
    expect(await verifyPdf(base, [])).toEqual({ ok: true, signatures: [] });
  });

  it('names inputs that are not PDFs, and does not crash on truncated ones', async () => {
    expect(await verifyPdf(new Uint8Array(0), [])).toEqual({ ok: false, error: 'not-pdf' });
    expect(await verifyPdf(crypto.getRandomValues(new Uint8Array(4096)), [])).toEqual({ ok: false, error: 'not-pdf' });
    expect(await verifyPdf(fixture('good.p12'), [])).toEqual({ ok: false, error: 'not-pdf' });
    expect(await verifyPdf(new TextEncoder().encode('%PDF-1.7\nnothing else at all'), [])).toMatchObject({ ok: false, error: 'unreadable' });

    for (const cut of [20, 500, Math.floor(twice.length / 2), twice.length - 40]) {
      const report = await verifyPdf(twice.subarray(0, cut), []);
      if (!report.ok) {
        expect(report.error).toBe('unreadable');
        continue;
      }
      // Whatever survives the cut, nothing may claim to cover the whole (now missing) file.
      expect(report.signatures.filter((s) => s.valid && s.coversWholeFile)).toEqual([]);
    }
  });

  it('reports one flipped byte inside a signed range as invalid, as pdfsig does', async () => {
    const tampered = tamperTitle(twice);
    const sig = pdfsig(file('tampered.pdf', tampered));
    expect(sig.signatures.map((s) => s.validation)).toEqual(['Digest Mismatch.', 'Digest Mismatch.']);
    const report = await signatures(tampered);
    expect(report.map((s) => [s.valid, s.digestMatches, s.signatureVerifies])).toEqual([
      [false, false, true],
      [false, false, true],
    ]);
  });

  it('reports a page edited after signing as other changes, though the signed part still verifies', async () => {
    const edited = await editAfterSigning(once);
    const path = file('edited.pdf', edited);
    expect(qpdfCheck(path).status).toBe(0);
    const sig = pdfsig(path);
    expect(sig.signatures[0]).toMatchObject({ validation: 'Signature is Valid.', totalDocument: false });
    const [report] = await signatures(edited);
    expect(report).toMatchObject({ valid: true, coversWholeFile: false, modifiedAfter: 'other-changes' });
    expect(report?.appendedAfter).toBe(edited.length - once.length);

    const bothThenEdited = await signatures(await editAfterSigning(twice));
    expect(bothThenEdited.map((s) => [s.valid, s.modifiedAfter])).toEqual([
      [true, 'other-changes'],
      [true, 'other-changes'],
    ]);
  });

  it('tells a later signature from other changes', async () => {
    expect((await signatures(twice)).map((s) => s.modifiedAfter)).toEqual(['later-signatures-only', 'none']);
    // Whitespace after %%EOF changes nothing a reader sees.
    const padded = new Uint8Array([...once, 0x0a, 0x0a]);
    expect((await signatures(padded))[0]).toMatchObject({ valid: true, coversWholeFile: false, appendedAfter: 2, modifiedAfter: 'none' });
    // A signature added by editing the page in the same update is not "only a signature".
    const doc = await PDFDocument.load(once, { forIncrementalUpdate: true, updateMetadata: false });
    doc.getPage(0).drawText('Sneaked in', { x: 48, y: 40, size: 10 });
    const sneaky = await signPdf(await doc.save({ useObjectStreams: false }), { identity: minji }, options(minji));
    expect((await signatures(sneaky)).map((s) => s.modifiedAfter)).toEqual(['other-changes', 'none']);
  });

  it('trusts a certificate issued by a CA on the trust list, and only then', async () => {
    const imported = await importPkcs12(fixture('ca-signed.p12'), Password);
    if (!imported.ok) throw new Error(imported.error);
    const signed = await signPdf(base, { identity: imported.identity, chain: imported.chain }, options(imported.identity));
    expect(pdfsig(file('ca-signed.pdf', signed)).signatures[0]?.validation).toBe('Signature is Valid.');

    const [byCa] = await signatures(signed, [fixture('test-ca.der')]);
    expect(byCa?.certificate).toMatchObject({ trusted: true, selfSigned: false, commonName: 'Inspector Park', role: 'Labour inspector', issuer: 'CN=JointCheck Test CA, O=JointCheck Test' });
    expect((await signatures(signed, [fixture('other-ca.der')]))[0]?.certificate?.trusted).toBe(false);
    expect((await signatures(signed, []))[0]?.certificate?.trusted).toBe(false);
    // Garbage on the trust list is ignored, not fatal.
    expect((await signatures(signed, [new Uint8Array([1, 2, 3]), fixture('test-ca.der')]))[0]?.certificate?.trusted).toBe(true);
  });

  it('reports self-signed certificates as such, trusted only when the user listed that very certificate', async () => {
    const [plain] = await signatures(once);
    expect(plain?.certificate).toMatchObject({ selfSigned: true, trusted: false });
    const [listed] = await signatures(once, [alice.certificate]);
    expect(listed?.certificate).toMatchObject({ selfSigned: true, trusted: true });
    const [other] = await signatures(once, [minji.certificate]);
    expect(other?.certificate?.trusted).toBe(false);
  });
});

describe('extractFingerprint', () => {
  it('reads /JointCheckFingerprint from the Info dictionary, through signatures', async () => {
    expect(await extractFingerprint(base)).toBe(fingerprint);
    expect(await extractFingerprint(twice)).toBe(fingerprint);
  });

  it('returns null when absent, malformed or not a PDF', async () => {
    expect(await extractFingerprint(await samplePdf())).toBeNull();
    expect(await extractFingerprint(await samplePdf({ info: { [FingerprintKey]: 'not hex' } }))).toBeNull();
    expect(await extractFingerprint(fixture('good.p12'))).toBeNull();
  });

  it('also finds it in the catalog, and upper-case hex comes back lower-case', async () => {
    const doc = await PDFDocument.load(await samplePdf());
    doc.catalog.set(PDFName.of(FingerprintKey), PDFHexString.fromText(fingerprint.toUpperCase()));
    expect(await extractFingerprint(await doc.save())).toBe(fingerprint);
  });
});
