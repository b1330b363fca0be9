import { Entity, Enum, Index, ManyToOne, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';
import { BaseEntity } from '../../app/base.entity';
import { User } from '../auth/user.entity';
import { Person } from '../organisation/person.entity';
import { Unit } from '../organisation/unit.entity';
import { RectificationStatus } from './credit.enums';
import { DishonestyRecord } from './dishonesty-record.entity';

/** 整改: what must be done about a record, by whom and by when (in working days). */
@Entity({ tableName: 'rectification' })
@Index({ properties: ['status', 'deadline'] })
@ObjectType({ description: '整改' })
export class Rectification extends BaseEntity {
  @Index()
  @ManyToOne({ entity: () => DishonestyRecord, ref: true, deleteRule: 'restrict' })
  record!: Ref<DishonestyRecord>;

  @Field(() => String, { description: 'Required actions (整改措施)' })
  @Property({ type: 'text' })
  requiredActions!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  workingDays!: number;

  @Field(() => GraphQLLocalDate, { description: 'Deadline: the given working days after it was ordered' })
  @Property({ type: 'date' })
  deadline!: string;

  @ManyToOne({ entity: () => Unit, ref: true, deleteRule: 'restrict' })
  responsibleUnit!: Ref<Unit>;

  @ManyToOne({ entity: () => Person, nullable: true, ref: true, deleteRule: 'restrict' })
  responsiblePerson?: Ref<Person>;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  progress?: string;

  @Field(() => [String])
  @Property({ type: 'json' })
  evidence: Opt<string[]> = [];

  @Field(() => RectificationStatus)
  @Enum({ items: () => RectificationStatus })
  status: Opt<RectificationStatus> = RectificationStatus.OPEN;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  completedAt?: Date;

  @ManyToOne({ entity: () => User, nullable: true, ref: true, deleteRule: 'set null' })
  verifiedBy?: Ref<User>;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  verifiedAt?: Date;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  verificationNote?: string;
}
