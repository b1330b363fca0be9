import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Access, SIGNED_IN } from '../../app/access';
import type { AppContext } from '../../app/context';
import { ListOf } from '../../app/list';
import { Role } from '../../app/roles';
import { CreditPolicy } from './credit-policy.entity';
import { creditPolicyService, UpdateCreditPolicyInput } from './credit-policy.service';
import { DECIDERS } from './credit.roles';
import { DishonestyRecord } from './dishonesty-record.entity';
import { Measure, MeasureApplication } from './measure.entity';
import { ApplyMeasureInput, CreateMeasureInput, MeasureApplicationListArgs, MeasureListArgs, UpdateMeasureInput } from './measure.input';
import { measureService } from './measure.service';
import { SubjectFieldsResolver } from './subject.resolver';

@ObjectType()
export class MeasureList extends ListOf(Measure) {}

@ObjectType()
export class MeasureApplicationList extends ListOf(MeasureApplication) {}

@Resolver(() => Measure)
export class MeasureResolver {
  @Query(() => MeasureList, { description: 'The catalogue of punishments and incentives' })
  @Access(SIGNED_IN)
  measures(@Args(() => MeasureListArgs) args: MeasureListArgs, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return measureService.list(ctx, args, info);
  }

  @Query(() => Measure)
  @Access(SIGNED_IN)
  measure(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return measureService.get(ctx, id);
  }

  @Mutation(() => Measure)
  @Access(...DECIDERS)
  createMeasure(@Arg('input', () => CreateMeasureInput) input: CreateMeasureInput, @Ctx() ctx: AppContext) {
    return measureService.create(ctx, input);
  }

  @Mutation(() => Measure)
  @Access(...DECIDERS)
  updateMeasure(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateMeasureInput) input: UpdateMeasureInput,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AppContext,
  ) {
    return measureService.update(ctx, id, input, version);
  }

  @Query(() => CreditPolicy, { description: 'Periods and self-correction rules of the credit system' })
  @Access(SIGNED_IN)
  creditPolicy(@Ctx() ctx: AppContext) {
    return creditPolicyService.get(ctx.em);
  }

  @Mutation(() => CreditPolicy)
  @Access(Role.ADMIN)
  updateCreditPolicy(
    @Arg('input', () => UpdateCreditPolicyInput) input: UpdateCreditPolicyInput,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AppContext,
  ) {
    return creditPolicyService.update(ctx, input, version);
  }
}

@Resolver(() => MeasureApplication)
export class MeasureApplicationResolver extends SubjectFieldsResolver(MeasureApplication) {
  @Query(() => MeasureApplicationList)
  @Access(SIGNED_IN)
  measureApplications(@Args(() => MeasureApplicationListArgs) args: MeasureApplicationListArgs, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return measureService.applications(ctx, args, info);
  }

  @Query(() => MeasureApplication)
  @Access(SIGNED_IN)
  measureApplication(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return measureService.getApplication(ctx, id);
  }

  @Mutation(() => MeasureApplication, { description: 'Applies a measure by hand' })
  @Access(...DECIDERS)
  applyMeasure(@Arg('input', () => ApplyMeasureInput) input: ApplyMeasureInput, @Ctx() ctx: AppContext) {
    return measureService.apply(ctx, input);
  }

  @Mutation(() => MeasureApplication, { description: 'Marks a triggered measure as carried out' })
  @Access(...DECIDERS)
  executeMeasureApplication(
    @Arg('id', () => ID) id: string,
    @Arg('note', () => String, { nullable: true }) note: string | undefined,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AppContext,
  ) {
    return measureService.execute(ctx, id, note, version);
  }

  @Mutation(() => MeasureApplication, { description: 'Records the feedback form (反馈单) of an executed measure' })
  @Access(Role.ADMIN, Role.DISCIPLINE, Role.UNIT_REPORTER)
  recordMeasureFeedback(
    @Arg('id', () => ID) id: string,
    @Arg('feedback', () => String) feedback: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AppContext,
  ) {
    return measureService.feedback(ctx, id, feedback, version);
  }

  @Mutation(() => MeasureApplication)
  @Access(...DECIDERS)
  cancelMeasureApplication(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AppContext,
  ) {
    return measureService.cancel(ctx, id, reason, version);
  }

  @FieldResolver(() => Measure)
  measure(@Root() a: MeasureApplication) {
    return a.measure.load();
  }

  @FieldResolver(() => DishonestyRecord, { nullable: true })
  record(@Root() a: MeasureApplication) {
    return a.record ? a.record.load() : null;
  }
}
