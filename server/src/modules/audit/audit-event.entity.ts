import { BigIntType, Entity, Enum, Index, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTimeISO, GraphQLJSONObject } from 'graphql-scalars';

export enum AuditAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  DELETE = 'DELETE',
  /** A sensitive read (integrity file, complainant identity, credit check), with its stated purpose. */
  READ = 'READ',
}
registerEnumType(AuditAction, { name: 'AuditAction' });

/** Before and after values of each changed field; secrets appear only as "[redacted]". A read has `purpose`. */
export type AuditChanges = Record<string, { before?: unknown; after?: unknown }>;

/**
 * One change to one record, or one sensitive read, written in the same
 * transaction as the change. Append-only and chained: the database assigns
 * `seq` (gapless), `prevHash` and `hash` on insert (see docs/audit.md) and
 * refuses updates, deletes and truncation.
 */
@Entity({ tableName: 'audit_event' })
// Lists are filtered by one of these columns and ordered by time, newest first. The trailing
// columns let a second filter (action, record type) and the capped count run on the index alone.
@Index({ name: 'audit_event_time_index', properties: ['occurredAt', 'seq'] })
@Index({ name: 'audit_event_actor_index', properties: ['actorId', 'occurredAt', 'seq', 'action', 'entityType'] })
@Index({ name: 'audit_event_unit_index', properties: ['scopeUnitId', 'occurredAt', 'seq', 'action', 'entityType'] })
@Index({ name: 'audit_event_action_index', properties: ['action', 'occurredAt', 'seq'] })
@Index({ name: 'audit_event_entity_type_index', properties: ['entityType', 'occurredAt', 'seq', 'action'] })
@Index({ name: 'audit_event_entity_index', properties: ['entityType', 'entityId', 'occurredAt', 'seq'] })
@ObjectType({ description: 'One change to one record, or one sensitive read (审计日志)' })
export class AuditEvent {
  @Field(() => ID, { name: 'id', description: 'Sequence number in the hash chain: 1, 2, 3 … without gaps' })
  // Assigned by the append trigger under the chain's lock; the default only satisfies the ORM.
  @PrimaryKey({ type: new BigIntType('string'), autoincrement: false, defaultRaw: '0' })
  seq!: Opt<string>;

  @Field(() => GraphQLDateTimeISO)
  @Property({ type: 'datetime' })
  occurredAt: Opt<Date> = new Date();

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 64, nullable: true })
  requestId?: string;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  actorId?: string;

  @Field(() => String, { nullable: true, description: 'User name of the actor, or "system" for jobs' })
  @Property({ type: 'string', length: 100, nullable: true })
  actorName?: string;

  @Field(() => String, { nullable: true, description: 'The command that caused the change or the read, e.g. updateUnit, integrityFile' })
  @Property({ type: 'string', length: 100, nullable: true })
  command?: string;

  @Field(() => AuditAction)
  @Enum({ items: () => AuditAction, nativeEnumName: undefined })
  action!: AuditAction;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  entityType!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  entityId!: string;

  /** The unit the record belongs to (its own unit, its subject's, its purchaser's …), for filtering by unit. */
  @Field(() => ID, { name: 'unitId', nullable: true, description: 'The unit the record belongs to, when it has one' })
  @Property({ type: 'uuid', nullable: true })
  scopeUnitId?: string;

  @Field(() => GraphQLJSONObject)
  @Property({ type: 'json' })
  changes: Opt<AuditChanges> = {};

  /** The previous event's hash (64 zeros for the first); set by the database. */
  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 64, nullable: true })
  prevHash?: string;

  /** SHA-256 of the event's canonical form, which includes `prevHash`; set by the database. */
  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 64, nullable: true })
  hash?: string;
}
