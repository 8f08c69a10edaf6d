// Test-time only (Node). Hostile backup files (the ZIP of "Back up everything" and the JSON dump written before a
// schema upgrade) and what restoring each must come to. Built around a real backup of a seeded profile.
import { createHash } from 'node:crypto';
import { unzipSync, zipSync } from 'fflate';
import type { BackupRefusal } from '../../../shared/backup/format';
import { craftZip } from '../../shared/evidencePack/support';
import { Cp949Bytes, deepJson, type HostileCase, type JsonPath, PdfBytes, PngBytes, utf8, withPrototypeKeys, withValueAt } from '../corpus';
import { richFile } from './assessmentFile';

/** Refused before anything is written, with this code (and a detail matching); or restored, only adding to what is here. */
export type BackupExpected = { readonly refused: BackupRefusal['code']; readonly detail?: RegExp } | { readonly restored: true };

type Case = HostileCase<Uint8Array, BackupExpected>;
type Files = Record<string, Uint8Array>;
type Manifest = { tables: { name: string; path: string; rows: number; size: number; sha256: string }[]; [key: string]: unknown };

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

/** The backup's files changed by `change`, then the manifest's sizes, row counts and hashes made to match again (as a forger would), stored like the app's. */
export function forged(backup: Uint8Array, change: (files: Files, manifest: Manifest) => void): Uint8Array {
  const files = unzipSync(backup);
  const manifest = JSON.parse(text(files['manifest.json']!)) as Manifest;
  change(files, manifest);
  for (const table of manifest.tables) {
    const bytes = files[table.path];
    if (!bytes) continue;
    Object.assign(table, { size: bytes.byteLength, sha256: sha256(bytes), rows: text(bytes).split('\n').length - 1 });
  }
  files['manifest.json'] = utf8(JSON.stringify(manifest));
  return new Uint8Array(zipSync(files, { level: 0 }));
}

/** A table's rows as JSON values, and a way to write them back. */
function rowsOf(files: Files, manifest: Manifest, name: string): { rows: Record<string, unknown>[]; put(rows: readonly unknown[]): void } {
  const path = manifest.tables.find((t) => t.name === name)!.path;
  const rows = text(files[path]!).split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as Record<string, unknown>);
  return { rows, put: (next) => void (files[path] = utf8(next.map((row) => `${JSON.stringify(row)}\n`).join(''))) };
}

/** A table line replaced by raw text (not JSON a writer produced). */
function withRawLine(files: Files, manifest: Manifest, name: string, line: string): void {
  const path = manifest.tables.find((t) => t.name === name)!.path;
  files[path] = utf8(`${line}\n${text(files[path]!)}`);
}

