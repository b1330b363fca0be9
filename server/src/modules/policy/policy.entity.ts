import { Collection, Entity, Enum, Index, ManyToMany, ManyToOne, OneToMany, Property, Unique, type Opt, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { BaseEntity } from '../../app/base.entity';
import { User } from '../auth/user.entity';
import { Person } from '../organisation/person.entity';
import { Unit } from '../organisation/unit.entity';
import { EvaluationRating, PolicyLevel, PolicyStatus, PolicyTaskStatus } from './policy.enums';

/**
 * 政策 (K1): a national, provincial, municipal or county policy the bureau
 * must carry out, broken down into tasks. A newer policy may replace an older
 * one: when the new one takes effect the old one is superseded (新旧政策衔接).
 */
@Entity({ tableName: 'policy' })
@Index({ properties: ['status', 'level'] })
// A policy is replaced by one newer policy at most.
@Unique({ properties: ['replaces'] })
@ObjectType({ description: '政策（政策落实兑现）' })
export class Policy extends BaseEntity {
  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => String, { description: 'Document number (文号), unique' })
  @Property({ type: 'string', length: 100, unique: true })
  documentNumber!: string;

  @Field(() => String, { nullable: true, description: 'Issuing authority (发文机关)' })
  @Property({ type: 'string', length: 100, nullable: true })
  issuedBy?: string;

  @Field(() => PolicyLevel)
  @Enum({ items: () => PolicyLevel })
  level!: PolicyLevel;

  @Field(() => GraphQLLocalDate)
  @Property({ type: 'date' })
  issuedOn!: string;

  @Field(() => GraphQLLocalDate)
  @Property({ type: 'date' })
  effectiveFrom!: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Last day in force, when limited' })
  @Property({ type: 'date', nullable: true })
  effectiveTo?: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  summary?: string;

  /** The older policy this one replaces. */
  @ManyToOne({ entity: () => Policy, nullable: true, ref: true, deleteRule: 'restrict' })
  replaces?: Ref<Policy>;

  /** Set on the old policy when its replacement takes effect. */
  @ManyToOne({ entity: () => Policy, nullable: true, ref: true, deleteRule: 'set null' })
  supersededBy?: Ref<Policy>;

  /** 责任股室 */
  @Index()
  @ManyToOne({ entity: () => Unit, ref: true, deleteRule: 'restrict' })
  responsibleSection!: Ref<Unit>;

  @Field(() => PolicyStatus)
  @Enum({ items: () => PolicyStatus })
  status: Opt<PolicyStatus> = PolicyStatus.DRAFT;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'The day it was put in force' })
  @Property({ type: 'date', nullable: true })
  enactedOn?: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'The day it was superseded or expired' })
  @Property({ type: 'date', nullable: true })
  endedOn?: string;

  @Field(() => String, { nullable: true, description: 'Why it ended early (废止), when ended by hand' })
  @Property({ type: 'text', nullable: true })
  endReason?: string;

  @OneToMany({ entity: () => PolicyTask, mappedBy: 'policy' })
  tasks = new Collection<PolicyTask>(this);

  @OneToMany({ entity: () => PolicyEvaluation, mappedBy: 'policy' })
  evaluations = new Collection<PolicyEvaluation>(this);
}

/** 任务: one measure of a policy, with a lead unit, responsible units and a deadline. */
@Entity({ tableName: 'policy_task' })
@Index({ properties: ['status', 'deadline'] })
@ObjectType({ description: '政策落实任务' })
export class PolicyTask extends BaseEntity {
  @Index()
  @ManyToOne({ entity: () => Policy, ref: true, deleteRule: 'restrict' })
  policy!: Ref<Policy>;

  @Field(() => String, { description: 'The measure to carry out (具体措施)' })
  @Property({ type: 'text' })
  measure!: string;

  /** 牵头单位 */
  @Index()
  @ManyToOne({ entity: () => Unit, ref: true, deleteRule: 'restrict' })
  leadUnit!: Ref<Unit>;

  /** 责任单位 (besides the lead unit). */
  @ManyToMany({ entity: () => Unit, pivotTable: 'policy_task_unit', owner: true })
  responsibleUnits = new Collection<Unit>(this);

  @ManyToOne({ entity: () => Person, nullable: true, ref: true, deleteRule: 'restrict' })
  responsiblePerson?: Ref<Person>;

  @Field(() => GraphQLLocalDate, { description: 'When the task was assigned' })
  @Property({ type: 'date' })
  assignedOn!: string;

  @Field(() => GraphQLLocalDate)
  @Property({ type: 'date' })
  deadline!: string;

  @Field(() => PolicyTaskStatus)
  @Enum({ items: () => PolicyTaskStatus })
  status: Opt<PolicyTaskStatus> = PolicyTaskStatus.OPEN;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @Property({ type: 'date', nullable: true })
  completedOn?: string;

  /** The superseded policy the task came from, when carried over. */
  @ManyToOne({ entity: () => Policy, nullable: true, ref: true, deleteRule: 'set null' })
  carriedOverFrom?: Ref<Policy>;

  @OneToMany({ entity: () => PolicyTaskProgress, mappedBy: 'task', orderBy: { createdAt: 'ASC' } })
  progressReports = new Collection<PolicyTaskProgress>(this);
}

/** 进展报告: what a responsible unit reported, with evidence; never edited, kept as history. */
@Entity({ tableName: 'policy_task_progress' })
@ObjectType({ description: '任务进展' })
export class PolicyTaskProgress extends BaseEntity {
  @Index()
  @ManyToOne({ entity: () => PolicyTask, ref: true, deleteRule: 'cascade' })
  task!: Ref<PolicyTask>;

  @Field(() => GraphQLLocalDate)
  @Property({ type: 'date' })
  reportedOn!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  note!: string;

  @Field(() => [String], { description: 'Evidence: document numbers, file references' })
  @Property({ type: 'json' })
  evidence: Opt<string[]> = [];

  @Field(() => Boolean, { description: 'Reported the task as done' })
  @Property({ type: 'boolean' })
  completed: Opt<boolean> = false;

  /** Empty for entries the system wrote (carry-over to a new policy). */
  @ManyToOne({ entity: () => User, nullable: true, ref: true, deleteRule: 'set null' })
  reportedBy?: Ref<User>;
}

/** 实施后评估: how well a policy was carried out, and what should change. */
@Entity({ tableName: 'policy_evaluation' })
@ObjectType({ description: '政策实施后评估' })
export class PolicyEvaluation extends BaseEntity {
  @Index()
  @ManyToOne({ entity: () => Policy, ref: true, deleteRule: 'restrict' })
  policy!: Ref<Policy>;

  @Field(() => GraphQLLocalDate)
  @Property({ type: 'date' })
  evaluatedOn!: string;

  @Field(() => String, { nullable: true, description: 'Who evaluated (a section, a third party)' })
  @Property({ type: 'string', length: 100, nullable: true })
  evaluator?: string;

  @Field(() => Int, { description: 'Score out of 100' })
  @Property({ type: 'integer' })
  score!: number;

  @Field(() => EvaluationRating)
  @Enum({ items: () => EvaluationRating })
  rating!: EvaluationRating;

  @Field(() => String)
  @Property({ type: 'text' })
  findings!: string;

  @Field(() => String, { nullable: true, description: 'Adjustments proposed or made (调整完善建议)' })
  @Property({ type: 'text', nullable: true })
  adjustments?: string;

  @ManyToOne({ entity: () => User, nullable: true, ref: true, deleteRule: 'set null' })
  recordedBy?: Ref<User>;
}
