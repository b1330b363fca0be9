import { Entity, Enum, Index, ManyToOne, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';
import { Unit } from '../organisation/unit.entity';
import { User } from '../auth/user.entity';
import { CommitmentKind, CommitmentStatus } from './credit.enums';
import { SubjectEntity } from './subject.entity';

/** 承诺: a unit's or civil servant's service-quality, deadline, guarantee or credit commitment (G3). */
@Entity({ tableName: 'commitment' })
@Index({ properties: ['status', 'dueOn'] })
@ObjectType({ description: '承诺（守信践诺）' })
export class Commitment extends SubjectEntity {
  @Field(() => CommitmentKind)
  @Enum({ items: () => CommitmentKind })
  kind!: CommitmentKind;

  @Field(() => String)
  @Property({ type: 'text' })
  content!: string;

  @Field(() => String, { nullable: true, description: 'To whom the commitment was made (承诺对象)' })
  @Property({ type: 'string', length: 200, nullable: true })
  beneficiary?: string;

  @Field(() => GraphQLLocalDate)
  @Property({ type: 'date' })
  madeOn!: string;

  @Field(() => GraphQLLocalDate)
  @Property({ type: 'date' })
  dueOn!: string;

  @Field(() => [String], { description: 'Evidence: document numbers, file references' })
  @Property({ type: 'json' })
  evidence: Opt<string[]> = [];

  /** 责任股室 */
  @ManyToOne({ entity: () => Unit, nullable: true, ref: true, deleteRule: 'restrict' })
  responsibleSection?: Ref<Unit>;

  @Field(() => CommitmentStatus)
  @Enum({ items: () => CommitmentStatus })
  status: Opt<CommitmentStatus> = CommitmentStatus.PENDING;

  @ManyToOne({ entity: () => User, nullable: true, ref: true, deleteRule: 'set null' })
  recordedBy?: Ref<User>;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  evaluatedAt?: Date;

  /** Who evaluated fulfilment, or approved the waiver; empty when the deadline job broke it. */
  @ManyToOne({ entity: () => User, nullable: true, ref: true, deleteRule: 'set null' })
  evaluatedBy?: Ref<User>;

  @Field(() => String, { nullable: true, description: 'Evaluation of fulfilment, or the reason for a waiver' })
  @Property({ type: 'text', nullable: true })
  evaluationNote?: string;

  @Field(() => [String])
  @Property({ type: 'json' })
  evaluationEvidence: Opt<string[]> = [];

  @Field(() => Boolean, { description: 'Broken by the deadline job rather than by an evaluator' })
  @Property({ type: 'boolean' })
  brokenAutomatically: Opt<boolean> = false;
}
