import { Entity, Enum, Index, ManyToOne, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { GraphQLDateTimeISO, GraphQLJSON, GraphQLLocalDate } from 'graphql-scalars';
import { BaseEntity } from '../../app/base.entity';
import { User } from '../auth/user.entity';
import { ObjectionStatus } from './credit.enums';
import { DishonestyRecord } from './dishonesty-record.entity';

export interface FieldCorrection {
  field: string;
  before: unknown;
  after: unknown;
}

/** 异议: the subject disputes a confirmed record; decided within a deadline. */
@Entity({ tableName: 'record_objection' })
@ObjectType({ description: '异议' })
export class Objection extends BaseEntity {
  @Index()
  @ManyToOne({ entity: () => DishonestyRecord, ref: true, deleteRule: 'restrict' })
  record!: Ref<DishonestyRecord>;

  @ManyToOne({ entity: () => User, nullable: true, ref: true, deleteRule: 'set null' })
  filedBy?: Ref<User>;

  @Field(() => GraphQLLocalDate)
  @Property({ type: 'date' })
  filedOn!: string;

  @Field(() => String, { description: 'Grounds of the objection (异议理由)' })
  @Property({ type: 'text' })
  grounds!: string;

  @Field(() => [String])
  @Property({ type: 'json' })
  evidence: Opt<string[]> = [];

  @Field(() => GraphQLLocalDate, { description: 'Decision due by (working days after filing)' })
  @Property({ type: 'date' })
  decisionDueOn!: string;

  @Field(() => ObjectionStatus)
  @Enum({ items: () => ObjectionStatus })
  status: Opt<ObjectionStatus> = ObjectionStatus.PENDING;

  @ManyToOne({ entity: () => User, nullable: true, ref: true, deleteRule: 'set null' })
  decidedBy?: Ref<User>;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  decidedAt?: Date;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  decisionReason?: string;

  @Field(() => GraphQLJSON, { description: 'Corrected fields with old and new values' })
  @Property({ type: 'json' })
  corrections: Opt<FieldCorrection[]> = [];
}
