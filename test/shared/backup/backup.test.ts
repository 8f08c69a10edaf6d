import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BackupRefusedError, type BackupRefusal } from '../../../shared/backup/format';
import { BinaryValue, readBackup } from '../../../shared/backup/read';
import { copyRecord, emptyTables, recordFingerprint } from '../../../shared/backup/record';
import { planRestore, restoreSteps } from '../../../shared/backup/plan';
import { decodeRow, encodeRow, UnsupportedValueError } from '../../../shared/backup/values';
import { type BackupSnapshot, writeBackup } from '../../../shared/backup/write';
import type { RandomAccessSource } from '../../../shared/evidencePack/zipReader';
import { scratch } from '../../support/scratch';

const file = scratch('backup', 'KEEP_BACKUP_FILES');

function memorySource(bytes: Uint8Array): RandomAccessSource {
  return { size: bytes.byteLength, read: async (offset, length) => bytes.slice(offset, offset + length) };
}

async function written(snapshot: BackupSnapshot): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  await writeBackup(snapshot, { appVersion: '0.1.0', createdAt: '2026-11-23T10:00:00.000Z', sink: async (chunk) => void parts.push(chunk.slice()) });
  return new Uint8Array(Buffer.concat(parts));
}

/** Pseudo-random bytes: like a JPEG, they do not compress. */
let seed = 12345;
const photo = new Uint8Array(300_000).map(() => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 24));
const snapshot: BackupSnapshot = {
  schemaVersion: 3,
  tables: [
    { name: 'assessments', rows: [{ id: 'a1', title: '물류센터 점검', updatedAt: '2026-11-20T00:00:00.000Z' }] },
    { name: 'answers', rows: [{ assessmentId: 'a1', packId: 'p', itemId: 'i1', value: 'no', note: '속도가 너무 빠름', $weird: 1, score: Number.NaN }] },
    {
      name: 'evidenceFiles',
      rows: [
        { id: 'e1', evidenceId: 'e1', assessmentId: 'a1', data: new Blob([photo], { type: 'image/jpeg' }) },
        { id: 'e2', evidenceId: 'e2', assessmentId: 'a1', data: new Blob([], { type: 'text/plain' }) },
      ],
    },
    { name: 'reports', rows: [{ id: 'r1', assessmentId: 'a1', pdf: new TextEncoder().encode('%PDF-1.7 보고서') }] },
    { name: 'settings', rows: [] },
  ],
  assessments: [{ id: 'a1', title: '물류센터 점검', workplace: 'Hanbit', date: '2026-11-20', updatedAt: '2026-11-20T00:00:00.000Z' }],
  identities: [],
};

