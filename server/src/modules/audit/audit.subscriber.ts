import { ChangeSetType, type EventSubscriber, type FlushEventArgs } from '@mikro-orm/core';
import { currentRequestMeta } from '../../app/request-context';
import { AuditAction, AuditEvent, type AuditChanges } from './audit-event.entity';

const REDACTED = '[redacted]';
// Bookkeeping columns that change on every write and say nothing about the change.
const SKIPPED = new Set(['version', 'updatedAt', 'createdAt']);
// Notices to users are a delivery mechanism, not a record of conduct or data.
const UNAUDITED = new Set(['Notification']);

function plain(value: unknown): unknown {
  if (value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === 'object') {
    const v = value as { id?: unknown; unwrap?: () => { id?: unknown } };
    if (typeof v.unwrap === 'function') return v.unwrap().id ?? null;
    if ('id' in v && !Array.isArray(value)) return v.id ?? null;
  }
  return value;
}

const actionOf: Partial<Record<ChangeSetType, AuditAction>> = {
  [ChangeSetType.CREATE]: AuditAction.CREATE,
  [ChangeSetType.UPDATE]: AuditAction.UPDATE,
  [ChangeSetType.DELETE]: AuditAction.DELETE,
  [ChangeSetType.UPDATE_EARLY]: AuditAction.UPDATE,
  [ChangeSetType.DELETE_EARLY]: AuditAction.DELETE,
};

/**
 * Writes an audit event for every entity change of a flush, inside the flush's
 * own transaction: a change and its audit event commit together or not at all.
 */
export class AuditSubscriber implements EventSubscriber {
  onFlush(args: FlushEventArgs): void {
    const meta = currentRequestMeta();
    for (const cs of args.uow.getChangeSets()) {
      if (cs.entity instanceof AuditEvent || UNAUDITED.has(cs.meta.className)) continue;
      const action = actionOf[cs.type];
      if (!action) continue;
      const props = cs.meta.properties as Record<string, { hidden?: boolean } | undefined>;
      const changes: AuditChanges = {};
      const source = action === AuditAction.DELETE ? (cs.originalEntity ?? {}) : cs.payload;
      const entity = cs.entity as Record<string, unknown>;
      for (const field of Object.keys(source)) {
        const value = entity[field];
        if (SKIPPED.has(field) || field === cs.meta.primaryKeys[0]) continue;
        const hidden = props[field]?.hidden;
        let before = (cs.originalEntity as Record<string, unknown> | undefined)?.[field];
        // Snapshots keep arrays in PostgreSQL's literal form ({a,b}); show them as arrays.
        const customType = (props[field] as { customType?: { convertToJSValue(v: unknown, p: unknown): unknown } })
          ?.customType;
        if (typeof before === 'string' && before.startsWith('{') && customType) {
          before = customType.convertToJSValue(before, args.em.getPlatform());
        }
        const entry: { before?: unknown; after?: unknown } = {};
        if (action !== AuditAction.CREATE) entry.before = hidden ? REDACTED : plain(before);
        if (action !== AuditAction.DELETE) entry.after = hidden ? REDACTED : plain(value);
        changes[field] = entry;
      }
      if (action === AuditAction.UPDATE && Object.keys(changes).length === 0) continue;
      const event = args.em.create(AuditEvent, {
        occurredAt: new Date(),
        requestId: meta?.requestId,
        actorId: meta?.actorId,
        actorName: meta?.actorName ?? 'system',
        command: meta?.command,
        action,
        entityType: cs.meta.className,
        entityId: String(cs.getSerializedPrimaryKey()),
        changes,
      });
      args.uow.computeChangeSet(event);
    }
  }
}
