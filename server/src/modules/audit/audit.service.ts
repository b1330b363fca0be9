import type { FilterQuery } from '@mikro-orm/core';
import type { AppContext } from '../../app/context';
import { notFound } from '../../app/errors';
import type { ListResult } from '../../app/list';
import { AuditEvent } from './audit-event.entity';
import type { AuditEventListArgs } from './audit.input';

export class AuditService {
  /** Newest first. */
  async list(ctx: AppContext, args: AuditEventListArgs): Promise<ListResult<AuditEvent>> {
    const f = args.filter ?? {};
    const where: FilterQuery<AuditEvent> & Record<string, unknown> = {};
    if (f.entityType) where.entityType = f.entityType;
    if (f.entityId) where.entityId = f.entityId;
    if (f.actorId) where.actorId = f.actorId;
    if (f.action) where.action = f.action;
    if (f.command) where.command = f.command;
    if (f.from || f.to) {
      where.occurredAt = { ...(f.from ? { $gte: f.from } : {}), ...(f.to ? { $lt: f.to } : {}) };
    }
    const [items, total] = await ctx.em.findAndCount(AuditEvent, where, {
      orderBy: { id: args.order === 'ASC' ? 'ASC' : 'DESC' },
      offset: args.offset,
      limit: args.limit,
    });
    return { items, total };
  }

  async get(ctx: AppContext, id: string): Promise<AuditEvent> {
    const event = /^\d{1,18}$/.test(id) ? await ctx.em.findOne(AuditEvent, id) : null;
    if (!event) throw notFound('Audit event');
    return event;
  }
}

export const auditService = new AuditService();
