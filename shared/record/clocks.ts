// Runs everywhere (pure). The dates the law and the committee set: informing workers before an AI system goes
// live, and the employer's written answer to the committee's recommendations.
import type { AiSystem, Recommendations } from '../domain/assessment';
import { addDays, daysBetween, isCalendarDate, requireDate } from './calendar';

/**
 * Regulation (EU) 2024/1689 (AI Act), Art. 26(7): before putting into service or using a high-risk AI system
 * at the workplace, deployers who are employers inform workers' representatives and the affected workers that
 * they will be subject to it. Whether a system is high-risk is the assessment's own question (item intro-01),
 * so the warnings below say "if".
 *
 */
export const InformBeforeGoLive = { instrument: 'Regulation (EU) 2024/1689', provision: 'Art. 26(7)' } as const;

/**
 * Korea: the Act on the Promotion of Workers' Participation and Cooperation lists the introduction of new
 * machinery or technology among the matters for consultation at the labour-management council (Art. 20(1)
 * No. 9, as the participation checklist cites it). It is named beside the warnings, but no date is checked
 * against it: nothing here records when the council consulted.
 */
export const ConsultOnNewTechnologyKr = { instrument: '근로자참여 및 협력증진에 관한 법률', provision: 'Art. 20(1) No. 9' } as const;

export type SystemClockWarning = 'went-live-before-informed' | 'go-live-without-information';

export type SystemClock = {
  readonly systemId: string;
  readonly name: string;
  /** `YYYY-MM-DD`, or '' when not recorded. */
  readonly informedDate: string;
  readonly goLiveDate: string;
  readonly warning: SystemClockWarning | null;
  /** For `went-live-before-informed`: how many days after going live the workers were informed. */
  readonly daysLate: number | null;
};

/**
 * Informed on the day of go-live is not flagged: the dates cannot tell which came first that day. A date that
 * is not a real calendar date counts as unknown.
 */
export function systemClock(system: Pick<AiSystem, 'id' | 'name' | 'informedDate' | 'goLiveDate'>): SystemClock {
  const base = { systemId: system.id, name: system.name, informedDate: system.informedDate, goLiveDate: system.goLiveDate };
  const late = daysBetween(system.goLiveDate, system.informedDate);
  if (late !== null) return { ...base, warning: late > 0 ? 'went-live-before-informed' : null, daysLate: late > 0 ? late : null };
  const warning = isCalendarDate(system.goLiveDate) && !isCalendarDate(system.informedDate) ? 'go-live-without-information' : null;
  return { ...base, warning, daysLate: null };
}

export function systemClocks(systems: readonly Pick<AiSystem, 'id' | 'name' | 'informedDate' | 'goLiveDate'>[]): SystemClock[] {
  return systems.map(systemClock);
}

/** Where the employer's written answer to the committee's recommendations stands on a given day. */
export type ResponseClock =
  | { readonly status: 'not-sent' }
  /** `daysLeft` 0 means the answer is due today. */
  | { readonly status: 'waiting'; readonly dueDate: string; readonly daysLeft: number }
  | { readonly status: 'overdue'; readonly dueDate: string; readonly daysLate: number }
  /** `daysLate` 0 when answered on or before the due date; both null when no send date was recorded. */
  | { readonly status: 'answered'; readonly answeredDate: string; readonly dueDate: string | null; readonly daysLate: number | null };

/**
 * The due date is the send date plus the response period in calendar days; an answer on the due date is on
 * time, and the day after it the answer is overdue. `today` is `YYYY-MM-DD` (throws a RangeError otherwise).
 */
export function responseClock(recommendations: Recommendations, today: string): ResponseClock {
  requireDate(today, 'today');
  const dueDate = addDays(recommendations.sentDate, recommendations.responseDays);
  if (isCalendarDate(recommendations.answeredDate)) {
    const late = dueDate === null ? null : daysBetween(dueDate, recommendations.answeredDate)!;
    return { status: 'answered', answeredDate: recommendations.answeredDate, dueDate, daysLate: late === null ? null : Math.max(0, late) };
  }
  if (dueDate === null) return { status: 'not-sent' };
  const left = daysBetween(today, dueDate)!;
  return left >= 0 ? { status: 'waiting', dueDate, daysLeft: left } : { status: 'overdue', dueDate, daysLate: -left };
}
