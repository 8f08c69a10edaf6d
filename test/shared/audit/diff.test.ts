import { describe, expect, it } from 'vitest';
import { diffRows } from '../../../shared/audit/diff';

describe('diffRows', () => {
  it('gives one change per changed field, with dotted paths into nested objects', () => {
    const before = { title: 'Visit', workplace: { name: 'Hanbit', site: 'Incheon' }, risk: { methodId: 'm', values: { likelihood: 2, severity: 3 } } };
    const after = { title: 'Visit', workplace: { name: 'Hanbit Logistics', site: 'Incheon' }, risk: { methodId: 'm', values: { likelihood: 4, severity: 3 } } };
    expect(diffRows('assessment', 'a1', before, after)).toEqual([
      { entity: 'assessment', entityId: 'a1', field: 'risk.values.likelihood', old: 2, new: 4 },
      { entity: 'assessment', entityId: 'a1', field: 'workplace.name', old: 'Hanbit', new: 'Hanbit Logistics' },
    ]);
  });

  it('names rows in lists by their id: added, removed and edited systems', () => {
    const kept = { id: 's1', name: 'Picker' };
    const before = { systems: [kept, { id: 's2', name: 'Scheduler' }] };
    const after = { systems: [{ ...kept, name: 'Picker 2' }, { id: 's3', name: 'Camera' }] };
    expect(diffRows('assessment', 'a1', before, after).map(({ field, old, new: next }) => ({ field, old, new: next }))).toEqual([
      { field: 'systems.s1.name', old: 'Picker', new: 'Picker 2' },
      { field: 'systems.s2', old: { id: 's2', name: 'Scheduler' }, new: null },
      { field: 'systems.s3', old: null, new: { id: 's3', name: 'Camera' } },
    ]);
  });

  it('compares other lists as a whole', () => {
    expect(diffRows('meeting', 'm1', { attendeeIds: ['p1'] }, { attendeeIds: ['p1', 'p2'] })).toEqual([{ entity: 'meeting', entityId: 'm1', field: 'attendeeIds', old: ['p1'], new: ['p1', 'p2'] }]);
    expect(diffRows('meeting', 'm1', { attendeeIds: ['p1'] }, { attendeeIds: ['p1'] })).toEqual([]);
  });

  it('leaves bookkeeping out: timestamps, counters, the re-check mark', () => {
    expect(diffRows('answer', 'p/i1', { value: 'yes', updatedAt: '1', recheck: true }, { value: 'yes', updatedAt: '2', recheck: false })).toEqual([]);
    expect(diffRows('positions', 'p/i1', { worker: { text: 'a', updatedAt: '1' } }, { worker: { text: 'b', updatedAt: '2' } })).toEqual([{ entity: 'positions', entityId: 'p/i1', field: 'worker.text', old: 'a', new: 'b' }]);
  });

  it('records a created or removed row whole, without its bookkeeping', () => {
    const row = { id: 'x1', assessmentId: 'a1', description: 'Guard rail', createdAt: 't', updatedAt: 't' };
    expect(diffRows('action', 'x1', null, row)).toEqual([{ entity: 'action', entityId: 'x1', field: '', old: null, new: { id: 'x1', description: 'Guard rail' } }]);
    expect(diffRows('action', 'x1', row, undefined)).toEqual([{ entity: 'action', entityId: 'x1', field: '', old: { id: 'x1', description: 'Guard rail' }, new: null }]);
    expect(diffRows('action', 'x1', null, null)).toEqual([]);
  });
});
