import { BigIntType, Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { GraphQLDateTimeISO, GraphQLSafeInt } from 'graphql-scalars';

/**
 * The chain's head at one moment, signed with the Ed25519 key held outside the
 * database. A chain rebuilt after tampering cannot reproduce an earlier
 * checkpoint's hash. Append-only like the events.
 */
@Entity({ tableName: 'audit_checkpoint' })
@ObjectType({ description: 'A signed head of the audit chain (审计链检查点)' })
export class AuditCheckpoint {
  @Field(() => GraphQLSafeInt, { description: 'Sequence number of the last event covered' })
  @PrimaryKey({ type: new BigIntType('string'), autoincrement: false })
  seq!: string;

  @Field(() => String, { description: 'Hash of that event' })
  @Property({ type: 'string', length: 64 })
  hash!: string;

  @Field(() => GraphQLDateTimeISO)
  @Property({ type: 'datetime' })
  signedAt!: Date;

  @Field(() => String, { description: 'Ed25519 signature of the checkpoint message, base64' })
  @Property({ type: 'text' })
  signature!: string;

  @Field(() => String, { description: 'First 16 hex digits of the SHA-256 of the public key' })
  @Property({ type: 'string', length: 64 })
  keyId!: string;
}
