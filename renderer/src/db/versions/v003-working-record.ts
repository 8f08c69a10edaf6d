// Runs in the renderer. Schema version 3: the committee's working record (evidence, positions, actions,
// meetings, surveys), the change history, statutory clocks on assessments and systems, and follow-up marks on answers.
import type { DatabaseVersion } from './types';

export const v003WorkingRecord: DatabaseVersion = {
  version: 3,
  stores: {
    evidence: 'id, assessmentId, sha256',
    // File bytes apart from their metadata, so listing evidence never reads them.
    evidenceFiles: 'id, evidenceId, assessmentId',
    positions: '[assessmentId+itemId], assessmentId',
    actions: 'id, assessmentId, dueDate',
    meetings: 'id, assessmentId',
    // Psychosocial surveys: the survey's settings, and anonymous responses with no time or name on them.
    surveys: 'id, assessmentId',
    surveyResponses: 'id, surveyId, assessmentId',
    // Each assessment's change history, append-only, in order: [assessmentId+seq] finds the newest entry at once.
    auditLog: '[assessmentId+seq], assessmentId',
  },
  async upgrade(tx) {
    // Fill the new fields of existing rows with the values a new row starts with.
    await tx
      .table('assessments')
      .toCollection()
      .modify((a: Record<string, unknown>) => {
        a.recommendations ??= { sentDate: '', responseDays: 21, answeredDate: '' };
        a.followUpOf ??= null;
        a.importedFrom ??= null;
        const systems = (a.systems as Record<string, unknown>[] | undefined) ?? [];
        for (const s of systems) s.informedDate ??= '';
      });
    await tx
      .table('answers')
      .toCollection()
      .modify((row: Record<string, unknown>) => {
        row.recheck ??= false;
      });
  },
};
