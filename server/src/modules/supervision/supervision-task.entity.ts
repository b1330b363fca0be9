import { Entity, Enum, Index, ManyToOne, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';
import { BaseEntity } from '../../app/base.entity';
import { User } from '../auth/user.entity';
import { LeadingGroup } from '../organisation/leading-group.entity';
import { Person } from '../organisation/person.entity';
import { Unit } from '../organisation/unit.entity';
import { SupervisionTaskStatus } from './supervision.enums';

/**
 * 层级督办任务 (S1): a task the leading group sets a unit, accepted and scored
 * when done; the scores go into the bureau's performance assessment.
 */
@Entity({ tableName: 'supervision_task' })
@Index({ properties: ['status', 'dueOn'] })
@ObjectType({ description: '督办任务' })
export class SupervisionTask extends BaseEntity {
  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => String, { description: 'What is required (工作要求)' })
  @Property({ type: 'text' })
  requirement!: string;

  @ManyToOne({ entity: () => LeadingGroup, nullable: true, ref: true, deleteRule: 'set null' })
  leadingGroup?: Ref<LeadingGroup>;

  @Index()
  @ManyToOne({ entity: () => Unit, ref: true, deleteRule: 'restrict' })
  assignedUnit!: Ref<Unit>;

  @Index()
  @ManyToOne({ entity: () => Person, nullable: true, ref: true, deleteRule: 'restrict' })
  responsiblePerson?: Ref<Person>;

  @Field(() => GraphQLLocalDate)
  @Property({ type: 'date' })
  assignedOn!: string;

  @Field(() => GraphQLLocalDate)
  @Property({ type: 'date' })
  dueOn!: string;

  @Field(() => SupervisionTaskStatus)
  @Enum({ items: () => SupervisionTaskStatus })
  status: Opt<SupervisionTaskStatus> = SupervisionTaskStatus.ASSIGNED;

  @Field(() => String, { nullable: true, description: 'Latest progress report' })
  @Property({ type: 'text', nullable: true })
  progress?: string;

  @Field(() => String, { nullable: true, description: 'The result submitted for acceptance' })
  @Property({ type: 'text', nullable: true })
  result?: string;

  @Field(() => [String])
  @Property({ type: 'json' })
  evidence: Opt<string[]> = [];

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Day of the latest submission' })
  @Property({ type: 'date', nullable: true })
  submittedOn?: string;

  @Field(() => Int, { nullable: true, description: 'Score 0–100 given at acceptance' })
  @Property({ type: 'integer', nullable: true })
  score?: number;

  @Field(() => String, { nullable: true, description: 'Acceptance note, or why it was returned' })
  @Property({ type: 'text', nullable: true })
  reviewNote?: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  returnCount: Opt<number> = 0;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @Property({ type: 'date', nullable: true })
  acceptedOn?: string;

  @ManyToOne({ entity: () => User, nullable: true, ref: true, deleteRule: 'set null' })
  issuedBy?: Ref<User>;

  @ManyToOne({ entity: () => User, nullable: true, ref: true, deleteRule: 'set null' })
  reviewedBy?: Ref<User>;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  reviewedAt?: Date;
}
