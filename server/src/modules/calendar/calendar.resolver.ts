import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Access, SIGNED_IN } from '../../app/access';
import type { AppContext } from '../../app/context';
import { badInput } from '../../app/errors';
import { Role } from '../../app/roles';
import { CalendarDay } from './calendar-day.entity';
import { SetCalendarDayInput } from './calendar.input';
import { calendarService } from './calendar.service';

@Resolver(() => CalendarDay)
export class CalendarResolver {
  @Query(() => [CalendarDay], { description: 'Holidays and make-up working days of a year' })
  @Access(SIGNED_IN)
  calendarDays(@Arg('year', () => Int) year: number, @Ctx() ctx: AppContext) {
    if (year < 2000 || year > 2100) throw badInput('year', 'Give a year between 2000 and 2100');
    return calendarService.year(ctx, year);
  }

  @Query(() => GraphQLLocalDate, { description: 'The date N working days after a start date (the start day not counted)' })
  @Access(SIGNED_IN)
  async workingDayDeadline(
    @Arg('start', () => GraphQLLocalDate) start: string,
    @Arg('workingDays', () => Int) workingDays: number,
    @Ctx() ctx: AppContext,
  ) {
    if (workingDays < 0 || workingDays > 3650) throw badInput('workingDays', 'Give 0 to 3650 working days');
    return (await calendarService.load(ctx.em)).addWorkingDays(start, workingDays);
  }

  @Mutation(() => CalendarDay, { description: 'Enters or changes a holiday or make-up working day' })
  @Access(Role.ADMIN)
  setCalendarDay(@Arg('input', () => SetCalendarDayInput) input: SetCalendarDayInput, @Ctx() ctx: AppContext) {
    return calendarService.set(ctx, input);
  }

  @Mutation(() => GraphQLLocalDate, { description: 'Returns a day to the weekend rule' })
  @Access(Role.ADMIN)
  removeCalendarDay(@Arg('date', () => GraphQLLocalDate) date: string, @Ctx() ctx: AppContext) {
    return calendarService.remove(ctx, date);
  }
}

