// @vitest-environment node
// Hostile assessment files through the import path the app takes (parse, then add in one transaction): each is
// refused with its code and nothing is written, or imported as text, with nothing already stored changed.
// Dexie reads the IndexedDB global when it loads: the in-memory one must come first.
import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AssessmentId } from '../../shared/domain/assessment';
import { parseAssessmentFile } from '../../shared/format/assessmentFile';
import { addAssessmentBundle } from '../../renderer/src/data/assessmentFiles';
import { answersOf } from '../../renderer/src/data/answers';
import { getAssessment } from '../../renderer/src/data/assessments';
import { assessmentFileCases, richFile } from './cases/assessmentFile';
import { caseCountTitle, guardEveryCase, utf8, withinLimit } from './corpus';
import { freshDatabase, seedExisting, snapshot, tablesKeep } from './db';

const cases = await assessmentFileCases();
guardEveryCase();

beforeAll(async () => {
  await freshDatabase();
  await seedExisting();
  // The rich file's assessment is already here, so an accepted file with its id arrives as a copy.
  const first = parseAssessmentFile(utf8(JSON.stringify(richFile())));
  if (!first.ok) throw new Error(`the base file does not import: ${JSON.stringify(first.error)}`);
  await addAssessmentBundle(first.file);
});

/** What the import hook does with the bytes a user chose. */
async function importBytes(bytes: Uint8Array): Promise<{ refused: ReturnType<typeof parseAssessmentFile> & { ok: false } } | { id: AssessmentId; asCopy: boolean }> {
  const parsed = parseAssessmentFile(bytes);
  if (!parsed.ok) return { refused: parsed };
  return addAssessmentBundle(parsed.file);
}

describe(caseCountTitle('assessment file', cases.length), () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const bytes = await c.input();
    const before = await snapshot();
    const outcome = await withinLimit(() => importBytes(bytes));
    const after = await snapshot();
    if ('refused' in c.expected) {
      expect('refused' in outcome && outcome.refused.error.code).toBe(c.expected.refused);
      if (c.expected.detail && 'refused' in outcome && outcome.refused.error.code === 'invalid') expect(outcome.refused.error.detail).toMatch(c.expected.detail);
      expect(after).toBe(before);
      return;
    }
    if ('refused' in outcome) throw new Error(`refused: ${JSON.stringify(outcome.refused.error).slice(0, 300)}`);
    expect(tablesKeep(before, after)).toEqual([]);
    const stored = await getAssessment(outcome.id);
    expect(stored?.status).toBe('active');
    if (c.expected.title !== undefined) expect(stored?.title).toBe(c.expected.title);
    if (c.expected.note !== undefined) expect((await answersOf(outcome.id)).map((a) => a.note)).toContain(c.expected.note);
  });
});
