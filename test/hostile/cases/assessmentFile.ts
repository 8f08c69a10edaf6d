// Test-time only (Node). Hostile assessment files (.jointcheck.json) and what importing each must come to.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AssessmentFileError } from '../../../shared/format/assessmentFile';
import { MaxAssessmentFileBytes, serializeAssessmentFile } from '../../../shared/format/assessmentFile';
import { sampleBundle } from '../../shared/evidencePack/support';
import { Cp949Bytes, cutsOf, deepJson, type HostileCase, MarkupPayloads, objectLevels, PdfBytes, PngBytes, utf8, withPrototypeKeys, withValueAt, ZipHeadBytes } from '../corpus';

/** Refused with this code (and a detail matching `detail`), or imported (`ok`) with this title and note kept as text. */
export type AssessmentFileExpected =
  | { readonly refused: AssessmentFileError['code']; readonly detail?: RegExp }
  | { readonly imported: true; readonly title?: string; readonly note?: string };

type Case = HostileCase<Uint8Array, AssessmentFileExpected>;

const root = resolve(import.meta.dirname, '../../..');
const refused = (code: AssessmentFileError['code'], detail?: RegExp): AssessmentFileExpected => (detail ? { refused: code, detail } : { refused: code });
const imported: AssessmentFileExpected = { imported: true };

/** A version 2 file with every kind of row: the sample assessment, its evidence, an action, a meeting and both sides' positions. */
export function richFile(): Record<string, unknown> {
  const { bundle } = sampleBundle();
  const id = bundle.assessment.id;
  const item = { packId: bundle.answers[0]!.packId, itemId: bundle.answers[0]!.itemId };
  const side = (text: string) => ({ text, risk: { methodId: 'matrix-5x5', values: { likelihood: 3, severity: 4 } }, recordedBy: 'Kim', updatedAt: '2026-11-20T05:00:00.000Z' });
  const text = serializeAssessmentFile(
    {
      ...bundle,
      actions: [{ id: 'act-1', assessmentId: id, item, description: 'Stop showing ranks', control: 'eliminate', owner: 'Park', ownerSide: 'employer', dueDate: '2026-12-20', budget: '', priority: 'high', status: 'planned', verification: null, carriedFrom: null, createdAt: '2026-11-20T05:00:00.000Z', updatedAt: '2026-11-20T05:00:00.000Z' }],
      meetings: [{ id: 'meet-1', assessmentId: id, date: '2026-11-20', attendeeIds: ['p-1', 'p-2'], guests: [{ name: 'Inspector Lee', side: 'inspector' }], packsCovered: [item.packId], notes: 'First visit', createdAt: '2026-11-20T05:00:00.000Z' }],
      positions: [{ assessmentId: id, ...item, worker: side('Ranks shame people'), employer: side('Ranks motivate'), status: 'open', outcome: '', updatedAt: '2026-11-20T05:00:00.000Z' }],
    },
    '0.1.0',
    '2026-11-20T06:00:00.000Z',
  );
  return JSON.parse(text) as Record<string, unknown>;
}

const json = (value: unknown): Uint8Array => utf8(JSON.stringify(value));
const edit = (change: (file: Record<string, unknown>) => void): Uint8Array => {
  const file = richFile();
  change(file);
  return json(file);
};
type Row = Record<string, unknown>;
const rows = (file: Record<string, unknown>, key: string): Row[] => file[key] as Row[];
const assessmentOf = (file: Record<string, unknown>): Row => file['assessment'] as Row;

/** Fields with a maximum length, one character over it. */
const oversized: readonly (readonly [string, readonly (string | number)[], number])[] = [
  ['appVersion', ['appVersion'], 41],
  ['the title', ['assessment', 'title'], 201],
  ['the workplace name', ['assessment', 'workplace', 'name'], 201],
  ['an AI system purpose', ['assessment', 'systems', 0, 'purpose'], 2001],
  ['a participant name', ['assessment', 'participants', 0, 'name'], 201],
  ['the assessment id', ['assessment', 'id'], 65],
  ['an answer note', ['answers', 0, 'note'], 20001],
  ['an answer value', ['answers', 0, 'value'], 20001],
  ['an evidence caption', ['evidence', 0, 'caption'], 2001],
  ['an evidence file name', ['evidence', 0, 'file', 'fileName'], 201],
  ['an action description', ['actions', 0, 'description'], 5001],
  ['a meeting note', ['meetings', 0, 'notes'], 20001],
  ['a side position', ['positions', 0, 'worker', 'text'], 20001],
];

