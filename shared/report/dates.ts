// Runs everywhere (pure). Dates as readers of each language write them. Written out by hand rather than with
// Intl: two fixed formats do not need ICU, whose first use costs a cold build about 10 ms, and whose output
// differs between ICU builds.
import type { Language } from '../i18n/localized';

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function day(year: number, month: number, date: number, lang: Language): string {
  return lang === 'ko' ? `${year}년 ${month}월 ${date}일` : `${date} ${months[month - 1]} ${year}`;
}

/** `2026-11-20` as "20 November 2026" or "2026년 11월 20일"; anything else (such as '' for unknown) as it is. */
export function formatDate(date: string, lang: Language): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return date;
  return day(Number(m[1]), Number(m[2]), Number(m[3]), lang);
}

const two = (n: number): string => String(n).padStart(2, '0');

/**
 * An instant in the local time of the machine building the report, with its UTC offset written out
 * ("20 November 2026, 15:00 (UTC+09:00)"), so a reader elsewhere is not misled.
 */
export function formatInstant(iso: string, lang: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const offset = -date.getTimezoneOffset();
  const zone = `UTC${offset >= 0 ? '+' : '-'}${two(Math.floor(Math.abs(offset) / 60))}:${two(Math.abs(offset) % 60)}`;
  const calendar = day(date.getFullYear(), date.getMonth() + 1, date.getDate(), lang);
  const time = `${two(date.getHours())}:${two(date.getMinutes())}`;
  return lang === 'ko' ? `${calendar} ${time} (${zone})` : `${calendar}, ${time} (${zone})`;
}

/** The report's generation time as a Date; a caller's mistake, so it throws rather than print "Invalid Date". */
export function instant(iso: string): Date {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new RangeError(`generatedAt must be an ISO instant, not "${iso}"`);
  return date;
}

/** The calendar day (`YYYY-MM-DD`) an instant falls on where the report is made, as `formatInstant` shows it. */
export function localDate(iso: string): string {
  const date = instant(iso);
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

/**
 * A camera's EXIF time ("2026:11:20 10:31:02", local to the camera, no zone) as a date and a time, without
 * inventing a zone for it; anything else as it is.
 */
export function formatCameraTime(text: string, lang: Language): string {
  const m = /^(\d{4})[:-](\d{2})[:-](\d{2})[ T](\d{2}):(\d{2})/.exec(text);
  if (!m) return text;
  const date = formatDate(`${m[1]}-${m[2]}-${m[3]}`, lang);
  return lang === 'ko' ? `${date} ${m[4]}:${m[5]}` : `${date}, ${m[4]}:${m[5]}`;
}
