import { Entity, Enum, Index, ManyToOne, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';
import { BaseEntity } from '../../app/base.entity';
import { User } from '../auth/user.entity';
import { DishonestyRecord } from '../credit/dishonesty-record.entity';
import { Unit } from '../organisation/unit.entity';
import { Lawsuit } from './lawsuit.entity';
import { JudgmentStatus } from './supervision.enums';

/**
 * An effective judgment (or mediation) the unit must fulfil (履行司法判决).
 * Past its deadline it is first a warning; after the grace period the
 * deadline job drafts a dishonesty record against the unit, once.
 */
@Entity({ tableName: 'judgment' })
@Index({ properties: ['status', 'fulfilBy'] })
@ObjectType({ description: '生效裁判履行' })
export class Judgment extends BaseEntity {
  @Index()
  @ManyToOne({ entity: () => Lawsuit, ref: true, deleteRule: 'restrict' })
  lawsuit!: Ref<Lawsuit>;

  /** The obligated unit: the lawsuit's party unit when the judgment was entered. */
  @Index()
  @ManyToOne({ entity: () => Unit, ref: true, deleteRule: 'restrict' })
  unit!: Ref<Unit>;

  @Field(() => String, { nullable: true, description: 'Number of the judgment or mediation document' })
  @Property({ type: 'string', length: 100, nullable: true })
  documentNumber?: string;

  @Field(() => String, { description: 'What the unit must do (履行义务)' })
  @Property({ type: 'text' })
  obligation!: string;

  @Field(() => GraphQLLocalDate, { description: 'Date the judgment took effect' })
  @Property({ type: 'date' })
  effectiveOn!: string;

  @Field(() => GraphQLLocalDate)
  @Property({ type: 'date' })
  fulfilBy!: string;

  @Field(() => JudgmentStatus)
  @Enum({ items: () => JudgmentStatus })
  status: Opt<JudgmentStatus> = JudgmentStatus.PENDING;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Day the overdue warning was raised' })
  @Property({ type: 'date', nullable: true })
  warnedOn?: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Last day of grace after the warning' })
  @Property({ type: 'date', nullable: true })
  graceEndsOn?: string;

  /** The dishonesty record drafted when the grace period ran out. */
  @ManyToOne({ entity: () => DishonestyRecord, nullable: true, ref: true, deleteRule: 'restrict', unique: true })
  record?: Ref<DishonestyRecord>;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @Property({ type: 'date', nullable: true })
  fulfilledOn?: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  fulfilmentNote?: string;

  @Field(() => [String])
  @Property({ type: 'json' })
  evidence: Opt<string[]> = [];

  @ManyToOne({ entity: () => User, nullable: true, ref: true, deleteRule: 'set null' })
  fulfilmentRecordedBy?: Ref<User>;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  fulfilmentRecordedAt?: Date;
}
