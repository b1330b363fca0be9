import { BigIntType, Collection, Entity, Enum, Index, ManyToOne, OneToMany, PrimaryKey, Property, Unique, type Opt, type Ref } from '@mikro-orm/core';
import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';
import { BaseEntity } from '../../app/base.entity';
import { SubjectType } from '../credit/credit.enums';
import { UnitKind } from '../organisation/organisation.enums';
import { Unit } from '../organisation/unit.entity';
import { Grade, LedgerKind, PeriodKind, RunStatus } from './evaluation.enums';
import { EvaluationScheme } from './evaluation-scheme.entity';

/** One evaluation of every unit or every person for a period under one scheme version. */
@Entity({ tableName: 'evaluation_run' })
@Unique({
  name: 'evaluation_run_revision_unique',
  expression: `create unique index "evaluation_run_revision_unique" on "evaluation_run" ("subject_type", "period", "revision") where "status" <> 'SIMULATION'`,
})
// One published (current) run per subject type and period.
@Unique({
  name: 'evaluation_run_published_unique',
  expression: `create unique index "evaluation_run_published_unique" on "evaluation_run" ("subject_type", "period") where "status" = 'PUBLISHED'`,
})
@ObjectType({ description: '评价批次' })
export class EvaluationRun extends BaseEntity {
  @ManyToOne({ entity: () => EvaluationScheme, ref: true, deleteRule: 'restrict' })
  scheme!: Ref<EvaluationScheme>;

  @Field(() => SubjectType)
  @Enum({ items: () => SubjectType })
  subjectType!: SubjectType;

  @Field(() => String, { description: '2025 or 2025-Q1' })
  @Property({ type: 'string', length: 7 })
  period!: string;

  @Field(() => PeriodKind)
  @Enum({ items: () => PeriodKind })
  periodKind!: PeriodKind;

  @Field(() => GraphQLLocalDate)
  @Property({ type: 'date' })
  periodStart!: string;

  @Field(() => GraphQLLocalDate)
  @Property({ type: 'date' })
  periodEnd!: string;

  @Field(() => Int, { description: 'Run number within the subject type and period: each recomputation makes a new one' })
  @Property({ type: 'integer' })
  revision!: number;

  @Field(() => RunStatus)
  @Enum({ items: () => RunStatus })
  status: Opt<RunStatus> = RunStatus.COMPUTED;

  @Field(() => Int)
  @Property({ type: 'integer' })
  subjectCount: Opt<number> = 0;

  @Field(() => GraphQLDateTimeISO)
  @Property({ type: 'datetime' })
  computedAt: Opt<Date> = new Date();

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  publishedAt?: Date;
}

/** 评价结果: a subject's score and grade in one run; the ledger explains every point. */
@Entity({ tableName: 'evaluation_result' })
@Unique({ properties: ['run', 'subjectId'] })
@Index({ properties: ['subjectId'] })
@ObjectType({ description: '评价结果' })
@Directive('@key(fields: "id")')
export class EvaluationResult {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne({ entity: () => EvaluationRun, ref: true, deleteRule: 'cascade' })
  run!: Ref<EvaluationRun>;

  @Field(() => SubjectType)
  @Enum({ items: () => SubjectType })
  subjectType!: SubjectType;

  @Field(() => ID, { description: 'The unit or person evaluated' })
  @Property({ type: 'uuid' })
  subjectId!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  subjectName!: string;

  /** The unit itself, or the person's unit: data scope and ranking go by it. */
  @ManyToOne({ entity: () => Unit, ref: true, deleteRule: 'restrict' })
  unit!: Ref<Unit>;

  @Field(() => UnitKind, { description: 'Kind of the unit (ranking group)' })
  @Enum({ items: () => UnitKind })
  unitKind!: UnitKind;

  @Field(() => Float)
  @Property({ type: 'double' })
  score!: number;

  @Field(() => Float, { description: 'Points deducted, after caps (0 or less)' })
  @Property({ type: 'double' })
  deductions!: number;

  @Field(() => Float, { description: 'Points added, after caps (0 or more)' })
  @Property({ type: 'double' })
  credits!: number;

  @Field(() => Grade)
  @Enum({ items: () => Grade })
  grade!: Grade;

  @Field(() => Int, { nullable: true, description: 'Rank within its kind of unit in the run (in lists)' })
  @Property({ type: 'integer', persist: false })
  rank?: number;

  @OneToMany({ entity: () => EvaluationLedgerEntry, mappedBy: 'result', orderBy: { position: 'asc' } })
  ledger = new Collection<EvaluationLedgerEntry>(this);
}

/** 计分明细: one line of a result — the base, a deduction, a credit, or a cap. */
@Entity({ tableName: 'evaluation_ledger' })
@Index({ properties: ['result', 'position'] })
@ObjectType({ description: '计分明细' })
export class EvaluationLedgerEntry {
  @PrimaryKey({ type: new BigIntType('string') })
  id!: Opt<string>;

  // No foreign key to the result: the lines and their results are written by one statement that
  // computes both ids, and a per-line check against a table the planner believes empty (right after
  // a vacuum) turned into a sequential scan per line: 50 s for 19,000 people. Lines go with their
  // run (foreign key, cascade) or with their results (deleted together when a subject is rescored).
  @ManyToOne({ entity: () => EvaluationResult, ref: true, createForeignKeyConstraint: false })
  result!: Ref<EvaluationResult>;

  @ManyToOne({ entity: () => EvaluationRun, ref: true, deleteRule: 'cascade' })
  run!: Ref<EvaluationRun>;

  @Field(() => Int, { description: 'Order of the line within the result' })
  @Property({ type: 'integer' })
  position!: number;

  @Field(() => LedgerKind)
  @Enum({ items: () => LedgerKind })
  kind!: LedgerKind;

  @Field(() => String, { description: 'The rule applied: CATEGORY/SEVERITY for a deduction, the credit kind, BASE, CAP or CREDIT_TOTAL' })
  @Property({ type: 'string', length: 60 })
  rule!: string;

  @Field(() => String, { nullable: true, description: 'Code of the second-level indicator' })
  @Property({ type: 'string', length: 20, nullable: true })
  indicator?: string;

  @Field(() => Int, { description: 'Version (revision) of the scheme the rule comes from' })
  @Property({ type: 'integer' })
  schemeRevision!: number;

  @Field(() => String, { nullable: true, description: 'DishonestyRecord, Commitment, TrainingHours, SupervisionTask, SupervisionProposal, JudicialSuggestion, Complaint, CourtAppearanceRate' })
  @Property({ type: 'string', length: 40, nullable: true })
  sourceType?: string;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  sourceId?: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @Property({ type: 'date', nullable: true })
  sourceDate?: string;

  @Field(() => Float, { description: 'Points: negative for deductions' })
  @Property({ type: 'double' })
  points!: number;

  @Field(() => String)
  @Property({ type: 'text' })
  note!: string;
}
