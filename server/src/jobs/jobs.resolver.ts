import { Ctx, Field, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { Access } from '../app/access';
import type { AppContext } from '../app/context';
import { Role } from '../app/roles';
import { runCreditDeadlines } from './credit-deadlines.job';
import { runJudgmentDeadlines } from './judgment-deadlines.job';

@ObjectType()
export class DeadlineRunReport {
  @Field(() => Boolean, { description: 'False when another instance was running the job' }) ran!: boolean;
  @Field(() => Int) brokenCommitments!: number;
  @Field(() => Int) overdueRectifications!: number;
}

@ObjectType()
export class JudgmentDeadlineRunReport {
  @Field(() => Boolean, { description: 'False when another instance was running the job' }) ran!: boolean;
  @Field(() => Int, { description: 'Judgments past their fulfil-by date, now warned' }) warnedJudgments!: number;
  @Field(() => Int, { description: 'Judgments past the grace period, now with a draft dishonesty record' }) recordedJudgments!: number;
}

@Resolver()
export class JobsResolver {
  @Mutation(() => DeadlineRunReport, { description: 'Applies the credit deadlines now instead of waiting for the schedule' })
  @Access(Role.ADMIN)
  runCreditDeadlines(@Ctx() ctx: AppContext) {
    return runCreditDeadlines({ em: ctx.em });
  }

  @Mutation(() => JudgmentDeadlineRunReport, { description: 'Applies the judgment deadlines now instead of waiting for the schedule' })
  @Access(Role.ADMIN)
  runJudgmentDeadlines(@Ctx() ctx: AppContext) {
    return runJudgmentDeadlines({ em: ctx.em });
  }
}
