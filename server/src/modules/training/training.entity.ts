import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique, type Opt, type Ref } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { BaseEntity } from '../../app/base.entity';
import { User } from '../auth/user.entity';
import { Person } from '../organisation/person.entity';
import { Unit } from '../organisation/unit.entity';
import { AttendanceStatus, TrainingKind } from './training.enums';

/** 诚信教育 (C1): one course, lecture, online module or leaders' study session. */
@Entity({ tableName: 'training_session' })
@ObjectType({ description: '诚信教育培训' })
export class TrainingSession extends BaseEntity {
  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  topic!: string;

  @Field(() => TrainingKind)
  @Enum({ items: () => TrainingKind })
  kind!: TrainingKind;

  @Index()
  @Field(() => GraphQLLocalDate)
  @Property({ type: 'date' })
  heldOn!: string;

  @Field(() => Float, { description: 'Class hours (学时) the session is worth' })
  @Property({ type: 'double' })
  hours!: number;

  @Field(() => String, { nullable: true, description: 'Trainer or lecturer (授课人)' })
  @Property({ type: 'string', length: 100, nullable: true })
  trainer?: string;

  /** The organising section (人事教育股 by default). */
  @ManyToOne({ entity: () => Unit, ref: true, deleteRule: 'restrict' })
  organiser!: Ref<Unit>;

  @Field(() => String, { nullable: true, description: 'Intended audience (参训对象), e.g. 全局公务员' })
  @Property({ type: 'string', length: 200, nullable: true })
  audience?: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description?: string;

  @Field(() => Boolean, { description: 'Hours count only for those who pass the exam' })
  @Property({ type: 'boolean' })
  examRequired: Opt<boolean> = false;

  @Field(() => Int, { description: 'Lowest passing exam score' })
  @Property({ type: 'integer' })
  passMark: Opt<number> = 60;
}

/** Who took part in a session, the hours credited and the exam result. */
@Entity({ tableName: 'training_attendance' })
@Unique({ properties: ['session', 'person'] })
@ObjectType({ description: '参训记录' })
export class TrainingAttendance extends BaseEntity {
  @Index()
  @ManyToOne({ entity: () => TrainingSession, ref: true, deleteRule: 'restrict' })
  session!: Ref<TrainingSession>;

  @Index()
  @ManyToOne({ entity: () => Person, ref: true, deleteRule: 'restrict' })
  person!: Ref<Person>;

  /** The person's unit when recorded: the data scope of the record. */
  @Index()
  @ManyToOne({ entity: () => Unit, ref: true, deleteRule: 'restrict' })
  scopeUnit!: Ref<Unit>;

  @Field(() => AttendanceStatus)
  @Enum({ items: () => AttendanceStatus })
  status!: AttendanceStatus;

  @Field(() => Float, { description: 'Hours the person was present' })
  @Property({ type: 'double' })
  hoursAttended: Opt<number> = 0;

  @Field(() => Float, { description: 'Hours that count towards the yearly minimum' })
  @Property({ type: 'double' })
  hoursCredited: Opt<number> = 0;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  examScore?: number;

  @Field(() => Boolean, { nullable: true, description: 'Passed the exam; empty when no score is recorded' })
  @Property({ type: 'boolean', nullable: true })
  passed?: boolean;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note?: string;

  @ManyToOne({ entity: () => User, nullable: true, ref: true, deleteRule: 'set null' })
  recordedBy?: Ref<User>;
}

/** The yearly minimum of integrity-education hours, one row. */
@Entity({ tableName: 'training_policy' })
@ObjectType({ description: '诚信教育学时要求' })
export class TrainingPolicy {
  @PrimaryKey({ type: 'string', length: 16 })
  id: Opt<string> = 'default';

  // One class hour a month. The plan sets no figure; the bureau may change it.
  @Field(() => Float, { description: 'Hours each active member of staff must reach in a calendar year' })
  @Property({ type: 'double' })
  minimumHoursPerYear: Opt<number> = 12;

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version: Opt<number> = 1;
}
