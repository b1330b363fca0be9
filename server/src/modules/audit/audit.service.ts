import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppContext } from '../../app/context';
import { badInput, notFound } from '../../app/errors';
import type { GraphQLResolveInfo } from 'graphql';
import { asksAny } from '../../app/list';
import { currentRequestMeta } from '../../app/request-context';
import { AuditAction, AuditEvent } from './audit-event.entity';
import type { AuditCountArgs, AuditEventFilter, AuditEventListArgs } from './audit.input';
import type { AuditCount, AuditEventPage } from './audit.types';

// Totals are counted up to this many rows (or just past the page asked for): an exact count of
// hundreds of thousands of events would cost more than the page itself.
export const COUNT_CAP = 10_000;
const MAX_COUNT_DAYS = 366;

/** A sensitive read to record: what was read, about whom, and the reader's stated purpose. */
export interface SensitiveRead {
  /** The query that read it, e.g. integrityFile. */
  command: string;
  entityType: string;
  entityId: string;
  scopeUnitId?: string;
  purpose: string;
}

/** The stated purpose of a sensitive read, trimmed; refused when blank. */
export function requirePurpose(purpose: string | undefined | null): string {
  const p = purpose?.trim() ?? '';
  if (p.length < 2) throw badInput('purpose', 'State the purpose of this read (查阅事由)', 'PURPOSE_REQUIRED');
  if (p.length > 200) throw badInput('purpose', 'The purpose is limited to 200 characters', 'PURPOSE_TOO_LONG');
  return p;
}

function whereOf(f: AuditEventFilter): FilterQuery<AuditEvent> {
  const where: FilterQuery<AuditEvent> & Record<string, unknown> = {};
  if (f.entityType) where.entityType = f.entityType;
  if (f.entityId) where.entityId = f.entityId;
  if (f.actorId) where.actorId = f.actorId;
  if (f.action) where.action = f.action;
  if (f.command) where.command = f.command;
  if (f.unitId) where.scopeUnitId = f.unitId;
  if (f.from || f.to) {
    where.occurredAt = { ...(f.from ? { $gte: f.from } : {}), ...(f.to ? { $lt: f.to } : {}) };
  }
  return where;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class AuditService {
  /** Newest first by default; the total is exact up to COUNT_CAP rows. */
  async list(ctx: AppContext, args: AuditEventListArgs, info?: GraphQLResolveInfo): Promise<AuditEventPage> {
    const f = args.filter ?? {};
    for (const field of ['actorId', 'unitId'] as const) {
      // Not a UUID: no event can match, and PostgreSQL would refuse the comparison.
      if (f[field] && !UUID.test(f[field])) return { items: [], total: 0, totalExact: true };
    }
    const dir = args.order === 'ASC' ? 'ASC' : 'DESC';
    return this.page(ctx.em, whereOf(f), { occurredAt: dir, seq: dir }, args.offset, args.limit, info);
  }

  async get(ctx: AppContext, id: string): Promise<AuditEvent> {
    const event = /^\d{1,18}$/.test(id) ? await ctx.em.findOne(AuditEvent, { seq: id }) : null;
    if (!event) throw notFound('Audit event');
    return event;
  }

  /** Everything that happened to one record, oldest first: changes with their field diffs, and reads. */
  async history(ctx: AppContext, entityType: string, entityId: string, offset: number, limit: number, info?: GraphQLResolveInfo): Promise<AuditEventPage> {
    return this.page(ctx.em, { entityType, entityId }, { seq: 'ASC' }, offset, limit, info);
  }

  /** Who read a unit's or person's integrity file or checked its credit, and why; newest first. */
  async viewers(
    ctx: AppContext,
    entityType: 'Unit' | 'Person',
    entityId: string,
    offset: number,
    limit: number,
    info?: GraphQLResolveInfo,
  ): Promise<AuditEventPage> {
    return this.page(ctx.em, { entityType, entityId, action: AuditAction.READ }, { occurredAt: 'DESC', seq: 'DESC' }, offset, limit, info);
  }

  /** Events per day (China time), actor and action over a range of days. */
  async counts(ctx: AppContext, args: AuditCountArgs): Promise<AuditCount[]> {
    if (args.to < args.from) throw badInput('to', 'The range ends before it starts', 'RANGE_REVERSED');
    const days = (Date.parse(args.to) - Date.parse(args.from)) / 86_400_000 + 1;
    if (days > MAX_COUNT_DAYS) throw badInput('to', `At most ${MAX_COUNT_DAYS} days at a time`, 'RANGE_TOO_LONG');
    const params: unknown[] = [args.from, args.to];
    let extra = '';
    if (args.actorId) {
      if (!UUID.test(args.actorId)) return [];
      extra += ' and actor_id = ?';
      params.push(args.actorId);
    }
    if (args.action) {
      extra += ' and action = ?';
      params.push(args.action);
    }
    if (args.unitId) {
      if (!UUID.test(args.unitId)) return [];
      extra += ' and scope_unit_id = ?';
      params.push(args.unitId);
    }
    const rows = await ctx.em.getConnection().execute<{ day: string; actor_id: string | null; actor_name: string | null; action: AuditAction; n: number }[]>(
      `select to_char(occurred_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as day, actor_id, actor_name, action, count(*)::int as n
         from audit_event
        where occurred_at >= (?::date)::timestamp at time zone 'Asia/Shanghai'
          and occurred_at < (?::date + 1)::timestamp at time zone 'Asia/Shanghai'${extra}
        group by 1, 2, 3, 4
        order by 1, 3, 4`,
      params,
      'all',
      ctx.em.getTransactionContext(),
    );
    return rows.map((r) => ({ day: r.day, actorId: r.actor_id ?? undefined, actorName: r.actor_name ?? undefined, action: r.action, count: r.n }));
  }

  /** A read event in `em`, to be flushed with the rest of its unit of work. */
  addRead(em: EntityManager, read: SensitiveRead): AuditEvent {
    const meta = currentRequestMeta();
    return em.create(AuditEvent, {
      occurredAt: new Date(),
      requestId: meta?.requestId,
      actorId: meta?.actorId,
      actorName: meta?.actorName ?? 'system',
      command: read.command,
      action: AuditAction.READ,
      entityType: read.entityType,
      entityId: read.entityId,
      scopeUnitId: read.scopeUnitId,
      changes: { purpose: { after: read.purpose } },
    });
  }

  /** Writes the read event before the data is handed out: no record of the read, no data. */
  async recordRead(ctx: AppContext, read: SensitiveRead): Promise<void> {
    const em = ctx.em.fork();
    this.addRead(em, read);
    await em.flush();
  }

  private async page(
    em: EntityManager,
    where: FilterQuery<AuditEvent>,
    orderBy: Record<string, 'ASC' | 'DESC'>,
    offset: number,
    limit: number,
    info: GraphQLResolveInfo | undefined,
  ): Promise<AuditEventPage> {
    if (!asksAny(info, 'total', 'totalExact')) return { items: await em.find(AuditEvent, where, { orderBy, offset, limit }) };
    const cap = Math.max(COUNT_CAP, offset + limit) + 1;
    const counting = em.createQueryBuilder(AuditEvent).select('seq').where(where).getKnexQuery().limit(cap);
    const [items, [{ n }]] = await Promise.all([
      em.find(AuditEvent, where, { orderBy, offset, limit }),
      em.getConnection().execute<{ n: number }[]>(em.getKnex().count('* as n').from(counting.as('t')), [], 'all', em.getTransactionContext()),
    ]);
    return { items, total: Math.min(n, cap - 1), totalExact: n < cap };
  }
}

export const auditService = new AuditService();
