import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Access, SIGNED_IN } from '../../app/access';
import { today } from '../../app/clock';
import type { AppContext } from '../../app/context';
import { ListOf } from '../../app/list';
import { DishonestyRecord } from '../credit/dishonesty-record.entity';
import { Unit } from '../organisation/unit.entity';
import {
  CreateJudgmentInput,
  CreateJudicialSuggestionInput,
  CreateLawsuitInput,
  FulfilJudgmentInput,
  JudgmentListArgs,
  JudicialSuggestionListArgs,
  LawsuitListArgs,
  RecordAppearanceInput,
  ReplyJudicialSuggestionInput,
  ScheduleHearingInput,
  UpdateLawsuitInput,
} from './judicial.input';
import { JudicialSuggestion } from './judicial-suggestion.entity';
import { judicialSuggestionService } from './judicial-suggestion.service';
import { Judgment } from './judgment.entity';
import { judgmentService } from './judgment.service';
import { CourtAppearance, Lawsuit } from './lawsuit.entity';
import { AppearanceRate, lawsuitService } from './lawsuit.service';
import { JudicialSuggestionStatus } from './supervision.enums';
import { JUDICIAL_HANDLERS, JUDICIAL_UNIT_STEPS } from './supervision.roles';
import { userName } from './supervision.shared';

@ObjectType()
export class LawsuitList extends ListOf(Lawsuit) {}

@ObjectType()
export class JudgmentList extends ListOf(Judgment) {}

@ObjectType()
export class JudicialSuggestionList extends ListOf(JudicialSuggestion) {}

const unitOf = (ctx: AppContext, id: string) => ctx.em.getReference(Unit, id, { wrapped: true }).load();

@Resolver(() => Lawsuit)
export class LawsuitResolver {
  @Query(() => LawsuitList, { description: 'Lawsuits in which a unit the caller may see is a party' })
  @Access(SIGNED_IN)
  lawsuits(@Args(() => LawsuitListArgs) args: LawsuitListArgs, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return lawsuitService.list(ctx, args, info);
  }

  @Query(() => Lawsuit)
  @Access(SIGNED_IN)
  lawsuit(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return lawsuitService.get(ctx, id);
  }

  @Query(() => [AppearanceRate], { description: '负责人出庭应诉率 per unit for the hearings held in a year' })
  @Access(SIGNED_IN)
  appearanceRate(
    @Arg('year', () => Int) year: number,
    @Arg('unitId', () => ID, { nullable: true }) unitId: string | undefined,
    @Ctx() ctx: AppContext,
  ) {
    return lawsuitService.appearanceRates(ctx, year, unitId ?? undefined);
  }

  @Mutation(() => Lawsuit)
  @Access(...JUDICIAL_HANDLERS)
  createLawsuit(@Arg('input', () => CreateLawsuitInput) input: CreateLawsuitInput, @Ctx() ctx: AppContext) {
    return lawsuitService.create(ctx, input);
  }

  @Mutation(() => Lawsuit)
  @Access(...JUDICIAL_HANDLERS)
  updateLawsuit(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateLawsuitInput) input: UpdateLawsuitInput,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AppContext,
  ) {
    return lawsuitService.update(ctx, id, input, version);
  }

  @Mutation(() => Lawsuit, { description: 'Closes the case once every judgment is fulfilled' })
  @Access(...JUDICIAL_HANDLERS)
  closeLawsuit(
    @Arg('id', () => ID) id: string,
    @Arg('outcome', () => String) outcome: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AppContext,
  ) {
    return lawsuitService.close(ctx, id, outcome, version);
  }

  @Mutation(() => CourtAppearance, { description: 'Enters a hearing and whether the head must appear' })
  @Access(...JUDICIAL_UNIT_STEPS)
  scheduleHearing(@Arg('input', () => ScheduleHearingInput) input: ScheduleHearingInput, @Ctx() ctx: AppContext) {
    return lawsuitService.scheduleHearing(ctx, input);
  }

  @Mutation(() => CourtAppearance, { description: 'Records who appeared for the unit at a hearing held' })
  @Access(...JUDICIAL_UNIT_STEPS)
  recordCourtAppearance(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => RecordAppearanceInput) input: RecordAppearanceInput,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AppContext,
  ) {
    return lawsuitService.recordAppearance(ctx, id, input, version);
  }

  @FieldResolver(() => Unit, { description: 'The unit that is a party' })
  unit(@Root() l: Lawsuit) {
    return l.unit.load();
  }

  @FieldResolver(() => [CourtAppearance], { description: 'Hearings in date order' })
  async appearances(@Root() l: Lawsuit) {
    return (await l.appearances.load()).getItems().sort((a, b) => a.hearingOn.localeCompare(b.hearingOn));
  }

  @FieldResolver(() => [GraphQLLocalDate], { description: 'Hearing dates (开庭日期)' })
  async hearingDates(@Root() l: Lawsuit) {
    return (await l.appearances.load()).getItems().map((a) => a.hearingOn).sort();
  }

  @FieldResolver(() => [Judgment])
  async judgments(@Root() l: Lawsuit) {
    return (await l.judgments.load()).getItems();
  }
}

