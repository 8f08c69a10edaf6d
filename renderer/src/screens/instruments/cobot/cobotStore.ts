// Runs in the renderer. The cobot checks being worked on, per assessment: UI state kept while the app is open; saved results are the record.
/*
 * Inputs live here as typed (strings), so a half-typed number is never lost or "corrected" under the user.
 * They are not written to the database: a check becomes part of the record when its result is saved as
 * evidence, and that result carries every input, so it can be reopened into these forms.
 */
import { create } from 'zustand';
import type { ContactType } from '../../../../../shared/instruments/cobot/bodyRegions';
import type { PflLimitRow, PflLimitsTable } from '../../../../../shared/instruments/cobot/limitsTable';
import type { CollaborativeModeId } from '../../../../../shared/instruments/cobot/modes';
import type { HumanSpeedPreset } from '../../../../../shared/instruments/cobot/ssm';

export type LimitRowDraft = {
  readonly key: string;
  readonly region: string;
  readonly contact: ContactType;
  readonly force: string;
  readonly pressure: string;
  /** Limits by sex from a loaded table, kept as they came (the editor shows them; it does not edit them). */
  readonly female: PflLimitRow['female'];
  readonly male: PflLimitRow['male'];
};

export type TableDraft = Omit<PflLimitsTable, 'limits'> & { readonly rows: readonly LimitRowDraft[] };

export type MeasurementDraft = {
  readonly key: string;
  readonly label: string;
  readonly region: string;
  readonly contact: ContactType;
  readonly force: string;
  readonly pressure: string;
};

export type PflDraft = {
  readonly table: TableDraft | null;
  /** The table a reopened result was made with, named so the user can load it again. */
  readonly reopenedTable: { readonly sourceName: string; readonly licence: string } | null;
  readonly measurements: readonly MeasurementDraft[];
  readonly sex: '' | 'female' | 'male';
};

export const SsmFields = ['robotSpeedMmS', 'reactionTimeS', 'stoppingTimeS', 'stoppingDistanceMm', 'intrusionDistanceMm', 'humanPositionUncertaintyMm', 'robotPositionUncertaintyMm'] as const;
export type SsmField = (typeof SsmFields)[number];

export type SsmDraft = {
  readonly humanSpeed: HumanSpeedPreset | 'given';
  readonly humanSpeedGiven: string;
  readonly actualSeparationMm: string;
} & Readonly<Record<SsmField, string>>;

export type CobotApplication = {
  readonly id: string;
  readonly name: string;
  readonly mode: CollaborativeModeId;
  readonly pfl: PflDraft;
  readonly ssm: SsmDraft;
};

export const newKey = (): string => crypto.randomUUID();

export const emptyMeasurement = (): MeasurementDraft => ({ key: newKey(), label: '', region: '', contact: 'transient', force: '', pressure: '' });

export function newApplication(patch: Partial<CobotApplication> = {}): CobotApplication {
  return {
    id: newKey(),
    name: '',
    mode: 'power-and-force-limiting',
    pfl: { table: null, reopenedTable: null, measurements: [emptyMeasurement()], sex: '' },
    ssm: {
      humanSpeed: 'iso13855-walking',
      humanSpeedGiven: '',
      actualSeparationMm: '',
      robotSpeedMmS: '',
      reactionTimeS: '',
      stoppingTimeS: '',
      stoppingDistanceMm: '',
      intrusionDistanceMm: '',
      humanPositionUncertaintyMm: '',
      robotPositionUncertaintyMm: '',
    },
    ...patch,
  };
}

type CobotState = { readonly byAssessment: Readonly<Record<string, readonly CobotApplication[]>> };

export const useCobotStore = create<CobotState>()(() => ({ byAssessment: {} }));

const EmptyList: readonly CobotApplication[] = [];

export function useApplications(assessmentId: string): readonly CobotApplication[] {
  return useCobotStore((s) => s.byAssessment[assessmentId] ?? EmptyList);
}

function change(assessmentId: string, update: (list: readonly CobotApplication[]) => readonly CobotApplication[]): void {
  useCobotStore.setState((s) => ({ byAssessment: { ...s.byAssessment, [assessmentId]: update(s.byAssessment[assessmentId] ?? []) } }));
}

export function addApplication(assessmentId: string, application: CobotApplication = newApplication()): void {
  change(assessmentId, (list) => [...list, application]);
}

export function updateApplication(assessmentId: string, id: string, update: (app: CobotApplication) => CobotApplication): void {
  change(assessmentId, (list) => list.map((app) => (app.id === id ? update(app) : app)));
}

export function removeApplication(assessmentId: string, id: string): void {
  change(assessmentId, (list) => list.filter((app) => app.id !== id));
}
