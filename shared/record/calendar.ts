// Runs everywhere (pure). Calendar-day arithmetic on `YYYY-MM-DD` strings, in UTC so that no time zone or
// daylight-saving change can move a date by a day.

const msPerDay = 86_400_000;

/** Days since 1970-01-01 for a real calendar date, or null for '' (unknown) and anything that is not one (2026-02-30). */
export function dayNumber(date: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  // Date.UTC rolls 30 February over into March: a date that does not come back unchanged does not exist.
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return null;
  return ms / msPerDay;
}

export function isCalendarDate(date: string): boolean {
  return dayNumber(date) !== null;
}

/** The `YYYY-MM-DD` of a day number from `dayNumber`. */
export function dateOfDay(day: number): string {
  return new Date(day * msPerDay).toISOString().slice(0, 10);
}

/** `date` plus `days` calendar days (negative to go back); null when `date` is not a real date. */
export function addDays(date: string, days: number): string | null {
  const day = dayNumber(date);
  return day === null ? null : dateOfDay(day + days);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier); null when either is not a real date. */
export function daysBetween(from: string, to: string): number | null {
  const a = dayNumber(from);
  const b = dayNumber(to);
  return a === null || b === null ? null : b - a;
}

/** For a caller's "today": a clock computed from a wrong one would mislead without any sign of it. */
export function requireDate(date: string, what: string): void {
  if (!isCalendarDate(date)) throw new RangeError(`${what} must be a calendar date written YYYY-MM-DD, not "${date}"`);
}
