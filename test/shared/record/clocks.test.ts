import { describe, expect, it } from 'vitest';
import { DefaultResponseDays } from '../../../shared/domain/assessment';
import { addDays, daysBetween, dayNumber } from '../../../shared/record/calendar';
import { responseClock, systemClock, systemClocks } from '../../../shared/record/clocks';

const system = (goLiveDate: string, informedDate: string) => ({ id: 's', name: 'PickRate 3', goLiveDate, informedDate });
const sent = (sentDate: string, answeredDate = '', responseDays = DefaultResponseDays) => ({ sentDate, responseDays, answeredDate });

describe('calendar arithmetic', () => {
  it('crosses month and year ends, and counts leap days', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-12-20', 21)).toBe('2027-01-10');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2028-02-29', 1)).toBe('2028-03-01');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2028-02-01', '2028-03-01')).toBe(29);
    expect(daysBetween('2026-02-01', '2026-03-01')).toBe(28);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2026-05-10', '2026-05-10')).toBe(0);
  });

  it.each(['Europe/London', 'America/New_York', 'Asia/Seoul', 'Pacific/Kiritimati'])('ignores the machine’s time zone and its daylight-saving changes (%s)', (zone) => {
    const saved = process.env.TZ;
    process.env.TZ = zone;
    try {
      // Daylight-saving changes in Europe and the US, where local-time arithmetic gains or loses an hour.
      for (const date of ['2026-03-29', '2026-10-25', '2026-03-08', '2026-11-01']) {
        expect(addDays(date, 1)).toBe(addDays(addDays(date, 2)!, -1));
        expect(daysBetween(date, addDays(date, 1)!)).toBe(1);
      }
      expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
      expect(responseClock(sent('2026-10-20'), '2026-11-10')).toEqual({ status: 'waiting', dueDate: '2026-11-10', daysLeft: 0 });
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('treats unknown and impossible dates as unknown', () => {
    expect(dayNumber('')).toBeNull();
    expect(dayNumber('2026-02-29')).toBeNull();
    expect(dayNumber('2026-02-30')).toBeNull();
    expect(dayNumber('2026-13-01')).toBeNull();
    expect(dayNumber('20 November 2026')).toBeNull();
    expect(addDays('', 21)).toBeNull();
    expect(daysBetween('2026-01-01', '')).toBeNull();
    expect(dayNumber('2028-02-29')).not.toBeNull();
  });
});

describe('informing workers before go-live (AI Act Art. 26(7))', () => {
  it('warns when a system went live before its workers were informed, with how many days', () => {
    expect(systemClock(system('2026-03-02', '2026-04-15'))).toMatchObject({ warning: 'went-live-before-informed', daysLate: 44 });
    expect(systemClock(system('2026-12-31', '2027-01-01'))).toMatchObject({ warning: 'went-live-before-informed', daysLate: 1 });
  });

  it('accepts informing before go-live, and on the day itself (the dates cannot tell which came first)', () => {
    expect(systemClock(system('2026-03-02', '2026-02-01'))).toMatchObject({ warning: null, daysLate: null });
    expect(systemClock(system('2026-03-02', '2026-03-02'))).toMatchObject({ warning: null, daysLate: null });
  });

  it('warns when a go-live date is known but no informing date is, and says nothing when go-live is unknown', () => {
    expect(systemClock(system('2026-03-02', ''))).toMatchObject({ warning: 'go-live-without-information', daysLate: null });
    expect(systemClock(system('', '2026-03-02')).warning).toBeNull();
    expect(systemClock(system('', '')).warning).toBeNull();
    expect(systemClocks([system('2026-03-02', ''), system('', '')]).map((c) => c.warning)).toEqual(['go-live-without-information', null]);
  });
});

describe('the employer’s written answer to the recommendations', () => {
  it('is not running until the recommendations are sent', () => {
    expect(responseClock(sent(''), '2026-11-20')).toEqual({ status: 'not-sent' });
  });

  it('counts the days left, reaching 0 on the due date itself', () => {
    expect(responseClock(sent('2026-11-20'), '2026-11-20')).toEqual({ status: 'waiting', dueDate: '2026-12-11', daysLeft: 21 });
    expect(responseClock(sent('2026-11-20'), '2026-12-11')).toEqual({ status: 'waiting', dueDate: '2026-12-11', daysLeft: 0 });
  });

  it('is overdue from the day after the due date, across the year end and a leap day', () => {
    expect(responseClock(sent('2026-11-20'), '2026-12-12')).toEqual({ status: 'overdue', dueDate: '2026-12-11', daysLate: 1 });
    expect(responseClock(sent('2026-12-20'), '2027-01-15')).toEqual({ status: 'overdue', dueDate: '2027-01-10', daysLate: 5 });
    expect(responseClock(sent('2028-02-15', '', 14), '2028-03-01')).toEqual({ status: 'overdue', dueDate: '2028-02-29', daysLate: 1 });
  });

  it('says whether an answer came on time or how late, whatever today is', () => {
    expect(responseClock(sent('2026-11-20', '2026-12-11'), '2027-06-01')).toEqual({ status: 'answered', answeredDate: '2026-12-11', dueDate: '2026-12-11', daysLate: 0 });
    expect(responseClock(sent('2026-11-20', '2026-11-25'), '2026-11-26')).toMatchObject({ status: 'answered', daysLate: 0 });
    expect(responseClock(sent('2026-11-20', '2027-01-02'), '2027-06-01')).toMatchObject({ status: 'answered', daysLate: 22 });
    expect(responseClock(sent('', '2027-01-02'), '2027-06-01')).toEqual({ status: 'answered', answeredDate: '2027-01-02', dueDate: null, daysLate: null });
  });

  it('uses the period the committee set', () => {
    expect(responseClock(sent('2026-01-31', '', 30), '2026-02-01')).toMatchObject({ dueDate: '2026-03-02', daysLeft: 29 });
  });

  it('refuses a "today" that is not a date, rather than compute a wrong status', () => {
    expect(() => responseClock(sent('2026-11-20'), '')).toThrow(/today must be a calendar date/);
    expect(() => responseClock(sent('2026-11-20'), '2026-11-31')).toThrow(RangeError);
  });
});
