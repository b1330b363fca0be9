import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Access, SIGNED_IN } from '../../app/access';
import { today } from '../../app/clock';
import type { AppContext } from '../../app/context';
import { ListOf } from '../../app/list';
import { Commitment } from '../credit/commitment.entity';
import { Unit } from '../organisation/unit.entity';
import { PROPOSAL_HANDLERS, PROPOSAL_UNIT_STEPS, REPLY_REVIEWERS } from './supervision.roles';
import { ProposalCoUnit, SupervisionProposal } from './supervision-proposal.entity';
import {
  ApproveProposalReplyInput,
  AssignProposalInput,
  CreateSupervisionProposalInput,
  RecordSatisfactionInput,
  SupervisionProposalListArgs,
  UpdateSupervisionProposalInput,
} from './supervision-proposal.input';
import { AWAITING_REPLY, supervisionProposalService as service } from './supervision-proposal.service';
import { userName } from './supervision.shared';

@ObjectType()
export class SupervisionProposalList extends ListOf(SupervisionProposal) {}

@Resolver(() => SupervisionProposal)
export class SupervisionProposalResolver {
  @Query(() => SupervisionProposalList, { description: '人大代表建议、政协委员提案 the caller may see' })
  @Access(SIGNED_IN)
  supervisionProposals(@Args(() => SupervisionProposalListArgs) args: SupervisionProposalListArgs, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return service.list(ctx, args, info);
  }

  @Query(() => SupervisionProposal)
  @Access(SIGNED_IN)
  supervisionProposal(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return service.get(ctx, id);
  }

  @Mutation(() => SupervisionProposal, { description: 'Registers a received suggestion or proposal' })
  @Access(...PROPOSAL_HANDLERS)
  createSupervisionProposal(@Arg('input', () => CreateSupervisionProposalInput) input: CreateSupervisionProposalInput, @Ctx() ctx: AppContext) {
    return service.create(ctx, input);
  }

  @Mutation(() => SupervisionProposal)
  @Access(...PROPOSAL_HANDLERS)
  updateSupervisionProposal(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateSupervisionProposalInput) input: UpdateSupervisionProposalInput,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AppContext,
  ) {
    return service.update(ctx, id, input, version);
  }

  @Mutation(() => SupervisionProposal, { description: 'Assigns (交办) to a lead unit and co-handling units; also reassigns a returned item' })
  @Access(...PROPOSAL_HANDLERS)
  assignSupervisionProposal(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => AssignProposalInput) input: AssignProposalInput,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AppContext,
  ) {
    return service.assign(ctx, id, input, version);
  }

  @Mutation(() => SupervisionProposal, { description: 'The lead unit returns a misrouted item within the misroute window' })
  @Access(...PROPOSAL_UNIT_STEPS)
  returnMisroutedProposal(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AppContext,
  ) {
    return service.returnMisrouted(ctx, id, reason, version);
  }

  @Mutation(() => ProposalCoUnit, { description: 'A co-handling unit gives its opinion (会办意见)' })
  @Access(...PROPOSAL_UNIT_STEPS)
  giveCoHandlingOpinion(
    @Arg('coUnitId', () => ID, { description: 'The co-handling entry (ProposalCoUnit.id)' }) coUnitId: string,
    @Arg('opinion', () => String) opinion: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AppContext,
  ) {
    return service.coHandlingOpinion(ctx, coUnitId, opinion, version);
  }

  @Mutation(() => SupervisionProposal, { description: 'The lead unit drafts or redrafts the reply for leadership review' })
  @Access(...PROPOSAL_UNIT_STEPS)
  draftProposalReply(
    @Arg('id', () => ID) id: string,
    @Arg('content', () => String) content: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AppContext,
  ) {
    return service.draftReply(ctx, id, content, version);
  }

  @Mutation(() => SupervisionProposal, { description: 'Leadership approves the reply; promises in it become commitments' })
  @Access(...REPLY_REVIEWERS)
  approveProposalReply(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ApproveProposalReplyInput) input: ApproveProposalReplyInput,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AppContext,
  ) {
    return service.approveReply(ctx, id, input, version);
  }

  @Mutation(() => SupervisionProposal, { description: 'Leadership sends the draft reply back to the lead unit' })
  @Access(...REPLY_REVIEWERS)
  sendBackProposalReply(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AppContext,
  ) {
    return service.sendBackReply(ctx, id, reason, version);
  }

  @Mutation(() => SupervisionProposal, { description: 'The approved reply went out to the deputies or members' })
  @Access(...PROPOSAL_UNIT_STEPS)
  markProposalReplied(
    @Arg('id', () => ID) id: string,
    @Arg('repliedOn', () => GraphQLLocalDate, { nullable: true }) repliedOn: string | undefined,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AppContext,
  ) {
    return service.markReplied(ctx, id, repliedOn ?? undefined, version);
  }

  @Mutation(() => SupervisionProposal, { description: 'Records the evaluation (满意 / 基本满意 / 不满意)' })
  @Access(...PROPOSAL_HANDLERS)
  recordProposalSatisfaction(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => RecordSatisfactionInput) input: RecordSatisfactionInput,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AppContext,
  ) {
    return service.recordSatisfaction(ctx, id, input, version);
  }

  @Mutation(() => SupervisionProposal, { description: 'Sends an unsatisfactory item back for handling again (once)' })
  @Access(...PROPOSAL_HANDLERS)
  rehandleSupervisionProposal(
    @Arg('id', () => ID) id: string,
    @Arg('replyDueOn', () => GraphQLLocalDate, { nullable: true }) replyDueOn: string | undefined,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AppContext,
  ) {
    return service.rehandle(ctx, id, replyDueOn ?? undefined, version);
  }

  @Mutation(() => SupervisionProposal, { description: 'Closes (办结) an answered item' })
  @Access(...PROPOSAL_HANDLERS)
  closeSupervisionProposal(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: AppContext) {
    return service.close(ctx, id, version);
  }

  @FieldResolver(() => Unit, { nullable: true, description: '主办单位' })
  leadUnit(@Root() p: SupervisionProposal) {
    return p.leadUnit ? p.leadUnit.load() : null;
  }

  @FieldResolver(() => [ProposalCoUnit], { description: '会办单位 and their opinions' })
  async coUnits(@Root() p: SupervisionProposal) {
    return (await p.coUnits.load()).getItems();
  }

  @FieldResolver(() => [Commitment], { description: 'Commitments made by the promises of the approved reply' })
  async commitments(@Root() p: SupervisionProposal) {
    const links = (await p.commitmentLinks.load()).getItems();
    return Promise.all(links.map((l) => l.commitment.load()));
  }

  @FieldResolver(() => Boolean, { description: 'The reply is still owed after its due date' })
  overdue(@Root() p: SupervisionProposal) {
    return AWAITING_REPLY.includes(p.status) && !!p.replyDueOn && p.replyDueOn < today();
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'Answered by the due date; empty until answered' })
  repliedOnTime(@Root() p: SupervisionProposal) {
    return p.repliedOn && p.replyDueOn ? p.repliedOn <= p.replyDueOn : null;
  }

  @FieldResolver(() => String, { nullable: true })
  replyDraftedByName(@Root() p: SupervisionProposal) {
    return userName(p.replyDraftedBy);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The leader who approved or sent back the reply' })
  reviewedByName(@Root() p: SupervisionProposal) {
    return userName(p.reviewedBy);
  }
}

@Resolver(() => ProposalCoUnit)
export class ProposalCoUnitResolver {
  @FieldResolver(() => Unit)
  unit(@Root() link: ProposalCoUnit) {
    return link.unit.load();
  }
}
