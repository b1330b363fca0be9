import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsBase64, IsHexadecimal, Length, Min } from 'class-validator';
import { GraphQLDateTimeISO, GraphQLSafeInt } from 'graphql-scalars';

export enum AuditFailureKind {
  /** An event's content no longer matches its hash, or it was rewritten with a recomputed hash. */
  CHANGED = 'CHANGED',
  /** A sequence number is absent, or an event named by a checkpoint is gone. */
  MISSING = 'MISSING',
  /** An event sits in the chain without being linked from the next one, or a number occurs twice. */
  INSERTED = 'INSERTED',
  /** An event links to one that comes after it. */
  REORDERED = 'REORDERED',
  /** The chain is consistent in itself but disagrees with a signed checkpoint. */
  REBUILT = 'REBUILT',
  /** A checkpoint's signature is not the server key's. */
  CHECKPOINT_INVALID = 'CHECKPOINT_INVALID',
}
registerEnumType(AuditFailureKind, { name: 'AuditFailureKind' });

@ObjectType({ description: 'The first place where the audit chain is broken' })
export class AuditChainFailure {
  @Field(() => AuditFailureKind) kind!: AuditFailureKind;
  @Field(() => GraphQLSafeInt, { description: 'Sequence number of the first affected event' })
  seq!: number;
  @Field(() => String) message!: string;
  @Field(() => String, { nullable: true, description: 'The hash or number the chain expected here' })
  expected?: string;
  @Field(() => String, { nullable: true, description: 'What was found instead' })
  actual?: string;
}

@ObjectType({ description: 'Result of checking the audit chain' })
export class AuditVerification {
  @Field(() => Boolean) ok!: boolean;
  @Field(() => GraphQLSafeInt, { description: 'First event checked' }) from!: number;
  @Field(() => GraphQLSafeInt, { description: 'Last event checked' }) to!: number;
  @Field(() => GraphQLSafeInt, { description: 'Sequence number of the newest event' }) head!: number;
  @Field(() => GraphQLSafeInt) eventsChecked!: number;
  @Field(() => Int) checkpointsChecked!: number;
  @Field(() => Float) durationMs!: number;
  @Field(() => AuditChainFailure, { nullable: true }) failure?: AuditChainFailure;
}

@InputType({ description: 'A checkpoint as exported (checkpoints.jsonl), to check the chain against' })
export class AuditCheckpointInput {
  @Field(() => GraphQLSafeInt)
  @Min(1)
  seq!: number;

  @Field(() => String)
  @IsHexadecimal()
  @Length(64, 64)
  hash!: string;

  @Field(() => GraphQLDateTimeISO)
  signedAt!: Date;

  @Field(() => String)
  @IsBase64()
  @Length(1, 200)
  signature!: string;

  @Field(() => String)
  @Length(1, 64)
  keyId!: string;
}

@ObjectType({ description: 'The public key that verifies checkpoints' })
export class AuditPublicKey {
  @Field(() => String, { description: 'Ed25519 public key, SPKI PEM' }) pem!: string;
  @Field(() => String) keyId!: string;
}
