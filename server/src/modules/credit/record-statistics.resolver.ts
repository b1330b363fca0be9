import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { Access, SIGNED_IN } from '../../app/access';
import type { AppContext } from '../../app/context';
import { badInput } from '../../app/errors';
import { recordStatisticsService } from './record-statistics.service';
import { RecordStatistics } from './record-statistics.types';

/** Up to five years of months. */
const MAX_MONTHS = 60;

@Resolver(() => RecordStatistics)
export class RecordStatisticsResolver {
  @Query(() => RecordStatistics, { description: '失信记录统计 of the last `months` months (1–60), within the caller’s data scope' })
  @Access(SIGNED_IN)
  recordStatistics(@Arg('months', () => Int, { defaultValue: 12 }) months: number, @Ctx() ctx: AppContext) {
    if (!Number.isInteger(months) || months < 1 || months > MAX_MONTHS) {
      throw badInput('months', `Give between 1 and ${MAX_MONTHS} months`);
    }
    return recordStatisticsService.statistics(ctx, months);
  }
}
