// The report and the signer meet on the sign-off page: each signature goes into the next empty box.
import { spawnSync } from 'node:child_process';
import { PDFArray, PDFDict, PDFDocument, PDFName } from '@cantoo/pdf-lib';
import type { PDFNumber } from '@cantoo/pdf-lib';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../shared/report/buildReport';
import { signatureSlot } from '../../../shared/report/signOffLayout';
import { createIdentity } from '../../../shared/signing/identity';
import { signPdf } from '../../../shared/signing/signPdf';
import { fontPaths, read, reportFonts, sampleInput } from './fixtures';
import { pdftotext, qpdfCheck, scratch } from './support';

const file = scratch();

describe('signing a built report', () => {
  it('puts the worker side’s and the employer side’s signatures in the first two boxes, both valid', async () => {
    const input = await sampleInput('ko');
    const report = await buildReport(input, reportFonts());
    const [worker, employer] = input.assessment.participants;
    const [a, b] = await Promise.all([
      createIdentity({ name: worker!.name, organisation: input.assessment.workplace.name, role: '근로자 측' }),
      createIdentity({ name: employer!.name, organisation: input.assessment.workplace.name, role: '사용자 측' }),
    ]);
    const appearanceFont = { bytes: read(fontPaths.regular), fontkit };
    const signingTime = new Date(Math.floor(Date.now() / 1000) * 1000);
    const once = await signPdf(report, { identity: a }, { reason: '보고서 내용을 확인합니다', signerName: a.name, signingTime, appearanceFont });
    const twice = await signPdf(once, { identity: b }, { reason: '보고서 내용을 확인합니다', signerName: b.name, signingTime, appearanceFont });

    const path = file('signed.pdf', twice);
    expect(qpdfCheck(path).status).toBe(0);
    const pdfsig = spawnSync('pdfsig', [path], { encoding: 'utf8' });
    expect(pdfsig.stdout.match(/Signature is Valid\./g)).toHaveLength(2);

    const doc = await PDFDocument.load(twice);
    const last = doc.getPage(doc.getPageCount() - 1);
    const widgets = (last.node.Annots()?.asArray() ?? []).map((ref) => doc.context.lookup(ref, PDFDict));
    expect(widgets).toHaveLength(2);
    widgets.forEach((widget, i) => {
      const slot = signatureSlot(i);
      const rect = widget.lookup(PDFName.of('Rect'), PDFArray).asArray().map((n) => (n as PDFNumber).asNumber());
      expect(rect.map((v) => Math.round(v * 100) / 100)).toEqual([slot.x, slot.y, slot.x + slot.width, slot.y + slot.height].map((v) => Math.round(v * 100) / 100));
    });
    const text = pdftotext(path, doc.getPageCount());
    expect(text).toContain(worker!.name);
    expect(text).toContain(employer!.name);
  });
});
