// Test-time only (happy-dom). A fresh database per test with one assessment on the three checklists the instruments answer.
import { fireEvent } from '@testing-library/react';
import i18next from 'i18next';
import { vi } from 'vitest';
import { Blob as NodeBlob } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Assessment, AssessmentId } from '../../../shared/domain/assessment';
import { database, setDatabase } from '../../../renderer/src/data/database';
import { saveActor } from '../../../renderer/src/data/settings';
import { createDb } from '../../../renderer/src/db/db';
import { startI18n } from '../../../renderer/src/i18n';
import { assessment as baseAssessment } from '../../shared/followup/bundles';

/**
 * happy-dom's Blobs lose their methods through fake-indexeddb's structured clone; Node's keep them, as a
 * browser's do (the Chromium end-to-end test stores real ones). Evidence files are made with the global Blob.
 */
vi.stubGlobal('Blob', NodeBlob);

export const AssessmentKey = 'a-instruments' as AssessmentId;
export const Packs = [
  { packId: 'biased-data', version: 1 },
  { packId: 'psychosocial-load', version: 1 },
  { packId: 'collaborative-robots', version: 1 },
] as const;

export const fixture = (name: string): string => readFileSync(join(import.meta.dirname, '../../fixtures/instruments', name), 'utf8');

export function assessment(patch: Partial<Assessment> = {}): Assessment {
  return baseAssessment(AssessmentKey, { packs: [...Packs], ...patch });
}

let n = 0;

/** A new, empty database holding the assessment; English UI strings; a member at the keyboard unless told otherwise. */
export async function seed(options: { assessment?: Assessment; actor?: boolean } = {}): Promise<void> {
  if (!i18next.isInitialized) await startI18n('en');
  await i18next.changeLanguage('en');
  const db = createDb(`instruments-test-${++n}`);
  await db.open();
  setDatabase(db);
  await db.assessments.add(options.assessment ?? assessment());
  if (options.actor !== false) await saveActor({ name: 'Kim Minji', side: 'worker' });
}

/** Chooses a file on a file input, as the user's picker would. */
export function chooseFile(input: HTMLElement, name: string, content: string, type = 'text/csv'): void {
  fireEvent.change(input, { target: { files: [new File([content], name, { type })] } });
}

export const db = database;
