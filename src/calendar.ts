// Days of the Gregorian calendar as the graph writes them (xsd:date, YYYY-MM-DD), and the arithmetic
// that resolves a day the text names by its distance from another (أمس، الأحد الماضي).

export interface Day {
  year: number;
  month: number;
  day: number;
}

/** Whether the year, month (1–12) and day name a day that exists (no 31 April, 29 February only in leap years). */
export function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The day, when it exists. */
export function dayOf(year: number, month: number, day: number): Day | undefined {
  return isRealDate(year, month, day) ? { year, month, day } : undefined;
}

/** The calendar day an ISO 8601 date or date-time names, as its own offset writes it (2016-09-04T23:00:00+03:00 → 2016-09-04). */
export function dayOfIso(value: string | undefined): Day | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value ?? '');
  return m ? dayOf(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

/** The xsd:date lexical form. */
export function isoDate(day: Day): string {
  const pad = (n: number, width: number): string => String(n).padStart(width, '0');
  return `${pad(day.year, 4)}-${pad(day.month, 2)}-${pad(day.day, 2)}`;
}

export function addDays(day: Day, days: number): Day {
  const date = new Date(Date.UTC(day.year, day.month - 1, day.day + days));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** 0 for Sunday to 6 for Saturday. */
export function weekdayOf(day: Day): number {
  return new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay();
}

/** Which way from the reference day the text points: the last on or before it, strictly before, the first on or after it, strictly after, or in its year. */
export type Direction = 'onOrBefore' | 'before' | 'onOrAfter' | 'after' | 'sameYear';

/** The weekday (0 Sunday … 6 Saturday) nearest the reference day in the given direction. */
export function nearestWeekday(reference: Day, weekday: number, direction: Direction): Day {
  const back = (weekdayOf(reference) - weekday + 7) % 7;
  // The current week (الأحد الحالي) is read as the last such day on or before the reference.
  const ahead = (weekday - weekdayOf(reference) + 7) % 7;
  if (direction === 'after' || direction === 'onOrAfter') return addDays(reference, direction === 'after' ? ahead || 7 : ahead);
  return addDays(reference, -(direction === 'before' ? back || 7 : back));
}

/** The day and month in the year that puts them nearest the reference day in the given direction; undefined when it never exists (29 February) there. */
export function nearestDayMonth(reference: Day, month: number, day: number, direction: Direction): Day | undefined {
  if (direction === 'sameYear') return dayOf(reference.year, month, day);
  const order = (month - reference.month) * 32 + (day - reference.day);
  if (direction === 'after' || direction === 'onOrAfter') return dayOf(reference.year + (order < 0 || (direction === 'after' && order === 0) ? 1 : 0), month, day);
  const year = reference.year - (order > 0 || (direction === 'before' && order === 0) ? 1 : 0);
  return dayOf(year, month, day);
}
