import { addDays, formatDate, type WorkingCalendar } from '../calendar/working-calendar';

/**
 * The date `months` months after `start`: the same day of the month, or the
 * month's last day when it has no such day (Civil Code art. 202).
 */
export function addMonths(start: string, months: number): string {
  const [y, m, d] = start.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, lastDay));
  return formatDate(first.getTime());
}

/**
 * A period of months ending on a rest day ends on the next working day instead
 * (Civil Code art. 203), so a deadline never falls on a holiday.
 */
export function monthsDeadline(calendar: WorkingCalendar, start: string, months: number): string {
  let due = addMonths(start, months);
  while (!calendar.isWorkingDay(due)) due = addDays(due, 1);
  return due;
}

/** The year's first and last day. */
export function yearRange(year: number): [string, string] {
  return [`${year}-01-01`, `${year}-12-31`];
}

