import { Entity, Enum, Index, PrimaryKey, Property , type Opt } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTimeISO, GraphQLJSONObject } from 'graphql-scalars';

export enum AuditAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  DELETE = 'DELETE',
}
registerEnumType(AuditAction, { name: 'AuditAction' });

/** Before and after values of each changed field; secrets appear only as "[redacted]". */
export type AuditChanges = Record<string, { before?: unknown; after?: unknown }>;

/**
 * One change to one record, written in the same transaction as the change.
 * Append-only: `seq` is gapless per insert order and `prevHash`/`hash` are
 * reserved for the tamper-evident chain.
 */
@Entity({ tableName: 'audit_event' })
@Index({ properties: ['entityType', 'entityId'] })
@ObjectType({ description: 'One change to one record (审计日志)' })
export class AuditEvent {
  @Field(() => ID)
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

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

  @Field(() => String, { nullable: true, description: 'The command that caused the change, e.g. updateUnit' })
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

  @Field(() => GraphQLJSONObject)
  @Property({ type: 'json' })
  changes: Opt<AuditChanges> = {};

  /** Reserved for the hash chain (previous event's hash). */
  @Property({ type: 'string', length: 64, nullable: true })
  prevHash?: string;

  /** Reserved for the hash chain (SHA-256 of this event). */
  @Property({ type: 'string', length: 64, nullable: true })
  hash?: string;
}