/** `backup()`: a real backup (ZIP) of a seeded profile; `dump()`: a pre-upgrade JSON dump of one. */
export function backupCases(backup: () => Uint8Array, dump: () => Uint8Array): Case[] {
  const cases: Case[] = [];
  const add = (name: string, input: () => Uint8Array, expected: BackupExpected): void => void cases.push({ name, input, expected });
  const refused = (code: BackupRefusal['code'], detail?: RegExp): BackupExpected => (detail ? { refused: code, detail } : { refused: code });
  const manifestOf = (): Manifest => JSON.parse(text(unzipSync(backup())['manifest.json']!)) as Manifest;
  const withManifest = (manifest: string): Uint8Array => new Uint8Array(zipSync({ ...unzipSync(backup()), 'manifest.json': utf8(manifest) }, { level: 0 }));

  add('a backup as JointCheck wrote it (baseline)', backup, { restored: true });
  add('a pre-upgrade JSON dump (baseline)', dump, { restored: true });

  // Cut short: in the first header, in tables and data, in the directory, in the end record (the cases are listed
  // before the backup exists, so the cuts are positions relative to its length).
  const cutAt: [string, (length: number) => number][] = [
    ['inside the first local header', () => 10],
    ['a tenth of the way in', (n) => Math.floor(n / 10)],
    ['half way', (n) => Math.floor(n / 2)],
    ['nine tenths of the way in', (n) => Math.floor((n * 9) / 10)],
    ['inside the end record', (n) => n - 10],
    ['one byte short', (n) => n - 1],
  ];
  for (const [where, at] of cutAt) add(`cut ${where}`, () => backup().subarray(0, at(backup().length)), refused('not-a-backup', /cut short|damaged/));
  for (const [where, at] of cutAt.slice(1)) add(`a JSON dump cut ${where}`, () => dump().subarray(0, at(dump().length)), refused('not-a-backup', /not readable JSON text, or was cut short/));

  // Other kinds of file.
  add('an empty file', () => new Uint8Array(0), refused('not-a-backup'));
  add('a PNG image', () => PngBytes, refused('not-a-backup'));
  add('a PDF', () => PdfBytes, refused('not-a-backup'));
  add('a CSV in CP949', () => Cp949Bytes, refused('not-a-backup'));
  add('an assessment file', () => utf8(JSON.stringify(richFile())), refused('not-a-backup', /no JointCheck backup format name/));
  add('an evidence pack', () => new Uint8Array(zipSync({ 'manifest.json': utf8('{"format":"jointcheck-evidence-pack","formatVersion":1}') })), refused('not-a-backup', /no JointCheck backup format name/));
  add('a ZIP without a manifest', () => new Uint8Array(zipSync({ 'a.txt': utf8('x') })), refused('not-a-backup', /without manifest\.json/));

  // From a newer JointCheck.
  add('backup format 3', () => withManifest(JSON.stringify({ ...manifestOf(), formatVersion: 3 })), refused('newer-format'));
  add('database schema 99', () => withManifest(JSON.stringify({ ...manifestOf(), schemaVersion: 99 })), refused('newer-schema'));
  add('a JSON dump of database schema 99', () => utf8(JSON.stringify({ ...(JSON.parse(text(dump())) as object), schemaVersion: 99 })), refused('newer-schema'));

  // ZIP structure: bombs, traversal, duplicates, encryption (the evidence pack reader's checks serve the backup too).
  add('a 10 MB manifest deflated 1000:1', () => new Uint8Array(zipSync({ 'manifest.json': [new Uint8Array(10 * 1024 * 1024), { level: 9 }] })), refused('not-a-backup', /zip bomb/));
  add('a table declaring 3 GB', () => craftZip([{ name: 'tables/answers.jsonl', data: utf8('{}'), method: 8, size: 0xc000_0000 }]), refused('not-a-backup', /declares/));
  add('a parent-folder path', () => craftZip([{ name: '../../.bashrc', data: utf8('x') }]), refused('not-a-backup', /parent-folder/));
  add('an absolute path', () => craftZip([{ name: '/etc/passwd', data: utf8('x') }]), refused('not-a-backup', /absolute/));
  add('a Windows path', () => craftZip([{ name: 'C:\\Users\\evil.txt', data: utf8('x') }]), refused('not-a-backup', /backslash/));
  add('the manifest twice', () => craftZip([{ name: 'manifest.json', data: utf8('{}') }, { name: 'manifest.json', data: utf8('{}') }]), refused('not-a-backup', /twice/));
  add('an encrypted manifest', () => craftZip([{ name: 'manifest.json', data: utf8('{}'), flags: 1 }]), refused('not-a-backup', /encrypted/));
  add('a file the manifest does not list', () => new Uint8Array(zipSync({ ...unzipSync(backup()), 'tables/extra.jsonl': utf8('{}\n') }, { level: 0 })), refused('damaged', /does not list/));
  add('a table missing', () => {
    const files = unzipSync(backup());
    delete files[Object.keys(files).find((name) => name.startsWith('tables/'))!];
    return new Uint8Array(zipSync(files, { level: 0 }));
  }, refused('damaged', /missing/));
  add('a data volume compressed after the fact', () => {
    const files = unzipSync(backup());
    const volume = Object.keys(files).find((name) => name.startsWith('data/'))!;
    return new Uint8Array(zipSync({ ...files, [volume]: [files[volume]!, { level: 6 }] } as never, { level: 0 }));
  }, refused('damaged', /compressed/));

  // The manifest: deep nesting, prototype keys at every level, oversized text, not JSON.
  add('a manifest of 100,000 nested arrays', () => withManifest(deepJson(100_000, 'array')), refused('not-a-backup'));
  add('a manifest with 100,000 nested objects inside', () => withManifest(JSON.stringify({ ...manifestOf(), deep: 0 }).replace('"deep":0', `"deep":${deepJson(100_000, 'object')}`)), refused('damaged', /Unrecognized key/));
  // Every object level of a backup's manifest (listed by hand: the cases exist before the backup does).
  const levels: JsonPath[] = [[], ['tables', 0], ['binaries', 0], ['assessments', 0], ['identities', 0]];
  for (const path of levels) add(`manifest prototype keys at ${path.join('.') || 'the top'}`, () => withManifest(withPrototypeKeys(manifestOf(), path)), refused('damaged'));
  add('an assessment title of 201 characters in the manifest', () => withManifest(JSON.stringify(withValueAt(manifestOf(), ['assessments', 0, 'title'], 'x'.repeat(201)))), refused('damaged', /assessments\.0\.title/));
  add('a manifest that is not JSON', () => withManifest('{"format":"jointcheck-backup",'), refused('damaged', /not readable JSON/));

  // Tables changed: without fixing the hashes, and with (a forger's backup).
  add('a table with one byte changed', () => {
    const files = unzipSync(backup());
    const path = Object.keys(files).find((name) => name.startsWith('tables/assessments'))!;
    files[path]![10]! ^= 1;
    return new Uint8Array(zipSync(files, { level: 0 }));
  }, refused('damaged', /SHA-256/));
  add('a stored file with one byte changed', () => {
    const files = unzipSync(backup());
    const volume = Object.keys(files).find((name) => name.startsWith('data/'))!;
    files[volume]![100]! ^= 1;
    return new Uint8Array(zipSync(files, { level: 0 }));
  }, refused('damaged', /do not match their SHA-256/));
  add('a forged table line that is not JSON', () => forged(backup(), (files, manifest) => withRawLine(files, manifest, 'answers', '{"assessmentId": ')), refused('damaged', /answers/));
  add('a forged row nested 100,000 levels deep', () => forged(backup(), (files, manifest) => withRawLine(files, manifest, 'settings', `{"key":"deep","value":${deepJson(100_000, 'array')}}`)), refused('damaged', /settings/));
  add('a forged binary reference beyond the manifest', () => forged(backup(), (files, manifest) => withRawLine(files, manifest, 'settings', '{"key":"x","value":{"$binary":99999,"as":"bytes"}}')), refused('damaged', /binary value 99999/));
  add('a forged assessment without its fields', () => forged(backup(), (files, manifest) => {
    const table = rowsOf(files, manifest, 'assessments');
    table.put([...table.rows, { id: 'hollow' }]);
  }), refused('damaged', /assessments/));
  add('a forged answer that is not an answer', () => forged(backup(), (files, manifest) => {
    const table = rowsOf(files, manifest, 'answers');
    table.put([...table.rows, { ...table.rows[0], itemId: 'x', value: { nested: true }, note: 42 }]);
  }), refused('damaged', /answers/));
  add('a forged assessment with prototype keys', () => forged(backup(), (files, manifest) => {
    const table = rowsOf(files, manifest, 'assessments');
    const path = manifest.tables.find((t) => t.name === 'assessments')!.path;
    files[path] = utf8(`${withPrototypeKeys({ ...table.rows[0], id: 'proto' }, [])}\n${text(files[path]!)}`);
  }), refused('damaged', /assessments/));

  // The JSON dump: deep nesting, prototype keys, a layout that is not a dump.
  add('a JSON dump of 100,000 nested objects', () => utf8(deepJson(100_000, 'object')), refused('not-a-backup'));
  add('a JSON dump whose tables are not lists', () => utf8(JSON.stringify({ format: 'jointcheck-backup', formatVersion: 1, schemaVersion: 3, tables: { answers: 'all of them' } })), refused('damaged', /layout/));
  add('a JSON dump with prototype keys in its tables', () => utf8(withPrototypeKeys(JSON.parse(text(dump())) as object, ['tables'])), refused('damaged'));
  add('a JSON dump with a hollow assessment', () => {
    const data = JSON.parse(text(dump())) as { tables: Record<string, unknown[]> };
    data.tables['assessments']!.push({ id: 'hollow' });
    return utf8(JSON.stringify(data));
  }, refused('damaged', /assessments/));
  return cases;
}
