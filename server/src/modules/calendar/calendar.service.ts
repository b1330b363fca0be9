import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppContext } from '../../app/context';
import { badInput, notFound } from '../../app/errors';
import { CalendarDay, CalendarDayKind } from './calendar-day.entity';
import type { SetCalendarDayInput } from './calendar.input';
import { WorkingCalendar } from './working-calendar';

export class CalendarService {
  /** The working calendar as the table holds it now (a few dozen rows a year). */
  async load(em: EntityManager): Promise<WorkingCalendar> {
    const days = await em.find(CalendarDay, {}, { fields: ['date', 'kind'], disableIdentityMap: true });
    return new WorkingCalendar(new Map(days.map((d) => [d.date, d.kind])));
  }

  async year(ctx: AppContext, year: number): Promise<CalendarDay[]> {
    return ctx.em.find(CalendarDay, { date: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } }, { orderBy: { date: 'ASC' } });
  }

  async set(ctx: AppContext, input: SetCalendarDayInput): Promise<CalendarDay> {
    const weekday = new Date(`${input.date}T00:00:00Z`).getUTCDay();
    const weekend = weekday === 0 || weekday === 6;
    if (input.kind === CalendarDayKind.MAKEUP_WORKDAY && !weekend) {
      throw badInput('kind', 'Only a Saturday or Sunday can be a make-up working day', 'NOT_A_WEEKEND');
    }
    const existing = await ctx.em.findOne(CalendarDay, { date: input.date });
    const day = existing ?? ctx.em.create(CalendarDay, { date: input.date, kind: input.kind });
    day.kind = input.kind;
    day.name = input.name?.trim() || undefined;
    await ctx.em.flush();
    return day;
  }

  async remove(ctx: AppContext, date: string): Promise<string> {
    const day = await ctx.em.findOne(CalendarDay, { date });
    if (!day) throw notFound('Calendar day');
    ctx.em.remove(day);
    await ctx.em.flush();
    return date;
  }
}

export const calendarService = new CalendarService();
