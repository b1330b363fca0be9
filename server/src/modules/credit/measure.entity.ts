import { Entity, Enum, Index, ManyToOne, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';
import { BaseEntity } from '../../app/base.entity';
import { User } from '../auth/user.entity';
import {
  MeasureApplicationStatus,
  MeasureEffect,
  MeasureKind,
  RecordCategory,
  Severity,
  SubjectType,
} from './credit.enums';
import { DishonestyRecord } from './dishonesty-record.entity';
import { SubjectEntity } from './subject.entity';

/** A punishment or incentive in the catalogue, with the conditions that trigger it (C3). */
@Entity({ tableName: 'measure' })
@ObjectType({ description: '奖惩措施' })
export class Measure extends BaseEntity {
  @Field(() => String)
  @Property({ type: 'string', length: 32, unique: true })
  code!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(() => MeasureKind)
  @Enum({ items: () => MeasureKind })
  kind!: MeasureKind;

  @Field(() => MeasureEffect)
  @Enum({ items: () => MeasureEffect })
  effect: Opt<MeasureEffect> = MeasureEffect.NONE;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description?: string;

  @Field(() => Boolean, { description: 'Applied automatically when a record matching the conditions is confirmed' })
  @Property({ type: 'boolean' })
  automatic: Opt<boolean> = false;

  @Field(() => [SubjectType], { description: 'Subjects it applies to; empty = both' })
  @Enum({ items: () => SubjectType, array: true })
  subjectTypes: Opt<SubjectType[]> = [];

  @Field(() => [RecordCategory], { description: 'Record categories that trigger it; empty = any' })
  @Enum({ items: () => RecordCategory, array: true })
  categories: Opt<RecordCategory[]> = [];

  @Field(() => Severity, { nullable: true, description: 'Lowest severity that triggers it' })
  @Enum({ items: () => Severity, nullable: true })
  minSeverity?: Severity;

  @Field(() => Boolean, { description: 'Still applies when self-correction mitigates punishment' })
  @Property({ type: 'boolean' })
  appliesWhenMitigated: Opt<boolean> = false;

  @Field(() => Int, { description: 'How long the measure lasts, in months (0 = one-off)' })
  @Property({ type: 'integer' })
  durationMonths: Opt<number> = 0;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  active: Opt<boolean> = true;
}

/** One measure applied to one subject: triggered → executed → feedback (反馈单). */
@Entity({ tableName: 'measure_application' })
@ObjectType({ description: '奖惩措施的实施' })
export class MeasureApplication extends SubjectEntity {
  @Index()
  @ManyToOne({ entity: () => Measure, ref: true, deleteRule: 'restrict' })
  measure!: Ref<Measure>;

  @Index()
  @ManyToOne({ entity: () => DishonestyRecord, nullable: true, ref: true, deleteRule: 'restrict' })
  record?: Ref<DishonestyRecord>;

  @Field(() => Boolean, { description: 'Triggered by a rule rather than by hand' })
  @Property({ type: 'boolean' })
  automatic: Opt<boolean> = false;

  @Field(() => MeasureApplicationStatus)
  @Enum({ items: () => MeasureApplicationStatus })
  status: Opt<MeasureApplicationStatus> = MeasureApplicationStatus.TRIGGERED;

  @Field(() => GraphQLLocalDate)
  @Property({ type: 'date' })
  effectiveFrom!: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @Property({ type: 'date', nullable: true })
  effectiveTo?: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note?: string;

  @ManyToOne({ entity: () => User, nullable: true, ref: true, deleteRule: 'set null' })
  triggeredBy?: Ref<User>;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  executedAt?: Date;

  @Field(() => String, { nullable: true, description: 'Feedback form (反馈单)' })
  @Property({ type: 'text', nullable: true })
  feedback?: string;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  feedbackAt?: Date;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  cancelReason?: string;
}
