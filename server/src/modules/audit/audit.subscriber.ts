import { ChangeSetType, type EventSubscriber, type FlushEventArgs } from '@mikro-orm/core';
import { currentRequestMeta } from '../../app/request-context';
import { AuditAction, AuditEvent, type AuditChanges } from './audit-event.entity';

const REDACTED = '[redacted]';
// Bookkeeping columns that change on every write and say nothing about the change.
const SKIPPED = new Set(['version', 'updatedAt', 'createdAt']);
// Notices to users are a delivery mechanism, not a record of conduct or data; checkpoints are
// part of the trail itself (an event per checkpoint would move the head it just signed).
const UNAUDITED = new Set(['Notification', 'AuditCheckpoint']);

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

// Where a record's unit is found, in order; a child record falls back to its parent's.
const UNIT_PROPS = ['scopeUnit', 'unit', 'purchaser', 'implementingUnit', 'leadUnit', 'responsibleUnit', 'officeUnit'];
const PARENT_PROPS = ['record', 'project', 'group', 'person', 'user'];

function idOf(value: unknown): string | undefined {
  const id = plain(value);
  return typeof id === 'string' ? id : undefined;
}

/** Entities are loaded or referenced; only a loaded parent can say which unit it belongs to. */
function loaded(value: unknown): Record<string, unknown> | undefined {
  const v = value as { isInitialized?: () => boolean; unwrap?: () => unknown; __helper?: { __initialized?: boolean } } | undefined;
  if (!v || typeof v !== 'object') return undefined;
  const entity = (typeof v.unwrap === 'function' ? v.unwrap() : v) as { __helper?: { __initialized?: boolean } };
  return entity?.__helper?.__initialized === false ? undefined : (entity as Record<string, unknown>);
}

/** The unit a record belongs to, for filtering the trail by unit. */
export function scopeUnitOf(className: string, entity: Record<string, unknown>, depth = 0): string | undefined {
  if (className === 'Unit') return typeof entity.id === 'string' ? entity.id : undefined;
  for (const p of UNIT_PROPS) {
    const id = idOf(entity[p]);
    if (id) return id;
  }
  if (depth > 1) return undefined;
  for (const p of PARENT_PROPS) {
    const parent = loaded(entity[p]);
    if (parent) {
      const id = scopeUnitOf('', parent, depth + 1);
      if (id) return id;
    }
  }
  return undefined;
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
        scopeUnitId: scopeUnitOf(cs.meta.className, action === AuditAction.DELETE ? { ...cs.originalEntity, ...entity } : entity),
        changes,
      });
      args.uow.computeChangeSet(event);
    }
  }
}
