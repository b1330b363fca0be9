import { Arg, Args, Ctx, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { Access } from '../../app/access';
import type { AppContext } from '../../app/context';
import { ListOf } from '../../app/list';
import { Role } from '../../app/roles';
import { AuditEvent } from './audit-event.entity';
import { AuditEventListArgs } from './audit.input';
import { auditService } from './audit.service';

@ObjectType()
export class AuditEventList extends ListOf(AuditEvent) {}

@Resolver(() => AuditEvent)
export class AuditResolver {
  @Query(() => AuditEventList, { description: 'The audit trail, newest first' })
  @Access(Role.ADMIN, Role.ANALYST)
  auditEvents(@Args(() => AuditEventListArgs) args: AuditEventListArgs, @Ctx() ctx: AppContext) {
    return auditService.list(ctx, args);
  }

  @Query(() => AuditEvent)
  @Access(Role.ADMIN, Role.ANALYST)
  auditEvent(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return auditService.get(ctx, id);
  }
}
