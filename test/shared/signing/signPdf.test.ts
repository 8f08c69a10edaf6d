import { readFileSync } from 'node:fs';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, StandardFonts } from '@cantoo/pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { signatureSlot } from '../../../shared/report/signOffLayout';
import { AppearanceFontError } from '../../../shared/signing/appearance';
import { createIdentity } from '../../../shared/signing/identity';
import type { SigningIdentity } from '../../../shared/signing/identity';
import { displayTime } from '../../../shared/signing/pdfText';
import { signPdf } from '../../../shared/signing/signPdf';
import type { SignPdfOptions } from '../../../shared/signing/signPdf';
import { verifyPdf } from '../../../shared/signing/verifyPdf';
import { koreanFont, pdfsig, pdftotext, qpdfCheck, renderPage, samplePdf, scratch } from './support';

const file = scratch();
let alice: SigningIdentity;
let minji: SigningIdentity;
let base: Uint8Array<ArrayBuffer>;
/** After the identities exist (their certificates start then), to the second: /M has no finer unit. */
let signedAt: Date;

const options = (identity: SigningIdentity, extra: Partial<SignPdfOptions> = {}): SignPdfOptions => ({
  reason: 'I approve this assessment report',
  signerName: identity.name,
  signingTime: signedAt,
  appearanceFont: koreanFont(),
  ...extra,
});

beforeAll(async () => {
  [alice, minji, base] = await Promise.all([
    createIdentity({ name: 'Alice Worker', organisation: 'Acme Plant OHS Committee', role: 'Worker side' }),
    createIdentity({ name: '김민지', organisation: '한국 공장 산업안전보건위원회', role: '사용자 측' }),
    samplePdf(),
  ]);
  signedAt = new Date(Math.floor(Date.now() / 1000) * 1000);
});

