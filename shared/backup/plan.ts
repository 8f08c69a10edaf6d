// Runs everywhere (pure). The restore preview: for each assessment in a backup, whether it is new here,
// identical, or in conflict with the local copy (and which is newer), and what each choice does.

/** What the preview knows of one assessment, on either side. */
export type AssessmentSide = { readonly id: string; readonly title: string; readonly updatedAt: string; readonly fingerprint: string };

export type ConflictKind = 'local-newer' | 'backup-newer' | 'same-time';
export type RestoreEntry =
  | { readonly status: 'new'; readonly backup: AssessmentSide }
  | { readonly status: 'identical'; readonly backup: AssessmentSide }
  | { readonly status: 'conflict'; readonly kind: ConflictKind; readonly backup: AssessmentSide; readonly local: AssessmentSide };

/** Per conflict: keep what is here, replace it with the backup's, or add the backup's as a separate copy. */
export const ConflictChoices = ['keep-local', 'take-backup', 'keep-both'] as const;
export type ConflictChoice = (typeof ConflictChoices)[number];

/** What restoring does with one assessment of the backup. */
export type RestoreStep = 'add' | 'skip' | 'replace' | 'copy';

export function planRestore(backup: readonly AssessmentSide[], local: ReadonlyMap<string, AssessmentSide>): RestoreEntry[] {
  return backup.map((b): RestoreEntry => {
    const here = local.get(b.id);
    if (!here) return { status: 'new', backup: b };
    if (here.fingerprint === b.fingerprint) return { status: 'identical', backup: b };
    const kind: ConflictKind = here.updatedAt > b.updatedAt ? 'local-newer' : here.updatedAt < b.updatedAt ? 'backup-newer' : 'same-time';
    return { status: 'conflict', kind, backup: b, local: here };
  });
}

/**
 * The step for each backup assessment. A conflict without a choice keeps the local copy: newer local
 * work is never overwritten unless the user said so for that assessment.
 */
export function restoreSteps(entries: readonly RestoreEntry[], choices: ReadonlyMap<string, ConflictChoice>): Map<string, RestoreStep> {
  const steps = new Map<string, RestoreStep>();
  for (const entry of entries) {
    if (entry.status === 'new') steps.set(entry.backup.id, 'add');
    else if (entry.status === 'identical') steps.set(entry.backup.id, 'skip');
    else {
      const choice = choices.get(entry.backup.id) ?? 'keep-local';
      steps.set(entry.backup.id, choice === 'take-backup' ? 'replace' : choice === 'keep-both' ? 'copy' : 'skip');
    }
  }
  return steps;
}
