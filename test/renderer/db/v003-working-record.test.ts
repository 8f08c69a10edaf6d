import { Dexie } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { AnswerSchema, AssessmentSchema } from '../../../shared/domain/assessment';
import { openDatabase } from '../../../renderer/src/db/openDatabase';
import { v001Initial } from '../../../renderer/src/db/versions/v001-initial';
import { v002Signing } from '../../../renderer/src/db/versions/v002-signing';

describe('schema v3 (working record)', () => {
  it('upgrades a version 2 database: existing rows gain the new fields with their defaults and still validate', async () => {
    const name = 'v003-upgrade';
    const v2 = new Dexie(name);
    v2.version(1).stores(v001Initial.stores);
    v2.version(2).stores(v002Signing.stores);
    const assessment = {
      id: 'a1',
      title: '점검',
      workplace: { name: 'Hanbit', site: 'Incheon', sector: '', sizeBand: '' },
      systems: [{ id: 's1', name: 'Picker', vendor: '', purpose: '', dataUsed: '', decisions: '', deployedWhere: '', goLiveDate: '2026-01-05' }],
      participants: [],
      date: '2026-01-01',
      packs: [],
      riskMethodId: 'matrix-5x5',
      status: 'active',
      answeredCount: 1,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
    await v2.table('assessments').put(assessment);
    await v2.table('answers').put({ assessmentId: 'a1', packId: 'p', itemId: 'i1', value: 'no', note: '', risk: null, updatedAt: '2026-01-01T00:00:00.000Z' });
    await v2.table('reports').put({ id: 'r1', assessmentId: 'a1', fingerprint: 'f', lang: 'ko', createdAt: '', pdf: new Uint8Array([1]), signatures: [] });
    v2.close();

    const writeBackup = vi.fn(async (args: { name: string; bytes: Uint8Array }) => ({ ok: true as const, value: { location: args.name } }));
    const { db, backupLocation } = await openDatabase(writeBackup, name);
    expect(backupLocation).toMatch(/^jointcheck-backup-v2-/);
    const backup = JSON.parse(new TextDecoder().decode(writeBackup.mock.calls[0]![0].bytes));
    expect(backup.schemaVersion).toBe(2);
    expect(backup.tables.assessments[0]).toEqual(assessment);

    const upgraded = await db.assessments.get('a1' as never);
    expect(AssessmentSchema.parse(upgraded)).toMatchObject({
      recommendations: { sentDate: '', responseDays: 21, answeredDate: '' },
      followUpOf: null,
      importedFrom: null,
      systems: [{ goLiveDate: '2026-01-05', informedDate: '' }],
    });
    expect(AnswerSchema.parse(await db.answers.get(['a1', 'i1']))).toMatchObject({ value: 'no', recheck: false });
    expect(await db.reports.count()).toBe(1);
    for (const table of [db.evidence, db.evidenceFiles, db.positions, db.actions, db.meetings]) expect(await table.count()).toBe(0);
    db.close();
  });
});
