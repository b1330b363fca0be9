import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { Access, PUBLIC } from '../../app/access';
import type { AppContext } from '../../app/context';
import { disclosureService } from './disclosure.service';
import {
  PublicDisclosureRules,
  PublicHonourRoll,
  PublicHonourRollArgs,
  PublicRecordArgs,
  PublicRecordList,
  PublicUnit,
} from './disclosure.types';

/** The public portal's read-only API (no sign-in); limits and caching in public-limits.ts. */
@Resolver()
export class DisclosureResolver {
  @Query(() => PublicRecordList, { description: '公示: confirmed, unrepaired records inside their disclosure period today, masked (at most 20 a page)' })
  @Access(PUBLIC)
  publicRecords(@Args(() => PublicRecordArgs) args: PublicRecordArgs, @Ctx() ctx: AppContext) {
    return disclosureService.records(ctx, args);
  }

  @Query(() => [PublicUnit], { description: 'Units the public can filter disclosed records by' })
  @Access(PUBLIC)
  publicUnits(@Ctx() ctx: AppContext) {
    return disclosureService.units(ctx);
  }

  @Query(() => PublicHonourRoll, { description: '守信红榜: units or staff graded 诚信 in the latest published yearly evaluation, masked' })
  @Access(PUBLIC)
  publicHonourRoll(@Args(() => PublicHonourRollArgs) args: PublicHonourRollArgs, @Ctx() ctx: AppContext) {
    return disclosureService.honourRoll(ctx, args);
  }

  @Query(() => PublicDisclosureRules, { description: '公示规则: disclosure and repair periods in force' })
  @Access(PUBLIC)
  publicDisclosureRules(@Ctx() ctx: AppContext) {
    return disclosureService.rules(ctx);
  }
}
