import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import { Access } from '../../app/access';
import type { AppContext } from '../../app/context';
import { badInput, conflict } from '../../app/errors';
import { ListOf, PageArgs } from '../../app/list';
import { Role } from '../../app/roles';
import { SubjectType } from '../credit/credit.enums';
import { AuditCheckpoint } from './audit-checkpoint.entity';
import { AuditAction, AuditEvent } from './audit-event.entity';
import { auditChainService } from './audit-chain.service';
import { AuditCheckpointInput, AuditPublicKey, AuditVerification } from './audit-chain.types';
import { AuditCountArgs, AuditEventListArgs, EntityHistoryArgs } from './audit.input';
import { auditService } from './audit.service';
import { auditPublicKey } from './audit-signing';
import { AuditCount, AuditEventList, AuditFieldChange } from './audit.types';

@ObjectType()
export class AuditCheckpointList extends ListOf(AuditCheckpoint) {}

// Analysts read the trail for audits; administrators also run it.
const AUDITORS = [Role.ADMIN, Role.ANALYST];

@Resolver(() => AuditEvent)
export class AuditResolver {
  @Query(() => AuditEventList, { description: 'The audit trail, newest first, filtered' })
  @Access(...AUDITORS)
  auditEvents(@Args(() => AuditEventListArgs) args: AuditEventListArgs, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return auditService.list(ctx, args, info);
  }

  @Query(() => AuditEvent)
  @Access(...AUDITORS)
  auditEvent(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return auditService.get(ctx, id);
  }

  @Query(() => AuditEventList, { description: 'Everything that happened to one record, oldest first, with field-level diffs' })
  @Access(...AUDITORS)
  entityHistory(@Args(() => EntityHistoryArgs) args: EntityHistoryArgs, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return auditService.history(ctx, args.entityType, args.entityId, args.offset, args.limit, info);
  }

  @Query(() => AuditEventList, { description: 'Who read the integrity file of a unit or person, or checked its credit, and why; newest first' })
  @Access(...AUDITORS)
  fileViewers(
    @Arg('subjectType', () => SubjectType) subjectType: SubjectType,
    @Arg('subjectId', () => ID) subjectId: string,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return auditService.viewers(ctx, subjectType === SubjectType.UNIT ? 'Unit' : 'Person', subjectId, page.offset, page.limit, info);
  }

  @Query(() => [AuditCount], { description: 'Events per day, actor and action' })
  @Access(...AUDITORS)
  auditCounts(@Args(() => AuditCountArgs) args: AuditCountArgs, @Ctx() ctx: AppContext) {
    return auditService.counts(ctx, args);
  }

  @Query(() => AuditVerification, {
    description: 'Checks every link of the chain and every checkpoint (stored and given) between two events, and names the first broken place',
  })
  @Access(...AUDITORS)
  verifyAuditChain(
    @Arg('from', () => GraphQLSafeInt, { nullable: true, description: 'First event; 1 when absent' }) from: number | undefined,
    @Arg('to', () => GraphQLSafeInt, { nullable: true, description: 'Last event; the newest when absent' }) to: number | undefined,
    @Arg('checkpoints', () => [AuditCheckpointInput], { nullable: true, description: 'Exported checkpoints to check as well' })
    checkpoints: AuditCheckpointInput[] | undefined,
    @Ctx() ctx: AppContext,
  ) {
    if (from !== undefined && from < 1) throw badInput('from', 'Events are numbered from 1', 'RANGE_INVALID');
    if (from !== undefined && to !== undefined && to < from) throw badInput('to', 'The range ends before it starts', 'RANGE_REVERSED');
    if ((checkpoints?.length ?? 0) > 10_000) throw badInput('checkpoints', 'At most 10,000 checkpoints at a time', 'TOO_MANY');
    return auditChainService.verify(ctx.em, {
      from,
      to,
      checkpoints: checkpoints?.map((c) => ({ ...c, seq: String(c.seq) })),
    });
  }

  @Query(() => AuditCheckpointList, { description: 'Signed checkpoints of the chain, newest first' })
  @Access(...AUDITORS)
  auditCheckpoints(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return auditChainService.checkpoints(ctx.em, page.limit, page.offset, info);
  }

  @Query(() => AuditPublicKey, { description: 'The key that verifies checkpoint signatures; publish it to whoever keeps the exports' })
  @Access(...AUDITORS)
  auditPublicKey() {
    return auditPublicKey();
  }

  @Mutation(() => AuditCheckpoint, { description: 'Signs the chain’s current head now instead of waiting for the schedule' })
  @Access(Role.ADMIN)
  async createAuditCheckpoint(@Ctx() ctx: AppContext) {
    const { checkpoint } = await auditChainService.createCheckpoint(ctx.em);
    if (!checkpoint) throw conflict('There are no audit events to sign yet', 'CHAIN_EMPTY');
    return checkpoint;
  }

  @FieldResolver(() => [AuditFieldChange], { description: 'The changed fields with their values before and after' })
  diffs(@Root() e: AuditEvent): AuditFieldChange[] {
    if (e.action === AuditAction.READ) return [];
    return Object.entries(e.changes ?? {}).map(([field, c]) => ({ field, before: c?.before ?? null, after: c?.after ?? null }));
  }

  @FieldResolver(() => String, { nullable: true, description: 'The stated purpose of a read' })
  purpose(@Root() e: AuditEvent): string | null {
    const p = e.action === AuditAction.READ ? e.changes?.purpose?.after : undefined;
    return typeof p === 'string' ? p : null;
  }
}
