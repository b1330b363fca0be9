import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsOptional, Length, Max, Min } from 'class-validator';
import { PageArgs } from '../../app/list';
import { SubjectType } from '../credit/credit.enums';
import { UnitKind } from '../organisation/organisation.enums';
import { Grade, PeriodKind, SchemeStatus } from './evaluation.enums';
import { ScoringRules } from './scoring-rules';

@InputType()
export class CreateEvaluationSchemeInput {
  @Field(() => String)
  @Length(2, 100)
  name!: string;

  @Field(() => SubjectType)
  subjectType!: SubjectType;

  @Field(() => PeriodKind)
  periodKind!: PeriodKind;

  @Field(() => ScoringRules)
  rules!: ScoringRules;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 2000)
  note?: string;
}

@InputType()
export class UpdateEvaluationSchemeInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(2, 100)
  name?: string;

  @Field(() => ScoringRules, { nullable: true })
  @IsOptional()
  rules?: ScoringRules;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 2000)
  note?: string;
}

@InputType()
export class EvaluationSchemeFilter {
  @Field(() => SubjectType, { nullable: true }) subjectType?: SubjectType;
  @Field(() => [SchemeStatus], { nullable: true }) statuses?: SchemeStatus[];
}

@ArgsType()
export class EvaluationSchemeListArgs extends PageArgs {
  @Field(() => EvaluationSchemeFilter, { nullable: true }) filter?: EvaluationSchemeFilter;
}

@ArgsType()
export class EvaluationRunListArgs extends PageArgs {
  @Field(() => SubjectType, { nullable: true }) subjectType?: SubjectType;
  @Field(() => String, { nullable: true }) period?: string;
}

@InputType()
export class EvaluationResultFilter {
  @Field(() => UnitKind, { nullable: true, description: 'Rank within this kind of unit' }) unitKind?: UnitKind;
  @Field(() => ID, { nullable: true, description: 'Results of this unit (people: the staff of the unit)' }) unitId?: string;
  @Field(() => [Grade], { nullable: true }) grades?: Grade[];
}

/** Which results: a run, or the current run of a period (published, else the latest computed). */
@ArgsType()
export class EvaluationResultsArgs extends PageArgs {
  @Field(() => SubjectType) subjectType!: SubjectType;
  @Field(() => String, { nullable: true, description: '2025 or 2025-Q1; with no run, the period’s published run (else its latest)' }) period?: string;
  @Field(() => ID, { nullable: true }) runId?: string;
  @Field(() => EvaluationResultFilter, { nullable: true }) filter?: EvaluationResultFilter;
}

@ArgsType()
export class EvaluationChangesArgs {
  @Field(() => ID) fromRunId!: string;
  @Field(() => ID) toRunId!: string;
  @Field(() => Int, { defaultValue: 20 })
  @Min(1)
  @Max(100)
  limit: number = 20;
}

@ArgsType()
export class EvaluationWhatIfArgs {
  @Field(() => ID, { description: 'A scheme (normally a draft) to try' }) schemeId!: string;
  @Field(() => String) period!: string;
  @Field(() => Int, { defaultValue: 50, description: 'Subjects with the biggest differences first, at most 100' })
  @Min(1)
  @Max(100)
  limit: number = 50;
}
