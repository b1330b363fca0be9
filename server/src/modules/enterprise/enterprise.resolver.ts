import { Arg, Args, Ctx, Field, FieldResolver, ID, Info, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { GraphQLDateTimeISO, GraphQLJSON, GraphQLLocalDate } from 'graphql-scalars';
import { Access, PUBLIC, SIGNED_IN } from '../../app/access';
import { today } from '../../app/clock';
import type { AppContext } from '../../app/context';
import { ListOf } from '../../app/list';
import { Role } from '../../app/roles';
import { CheckDecision, CheckSubjectType, CreditCheck } from './credit-check.entity';
import { creditCheckService, listingInForce } from './credit-check.service';
import { DishonestyListing, Enterprise, ThirdPartyCreditReport } from './enterprise.entity';
import { CreateEnterpriseInput, CreditCheckInput, CreditReportInput, EnterpriseListArgs, ListingInput, UpdateEnterpriseInput } from './enterprise.input';
import { enterpriseService } from './enterprise.service';

const CREDIT_KEEPERS = [Role.ADMIN, Role.GENERAL_AFFAIRS, Role.OFFICE, Role.DISCIPLINE];

@ObjectType()
export class EnterpriseList extends ListOf(Enterprise) {}

@ObjectType({ description: 'What anyone may learn from a verification code' })
export class CreditCheckVerification {
  @Field(() => Boolean) valid!: boolean;
  @Field(() => GraphQLDateTimeISO, { nullable: true }) checkedAt?: Date;
  @Field(() => CheckSubjectType, { nullable: true }) subjectType?: CheckSubjectType;
  @Field(() => String, { nullable: true, description: 'A person’s name is masked (张*)' }) subjectName?: string;
  @Field(() => String, { nullable: true }) purpose?: string;
  @Field(() => CheckDecision, { nullable: true }) decision?: CheckDecision;
  @Field(() => GraphQLJSON, { nullable: true }) reasons?: unknown;
}

@Resolver(() => Enterprise)
export class EnterpriseResolver {
  @Query(() => EnterpriseList)
  @Access(SIGNED_IN)
  enterprises(@Args(() => EnterpriseListArgs) args: EnterpriseListArgs, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return enterpriseService.list(ctx, args, info);
  }

  @Query(() => Enterprise)
  @Access(SIGNED_IN)
  enterprise(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return enterpriseService.get(ctx, id);
  }

  @Query(() => Enterprise, { description: 'An enterprise by its unified social credit code' })
  @Access(SIGNED_IN)
  enterpriseByCreditCode(@Arg('creditCode', () => String) creditCode: string, @Ctx() ctx: AppContext) {
    return enterpriseService.byCode(ctx, creditCode);
  }

  @Mutation(() => Enterprise)
  @Access(...CREDIT_KEEPERS)
  createEnterprise(@Arg('input', () => CreateEnterpriseInput) input: CreateEnterpriseInput, @Ctx() ctx: AppContext) {
    return enterpriseService.create(ctx, input);
  }

  @Mutation(() => Enterprise)
  @Access(...CREDIT_KEEPERS)
  updateEnterprise(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateEnterpriseInput) input: UpdateEnterpriseInput,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AppContext,
  ) {
    return enterpriseService.update(ctx, id, input, version);
  }

  @Mutation(() => DishonestyListing, { description: 'Records that an enterprise is on a dishonesty list (失信名录)' })
  @Access(...CREDIT_KEEPERS)
  addDishonestyListing(@Arg('input', () => ListingInput) input: ListingInput, @Ctx() ctx: AppContext) {
    return enterpriseService.addListing(ctx, input);
  }

  @Mutation(() => DishonestyListing, { description: 'Records that an enterprise came off a list' })
  @Access(...CREDIT_KEEPERS)
  removeDishonestyListing(
    @Arg('id', () => ID) id: string,
    @Arg('removedOn', () => GraphQLLocalDate) removedOn: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AppContext,
  ) {
    return enterpriseService.removeListing(ctx, id, removedOn, version);
  }

  @Mutation(() => ThirdPartyCreditReport)
  @Access(...CREDIT_KEEPERS)
  addThirdPartyCreditReport(@Arg('input', () => CreditReportInput) input: CreditReportInput, @Ctx() ctx: AppContext) {
    return enterpriseService.addReport(ctx, input);
  }

  @Mutation(() => CreditCheck, { description: '信用核查: checks an enterprise, unit or person for a stated purpose and records it' })
  @Access(SIGNED_IN)
  creditCheck(@Arg('input', () => CreditCheckInput) input: CreditCheckInput, @Ctx() ctx: AppContext) {
    return creditCheckService.check(ctx, input);
  }

  @Query(() => CreditCheckVerification, { description: 'Confirms a credit check by its verification code (no sign-in)' })
  @Access(PUBLIC)
  async verifyCreditCheck(@Arg('verificationCode', () => String) code: string, @Ctx() ctx: AppContext) {
    const c = await creditCheckService.verify(ctx.em, code);
    if (!c) return { valid: false };
    const name = c.subjectType === CheckSubjectType.PERSON ? `${[...c.subjectName][0]}*` : c.subjectName;
    return {
      valid: true,
      checkedAt: c.checkedAt,
      subjectType: c.subjectType,
      subjectName: name,
      purpose: c.purpose,
      decision: c.decision,
      reasons: c.subjectType === CheckSubjectType.PERSON ? c.reasons.map(({ code: rc, blocking }) => ({ code: rc, blocking })) : c.reasons,
    };
  }

  @Query(() => [CreditCheck], { description: 'Checks made of a subject, newest first' })
  @Access(Role.ADMIN, Role.DISCIPLINE, Role.GENERAL_AFFAIRS, Role.ANALYST)
  creditChecks(@Arg('subjectId', () => ID) subjectId: string, @Ctx() ctx: AppContext) {
    return ctx.em.find(CreditCheck, { subjectId }, { orderBy: { checkedAt: 'DESC' }, limit: 100 });
  }

  @FieldResolver(() => [DishonestyListing])
  listings(@Root() e: Enterprise) {
    return e.listings.loadItems();
  }

  @FieldResolver(() => [ThirdPartyCreditReport])
  creditReports(@Root() e: Enterprise) {
    return e.reports.loadItems();
  }

  @FieldResolver(() => Boolean, { description: 'On a dishonesty list today' })
  async listedNow(@Root() e: Enterprise) {
    const day = today();
    return (await e.listings.loadItems()).some((l) => listingInForce(l, day));
  }
}
