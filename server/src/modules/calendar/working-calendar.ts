import { CalendarDayKind } from './calendar-day.entity';

const DAY = 86_400_000;

export function parseDate(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

export function formatDate(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** Adds calendar days to a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  return formatDate(parseDate(date) + days * DAY);
}

/**
 * Working days on the Chinese calendar: Monday to Friday, except public
 * holidays, plus the weekend days worked in exchange (调休).
 */
export class WorkingCalendar {
  constructor(private readonly exceptions: ReadonlyMap<string, CalendarDayKind>) {}

  isWorkingDay(date: string): boolean {
    const kind = this.exceptions.get(date);
    if (kind === CalendarDayKind.HOLIDAY) return false;
    if (kind === CalendarDayKind.MAKEUP_WORKDAY) return true;
    const weekday = new Date(parseDate(date)).getUTCDay();
    return weekday !== 0 && weekday !== 6;
  }

  /**
   * The date `count` working days after `start` (the start day itself is not
   * counted), as deadlines "within N working days" are reckoned.
   */
  addWorkingDays(start: string, count: number): string {
    let t = parseDate(start);
    let left = count;
    while (left > 0) {
      t += DAY;
      if (this.isWorkingDay(formatDate(t))) left -= 1;
    }
    return formatDate(t);
  }

  /** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
  workingDaysBetween(from: string, to: string): number {
    let n = 0;
    for (let t = parseDate(from) + DAY; t <= parseDate(to); t += DAY) if (this.isWorkingDay(formatDate(t))) n += 1;
    return n;
  }
}
