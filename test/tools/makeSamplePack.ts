// Test-time only (Node). Makes test/fixtures/packs/sample.jointcheck-pack.zip with the app's own writer: the
// English sample assessment with three evidence files (two photos, one kept original, a note), its report
// built and signed with test/fixtures/signing/good.p12, and the manifest signed by the same identity.
// Run: npx tsx test/tools/makeSamplePack.ts
import { mkdirSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { resolve } from 'node:path';
import * as fontkit from 'fontkit';
import { bytesSource } from '../../shared/evidencePack/byteSource';
import { writePack } from '../../shared/evidencePack/write';
import { findPack } from '../../shared/packs/registry';
import { buildReport } from '../../shared/report/buildReport';
import { reportInputFor } from '../../shared/report/reportInput';
import { importPkcs12 } from '../../shared/signing/pkcs12';
import { signPdf } from '../../shared/signing/signPdf';
import { evidenceBytesFrom, sampleBundle } from '../shared/evidencePack/support';
import { reportFonts } from '../shared/report/fixtures';
import { fixture, Password } from '../shared/signing/support';

const out = resolve(import.meta.dirname, '../fixtures/packs/sample.jointcheck-pack.zip');
// Now, not a fixed date: the test certificate's validity starts when make-fixtures.sh ran.
const createdAt = new Date();

const imported = await importPkcs12(fixture('good.p12'), Password);
if (!imported.ok) throw new Error(`good.p12: ${imported.error}`);
const signer = { identity: imported.identity, chain: imported.chain };

const { bundle, files } = sampleBundle();
const packs = bundle.assessment.packs.map((ref) => findPack(ref)!);
const photos = bundle.evidence
  .filter((evidence) => evidence.kind === 'photo')
  .map((evidence) => ({ packId: evidence.item?.packId ?? packs[0]!.id, itemId: evidence.item?.itemId ?? null, caption: evidence.caption, jpeg: files.get(evidence.id)!.file }));
const input = await reportInputFor({ ...bundle, packs, lang: 'en', generatedAt: createdAt.toISOString(), appVersion: '0.1.0', photos });
const report = await buildReport(input, reportFonts());
const signed = await signPdf(report, signer, { reason: 'Approved for the committee', signerName: signer.identity.name, signingTime: createdAt, appearanceFont: { bytes: reportFonts().regular, fontkit } });

mkdirSync(resolve(out, '..'), { recursive: true });
const file = await open(out, 'w');
try {
  const written = await writePack(
    {
      bundle,
      appVersion: '0.1.0',
      createdAt: createdAt.toISOString(),
      evidenceBytes: evidenceBytesFrom(files),
      includeOriginals: true,
      reports: [{ name: `Report ${createdAt.toISOString().slice(0, 10)} signed`, source: bytesSource(signed) }],
      signer,
    },
    { sink: async (chunk) => void (await file.write(chunk)) },
  );
  console.log(`Wrote ${out}: ${written.bytes} bytes, ${written.manifest.files.length} files, signed by ${signer.identity.name}.`);
} finally {
  await file.close();
}