async function refusalOf(bytes: Uint8Array, supportedSchema = 3): Promise<BackupRefusal> {
  const error = await readBackup(memorySource(bytes), { supportedSchema }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(BackupRefusedError);
  return (error as BackupRefusedError).refusal;
}

describe('backup file', () => {
  it('round-trips every table with binary values, Korean text, $-keys and non-finite numbers; unzip finds it sound', async () => {
    const bytes = await written(snapshot);
    const path = file('backup.zip', bytes);
    expect(execFileSync('unzip', ['-t', path], { encoding: 'utf8' })).toMatch(/No errors detected/);
    const listing = execFileSync('unzip', ['-Z1', path], { encoding: 'utf8' }).trim().split('\n');
    expect(listing).toEqual(['tables/assessments.jsonl', 'tables/answers.jsonl', 'tables/evidenceFiles.jsonl', 'tables/reports.jsonl', 'tables/settings.jsonl', 'data/00001.bin', 'manifest.json']);
    const manifest = JSON.parse(execFileSync('unzip', ['-p', path, 'manifest.json'], { encoding: 'utf8' }));
    // Every stored file's SHA-256 is in the manifest, checkable with standard tools.
    const sha = execFileSync('sh', ['-c', `unzip -p '${path}' tables/answers.jsonl | sha256sum`], { encoding: 'utf8' }).slice(0, 64);
    expect(manifest.tables.find((t: { name: string }) => t.name === 'answers').sha256).toBe(sha);
    expect(manifest.binaries).toHaveLength(3);

    const contents = await readBackup(memorySource(bytes), { supportedSchema: 3 });
    expect(contents).toMatchObject({ formatVersion: 2, schemaVersion: 3, createdAt: '2026-11-23T10:00:00.000Z', filesWithoutBytes: 0 });
    expect(contents.tables['answers']).toEqual([{ assessmentId: 'a1', packId: 'p', itemId: 'i1', value: 'no', note: '속도가 너무 빠름', $weird: 1, score: Number.NaN }]);
    const [e1, e2] = contents.tables['evidenceFiles'] as { data: BinaryValue }[];
    expect(e1!.data).toBeInstanceOf(BinaryValue);
    expect(e1!.data.ref).toMatchObject({ as: 'blob', type: 'image/jpeg' });
    expect(bytes.slice(e1!.data.offset, e1!.data.offset + e1!.data.size)).toEqual(photo);
    expect(e2!.data.size).toBe(0);
    const pdf = (contents.tables['reports']![0] as { pdf: BinaryValue }).pdf;
    expect(pdf.ref.as).toBe('bytes');
    expect(new TextDecoder().decode(bytes.slice(pdf.offset, pdf.offset + pdf.size))).toBe('%PDF-1.7 보고서');
  });

  it('refuses a backup with one byte changed, naming the damaged file', async () => {
    const bytes = await written(snapshot);
    const contents = await readBackup(memorySource(bytes), { supportedSchema: 3 });
    const at = (contents.tables['evidenceFiles']![0] as { data: BinaryValue }).data.offset + 1000;
    const tampered = bytes.slice();
    tampered[at] = tampered[at]! ^ 0xff;
    const refusal = await refusalOf(tampered);
    expect(refusal).toMatchObject({ code: 'damaged', files: ['data/00001.bin#0'] });

    const answersText = new TextEncoder().encode('속도가');
    const inTable = Buffer.from(bytes).indexOf(Buffer.from(answersText));
    const tamperedTable = bytes.slice();
    tamperedTable[inTable] = 0x20;
    expect(await refusalOf(tamperedTable)).toMatchObject({ code: 'damaged', files: ['tables/answers.jsonl'] });

    expect((await refusalOf(bytes.slice(0, bytes.length - 30))).code).toBe('not-a-backup');
  });

  it('refuses a backup from a newer format or a newer schema, and files that are not backups', async () => {
    const newerSchema = await written({ ...snapshot, schemaVersion: 4 });
    expect(await refusalOf(newerSchema)).toEqual({ code: 'newer-schema', found: 4, supported: 3 });
    const dump = (extra: object): Uint8Array => new TextEncoder().encode(JSON.stringify({ format: 'jointcheck-backup', formatVersion: 1, schemaVersion: 2, createdAt: '', tables: {}, ...extra }));
    expect(await refusalOf(dump({ formatVersion: 3 }))).toEqual({ code: 'newer-format', found: 3 });
    expect(await refusalOf(dump({ schemaVersion: 9 }))).toMatchObject({ code: 'newer-schema', found: 9 });
    expect((await refusalOf(new TextEncoder().encode('{"format":"jointcheck-assessment"}'))).code).toBe('not-a-backup');
    expect((await refusalOf(new TextEncoder().encode('%PDF-1.7'))).code).toBe('not-a-backup');
  });

  it('refuses a backup that was re-packed with compression, since its files could no longer be read in place', async () => {
    const bytes = await written(snapshot);
    const dir = file('repack');
    const original = file('original.zip', bytes);
    execFileSync('sh', ['-c', `mkdir -p '${dir}' && cd '${dir}' && unzip -q '${original}' && zip -q -r -9 ../repacked.zip tables data manifest.json`]);
    const { readFileSync } = await import('node:fs');
    const refusal = await refusalOf(new Uint8Array(readFileSync(file('repacked.zip'))));
    expect(refusal).toMatchObject({ code: 'damaged', files: ['data/00001.bin'] });
  });

  it('reads the pre-upgrade JSON dump: bytes written as index objects come back, evidence files without bytes are counted', async () => {
    const dumped = JSON.parse(
      JSON.stringify({
        format: 'jointcheck-backup',
        formatVersion: 1,
        schemaVersion: 2,
        createdAt: '2026-01-01T00:00:00.000Z',
        tables: {
          reports: [{ id: 'r1', pdf: new Uint8Array([37, 80, 68, 70]) }],
          identities: [{ id: 'i1', name: '김민지', certificate: new Uint8Array([48, 130]), chain: [new Uint8Array([1])], privateKey: {}, publicKey: {} }],
          evidenceFiles: [{ id: 'e1', data: {} }],
        },
      }),
    );
    const contents = await readBackup(memorySource(new TextEncoder().encode(JSON.stringify(dumped))), { supportedSchema: 3 });
    expect(contents).toMatchObject({ formatVersion: 1, schemaVersion: 2, manifest: null, filesWithoutBytes: 1 });
    expect((contents.tables['reports']![0] as { pdf: Uint8Array }).pdf).toEqual(new Uint8Array([37, 80, 68, 70]));
    expect(contents.tables['identities']![0]).toMatchObject({ certificate: new Uint8Array([48, 130]), chain: [new Uint8Array([1])], privateKey: {} });
    expect(contents.tables['evidenceFiles']).toBeUndefined();
  });
});

describe('row values', () => {
  it('refuses values it cannot write rather than dropping them', () => {
    expect(() => encodeRow({ when: new Date() }, () => 0)).toThrow(UnsupportedValueError);
    expect(() => encodeRow({ set: new Map() }, () => 0)).toThrow(/row\.set/);
  });

  it('keeps user keys that start with $ apart from its own tags', () => {
    const json = encodeRow({ $binary: 'text', nested: [{ $$x: 1 }] }, () => 0);
    expect(decodeRow(JSON.parse(JSON.stringify(json)), () => 'never')).toEqual({ $binary: 'text', nested: [{ $$x: 1 }] });
  });
});

describe('restore plan', () => {
  const side = (id: string, updatedAt: string, fingerprint: string) => ({ id, title: id, updatedAt, fingerprint });
  it('tells new, identical and conflicting assessments apart, and keeps the local copy unless told otherwise', () => {
    const backup = [side('new', '2026-01-01', 'a'), side('same', '2026-01-01', 'b'), side('older-here', '2026-03-01', 'c'), side('newer-here', '2026-01-01', 'd'), side('tie', '2026-01-01', 'e')];
    const local = new Map([
      ['same', side('same', '2026-01-01', 'b')],
      ['older-here', side('older-here', '2026-02-01', 'x')],
      ['newer-here', side('newer-here', '2026-05-01', 'y')],
      ['tie', side('tie', '2026-01-01', 'z')],
    ]);
    const entries = planRestore(backup, local);
    expect(entries.map((e) => (e.status === 'conflict' ? e.kind : e.status))).toEqual(['new', 'identical', 'backup-newer', 'local-newer', 'same-time']);
    expect(Object.fromEntries(restoreSteps(entries, new Map()))).toEqual({ new: 'add', same: 'skip', 'older-here': 'skip', 'newer-here': 'skip', tie: 'skip' });
    const chosen = restoreSteps(entries, new Map([['older-here', 'take-backup'], ['tie', 'keep-both']] as const));
    expect(chosen.get('older-here')).toBe('replace');
    expect(chosen.get('tie')).toBe('copy');
  });

  it('fingerprints a record regardless of row order and file bytes, and copies it under fresh ids with references kept', () => {
    const tables = emptyTables();
    tables.evidence.push({ id: 'e1', assessmentId: 'a1', caption: 'x' }, { id: 'e2', assessmentId: 'a1', caption: 'y' });
    tables.evidenceFiles.push({ id: 'e1', evidenceId: 'e1', assessmentId: 'a1', data: 'bytes' }, { id: 'e1/original', evidenceId: 'e1', assessmentId: 'a1', data: 'orig' });
    tables.surveys.push({ id: 's1', assessmentId: 'a1' });
    tables.surveyResponses.push({ id: 'r1', surveyId: 's1', assessmentId: 'a1' });
    tables.answers.push({ assessmentId: 'a1', itemId: 'i1', value: 'yes' });
    tables.reports.push({ id: 'p1', assessmentId: 'a1', pdf: 'one' });
    const record = { assessment: { id: 'a1', title: '점검' }, tables };
    const reordered = { ...record, tables: { ...tables, evidence: [...tables.evidence].reverse(), evidenceFiles: [], reports: [{ ...tables.reports[0]!, pdf: 'two' }] } };
    expect(recordFingerprint(reordered)).toBe(recordFingerprint(record));
    expect(recordFingerprint({ ...record, assessment: { id: 'a1', title: '점검 2' } })).not.toBe(recordFingerprint(record));

    let n = 0;
    const copy = copyRecord(record, { newAssessmentId: 'b1', freshId: () => `new-${++n}`, titleSuffix: ' (copy)' });
    expect(copy.assessment).toEqual({ id: 'b1', title: '점검 (copy)' });
    const [c1] = copy.tables.evidence;
    expect(copy.tables.evidenceFiles.map((f) => [f['id'], f['evidenceId'], f['assessmentId']])).toEqual([
      [c1!['id'], c1!['id'], 'b1'],
      [`${String(c1!['id'])}/original`, c1!['id'], 'b1'],
    ]);
    expect(copy.tables.surveyResponses[0]!['surveyId']).toBe(copy.tables.surveys[0]!['id']);
    expect(copy.tables.answers[0]).toEqual({ assessmentId: 'b1', itemId: 'i1', value: 'yes' });
    const ids = [...copy.tables.evidence, ...copy.tables.surveys, ...copy.tables.reports, ...copy.tables.surveyResponses].map((r) => r['id']);
    expect(ids.some((id) => ['e1', 'e2', 's1', 'r1', 'p1'].includes(String(id)))).toBe(false);
  });
});
