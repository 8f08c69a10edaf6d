// Test helpers: hand-built assessments, answers and actions for the follow-up and comparison tests.
import type { Answer, Assessment, AssessmentId } from '../../../shared/domain/assessment';
import type { Action, Positions } from '../../../shared/domain/record';
import type { AssessmentBundle } from '../../../shared/format/assessmentFile';

export const stamp = '2026-01-10T09:00:00.000Z';

export function assessment(id: string, patch: Partial<Assessment> = {}): Assessment {
  return {
    id: id as AssessmentId,
    title: 'Warehouse picking',
    workplace: { name: 'Hanbit Logistics', site: 'Incheon', sector: 'Logistics', sizeBand: '100-299' },
    systems: [{ id: 'sys-1', name: 'PickRoute', vendor: 'Acme', purpose: 'Routes pickers', dataUsed: 'Scans', decisions: 'Task order', deployedWhere: 'Hall 2', goLiveDate: '2025-06-01', informedDate: '2025-05-01' }],
    participants: [
      { id: 'p-1', name: 'Kim Minji', side: 'worker', role: 'co-chair' },
      { id: 'p-2', name: 'Lee Joon', side: 'employer', role: 'HR' },
    ],
    date: '2026-01-10',
    packs: [{ packId: 'mini', version: 1 }],
    riskMethodId: 'matrix-5x5',
    status: 'active',
    answeredCount: 0,
    recommendations: { sentDate: '2026-01-12', responseDays: 30, answeredDate: '2026-02-01' },
    followUpOf: null,
    importedFrom: null,
    createdAt: stamp,
    updatedAt: stamp,
    ...patch,
  };
}

export function answer(assessmentId: string, itemId: string, value: Answer['value'], risk: Answer['risk'] = null, patch: Partial<Answer> = {}): Answer {
  return { assessmentId: assessmentId as AssessmentId, packId: 'mini', itemId, value, note: '', risk, recheck: false, updatedAt: stamp, ...patch };
}

export const matrix = (likelihood: number, severity: number): Answer['risk'] => ({ methodId: 'matrix-5x5', values: { likelihood, severity } });
export const kinney = (probability: number, frequency: number, severity: number): Answer['risk'] => ({ methodId: 'oira-kinney', values: { probability, frequency, severity } });

export function action(assessmentId: string, id: string, status: Action['status'], patch: Partial<Action> = {}): Action {
  return {
    id,
    assessmentId: assessmentId as AssessmentId,
    item: { packId: 'mini', itemId: 'm-01' },
    description: `Action ${id}`,
    control: 'organise',
    owner: 'Lee Joon',
    ownerSide: 'employer',
    dueDate: '2026-03-01',
    budget: '1,000,000 KRW',
    priority: 'high',
    status,
    verification: status === 'verified' ? { by: { name: 'Kim Minji', side: 'worker' }, date: '2026-02-20', note: 'Seen on the floor.' } : null,
    carriedFrom: null,
    createdAt: stamp,
    updatedAt: stamp,
    ...patch,
  };
}

export function positions(assessmentId: string, itemId: string, status: Positions['status']): Positions {
  return {
    assessmentId: assessmentId as AssessmentId,
    packId: 'mini',
    itemId,
    worker: { text: 'Scan rates are used to rank people.', risk: matrix(4, 4), recordedBy: 'Kim Minji', updatedAt: stamp },
    employer: { text: 'Only used for routing.', risk: matrix(2, 3), recordedBy: 'Lee Joon', updatedAt: stamp },
    status,
    outcome: status === 'settled' ? 'Agreed to stop ranking.' : '',
    updatedAt: stamp,
  };
}

export function bundle(a: Assessment, rest: Partial<Omit<AssessmentBundle, 'assessment'>> = {}): AssessmentBundle {
  return { assessment: a, answers: [], evidence: [], positions: [], actions: [], meetings: [], ...rest };
}

/** Freezes every object and array reachable from `value`, so a test fails if anything writes to it. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
