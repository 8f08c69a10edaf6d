// Test-time only (Node). Hostile evidence packs (.zip) and what checking and adding each must come to.
import { deflateSync, zipSync } from 'fflate';
import type { AssessmentId } from '../../../shared/domain/assessment';
import type { PackRefusalCode } from '../../../shared/evidencePack/read';
import type { AssessmentBundle } from '../../../shared/format/assessmentFile';
import { ManifestPath, PackLimits, SignaturePath } from '../../../shared/evidencePack/format';
import { createIdentity } from '../../../shared/signing/identity';
import { craftZip, packBytes, repack, sampleInput, unpack } from '../../shared/evidencePack/support';
import { Cp949Bytes, cutsOf, deepJson, type HostileCase, MarkupPayloads, objectLevels, PdfBytes, PngBytes, utf8, withPrototypeKeys, withValueAt } from '../corpus';
import { richFile } from './assessmentFile';

/**
 * `refused`: inspectPack or verifyPack refuses the archive with this code. `damaged`: a report whose
 * manifest could not be read (problem matching). `notPassed`: a report that does not pass, for the reason
 * given; adding it without the user's consent must fail. `passed`: a clean report, added read-only.
 */
export type PackExpected =
  | { readonly refused: PackRefusalCode }
  | { readonly damaged: RegExp }
  | { readonly notPassed: { readonly file?: readonly [string, 'altered' | 'missing' | 'unexpected']; readonly assessmentProblem?: string; readonly signature?: 'invalid' | 'unsigned' } }
  | { readonly passed: true; readonly title?: string };

type Case = HostileCase<Uint8Array, PackExpected>;

const refused = (code: PackRefusalCode): PackExpected => ({ refused: code });
const notPassed = (reason: Extract<PackExpected, { notPassed: unknown }>['notPassed']): PackExpected => ({ notPassed: reason });

let signed: Promise<{ bytes: Uint8Array; make: (overrides: Parameters<typeof sampleInput>[0]) => Promise<Uint8Array> }> | null = null;

/** A signed pack of the sample assessment (made once), and a way to write others with the same signer. */
function signedPack(): NonNullable<typeof signed> {
  signed ??= (async () => {
    const identity = await createIdentity({ name: 'Park Jun-ho', organisation: 'Hanbit Logistics', role: 'Employer co-chair' }, new Date('2026-11-01T00:00:00Z'));
    const make = async (overrides: Parameters<typeof sampleInput>[0]): Promise<Uint8Array> => (await packBytes(sampleInput({ signer: { identity }, ...overrides }))).bytes;
    return { bytes: await make({}), make };
  })();
  return signed;
}

/** The signed pack with its files changed, zipped again: the manifest and its signature as they were. */
async function changed(change: (files: Record<string, Uint8Array>) => void): Promise<Uint8Array> {
  const files = unpack((await signedPack()).bytes);
  change(files);
  return repack(files);
}

async function manifestOfPack(): Promise<Record<string, unknown>> {
  return JSON.parse(new TextDecoder().decode(unpack((await signedPack()).bytes)[ManifestPath])) as Record<string, unknown>;
}

/** The signed pack with manifest.json replaced by `text` (its signature no longer matches, which is not what these cases test). */
const withManifest = (text: string): Promise<Uint8Array> => changed((files) => void (files[ManifestPath] = utf8(text)));

/** The sample bundle as another assessment (a fresh id on every row), its assessment changed by `change`, captions set when given. */
function renamed(change: (assessment: AssessmentBundle['assessment']) => AssessmentBundle['assessment'], caption?: string): AssessmentBundle {
  const { bundle } = sampleInput();
  const id = crypto.randomUUID() as AssessmentId;
  return {
    ...bundle,
    assessment: change({ ...bundle.assessment, id }),
    answers: bundle.answers.map((row) => ({ ...row, assessmentId: id })),
    evidence: bundle.evidence.map((row) => ({ ...row, assessmentId: id, caption: caption ?? row.caption })),
  };
}

/** A lone entry under `name`: refused from the ZIP directory before any manifest is read. */
const lone = (name: string): Uint8Array => craftZip([{ name, data: utf8('x') }]);

