// Runs everywhere (pure). Today's calendar date where the user is, for due dates and deadlines.

/** `YYYY-MM-DD` in the machine's time zone: a deadline falls due by the local calendar, not UTC's. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
