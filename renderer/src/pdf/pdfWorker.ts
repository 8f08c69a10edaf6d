// Runs in a dedicated worker. Builds, signs and verifies PDFs off the main thread; its code loads only when first needed.
import { buildReport, type ReportFonts } from '../../../shared/report/buildReport';
import * as fontkit from 'fontkit';
import { type AppearanceLabels, EnglishLabels } from '../../../shared/signing/appearance';
import { signPdf } from '../../../shared/signing/signPdf';
import { extractFingerprint } from '../../../shared/signing/fingerprint';
import { verifyPdf } from '../../../shared/signing/verifyPdf';
import type { Language } from '../../../shared/i18n/localized';
import type { PdfCheck, PdfRequest, PdfResponse } from './protocol';

const fontUrls = {
  regular: new URL('../../../assets/fonts/Pretendard-Regular.ttf', import.meta.url),
  bold: new URL('../../../assets/fonts/Pretendard-Bold.ttf', import.meta.url),
};
let fonts: Promise<ReportFonts> | null = null;

/** The fixed words in a visible signature box, in the report's language. */
const boxLabels: Record<Language, AppearanceLabels> = {
  en: EnglishLabels,
  ko: { digitallySigned: '전자서명', signed: '서명 일시', reason: '사유', location: '장소' },
};

async function loadFonts(): Promise<ReportFonts> {
  const [regular, bold] = await Promise.all(
    [fontUrls.regular, fontUrls.bold].map(async (url) => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`The report font could not be loaded (${response.status}).`);
      return new Uint8Array(await response.arrayBuffer());
    }),
  );
  return { regular: regular!, bold: bold! };
}

function reply(message: PdfResponse, transfer: Transferable[] = []): void {
  postMessage(message, { transfer });
}

async function run(request: PdfRequest): Promise<unknown> {
  switch (request.task) {
    case 'build':
      fonts ??= loadFonts();
      return buildReport(request.args, await fonts, (done, total) => reply({ id: request.id, kind: 'progress', done, total }));
    case 'sign': {
      const { pdf, identity, chain, lang, reason, signerName, signingTime } = request.args;
      fonts ??= loadFonts();
      return signPdf(pdf, { identity, chain }, {
        reason,
        signerName,
        signingTime: new Date(signingTime),
        appearanceFont: { bytes: (await fonts).regular, fontkit },
        labels: boxLabels[lang],
      });
    }
    case 'verify': {
      const [report, fingerprint] = await Promise.all([verifyPdf(request.args.pdf, request.args.trusted), extractFingerprint(request.args.pdf)]);
      return { report, fingerprint } satisfies PdfCheck;
    }
  }
}

addEventListener('message', (event: MessageEvent<PdfRequest>) => {
  const request = event.data;
  run(request).then(
    (value) => reply({ id: request.id, kind: 'result', value }, value instanceof Uint8Array ? [value.buffer as ArrayBuffer] : []),
    (error: unknown) => reply({ id: request.id, kind: 'error', message: error instanceof Error ? error.message : String(error) }),
  );
});
