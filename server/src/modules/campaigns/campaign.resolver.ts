import { Arg, Args, Ctx, Field, FieldResolver, ID, Info, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Access, SIGNED_IN } from '../../app/access';
import type { AppContext } from '../../app/context';
import { ListOf } from '../../app/list';
import { Role } from '../../app/roles';
import { Person } from '../organisation/person.entity';
import { Unit } from '../organisation/unit.entity';
import { runCampaignDeadlines } from '../../jobs/campaign-deadlines.job';
import { Campaign, CampaignFinding } from './campaign.entity';
import {
  CampaignFindingListArgs,
  CampaignListArgs,
  CreateCampaignInput,
  FindingRectificationInput,
  RegisterFindingInput,
  UpdateCampaignInput,
} from './campaign.input';
import { CAMPAIGN_MANAGERS, RECTIFICATION_REPORTERS } from './campaign.roles';
import { campaignService } from './campaign.service';
import { campaignFindingService } from './campaign-finding.service';
import { CampaignZeroOut } from './campaign.types';

@ObjectType()
export class CampaignList extends ListOf(Campaign) {}

@ObjectType()
export class CampaignFindingList extends ListOf(CampaignFinding) {}

@ObjectType()
export class CampaignDeadlineReport {
  @Field(() => Boolean, { description: 'False when another instance was running the job' }) ran!: boolean;
  @Field(() => Int, { description: 'Findings that became overdue, each with a draft record' }) overdueFindings!: number;
}

@Resolver(() => Campaign)
export class CampaignResolver {
  @Query(() => CampaignList, { description: '专项治理 campaigns' })
  @Access(SIGNED_IN)
  campaigns(@Args(() => CampaignListArgs) args: CampaignListArgs, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return campaignService.list(ctx, args, info);
  }

  @Query(() => Campaign)
  @Access(SIGNED_IN)
  campaign(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return campaignService.get(ctx, id);
  }

  @Query(() => CampaignZeroOut, { description: 'The zero-out tracker (清零台账) of a campaign, per unit' })
  @Access(SIGNED_IN)
  campaignZeroOut(@Arg('campaignId', () => ID) campaignId: string, @Ctx() ctx: AppContext) {
    return campaignService.zeroOut(ctx, campaignId);
  }

  @Mutation(() => Campaign)
  @Access(...CAMPAIGN_MANAGERS)
  createCampaign(@Arg('input', () => CreateCampaignInput) input: CreateCampaignInput, @Ctx() ctx: AppContext) {
    return campaignService.create(ctx, input);
  }

  @Mutation(() => Campaign)
  @Access(...CAMPAIGN_MANAGERS)
  updateCampaign(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateCampaignInput) input: UpdateCampaignInput,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AppContext,
  ) {
    return campaignService.update(ctx, id, input, version);
  }

  @Mutation(() => Campaign, { description: 'Starts the campaign: findings may be registered' })
  @Access(...CAMPAIGN_MANAGERS)
  startCampaign(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: AppContext) {
    return campaignService.start(ctx, id, version);
  }

  @Mutation(() => Campaign, { description: 'Closes the campaign once every finding is rectified and verified (清零)' })
  @Access(...CAMPAIGN_MANAGERS)
  closeCampaign(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: AppContext) {
    return campaignService.close(ctx, id, version);
  }

  @Mutation(() => CampaignDeadlineReport, { description: 'Applies the campaign deadlines now instead of waiting for the schedule' })
  @Access(Role.ADMIN)
  runCampaignDeadlines(@Ctx() ctx: AppContext) {
    return runCampaignDeadlines({ em: ctx.em });
  }

  @FieldResolver(() => Unit, { description: '责任股室' })
  responsibleSection(@Root() c: Campaign) {
    return c.responsibleSection.load();
  }
}

@Resolver(() => CampaignFinding)
export class CampaignFindingResolver {
  @Query(() => CampaignFindingList, { description: 'Findings the caller may see (a unit reporter: its unit’s)' })
  @Access(SIGNED_IN)
  campaignFindings(@Args(() => CampaignFindingListArgs) args: CampaignFindingListArgs, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return campaignFindingService.list(ctx, args, info);
  }

  @Query(() => CampaignFinding)
  @Access(SIGNED_IN)
  campaignFinding(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return campaignFindingService.get(ctx, id);
  }

  @Mutation(() => CampaignFinding, { description: 'Registers a problem found in a unit, with its rectification deadline' })
  @Access(...CAMPAIGN_MANAGERS)
  registerCampaignFinding(@Arg('input', () => RegisterFindingInput) input: RegisterFindingInput, @Ctx() ctx: AppContext) {
    return campaignFindingService.register(ctx, input);
  }

  @Mutation(() => CampaignFinding, { description: 'The responsible unit reports the finding rectified, with evidence' })
  @Access(...RECTIFICATION_REPORTERS)
  reportCampaignFindingRectified(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => FindingRectificationInput) input: FindingRectificationInput,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AppContext,
  ) {
    return campaignFindingService.reportRectified(ctx, id, input, version);
  }

  @Mutation(() => CampaignFinding, { description: 'Verifies and closes a rectified finding (销号), or sends it back' })
  @Access(...CAMPAIGN_MANAGERS)
  verifyCampaignFinding(
    @Arg('id', () => ID) id: string,
    @Arg('accepted', () => Boolean) accepted: boolean,
    @Arg('note', () => String, { defaultValue: '' }) note: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AppContext,
  ) {
    return campaignFindingService.verify(ctx, id, accepted, note, version);
  }

  @FieldResolver(() => Campaign)
  campaign(@Root() f: CampaignFinding) {
    return f.campaign.load();
  }

  @FieldResolver(() => Unit)
  responsibleUnit(@Root() f: CampaignFinding) {
    return f.responsibleUnit.load();
  }

  @FieldResolver(() => Person, { nullable: true })
  responsiblePerson(@Root() f: CampaignFinding) {
    return f.responsiblePerson ? f.responsiblePerson.load() : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Who verified it' })
  async verifiedByName(@Root() f: CampaignFinding) {
    return f.verifiedBy ? ((await f.verifiedBy.load())?.displayName ?? null) : null;
  }
}
