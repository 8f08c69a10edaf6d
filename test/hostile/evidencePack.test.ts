// @vitest-environment node
// Hostile evidence packs through the app's import (check every hash and the signature, then add read-only only
// what passed or what the user accepted): refusals write nothing, and nothing already stored ever changes.
// Dexie reads the IndexedDB global when it loads: the in-memory one must come first.
import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { getAssessment } from '../../renderer/src/data/assessments';
import { addCheckedPack, checkPack } from '../../renderer/src/packs/importPack';
import { evidencePackCases } from './cases/evidencePack';
import { caseCountTitle, guardEveryCase, withinLimit } from './corpus';
import { freshDatabase, seedExisting, snapshot, tablesKeep } from './db';

const cases = await evidencePackCases();
guardEveryCase();

beforeAll(async () => {
  await freshDatabase();
  await seedExisting();
});

describe(caseCountTitle('evidence pack', cases.length), () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const file = new File([(await c.input()) as Uint8Array<ArrayBuffer>], 'pack.zip', { type: 'application/zip' });
    const before = await snapshot();
    const checked = await withinLimit(() => checkPack(file));
    const expected = c.expected;

    if ('refused' in expected) {
      expect(checked.ok ? 'accepted' : checked.refusal.code).toBe(expected.refused);
      if (!checked.ok) expect(checked.refusal.detail.length).toBeGreaterThan(10);
      expect(await snapshot()).toBe(before);
      return;
    }
    if (!checked.ok) throw new Error(`refused: ${checked.refusal.code} ${checked.refusal.detail}`);
    const { report } = checked;

    if ('passed' in expected) {
      expect(report.passed, JSON.stringify(report.files.filter((f) => f.verdict !== 'valid'))).toBe(true);
      const { id } = await withinLimit(() => addCheckedPack(file, report, false));
      const stored = await getAssessment(id);
      expect(stored?.importedFrom?.intact).toBe(true);
      if (expected.title !== undefined) expect(stored?.title).toBe(expected.title);
      expect(tablesKeep(before, await snapshot())).toEqual([]);
      return;
    }

    expect(report.passed).toBe(false);
    if ('damaged' in expected) {
      expect(report.manifest).toBeNull();
      expect(report.manifestProblem).toMatch(expected.damaged);
    } else {
      const reason = expected.notPassed;
      if (reason.file) expect(report.files.find((f) => f.path === reason.file![0])?.verdict).toBe(reason.file[1]);
      if (reason.assessmentProblem) expect(report.assessmentProblem?.code).toBe(reason.assessmentProblem);
      if (reason.signature) expect(report.signature.status).toBe(reason.signature);
    }
    // Without the user's consent nothing is added.
    await expect(addCheckedPack(file, report, false)).rejects.toThrow(/did not pass|no readable assessment/);
    expect(await snapshot()).toBe(before);
    if (!report.assessment) return;
    // With it, a read-only copy marked as not intact, holding only the files that matched; nothing else changes.
    const { id } = await withinLimit(() => addCheckedPack(file, report, true));
    expect((await getAssessment(id))?.importedFrom?.intact).toBe(false);
    expect(tablesKeep(before, await snapshot())).toEqual([]);
  });
});
