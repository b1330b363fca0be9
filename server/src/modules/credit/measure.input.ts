import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsOptional, IsUUID, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { PageArgs } from '../../app/list';
import { MeasureApplicationStatus, MeasureEffect, MeasureKind, RecordCategory, Severity, SubjectType } from './credit.enums';

@InputType()
export class CreateMeasureInput {
  @Field(() => String)
  @Matches(/^[A-Z0-9_-]{2,32}$/, { message: 'code must be 2-32 upper-case letters, digits, - or _' })
  code!: string;

  @Field(() => String)
  @Length(2, 100)
  name!: string;

  @Field(() => MeasureKind)
  kind!: MeasureKind;

  @Field(() => MeasureEffect, { nullable: true })
  effect?: MeasureEffect;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 2000)
  description?: string;

  @Field(() => Boolean, { nullable: true })
  automatic?: boolean;

  @Field(() => [SubjectType], { nullable: true })
  subjectTypes?: SubjectType[];

  @Field(() => [RecordCategory], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  categories?: RecordCategory[];

  @Field(() => Severity, { nullable: true })
  minSeverity?: Severity;

  @Field(() => Boolean, { nullable: true })
  appliesWhenMitigated?: boolean;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(120)
  durationMonths?: number;
}

@InputType()
export class UpdateMeasureInput {
  @Field(() => String, { nullable: true }) @IsOptional() @Length(2, 100) name?: string;
  @Field(() => MeasureEffect, { nullable: true }) effect?: MeasureEffect;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(0, 2000) description?: string | null;
  @Field(() => Boolean, { nullable: true }) automatic?: boolean;
  @Field(() => [SubjectType], { nullable: true }) subjectTypes?: SubjectType[];
  @Field(() => [RecordCategory], { nullable: true }) @IsOptional() @ArrayMaxSize(20) categories?: RecordCategory[];
  @Field(() => Severity, { nullable: true }) minSeverity?: Severity | null;
  @Field(() => Boolean, { nullable: true }) appliesWhenMitigated?: boolean;
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(0) @Max(120) durationMonths?: number;
  @Field(() => Boolean, { nullable: true }) active?: boolean;
}

@InputType()
export class ApplyMeasureInput {
  @Field(() => ID)
  @IsUUID()
  measureId!: string;

  @Field(() => SubjectType)
  subjectType!: SubjectType;

  @Field(() => ID)
  @IsUUID()
  subjectId!: string;

  @Field(() => ID, { nullable: true, description: 'The record that calls for it (punishments)' })
  @IsOptional()
  @IsUUID()
  recordId?: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Defaults to today' })
  effectiveFrom?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 2000)
  note?: string;
}

@InputType()
export class MeasureApplicationFilter {
  @Field(() => [MeasureApplicationStatus], { nullable: true })
  statuses?: MeasureApplicationStatus[];

  @Field(() => MeasureKind, { nullable: true })
  kind?: MeasureKind;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  measureId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  subjectId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  recordId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  unitId?: string;
}

@ArgsType()
export class MeasureApplicationListArgs extends PageArgs {
  @Field(() => MeasureApplicationFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: MeasureApplicationFilter;
}

@ArgsType()
export class MeasureListArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Part of the name or code' })
  @IsOptional()
  @Length(0, 100)
  q?: string;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  ids?: string[];

  @Field(() => MeasureKind, { nullable: true })
  kind?: MeasureKind;

  @Field(() => Boolean, { nullable: true })
  active?: boolean;
}