export async function evidencePackCases(): Promise<Case[]> {
  const { bytes: pack, make } = await signedPack();
  const manifest = await manifestOfPack();
  const cases: Case[] = [];
  const add = (name: string, input: () => Uint8Array | Promise<Uint8Array>, expected: PackExpected): void => void cases.push({ name, input, expected });

  add('the signed pack as written (baseline)', () => pack, { passed: true });

  // Cut short at the start, inside headers and data, inside the directory and in its end record.
  for (const cut of cutsOf(pack, ['PK\u0003\u0004', 'PK\u0001\u0002', 'PK\u0005\u0006'], 2)) add(`cut at byte ${cut} of ${pack.length}`, () => pack.subarray(0, cut), refused(cut < 4 ? 'not-zip' : 'truncated'));

  // Other kinds of file chosen by mistake.
  add('an empty file', () => new Uint8Array(0), refused('not-zip'));
  add('a PNG image', () => PngBytes, refused('not-zip'));
  add('a PDF', () => PdfBytes, refused('not-zip'));
  add('an assessment file', () => utf8(JSON.stringify(richFile())), refused('not-zip'));
  add('a CSV in CP949', () => Cp949Bytes, refused('not-zip'));
  add('a spreadsheet (a ZIP without a manifest)', () => zipSync({ '[Content_Types].xml': utf8('<Types/>'), 'xl/workbook.xml': utf8('<workbook/>') }), refused('not-a-pack'));
  add('a manifest of some other format', () => withManifest('{"format":"other","formatVersion":1}'), refused('not-a-pack'));

  // A newer JointCheck's pack.
  add('pack format version 2', () => withManifest(JSON.stringify({ ...manifest, formatVersion: 2 })), refused('newer-version'));
  add('pack format version 1e308', () => withManifest(JSON.stringify({ ...manifest, formatVersion: 1e308 })), refused('newer-version'));
  add('pack format version "1" as text', () => withManifest(JSON.stringify({ ...manifest, formatVersion: '1' })), { damaged: /formatVersion/ });

  // Zip bombs: a high ratio, a huge declared size, totals beyond the format, data that expands past what it declares, a nested archive.
  add('a 10 MB entry deflated 1000:1', () => zipSync({ [ManifestPath]: [new Uint8Array(10 * 1024 * 1024), { level: 9 }] }), refused('compression-ratio'));
  add('an entry declaring 3 GB', () => craftZip([{ name: ManifestPath, data: utf8('{}'), method: 8, size: 0xc000_0000 }]), refused('entry-too-large'));
  // Deflated at 50:1 each, under the ratio limit: only their sum gives them away.
  const half = { size: PackLimits.maxEntryBytes, compressedSize: PackLimits.maxEntryBytes / 50, method: 8 };
  add('entries declaring more than 4 GB together', () => craftZip([{ name: 'a.bin', ...half }, { name: 'b.bin', ...half }]), refused('total-too-large'));
  add('a large entry deflated from nothing', () => craftZip([{ name: ManifestPath, method: 8, size: 1024 * 1024, compressedSize: 0 }]), refused('compression-ratio'));
  add('a manifest that inflates past its declared size', () => craftZip([{ name: ManifestPath, data: deflateSync(new Uint8Array(60_000).fill(0x20)), method: 8, size: 1000 }]), { damaged: /expands to more bytes/ });
  add('a manifest whose deflate data is garbage', () => craftZip([{ name: ManifestPath, data: Uint8Array.from({ length: 600 }, (_, i) => (i * 151) & 0xff), method: 8, size: 1000 }]), { damaged: /damaged compressed data|expands|manifest/ });
  add('a nested zip bomb inside the pack', () => changed((files) => void (files['evidence/ev-note/inner.zip'] = zipSync({ 'zeros.bin': [new Uint8Array(20 * 1024 * 1024), { level: 9 }] }))), notPassed({ file: ['evidence/ev-note/inner.zip', 'unexpected'] }));
  add('two entries whose bytes overlap', () => {
    // b.txt's local header and data sit inside a.txt's data: the same bytes declared twice.
    const inner = craftZip([{ name: 'b.txt', data: utf8('bbbb') }]);
    const bLocal = inner.subarray(0, 30 + 'b.txt'.length + 4);
    return craftZip([{ name: 'a.txt', data: bLocal }, { name: 'b.txt', data: utf8('bbbb'), offset: 30 + 'a.txt'.length }]);
  }, refused('overlapping-entries'));

  // Paths that could escape a folder when extracted, in every spelling.
  for (const [what, name] of [
    ['a parent-folder path', '../evil.txt'],
    ['a deep parent-folder path', 'evidence/ev-note/../../../evil.txt'],
    ['an absolute path', '/etc/passwd'],
    ['a Windows drive path', 'C:\\Windows\\evil.txt'],
    ['a drive letter with a slash', 'C:/evil.txt'],
    ['backslash separators', 'evidence\\..\\..\\evil.txt'],
    ['an NTFS alternate stream', 'evidence/ev-note/a.txt:hidden'],
    ['a "." segment', 'evidence/./a.txt'],
    ['an empty segment', 'evidence//a.txt'],
    ['a control character', 'evidence/a\u0001.txt'],
    ['a NUL in the name', 'a.txt\u0000.jpg'],
    ['a name over 240 bytes', `${'가'.repeat(81)}.txt`],
  ] as const) {
    add(`${what}: ${JSON.stringify(name)}`, () => lone(name), refused('unsafe-path'));
  }
  add('a name that is not UTF-8', () => {
    const zip = lone('evidence/aaaa.txt');
    // Both copies of the name (local header and directory) get a lone continuation byte.
    const text = new TextDecoder('latin1').decode(zip);
    for (let at = text.indexOf('aaaa'); at >= 0; at = text.indexOf('aaaa', at + 1)) zip[at] = 0x80;
    return zip;
  }, refused('unsafe-path'));
  add('a symbolic link entry', () => craftZip([{ name: 'evidence/link', data: utf8('/etc/passwd'), unixMode: 0o120777 }]), refused('unsafe-path'));
  // Look-alike characters are not separators to any file system; inside the app a pack's paths are never used to write files.
  for (const [what, name] of [
    ['fullwidth dots and solidus', '\uff0e\uff0e\uff0fevil.txt'],
    ['a division slash', '..\u2215evil.txt'],
    ['a two-dot leader', '\u2025/evil.txt'],
    ['a right-to-left override', 'evidence/ev-note/\u202etxt.exe'],
  ] as const) {
    add(`a look-alike path (${what}) beside the listed files`, () => changed((files) => void (files[name] = utf8('x'))), notPassed({ file: [name, 'unexpected'] }));
  }

  // Duplicates and collisions.
  add('the same name twice', () => craftZip([{ name: ManifestPath, data: utf8('{}') }, { name: ManifestPath, data: utf8('{}') }]), refused('duplicate-name'));
  add('names differing only in case', () => craftZip([{ name: 'evidence/A.jpg', data: utf8('a') }, { name: 'evidence/a.jpg', data: utf8('b') }]), refused('duplicate-name'));
  add('names differing only in Unicode normalisation', () => craftZip([{ name: 'evidence/caf\u00e9.txt', data: utf8('a') }, { name: 'evidence/cafe\u0301.txt', data: utf8('b') }]), refused('duplicate-name'));
  add('a manifest listing one file twice', () => withManifest(JSON.stringify({ ...manifest, files: [...(manifest['files'] as unknown[]), (manifest['files'] as unknown[])[0]] })), { damaged: /listed twice/ });

  // Archive features a pack never uses.
  add('an encrypted entry', () => craftZip([{ name: ManifestPath, data: utf8('{}'), flags: 1 }]), refused('encrypted'));
  add('AES encryption (method 99)', () => craftZip([{ name: ManifestPath, data: utf8('{}'), method: 99 }]), refused('encrypted'));
  add('bzip2 compression (method 12)', () => craftZip([{ name: ManifestPath, data: utf8('{}'), method: 12 }]), refused('unsupported-compression'));
  add('a ZIP64 locator', () => craftZip([{ name: ManifestPath, data: utf8('{}') }], { zip64Locator: true }), refused('zip64'));
  add('a ZIP64 extra field', () => craftZip([{ name: ManifestPath, data: utf8('{}'), extra: Uint8Array.from([1, 0, 0, 0]) }]), refused('zip64'));
  add('one part of a split archive', () => craftZip([{ name: ManifestPath, data: utf8('{}') }], { disk: 1 }), refused('multi-disk'));
  add('an end record counting 10,001 files', () => craftZip([{ name: ManifestPath, data: utf8('{}') }], { count: 10_001 }), refused('too-many-entries'));
  add('an end record counting more files than the directory holds', () => craftZip([{ name: ManifestPath, data: utf8('{}') }], { count: 2 }), refused('malformed'));
  add('a directory size that overruns the file', () => craftZip([{ name: ManifestPath, data: utf8('{}') }], { directorySize: 10_000 }), refused('truncated'));
  add('a local header with another name', () => craftZip([{ name: ManifestPath, localName: 'manifest.jsoN', data: utf8('{}') }]), refused('local-header-mismatch'));
  add('a local header with another compression method', () => craftZip([{ name: ManifestPath, localMethod: 8, data: utf8('{}') }]), refused('local-header-mismatch'));
  add('a local header with another CRC', () => craftZip([{ name: ManifestPath, localCrc: 1, data: utf8('{}') }]), refused('local-header-mismatch'));
  add('a folder entry with content', () => craftZip([{ name: 'evidence/', data: utf8('x') }]), refused('malformed'));

  // A hostile manifest.json: deep nesting, prototype keys at every level, oversized text, unsafe listed paths.
  add('a manifest of 100,000 nested arrays', () => withManifest(deepJson(100_000, 'array')), refused('not-a-pack'));
  add('a manifest with 100,000 nested objects inside', () => withManifest(JSON.stringify({ ...manifest, deep: 0 }).replace('"deep":0', `"deep":${deepJson(100_000, 'object')}`)), { damaged: /Unrecognized key/ });
  for (const path of objectLevels(manifest)) add(`manifest prototype keys at ${path.join('.') || 'the top'}`, () => withManifest(withPrototypeKeys(manifest, path)), { damaged: /Unrecognized key|__proto__|constructor|prototype/ });
  add('a manifest title of 201 characters', () => withManifest(JSON.stringify(withValueAt(manifest, ['title'], 'x'.repeat(201)))), { damaged: /title/ });
  add('a manifest over 8 MB', () => withManifest(JSON.stringify({ ...manifest, title: 'x'.repeat(8 * 1024 * 1024) })), { damaged: /larger than/ });
  add('a manifest listing a parent-folder path', () => withManifest(JSON.stringify(withValueAt(manifest, ['files', 0, 'path'], '../assessment.jointcheck.json'))), { damaged: /plain relative path/ });
  add('a manifest that is not JSON', () => withManifest('{"format": "jointcheck-evidence-pack", '), { damaged: /not JSON/ });
  add('a manifest in CP949', () => changed((files) => void (files[ManifestPath] = Cp949Bytes)), { damaged: /not JSON/ });

  // The signature and the contents.
  add('a garbage signature', () => changed((files) => void (files[SignaturePath] = utf8('not a signature'))), notPassed({ signature: 'invalid' }));
  add('a signature of 32,768 nested BER sequences', () => changed((files) => void (files[SignaturePath] = new Uint8Array(64 * 1024 - 2).map((_, i) => (i % 2 === 0 ? 0x30 : 0x80)))), notPassed({ signature: 'invalid' }));
  add('a signature over 64 KB', () => changed((files) => void (files[SignaturePath] = new Uint8Array(65 * 1024))), notPassed({ signature: 'invalid' }));
  add('no signature', () => changed((files) => void delete files[SignaturePath]), notPassed({ signature: 'unsigned' }));
  add('an evidence photo with one byte changed', () => changed((files) => {
    const photo = files['evidence/ev-landscape/zone-b-display.jpg']!;
    photo[photo.length >> 1]! ^= 1;
  }), notPassed({ file: ['evidence/ev-landscape/zone-b-display.jpg', 'altered'] }));
  add('an evidence file removed', () => changed((files) => void delete files['evidence/ev-note/document.txt']), notPassed({ file: ['evidence/ev-note/document.txt', 'missing'] }));
  add('a signed assessment file repeating an answer', async () => {
    const { bundle } = sampleInput();
    return make({ bundle: { ...bundle, answers: [...bundle.answers, bundle.answers[0]!] } });
  }, notPassed({ assessmentProblem: 'invalid' }));
  add('a manifest naming another assessment', () => withManifest(JSON.stringify({ ...manifest, assessmentId: 'another-assessment' })), notPassed({ assessmentProblem: 'other-assessment' }));

  // Markup in what the pack carries is text: signed, intact, added read-only with the title as written.
  for (const payload of MarkupPayloads.slice(0, 2)) add(`a signed pack titled ${payload}`, () => make({ bundle: renamed((a) => ({ ...a, title: payload })) }), { passed: true, title: payload });
  add('a signed pack whose evidence captions are markup', () => make({ bundle: renamed((a) => a, MarkupPayloads[2]) }), { passed: true });
  return cases;
}

