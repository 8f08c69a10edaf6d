// Test-time only (Node, run with `npx tsx test/tools/makeDbFixtures.ts`). Writes test/fixtures/db/v<N>.json: a
// database of each released schema version, built with that version's own Dexie stores and rows of the shape
// that version wrote (Korean and English text), read back and stored in the backup's row encoding.
import 'fake-indexeddb/auto';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Dexie } from 'dexie';
import { encodeRow } from '../../shared/backup/values';
import { databaseVersions } from '../../renderer/src/db/versions';
import { type DbFixture, FixtureFormat } from '../renderer/db/dbFixture';

const out = resolve(import.meta.dirname, '../fixtures/db');
const sha = (c: string): string => c.repeat(64);
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

/** A fixed pseudo-random JPEG-sized payload, so the fixture files do not change between runs. */
function noise(size: number, seed: number): Uint8Array {
  let s = seed;
  return new Uint8Array(size).map(() => (s = (s * 1103515245 + 12345) >>> 0) >>> 24);
}

const assessmentV1 = (id: string, title: string, site: string) => ({
  id,
  title,
  workplace: { name: '한빛 물류', site, sector: '물류', sizeBand: '100-299' },
  systems: [{ id: `${id}-s1`, name: 'PickRate AI', vendor: 'Optimo', purpose: '작업 속도 배정', dataUsed: 'scanner logs', decisions: 'task allocation', deployedWhere: '인천 센터', goLiveDate: '2026-03-02' }],
  participants: [
    { id: `${id}-p1`, name: '김민지', side: 'worker', role: '노동자 측 공동위원장' },
    { id: `${id}-p2`, name: 'Park Jisoo', side: 'employer', role: 'HR manager' },
  ],
  date: '2026-04-10',
  packs: [
    { packId: 'ai-introduction', version: 1 },
    { packId: 'psychosocial-load', version: 1 },
  ],
  riskMethodId: 'matrix-5x5',
  status: 'active',
  answeredCount: 3,
  createdAt: '2026-04-10T01:00:00.000Z',
  updatedAt: '2026-04-12T08:30:00.000Z',
});

const answersV1 = (id: string) => [
  { assessmentId: id, packId: 'ai-introduction', itemId: 'intro-01', value: 'partly', note: '도입 2주 전에야 알림', risk: { methodId: 'matrix-5x5', values: { likelihood: 3, severity: 3 } }, updatedAt: '2026-04-10T02:00:00.000Z' },
  { assessmentId: id, packId: 'psychosocial-load', itemId: 'psy-04', value: 12, note: 'Only 12 of 100 answered', risk: null, updatedAt: '2026-04-10T02:05:00.000Z' },
  { assessmentId: id, packId: 'psychosocial-load', itemId: 'psy-09', value: 'no', note: '야간에도 알림 발송', risk: { methodId: 'matrix-5x5', values: { likelihood: 4, severity: 3 } }, updatedAt: '2026-04-12T08:30:00.000Z' },
];

type Rows = Record<string, Record<string, unknown>[]>;

