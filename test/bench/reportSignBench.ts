// Performance figure for issue "signed PDF reports": build AND sign the report of a large assessment
// (240 items, all answered with notes and risk ratings, 20 photos of 1600x1200) in one fresh process.
// Prints figures, asserts nothing. Run: npx tsx test/bench/reportSignBench.ts [en|ko]
import * as fontkit from 'fontkit';
import type { Answer } from '../../shared/domain/assessment';
import { contentFingerprint } from '../../shared/format/assessmentFile';
import type { Language } from '../../shared/i18n/localized';
import { type Pack, PackSchema } from '../../shared/packs/schema';
import { reportFonts, sampleInput, twentyPhotos } from '../shared/report/fixtures';

const lang = (process.argv[2] ?? 'ko') as Language;
let peakRss = process.memoryUsage.rss();
const sample = (): void => {
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
};

/** Three renamed copies of every built-in pack: the same real texts, three times the items (240). */
function tripled(packs: readonly Pack[], answers: readonly Answer[]): { packs: Pack[]; answers: Answer[] } {
  const copies = [1, 2, 3];
  return {
    packs: copies.flatMap((n) =>
      packs.map((p) => PackSchema.parse({ ...p, id: `${p.id}-${n}`, sections: p.sections.map((s) => ({ ...s, items: s.items.map((i) => ({ ...i, id: `${i.id}-${n}` })) })) })),
    ),
    answers: copies.flatMap((n) => answers.map((a) => ({ ...a, packId: `${a.packId}-${n}`, itemId: `${a.itemId}-${n}` }))),
  };
}

const base = await sampleInput(lang);
const { packs, answers } = tripled(base.packs, base.answers);
const assessment = { ...base.assessment, packs: packs.map((p) => ({ packId: p.id, version: p.version })) };
const fonts = reportFonts();
const { createIdentity } = await import('../../shared/signing/identity');
const identity = await createIdentity({ name: '김민지', organisation: '한빛물류 노동조합', role: '근로자 측' });
const loaded = performance.now();
const { buildReport } = await import('../../shared/report/buildReport');
const { signPdf } = await import('../../shared/signing/signPdf');
const modulesMs = performance.now() - loaded;

const start = performance.now();
const input = { ...base, assessment, packs, answers, fingerprint: await contentFingerprint({ ...base, assessment, answers }), photos: twentyPhotos(packs) };
const pdf = await buildReport(input, fonts, sample);
const built = performance.now();
const signed = await signPdf(pdf, { identity }, { reason: '확인함', signerName: identity.name, signingTime: new Date(), appearanceFont: { bytes: fonts.regular, fontkit } });
const done = performance.now();
sample();

const items = packs.reduce((n, p) => n + p.sections.reduce((m, s) => m + s.items.length, 0), 0);
console.log(
  `report build + sign, ${lang}, ${items} items with notes, 20 photos 1600x1200 (cold, one process): ` +
    `${(done - start).toFixed(0)} ms total (build ${(built - start).toFixed(0)} ms, sign ${(done - built).toFixed(0)} ms; ` +
    `module loading ${modulesMs.toFixed(0)} ms not counted), ${(signed.byteLength / 1024 / 1024).toFixed(2)} MB, peak RSS ${(peakRss / 1024 / 1024).toFixed(0)} MB`,
);
