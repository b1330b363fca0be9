import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Access, SIGNED_IN } from '../../app/access';
import type { AppContext } from '../../app/context';
import { ListOf } from '../../app/list';
import { Role } from '../../app/roles';
import { Unit } from '../organisation/unit.entity';
import { Commitment } from './commitment.entity';
import { CommitmentListArgs, CreateCommitmentInput, EvaluateCommitmentInput, UpdateCommitmentInput } from './commitment.input';
import { commitmentService } from './commitment.service';
import { DECIDERS, RECORDERS } from './credit.roles';
import { SubjectFieldsResolver } from './subject.resolver';

@ObjectType()
export class CommitmentList extends ListOf(Commitment) {}

@Resolver(() => Commitment)
export class CommitmentResolver extends SubjectFieldsResolver(Commitment) {
  @Query(() => CommitmentList)
  @Access(SIGNED_IN)
  commitments(@Args(() => CommitmentListArgs) args: CommitmentListArgs, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return commitmentService.list(ctx, args, info);
  }

  @Query(() => Commitment)
  @Access(SIGNED_IN)
  commitment(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return commitmentService.get(ctx, id);
  }

  @Mutation(() => Commitment)
  @Access(...RECORDERS)
  createCommitment(@Arg('input', () => CreateCommitmentInput) input: CreateCommitmentInput, @Ctx() ctx: AppContext) {
    return commitmentService.create(ctx, input);
  }

  @Mutation(() => Commitment, { description: 'Edits a commitment that is still pending' })
  @Access(...RECORDERS)
  updateCommitment(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateCommitmentInput) input: UpdateCommitmentInput,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AppContext,
  ) {
    return commitmentService.update(ctx, id, input, version);
  }

  @Mutation(() => Commitment, { description: 'Evaluates a commitment as fulfilled (已履行)' })
  @Access(...DECIDERS)
  fulfilCommitment(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => EvaluateCommitmentInput) input: EvaluateCommitmentInput,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AppContext,
  ) {
    return commitmentService.fulfil(ctx, id, input, version);
  }

  @Mutation(() => Commitment, { description: 'Evaluates a commitment as broken and drafts a dishonesty record' })
  @Access(...DECIDERS)
  breakCommitment(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => EvaluateCommitmentInput) input: EvaluateCommitmentInput,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AppContext,
  ) {
    return commitmentService.break(ctx, id, input, version);
  }

  @Mutation(() => Commitment, { description: 'Waives a commitment; the caller is the approver' })
  @Access(Role.ADMIN, Role.DISCIPLINE, Role.LEADER)
  waiveCommitment(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AppContext,
  ) {
    return commitmentService.waive(ctx, id, reason, version);
  }

  @FieldResolver(() => Unit, { nullable: true, description: '责任股室' })
  responsibleSection(@Root() c: Commitment) {
    return c.responsibleSection ? c.responsibleSection.load() : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Who evaluated it or approved the waiver' })
  async evaluatedByName(@Root() c: Commitment) {
    return c.evaluatedBy ? (await c.evaluatedBy.load())?.displayName ?? null : null;
  }
}