async function rowsFor(version: number): Promise<Rows> {
  const rows: Rows = {
    assessments: [assessmentV1('a-2026-incheon', '인천 센터 AI 점검', '인천'), { ...assessmentV1('a-2026-busan', 'Busan depot check', '부산'), status: 'archived', answeredCount: 0 }],
    answers: answersV1('a-2026-incheon'),
    settings: [
      { key: 'language', value: 'ko' },
      { key: 'actor', value: { name: '김민지', side: 'worker' } },
    ],
  };
  if (version < 2) return rows;
  const keys = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
  rows['identities'] = [
    {
      id: 'id-kim',
      certificate: bytes('0\u0082 stand-in DER certificate for 김민지'),
      privateKey: keys.privateKey,
      publicKey: keys.publicKey,
      name: '김민지',
      organisation: 'Hanbit union',
      role: 'worker co-chair',
      createdAt: '2026-04-11T00:00:00.000Z',
      chain: [],
      source: 'created',
    },
  ];
  rows['trustedCertificates'] = [{ sha256: sha('d'), der: bytes('0\u0082 employer certificate'), subject: 'Park Jisoo', addedAt: '2026-04-11T00:10:00.000Z' }];
  rows['reports'] = [
    {
      id: 'r-1',
      assessmentId: 'a-2026-incheon',
      fingerprint: sha('e'),
      lang: 'ko',
      createdAt: '2026-04-12T09:00:00.000Z',
      pdf: bytes('%PDF-1.7\n% 보고서 stand-in\n%%EOF\n'),
      signatures: [{ identityId: 'id-kim', signerName: '김민지', role: 'worker co-chair', reason: '승인', signedAt: '2026-04-12T09:05:00.000Z', signedPdfSha256: sha('f') }],
    },
  ];
  if (version < 3) return rows;
  rows['assessments'] = rows['assessments']!.map((a) => ({
    ...a,
    systems: (a['systems'] as object[]).map((s) => ({ ...s, informedDate: '2026-02-20' })),
    recommendations: { sentDate: '2026-04-20', responseDays: 21, answeredDate: '' },
    followUpOf: null,
    importedFrom: null,
  }));
  rows['answers'] = rows['answers']!.map((a) => ({ ...a, recheck: false }));
  const worker = { name: '김민지', side: 'worker' };
  const photo = noise(20_000, 3);
  rows['evidence'] = [
    {
      id: 'ev-1',
      assessmentId: 'a-2026-incheon',
      item: { packId: 'psychosocial-load', itemId: 'psy-09' },
      kind: 'photo',
      caption: '야간 알림 화면',
      file: { fileName: 'night-alert.jpg', mediaType: 'image/jpeg', size: photo.byteLength, sha256: sha('1') },
      original: null,
      capturedSha256: sha('1'),
      addedBy: worker,
      addedAt: '2026-04-12T03:00:00.000Z',
      takenAt: '2026:04:11 23:40:00',
      keptLocation: false,
      width: 1600,
      height: 1200,
    },
  ];
  rows['evidenceFiles'] = [{ id: 'ev-1', evidenceId: 'ev-1', assessmentId: 'a-2026-incheon', data: new Blob([photo as Uint8Array<ArrayBuffer>], { type: 'image/jpeg' }) }];
  rows['positions'] = [
    {
      assessmentId: 'a-2026-incheon',
      packId: 'psychosocial-load',
      itemId: 'psy-09',
      worker: { text: '근무 외 알림은 금지해야 함', risk: null, recordedBy: '김민지', updatedAt: '2026-04-12T04:00:00.000Z' },
      employer: { text: 'Urgent shift changes only', risk: null, recordedBy: 'Park Jisoo', updatedAt: '2026-04-12T04:10:00.000Z' },
      status: 'open',
      outcome: '',
      updatedAt: '2026-04-12T04:10:00.000Z',
    },
  ];
  rows['actions'] = [
    {
      id: 'act-1',
      assessmentId: 'a-2026-incheon',
      item: { packId: 'psychosocial-load', itemId: 'psy-09' },
      description: '근무시간 외 알림 차단 설정',
      control: 'engineer',
      owner: 'Park Jisoo',
      ownerSide: 'employer',
      dueDate: '2026-05-31',
      budget: '',
      priority: 'high',
      status: 'planned',
      verification: null,
      carriedFrom: null,
      createdAt: '2026-04-12T05:00:00.000Z',
      updatedAt: '2026-04-12T05:00:00.000Z',
    },
  ];
  rows['meetings'] = [{ id: 'm-1', assessmentId: 'a-2026-incheon', date: '2026-04-12', attendeeIds: ['a-2026-incheon-p1', 'a-2026-incheon-p2'], guests: [], packsCovered: ['psychosocial-load'], notes: '1차 회의', createdAt: '2026-04-12T06:00:00.000Z' }];
  rows['surveys'] = [{ id: 'sv-1', assessmentId: 'a-2026-incheon', name: '4월 설문', questionnaireId: 'jointcheck-ai-psychosocial', questionnaireVersion: 1, invited: 100, groups: ['주간', '야간'], minGroupSize: 5, lastImport: null, createdAt: '2026-04-12T07:00:00.000Z' }];
  rows['surveyResponses'] = Array.from({ length: 6 }, (_, n) => ({ id: `resp-${n}`, surveyId: 'sv-1', assessmentId: 'a-2026-incheon', answers: { 'pace-1': (n % 5) + 1 }, group: n % 2 ? '야간' : '주간', source: 'kiosk' }));
  return rows;
}

async function fixtureOf(version: number): Promise<DbFixture> {
  const name = `fixture-v${version}`;
  const db = new Dexie(name);
  for (const v of databaseVersions.filter((d) => d.version <= version)) db.version(v.version).stores(v.stores);
  await db.open();
  const rows = await rowsFor(version);
  for (const [table, list] of Object.entries(rows)) await db.table(table).bulkPut(list);
  // Read back through the version's own stores: only what that schema could hold goes into the fixture.
  const binaries: string[] = [];
  const tables: Record<string, unknown[]> = {};
  for (const table of db.tables) {
    const stored = await table.toArray();
    const keys: Record<string, unknown>[] = [];
    for (const row of stored as Record<string, unknown>[]) {
      const { privateKey, publicKey, ...rest } = row;
      const jwk = privateKey ? { privateKey: await crypto.subtle.exportKey('jwk', privateKey as CryptoKey), publicKey: await crypto.subtle.exportKey('jwk', publicKey as CryptoKey) } : null;
      keys.push(jwk ? { ...rest, $keys: jwk } : rest);
    }
    const encoded: unknown[] = [];
    for (const row of keys) {
      const pending: (Uint8Array | Blob)[] = [];
      const json = encodeRow(row, (value) => pending.push(value) - 1 + binaries.length);
      for (const value of pending) binaries.push(Buffer.from(value instanceof Blob ? new Uint8Array(await value.arrayBuffer()) : value).toString('base64'));
      encoded.push(json);
    }
    tables[table.name] = encoded;
  }
  db.close();
  await Dexie.delete(name);
  return { format: FixtureFormat, schemaVersion: version, tables, binaries };
}

for (const { version } of databaseVersions) {
  const fixture = await fixtureOf(version);
  const path = resolve(out, `v${version}.json`);
  writeFileSync(path, `${JSON.stringify(fixture, null, 1)}\n`);
  console.log(`wrote ${path}`);
}
