import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { ListOf } from '../../app/list';
import { SubjectType } from '../credit/credit.enums';
import { UnitKind } from '../organisation/organisation.enums';
import { Grade } from './evaluation.enums';
import { EvaluationResult, EvaluationRun } from './evaluation-run.entity';
import { EvaluationScheme } from './evaluation-scheme.entity';

@ObjectType()
export class EvaluationSchemeList extends ListOf(EvaluationScheme) {}

@ObjectType()
export class EvaluationRunList extends ListOf(EvaluationRun) {}

@ObjectType({ description: 'A page of results, best first, each with its rank within its kind of unit' })
export class EvaluationResultList extends ListOf(EvaluationResult) {
  @Field(() => EvaluationRun, { nullable: true, description: 'The run the results come from' }) run?: EvaluationRun;
}

@ObjectType()
export class GradeCount {
  @Field(() => Grade) grade!: Grade;
  @Field(() => String) label!: string;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: 'Results per grade in a run' })
export class GradeDistribution {
  @Field(() => EvaluationRun) run!: EvaluationRun;
  @Field(() => [GradeCount]) grades!: GradeCount[];
  @Field(() => Float, { nullable: true }) averageScore?: number | null;
}

@ObjectType({ description: 'A subject’s published score in one period' })
export class EvaluationTrendPoint {
  @Field(() => String) period!: string;
  @Field(() => ID) runId!: string;
  @Field(() => Int) runRevision!: number;
  @Field(() => Float) score!: number;
  @Field(() => Grade) grade!: Grade;
}

@ObjectType({ description: 'A subject whose score differs between two runs (or a draft and the published run)' })
export class ScoreChange {
  @Field(() => SubjectType) subjectType!: SubjectType;
  @Field(() => ID) subjectId!: string;
  @Field(() => String) subjectName!: string;
  @Field(() => UnitKind) unitKind!: UnitKind;
  @Field(() => Float, { nullable: true, description: 'Empty when the subject was not evaluated before' }) fromScore?: number | null;
  @Field(() => Float, { nullable: true, description: 'Empty when the subject is no longer evaluated' }) toScore?: number | null;
  @Field(() => Float) delta!: number;
  @Field(() => Grade, { nullable: true }) fromGrade?: Grade | null;
  @Field(() => Grade, { nullable: true }) toGrade?: Grade | null;
  @Field(() => Int, { nullable: true, description: 'Rank within the kind of unit in the earlier run (the published one for a what-if)' })
  fromRank?: number | null;
  @Field(() => Int, { nullable: true, description: 'Rank within the kind of unit in the later run (the simulated one for a what-if)' })
  toRank?: number | null;
}

@ObjectType({ description: 'Biggest changes between two runs' })
export class ScoreChanges {
  @Field(() => Int, { description: 'Subjects whose score changed' }) changed!: number;
  @Field(() => Int, { description: 'Subjects whose grade changed' }) gradeChanged!: number;
  @Field(() => [ScoreChange], { description: 'Largest changes first' }) items!: ScoreChange[];
}

@ObjectType({ description: 'What a scheme would give for a period, against the published result' })
export class WhatIfResult {
  @Field(() => ID) schemeId!: string;
  @Field(() => String) period!: string;
  @Field(() => ID) publishedRunId!: string;
  @Field(() => Int) subjects!: number;
  @Field(() => Int) changed!: number;
  @Field(() => Int) gradeChanged!: number;
  @Field(() => Float, { nullable: true }) publishedAverage?: number | null;
  @Field(() => Float, { nullable: true }) simulatedAverage?: number | null;
  @Field(() => [ScoreChange], { description: 'Largest differences first' }) items!: ScoreChange[];
}

@ObjectType({ description: '机关绩效考核: a unit’s integrity evaluation and its staff’s, for the performance assessment' })
export class PerformanceAssessmentRow {
  @Field(() => ID) unitId!: string;
  @Field(() => String) unitCode!: string;
  @Field(() => String) unitName!: string;
  @Field(() => UnitKind) unitKind!: UnitKind;
  @Field(() => Float, { nullable: true }) score?: number | null;
  @Field(() => Grade, { nullable: true }) grade?: Grade | null;
  @Field(() => Int, { nullable: true, description: 'Rank within its kind of unit' }) rank?: number | null;
  @Field(() => Float, { nullable: true }) deductions?: number | null;
  @Field(() => Float, { nullable: true }) credits?: number | null;
  @Field(() => Int) staffEvaluated!: number;
  @Field(() => Float, { nullable: true }) staffAverage?: number | null;
  @Field(() => Int, { description: 'Staff graded C or D' }) staffWarned!: number;
}

@ObjectType()
export class PerformanceAssessmentExport {
  @Field(() => String) period!: string;
  @Field(() => ID, { nullable: true }) unitRunId?: string;
  @Field(() => ID, { nullable: true }) personRunId?: string;
  @Field(() => [PerformanceAssessmentRow]) rows!: PerformanceAssessmentRow[];
  @Field(() => String, { description: 'The rows as CSV (UTF-8, header in Chinese)' }) csv!: string;
}