@Resolver(() => CourtAppearance)
export class CourtAppearanceResolver {
  @FieldResolver(() => Lawsuit)
  lawsuit(@Root() a: CourtAppearance) {
    return a.lawsuit.load();
  }

  @FieldResolver(() => String, { nullable: true })
  recordedByName(@Root() a: CourtAppearance) {
    return userName(a.recordedBy);
  }
}

@Resolver(() => AppearanceRate)
export class AppearanceRateResolver {
  @FieldResolver(() => Unit)
  unit(@Root() r: AppearanceRate, @Ctx() ctx: AppContext) {
    return unitOf(ctx, r.unitId);
  }
}

@Resolver(() => Judgment)
export class JudgmentResolver {
  @Query(() => JudgmentList, { description: 'Judgments to fulfil by units the caller may see' })
  @Access(SIGNED_IN)
  judgments(@Args(() => JudgmentListArgs) args: JudgmentListArgs, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return judgmentService.list(ctx, args, info);
  }

  @Query(() => Judgment)
  @Access(SIGNED_IN)
  judgment(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return judgmentService.get(ctx, id);
  }

  @Mutation(() => Judgment, { description: 'Enters an effective judgment the party unit must fulfil' })
  @Access(...JUDICIAL_HANDLERS)
  createJudgment(@Arg('input', () => CreateJudgmentInput) input: CreateJudgmentInput, @Ctx() ctx: AppContext) {
    return judgmentService.create(ctx, input);
  }

  @Mutation(() => Judgment, { description: 'Records that the unit fulfilled the judgment' })
  @Access(...JUDICIAL_UNIT_STEPS)
  fulfilJudgment(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => FulfilJudgmentInput) input: FulfilJudgmentInput,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AppContext,
  ) {
    return judgmentService.fulfil(ctx, id, input, version);
  }

  @FieldResolver(() => Lawsuit)
  lawsuit(@Root() j: Judgment) {
    return j.lawsuit.load();
  }

  @FieldResolver(() => Unit, { description: 'The obligated unit' })
  unit(@Root() j: Judgment) {
    return j.unit.load();
  }

  @FieldResolver(() => DishonestyRecord, { nullable: true, description: 'The record drafted when the grace period ran out' })
  record(@Root() j: Judgment) {
    return j.record ? j.record.load() : null;
  }
}

@Resolver(() => JudicialSuggestion)
export class JudicialSuggestionResolver {
  @Query(() => JudicialSuggestionList, { description: '司法建议、检察建议 addressed to units the caller may see' })
  @Access(SIGNED_IN)
  judicialSuggestions(@Args(() => JudicialSuggestionListArgs) args: JudicialSuggestionListArgs, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return judicialSuggestionService.list(ctx, args, info);
  }

  @Query(() => JudicialSuggestion)
  @Access(SIGNED_IN)
  judicialSuggestion(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return judicialSuggestionService.get(ctx, id);
  }

  @Mutation(() => JudicialSuggestion)
  @Access(...JUDICIAL_HANDLERS)
  createJudicialSuggestion(@Arg('input', () => CreateJudicialSuggestionInput) input: CreateJudicialSuggestionInput, @Ctx() ctx: AppContext) {
    return judicialSuggestionService.create(ctx, input);
  }

  @Mutation(() => JudicialSuggestion, { description: 'Records the unit’s written reply' })
  @Access(...JUDICIAL_UNIT_STEPS)
  replyJudicialSuggestion(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ReplyJudicialSuggestionInput) input: ReplyJudicialSuggestionInput,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AppContext,
  ) {
    return judicialSuggestionService.reply(ctx, id, input, version);
  }

  @FieldResolver(() => Unit, { description: 'The unit it is addressed to' })
  unit(@Root() s: JudicialSuggestion) {
    return s.unit.load();
  }

  @FieldResolver(() => Boolean, { description: 'Unanswered after the reply due date' })
  overdue(@Root() s: JudicialSuggestion) {
    return s.status === JudicialSuggestionStatus.PENDING && s.replyDueOn < today();
  }

  @FieldResolver(() => String, { nullable: true })
  repliedByName(@Root() s: JudicialSuggestion) {
    return userName(s.repliedBy);
  }
}
