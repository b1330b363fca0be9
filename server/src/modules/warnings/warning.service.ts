import type { EntityManager } from '@mikro-orm/postgresql';
import { today } from '../../app/clock';
import type { AppContext } from '../../app/context';
import type { GraphQLResolveInfo } from 'graphql';
import { asksAny, findPage } from '../../app/list';
import { errorFields, logger } from '../../app/logger';
import { visibleUnitIds } from '../../app/scope';
import { Role } from '../../app/roles';
import { User } from '../auth/user.entity';
import { parseDate } from '../calendar/working-calendar';
import type { DeadlineItem } from './deadline-item';
import { Notification } from './notification.entity';
import { deadlineSources } from './warning.sources';
import { WarningLevel, type Warning } from './warning.types';

const DAY = 86_400_000;
// Yellow when 80% of the time limit has gone, red once it has passed (监测预警).
const YELLOW_AT = 0.8;

export function levelOf(item: DeadlineItem, day: string): { level?: WarningLevel; daysLeft: number; elapsedPercent: number } {
  const start = parseDate(item.startedOn);
  const due = parseDate(item.dueOn);
  const now = parseDate(day);
  const daysLeft = Math.round((due - now) / DAY);
  const span = Math.max(due - start, DAY);
  const elapsed = Math.max(0, Math.min((now - start) / span, 9.99));
  const elapsedPercent = Math.round(elapsed * 100);
  if (now > due) return { level: WarningLevel.RED, daysLeft, elapsedPercent };
  if (elapsed >= YELLOW_AT) return { level: WarningLevel.YELLOW, daysLeft, elapsedPercent };
  return { daysLeft, elapsedPercent };
}

export interface WarningFilter {
  levels?: WarningLevel[];
  kinds?: string[];
  unitId?: string;
}

export class WarningService {
  /** Every open item past 80% of its time limit, most urgent first. */
  async compute(em: EntityManager, day = today()): Promise<Warning[]> {
    const items = (await Promise.all(deadlineSources.map((source) => source(em, day)))).flat();
    const warnings: Warning[] = [];
    for (const item of items) {
      const { level, daysLeft, elapsedPercent } = levelOf(item, day);
      if (!level) continue;
      warnings.push({ ...item, level, daysLeft, elapsedPercent } as Warning);
    }
    return warnings.sort((a, b) => a.daysLeft - b.daysLeft || a.title.localeCompare(b.title));
  }

  async board(ctx: AppContext, filter: WarningFilter, offset: number, limit: number) {
    const visible = await visibleUnitIds(ctx);
    const all = (await this.compute(ctx.em)).filter(
      (w) =>
        (!visible || visible.has(w.responsibleUnitId)) &&
        (!filter.levels?.length || filter.levels.includes(w.level)) &&
        (!filter.kinds?.length || filter.kinds.includes(w.kind)) &&
        (!filter.unitId || w.responsibleUnitId === filter.unitId),
    );
    return {
      items: all.slice(offset, offset + limit),
      total: all.length,
      red: all.filter((w) => w.level === WarningLevel.RED).length,
      yellow: all.filter((w) => w.level === WarningLevel.YELLOW).length,
    };
  }

  /**
   * Notifies the people who answer for each warning: the active accounts of
   * the responsible unit, and 纪检监察室 for red ones. Each level of each item
   * reaches each person once (a unique key), however often the scan runs.
   * Returns the warnings that produced new notifications.
   */
  async notify(em: EntityManager, day = today()): Promise<{ warnings: number; created: number; fresh: Warning[] }> {
    const warnings = await this.compute(em, day);
    if (!warnings.length) return { warnings: 0, created: 0, fresh: [] };
    const users = await em.find(User, { active: true });
    const existing = new Set(
      (
        await em.find(
          Notification,
          { entityId: { $in: [...new Set(warnings.map((w) => w.entityId))] } },
          { fields: ['recipient', 'entityId', 'kind', 'level'], disableIdentityMap: true },
        )
      ).map((n) => `${n.recipient.id}|${n.entityId}|${n.kind}|${n.level}`),
    );
    let created = 0;
    const fresh = new Set<Warning>();
    for (const w of warnings) {
      const recipients = users.filter(
        (u) => u.unit?.id === w.responsibleUnitId || (w.level === WarningLevel.RED && u.roles.includes(Role.DISCIPLINE)),
      );
      for (const u of recipients) {
        const key = `${u.id}|${w.entityId}|${w.kind}|${w.level}`;
        if (existing.has(key)) continue;
        existing.add(key);
        em.create(Notification, {
          recipient: u,
          level: w.level,
          kind: w.kind,
          entityType: w.entityType,
          entityId: w.entityId,
          title: `${w.level === WarningLevel.RED ? '【红色预警】' : '【黄色预警】'}${w.title}`,
          body:
            w.level === WarningLevel.RED
              ? `已于 ${w.dueOn} 到期，超期 ${-w.daysLeft} 天，请立即办理。`
              : `将于 ${w.dueOn} 到期（剩余 ${w.daysLeft} 天，时限已用 ${w.elapsedPercent}%）。`,
        });
        created += 1;
        fresh.add(w);
      }
    }
    await em.flush();
    return { warnings: warnings.length, created, fresh: [...fresh] };
  }

  /** Sends new warnings to WARNING_WEBHOOK_URL (another system's inbox), if configured. */
  async sendWebhook(fresh: Warning[], url = process.env.WARNING_WEBHOOK_URL): Promise<boolean> {
    if (!url || !fresh.length) return false;
    const body = JSON.stringify({
      event: 'warnings',
      sentAt: new Date().toISOString(),
      warnings: fresh.map(({ level, kind, entityType, entityId, title, startedOn, dueOn, daysLeft, responsibleUnitId }) => ({
        level, kind, entityType, entityId, title, startedOn, dueOn, daysLeft, responsibleUnitId,
      })),
    });
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        signal: AbortSignal.timeout(5000),
      });
      if (!res.ok) logger.warn('warning webhook refused', { status: res.status });
      return res.ok;
    } catch (e) {
      logger.warn('warning webhook failed', errorFields(e));
      return false;
    }
  }

  async myNotifications(ctx: AppContext, unreadOnly: boolean, offset: number, limit: number, info?: GraphQLResolveInfo) {
    const where = { recipient: ctx.user!.id, ...(unreadOnly ? { readAt: null } : {}) };
    const page = await findPage(ctx.em, Notification, where, { orderBy: { createdAt: 'DESC' }, offset, limit }, info);
    const unread = asksAny(info, 'unread') ? await ctx.em.count(Notification, { recipient: ctx.user!.id, readAt: null }) : undefined;
    return { ...page, unread };
  }

  async markRead(ctx: AppContext, ids: string[] | undefined): Promise<number> {
    const where = { recipient: ctx.user!.id, readAt: null, ...(ids ? { id: { $in: ids } } : {}) };
    const list = await ctx.em.find(Notification, where);
    const now = new Date();
    for (const n of list) n.readAt = now;
    await ctx.em.flush();
    return list.length;
  }
}

export const warningService = new WarningService();