describe('signPdf', () => {
  it('signs once: pdfsig and qpdf accept it, and verifyPdf agrees', async () => {
    const signed = await signPdf(base, { identity: alice }, options(alice, { location: 'Busan' }));
    const path = file('one.pdf', signed);
    const sig = pdfsig(path);
    expect(sig.signatures).toHaveLength(1);
    expect(sig.signatures[0]).toMatchObject({ field: 'Signature1', commonName: 'Alice Worker', validation: 'Signature is Valid.', certificate: 'Certificate issuer is unknown.', totalDocument: true });
    expect(sig.signatures[0]?.text).toContain('Signature Type: ETSI.CAdES.detached');
    expect(qpdfCheck(path).status).toBe(0);

    const report = await verifyPdf(signed, []);
    expect(report.ok).toBe(true);
    if (!report.ok) return;
    expect(report.signatures).toHaveLength(1);
    expect(report.signatures[0]).toMatchObject({
      fieldName: 'Signature1',
      signerName: 'Alice Worker',
      nameInDictionary: 'Alice Worker',
      reason: 'I approve this assessment report',
      location: 'Busan',
      signingTime: signedAt.toISOString(),
      subFilter: 'ETSI.CAdES.detached',
      valid: true,
      coversWholeFile: true,
      appendedAfter: 0,
      modifiedAfter: 'none',
      certificate: { selfSigned: true, trusted: false, validAtSigningTime: true, subject: 'CN=Alice Worker, title=Worker side, O=Acme Plant OHS Committee' },
    });
  });

  it('adds a second signature as an incremental update that leaves the first intact', async () => {
    const first = await signPdf(base, { identity: alice }, options(alice));
    const second = await signPdf(first, { identity: minji }, options(minji, { reason: '평가 보고서 내용을 확인하고 승인합니다', signingTime: new Date(signedAt.getTime() + 60_000) }));
    // Incremental: the first signed file is a prefix, byte for byte.
    expect(Buffer.from(second.subarray(0, first.length)).equals(Buffer.from(first))).toBe(true);

    const path = file('two.pdf', second);
    const sig = pdfsig(path);
    expect(sig.signatures.map((s) => [s.field, s.commonName, s.validation, s.certificate, s.totalDocument])).toEqual([
      ['Signature1', 'Alice Worker', 'Signature is Valid.', 'Certificate issuer is unknown.', false],
      ['Signature2', '김민지', 'Signature is Valid.', 'Certificate issuer is unknown.', true],
    ]);
    expect(sig.output).toContain('Signer full Distinguished Name: CN=김민지,title=사용자 측,O=한국 공장 산업안전보건위원회');
    expect(qpdfCheck(path).status).toBe(0);

    const report = await verifyPdf(second, []);
    if (!report.ok) throw new Error(report.error);
    expect(report.signatures.map((s) => [s.fieldName, s.signerName, s.valid, s.coversWholeFile, s.modifiedAfter])).toEqual([
      ['Signature1', 'Alice Worker', true, false, 'later-signatures-only'],
      ['Signature2', '김민지', true, true, 'none'],
    ]);
    expect(report.signatures[1]).toMatchObject({ reason: '평가 보고서 내용을 확인하고 승인합니다', nameInDictionary: '김민지', certificate: { role: '사용자 측' } });
    expect(report.signatures[0]?.appendedAfter).toBe(second.length - first.length);
  });

  it('puts each signature in its box on the last page, with a visible face', async () => {
    const first = await signPdf(base, { identity: alice }, options(alice, { location: 'Seoul' }));
    const second = await signPdf(first, { identity: minji }, options(minji, { reason: '평가 보고서 내용을 확인하고 승인합니다' }));
    const doc = await PDFDocument.load(second);
    const last = doc.getPage(doc.getPageCount() - 1);
    const widgets = (last.node.Annots()?.asArray() ?? []).map((ref) => doc.context.lookup(ref, PDFDict));
    expect(widgets).toHaveLength(2);
    for (const [i, widget] of widgets.entries()) {
      const slot = signatureSlot(i);
      const rect = widget.lookup(PDFName.of('Rect'), PDFArray).asArray().map((n) => (n instanceof PDFNumber ? n.asNumber() : NaN));
      [slot.x, slot.y, slot.x + slot.width, slot.y + slot.height].forEach((value, j) => expect(rect[j]).toBeCloseTo(value, 2));
      expect(widget.get(PDFName.of('FT'))?.toString()).toBe('/Sig');
      expect(widget.lookup(PDFName.of('AP'), PDFDict).has(PDFName.of('N'))).toBe(true);
    }
    for (const page of doc.getPages().slice(0, -1)) expect(page.node.Annots()?.size() ?? 0).toBe(0);

    const path = file('faces.pdf', second);
    const text = pdftotext(path, doc.getPageCount());
    for (const expected of ['Digitally signed', 'Alice Worker', 'Worker side · Acme Plant OHS Committee', `Signed: ${displayTime(signedAt)}`, 'Reason: I approve this assessment report', 'Location: Seoul', '김민지', '사용자 측 · 한국 공장 산업안전보건위원회', 'Reason: 평가 보고서 내용을 확인하고 승인합니다']) {
      expect(text).toContain(expected);
    }
    // Rendered for a person to look at (see the test's README note); here only that it renders.
    const png = renderPage(path, doc.getPageCount(), file('faces-last'));
    expect(readFileSync(png).subarray(1, 4).toString()).toBe('PNG');
  });

  it('names fields uniquely and fills the next free box by default', async () => {
    let pdf: Uint8Array = base;
    for (const identity of [alice, minji, alice]) pdf = await signPdf(pdf, { identity }, options(identity));
    const report = await verifyPdf(pdf, []);
    if (!report.ok) throw new Error(report.error);
    expect(report.signatures.map((s) => s.fieldName)).toEqual(['Signature1', 'Signature2', 'Signature3']);
    expect(report.signatures.every((s) => s.valid)).toBe(true);
    expect(report.signatures.map((s) => s.modifiedAfter)).toEqual(['later-signatures-only', 'later-signatures-only', 'none']);
    expect(pdfsig(file('three.pdf', pdf)).signatures.map((s) => s.validation)).toEqual(Array(3).fill('Signature is Valid.'));
  });

  it('signs with the adbe.pkcs7.detached convention too (with a signing-time attribute)', async () => {
    const signed = await signPdf(base, { identity: alice }, options(alice, { subFilter: 'adbe.pkcs7.detached' }));
    const sig = pdfsig(file('pkcs7.pdf', signed));
    expect(sig.signatures[0]?.validation).toBe('Signature is Valid.');
    expect(sig.output).toContain('Signature Type: adbe.pkcs7.detached');
    const report = await verifyPdf(signed, []);
    expect(report.ok && report.signatures[0]).toMatchObject({ valid: true, subFilter: 'adbe.pkcs7.detached' });
  });

  it('needs a font that can show the text: Helvetica is enough for Latin, not for Hangul', async () => {
    const latin = await signPdf(base, { identity: alice }, { ...options(alice), appearanceFont: undefined });
    expect(pdfsig(file('helvetica.pdf', latin)).signatures[0]?.validation).toBe('Signature is Valid.');
    await expect(signPdf(base, { identity: minji }, { ...options(minji), appearanceFont: undefined })).rejects.toThrow(AppearanceFontError);
    // Only the signature matters: WOFF2 is refused before fontkit sees it.
    const woff2 = { ...koreanFont(), bytes: new TextEncoder().encode('wOF2 and the rest of a web font') };
    await expect(signPdf(base, { identity: minji }, { ...options(minji), appearanceFont: woff2 })).rejects.toThrow(/TTF or OTF/);
  });

  it('signs past the last box without a visible face rather than refusing', async () => {
    const signed = await signPdf(base, { identity: alice }, options(alice, { slotIndex: 6 }));
    expect(pdfsig(file('invisible.pdf', signed)).signatures[0]?.validation).toBe('Signature is Valid.');
    await expect(signPdf(base, { identity: alice }, options(alice, { slotIndex: -1 }))).rejects.toThrow(RangeError);
  });

  it('signs a PDF whose pages were written by another tool with an existing form', async () => {
    const doc = await PDFDocument.create();
    const page = doc.addPage();
    page.drawText('Form', { x: 50, y: 700, font: await doc.embedFont(StandardFonts.Helvetica) });
    doc.getForm().createTextField('comment').addToPage(page, { x: 50, y: 600, width: 200, height: 20 });
    const signed = await signPdf(await doc.save(), { identity: alice }, options(alice));
    const path = file('form.pdf', signed);
    expect(pdfsig(path).signatures[0]?.validation).toBe('Signature is Valid.');
    expect(qpdfCheck(path).status).toBe(0);
    const report = await verifyPdf(signed, []);
    expect(report.ok && report.signatures.map((s) => s.fieldName)).toEqual(['Signature1']);
  });

  it('signs and verifies a 1 MB, 40-page report in well under a second each', async () => {
    const big = await samplePdf({ pages: 40, padding: 1_000_000 });
    expect(big.length).toBeGreaterThan(1_000_000);
    const time = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
      const start = performance.now();
      const value = await work();
      return [value, performance.now() - start];
    };
    const [first, firstMs] = await time(() => signPdf(big, { identity: alice }, options(alice)));
    const [second, secondMs] = await time(() => signPdf(first, { identity: minji }, options(minji)));
    const [report, verifyMs] = await time(() => verifyPdf(second, []));
    expect(report.ok && report.signatures.map((s) => [s.valid, s.modifiedAfter])).toEqual([
      [true, 'later-signatures-only'],
      [true, 'none'],
    ]);
    expect(pdfsig(file('big.pdf', second)).signatures.map((s) => s.validation)).toEqual(['Signature is Valid.', 'Signature is Valid.']);
    console.info(`1 MB report (${second.length} bytes): first signature ${firstMs.toFixed(0)} ms, second (incremental) ${secondMs.toFixed(0)} ms, verify both ${verifyMs.toFixed(0)} ms`);
    // Generous bounds: a regression to seconds (e.g. WOFF fonts, quadratic scans) fails; machine noise does not.
    expect(firstMs).toBeLessThan(3000);
    expect(secondMs).toBeLessThan(3000);
    expect(verifyMs).toBeLessThan(3000);
  });
});