/** Lists with a maximum length, one entry over it. */
const overlong: readonly (readonly [string, (file: Record<string, unknown>) => void])[] = [
  ['51 AI systems', (f) => (assessmentOf(f)['systems'] = Array.from({ length: 51 }, (_, i) => ({ ...(assessmentOf(f)['systems'] as Row[])[0], id: `s${i}` })))],
  ['101 participants', (f) => (assessmentOf(f)['participants'] = Array.from({ length: 101 }, (_, i) => ({ ...(assessmentOf(f)['participants'] as Row[])[0], id: `p${i}` })))],
  ['21 pack versions', (f) => (assessmentOf(f)['packs'] = Array.from({ length: 21 }, (_, i) => ({ packId: `pack-${i}`, version: 1 })))],
  ['10,001 answers', (f) => (f['answers'] = Array.from({ length: 10_001 }, (_, i) => ({ ...rows(f, 'answers')[0], itemId: `item-${i}` })))],
  ['1,001 meetings', (f) => (f['meetings'] = Array.from({ length: 1001 }, (_, i) => ({ ...rows(f, 'meetings')[0], id: `m${i}` })))],
];

export async function assessmentFileCases(): Promise<Case[]> {
  const sample = new Uint8Array(readFileSync(resolve(root, 'test/fixtures/assessments/sample-en.jointcheck.json')));
  const rich = richFile();
  const richBytes = json(rich);
  const cases: Case[] = [];
  const add = (name: string, input: () => Uint8Array, expected: AssessmentFileExpected): void => void cases.push({ name, input, expected });

  // Cut short anywhere: never valid JSON.
  // (The trailing line break is left off: without it the file would still be whole.)
  const body = sample.subarray(0, new TextDecoder().decode(sample).trimEnd().length);
  for (const cut of cutsOf(body, ['{', '[', '"answers"', '"assessment"', '"note"', '}'], 2)) add(`cut at byte ${cut} of ${sample.length}`, () => body.subarray(0, cut), refused('not-json'));

  // Other kinds of file chosen by mistake.
  add('a PNG image', () => PngBytes, refused('not-json'));
  add('a PDF', () => PdfBytes, refused('not-json'));
  add('a ZIP archive (an evidence pack)', () => ZipHeadBytes, refused('not-json'));
  add('a CSV saved in CP949', () => Cp949Bytes, refused('not-json'));
  add('UTF-16 JSON with a byte-order mark', () => new Uint8Array(Buffer.from(`\ufeff${new TextDecoder().decode(sample)}`, 'utf16le')), refused('not-json'));
  add('an overlong UTF-8 encoding of "/"', () => new Uint8Array([0x7b, 0x22, 0xc0, 0xaf, 0x22, 0x3a, 0x31, 0x7d]), refused('not-json'));
  add('a JSON array', () => utf8('[]'), refused('wrong-format'));
  add('a JSON string', () => utf8('"jointcheck-assessment"'), refused('wrong-format'));
  add('JSON null', () => utf8('null'), refused('wrong-format'));
  add('an evidence pack manifest', () => json({ format: 'jointcheck-evidence-pack', formatVersion: 1 }), refused('wrong-format'));
  add('a PFL limits table', () => new Uint8Array(readFileSync(resolve(root, 'test/fixtures/instruments/pfl-limits.example.json'))), refused('wrong-format'));
  add('a checklist pack', () => new Uint8Array(readFileSync(resolve(root, 'shared/packs/data/ai-introduction.v1.json'))), refused('wrong-format'));
  add('the format name with a trailing space', () => edit((f) => (f['format'] = 'jointcheck-assessment ')), refused('wrong-format'));
  add('one byte over the size limit', () => new Uint8Array(MaxAssessmentFileBytes + 1).fill(0x20), refused('too-large'));

  // Versions from the future, the past and nowhere.
  add('format version 3 (a newer JointCheck)', () => edit((f) => (f['formatVersion'] = 3)), refused('newer-version'));
  add('format version 1e308', () => edit((f) => (f['formatVersion'] = 1e308)), refused('newer-version'));
  add('format version 0', () => edit((f) => (f['formatVersion'] = 0)), refused('invalid', /formatVersion/));
  add('format version -1', () => edit((f) => (f['formatVersion'] = -1)), refused('invalid', /formatVersion/));
  add('format version 1.5', () => edit((f) => (f['formatVersion'] = 1.5)), refused('invalid', /formatVersion/));
  add('format version as the string "2"', () => edit((f) => (f['formatVersion'] = '2')), refused('invalid', /formatVersion/));
  add('no format version', () => edit((f) => delete f['formatVersion']), refused('invalid', /formatVersion/));
  add('a version 1 file carrying version 2 fields', () => edit((f) => (f['formatVersion'] = 1)), imported);

  // Oversized text and lists.
  for (const [what, path, length] of oversized) add(`${what} of ${length} characters`, () => json(withValueAt(rich, path, 'x'.repeat(length))), refused('invalid', new RegExp(path.join('\\.'))));
  for (const [what, change] of overlong) add(what, () => edit(change), refused('invalid'));

  // Nesting 100,000 levels deep, where the parser or the schema could recurse.
  add('100,000 nested arrays as the whole file', () => utf8(deepJson(100_000, 'array')), refused('wrong-format'));
  add('100,000 nested objects as the assessment', () => utf8(JSON.stringify(rich).replace('"assessment":{', `"assessment":${deepJson(100_000, 'object')},"x":{`)), refused('invalid'));
  add('100,000 nested arrays as an answer value', () => utf8(JSON.stringify(rich).replace('"value":"partly"', `"value":${deepJson(100_000, 'array')}`)), refused('invalid', /answers\.0\.value/));
  add('100,000 nested objects in a risk rating', () => utf8(JSON.stringify(rich).replace('"values":{', `"values":{"deep":${deepJson(100_000, 'object')},`)), refused('invalid', /risk/));

  // __proto__, constructor and prototype keys at every level of the file.
  for (const path of objectLevels(rich)) add(`prototype keys at ${path.join('.') || 'the top'}`, () => utf8(withPrototypeKeys(rich, path)), refused('invalid'));

  // Rows that contradict each other or what is already stored.
  add('an answer of another assessment', () => edit((f) => (rows(f, 'answers')[0]!['assessmentId'] = 'someone-else')), refused('invalid', /another assessment/));
  add('the same item answered twice', () => edit((f) => rows(f, 'answers').push({ ...rows(f, 'answers')[0], note: 'second' })), refused('invalid', /answers.*twice/));
  add('one item id answered in two packs', () => edit((f) => rows(f, 'answers').push({ ...rows(f, 'answers')[0], packId: 'another-pack' })), refused('invalid', /answers.*twice/));
  add('two evidence rows with one id', () => edit((f) => rows(f, 'evidence').push({ ...rows(f, 'evidence')[0] })), refused('invalid', /evidence.*twice/));
  add('two actions with one id', () => edit((f) => rows(f, 'actions').push({ ...rows(f, 'actions')[0] })), refused('invalid', /actions.*twice/));
  add('two meetings with one id', () => edit((f) => rows(f, 'meetings').push({ ...rows(f, 'meetings')[0] })), refused('invalid', /meetings.*twice/));
  add('positions on one item twice', () => edit((f) => rows(f, 'positions').push({ ...rows(f, 'positions')[0] })), refused('invalid', /positions.*twice/));
  add('a negative answered count', () => edit((f) => (assessmentOf(f)['answeredCount'] = -1)), refused('invalid', /answeredCount/));
  add('an unknown status', () => edit((f) => (assessmentOf(f)['status'] = 'deleted')), refused('invalid', /status/));
  add('an exported-at that is no date', () => edit((f) => (f['exportedAt'] = 'yesterday')), refused('invalid', /exportedAt/));
  add('a SHA-256 that is not hex', () => edit((f) => ((rows(f, 'evidence')[0]!['file'] as Row)['sha256'] = 'z'.repeat(64))), refused('invalid', /sha256/));

  // Text that looks like markup is text: imported as written, never interpreted.
  for (const payload of MarkupPayloads) {
    add(`markup in the title: ${payload}`, () => edit((f) => (assessmentOf(f)['title'] = payload)), { imported: true, title: payload });
  }
  add('markup in an answer note', () => edit((f) => (rows(f, 'answers')[0]!['note'] = MarkupPayloads[1])), { imported: true, note: MarkupPayloads[1] });
  add('NUL, lone surrogates and bidi overrides in text', () => edit((f) => (assessmentOf(f)['title'] = 'a\u0000b\ud800c\u202ed')), { imported: true, title: 'a\u0000b\ud800c\u202ed' });
  add('a UTF-8 byte-order mark before the JSON', () => new Uint8Array([0xef, 0xbb, 0xbf, ...richBytes]), imported);
  add('an assessment id already on this computer (imported as a copy)', () => richBytes, imported);
  add('a new assessment whose evidence, action and meeting ids are taken', () => edit((f) => {
    assessmentOf(f)['id'] = 'a-new-assessment';
    for (const key of ['answers', 'evidence', 'positions', 'actions', 'meetings']) for (const row of rows(f, key)) row['assessmentId'] = 'a-new-assessment';
  }), imported);
  return cases;
}
