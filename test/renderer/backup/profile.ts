// Test-time only (Node). A profile with something in every table, a fake desktop bridge that keeps streamed
// saves in memory, and a comparable dump of the whole database (Blobs read to their bytes).
import { BackupTables } from '../../../shared/backup/format';
import { canonicalJson } from '../../../shared/format/canonicalJson';
import type { BridgeResult, DesktopApi } from '../../../shared/bridge/contract';
import type { AssessmentId } from '../../../shared/domain/assessment';
import type { Actor } from '../../../shared/domain/record';
import { createIdentity } from '../../../shared/signing/identity';
import { addAction } from '../../../renderer/src/data/actions';
import { saveAnswer } from '../../../renderer/src/data/answers';
import { createAssessment, updateAssessment } from '../../../renderer/src/data/assessments';
import { database } from '../../../renderer/src/data/database';
import { addEvidence } from '../../../renderer/src/data/evidence';
import { addIdentity, trustCertificate } from '../../../renderer/src/data/identities';
import { addMeeting } from '../../../renderer/src/data/meetings';
import { newAssessmentDefaults } from '../../../renderer/src/data/newAssessment';
import { saveSidePosition } from '../../../renderer/src/data/positions';
import { addReport } from '../../../renderer/src/data/reports';
import { saveActor, saveLanguage } from '../../../renderer/src/data/settings';

export const worker: Actor = { name: '김민지', side: 'worker' };

/** Saves land in `saved`, by name; the last one is also in `last`. */
export function memoryDesktop(): { api: Pick<DesktopApi, 'beginSave' | 'appendSave' | 'finishSave' | 'getAppInfo'>; saved: Map<string, Uint8Array>; last: () => Uint8Array } {
  const open = new Map<string, { name: string; parts: Uint8Array[] }>();
  const saved = new Map<string, Uint8Array>();
  let last = new Uint8Array(0);
  return {
    saved,
    last: () => last,
    api: {
      getAppInfo: async () => ({ version: '0.1.0-test', edition: 'browser', platform: 'test' }),
      beginSave: async ({ suggestedName }) => {
        const handle = crypto.randomUUID();
        open.set(handle, { name: suggestedName, parts: [] });
        return { ok: true, value: { handle } };
      },
      appendSave: async (handle, bytes) => {
        open.get(handle)!.parts.push(bytes.slice());
        return { ok: true, value: null };
      },
      finishSave: async (handle, commit): Promise<BridgeResult<{ readonly location: string }>> => {
        const save = open.get(handle)!;
        open.delete(handle);
        if (!commit) return { ok: false, error: 'cancelled' };
        last = new Uint8Array(Buffer.concat(save.parts));
        saved.set(save.name, last);
        return { ok: true, value: { location: `/home/kim/${save.name}` } };
      },
    },
  };
}

let seed = 7;
/** Pseudo-random bytes standing in for a JPEG. */
export function noise(size: number): Uint8Array<ArrayBuffer> {
  return new Uint8Array(size).map(() => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24);
}

const hex = (c: string): string => c.repeat(64);

/** An assessment with answers, a photo (with its original), a disagreement, an action, a meeting, a survey with responses and a report. */
export async function seedAssessment(title: string): Promise<AssessmentId> {
  const id = await createAssessment({ ...newAssessmentDefaults(), title });
  await updateAssessment(id, { workplace: { name: '한빛 물류', site: '인천', sector: 'logistics', sizeBand: '100-299' } });
  await saveAnswer({ assessmentId: id, packId: 'psychosocial-load', itemId: 'psy-01' }, { value: 'no', note: '목표 속도가 너무 높음', risk: { methodId: 'matrix-5x5', values: { likelihood: 4, severity: 3 } } });
  await saveAnswer({ assessmentId: id, packId: 'ai-introduction', itemId: 'intro-01' }, { value: 'yes' });
  await addEvidence({
    assessmentId: id,
    item: { packId: 'psychosocial-load', itemId: 'psy-01' },
    kind: 'photo',
    caption: '게시판 사진',
    file: { fileName: 'board.jpg', mediaType: 'image/jpeg', size: 50_000, sha256: hex('a'), blob: new Blob([noise(50_000)], { type: 'image/jpeg' }) },
    original: { fileName: 'IMG_0001.HEIC', mediaType: 'image/heic', size: 80_000, sha256: hex('b'), blob: new Blob([noise(80_000)], { type: 'image/heic' }) },
    capturedSha256: hex('b'),
    takenAt: '2026:11:02 10:00:00',
    keptLocation: false,
    width: 1600,
    height: 1200,
    addedBy: worker,
  });
  await saveSidePosition({ assessmentId: id, packId: 'psychosocial-load', itemId: 'psy-01' }, 'worker', { text: '속도가 지속 불가능' }, '김민지');
  await addAction(id, { packId: 'psychosocial-load', itemId: 'psy-01' }, 'high', 'Freeze pick-rate targets');
  await addMeeting(id, '2026-11-10');
  const db = database();
  await db.surveys.add({ id: `survey-${id}`, assessmentId: id, name: '1차 설문', questionnaireId: 'jointcheck-ai-psychosocial' as never, questionnaireVersion: 1, invited: 40, groups: ['A조'], minGroupSize: 5, lastImport: null, createdAt: '2026-11-01T00:00:00.000Z' });
  for (let n = 0; n < 6; n++) await db.surveyResponses.add({ id: `resp-${id}-${n}`, surveyId: `survey-${id}`, assessmentId: id, answers: { q1: (n % 5) + 1 }, group: 'A조', source: 'kiosk' });
  await addReport(id, hex('c'), 'ko', new TextEncoder().encode('%PDF-1.7 보고서'));
  return id;
}

/** Two assessments, settings, a signing identity made here (non-extractable key) and a trusted certificate. */
export async function seedProfile(): Promise<{ first: AssessmentId; second: AssessmentId }> {
  const first = await seedAssessment('물류센터 AI 점검');
  const second = await seedAssessment('Warehouse follow-up');
  await saveLanguage('ko');
  await saveActor(worker);
  const made = await createIdentity({ name: '김민지', organisation: 'Hanbit union', role: 'worker co-chair' });
  await addIdentity({ ...made, chain: [], source: 'created' });
  await trustCertificate(new Uint8Array([48, 3, 2, 1, 0]), 'Employer co-chair');
  return { first, second };
}

export const comparable = async (value: unknown): Promise<unknown> => {
  if (value instanceof Blob) return { blob: Buffer.from(await value.arrayBuffer()).toString('hex'), type: value.type };
  if (value instanceof Uint8Array) return { bytes: Buffer.from(value).toString('hex') };
  if (typeof CryptoKey !== 'undefined' && value instanceof CryptoKey) return { key: value.type, extractable: value.extractable };
  if (Array.isArray(value)) return Promise.all(value.map(comparable));
  if (value !== null && typeof value === 'object') return Object.fromEntries(await Promise.all(Object.entries(value).map(async ([k, v]) => [k, await comparable(v)])));
  return value;
};

/** Every row of every table, Blobs as their bytes, sorted so two dumps compare equal when the data is. */
export async function dumpAll(): Promise<Record<string, unknown[]>> {
  const db = database();
  const out: Record<string, unknown[]> = {};
  for (const name of BackupTables) {
    const rows = (await comparable(await db.table(name).toArray())) as unknown[];
    out[name] = rows.map((r) => canonicalJson(r)).sort().map((r) => JSON.parse(r) as unknown);
  }
  return out;
}
