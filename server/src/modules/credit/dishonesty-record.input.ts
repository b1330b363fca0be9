import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, IsUUID, Length, MaxLength, ValidateNested } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { PageArgs, SortInput, SortOrder } from '../../app/list';
import { RecordCategory, RecordSource, RecordStatus, Severity, SubjectType } from './credit.enums';

@InputType()
export class CreateDishonestyRecordInput {
  @Field(() => SubjectType)
  subjectType!: SubjectType;

  @Field(() => ID)
  @IsUUID()
  subjectId!: string;

  @Field(() => RecordCategory)
  category!: RecordCategory;

  @Field(() => Severity)
  severity!: Severity;

  @Field(() => String)
  @Length(4, 10000)
  facts!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 2000)
  legalBasis?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  documentNumber?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  decidingAuthority?: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  decisionDate?: string;

  @Field(() => RecordSource, { nullable: true })
  sourceType?: RecordSource;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  sourceId?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @MaxLength(500, { each: true })
  evidence?: string[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  responsibleSectionId?: string;

  @Field(() => Boolean, { nullable: true, description: 'The subject corrected itself first (主动纠错)' })
  selfCorrected?: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 2000)
  selfCorrectionNote?: string;
}

@InputType()
export class UpdateDishonestyRecordInput {
  @Field(() => RecordCategory, { nullable: true })
  category?: RecordCategory;

  @Field(() => Severity, { nullable: true })
  severity?: Severity;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(4, 10000)
  facts?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 2000)
  legalBasis?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 100)
  documentNumber?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 100)
  decidingAuthority?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  decisionDate?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @MaxLength(500, { each: true })
  evidence?: string[];

  @Field(() => Boolean, { nullable: true })
  selfCorrected?: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 2000)
  selfCorrectionNote?: string | null;
}

@InputType()
export class DishonestyRecordFilter {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 100)
  q?: string;

  @Field(() => [RecordStatus], { nullable: true })
  statuses?: RecordStatus[];

  @Field(() => [RecordCategory], { nullable: true })
  categories?: RecordCategory[];

  @Field(() => [Severity], { nullable: true })
  severities?: Severity[];

  @Field(() => SubjectType, { nullable: true })
  subjectType?: SubjectType;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  subjectId?: string;

  @Field(() => ID, { nullable: true, description: 'Records about this unit or its staff' })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @Field(() => Boolean, { nullable: true })
  disputed?: boolean;

  @Field(() => Boolean, { nullable: true })
  repaired?: boolean;

  @Field(() => RecordSource, { nullable: true })
  sourceType?: RecordSource;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  sourceId?: string;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  ids?: string[];

  @Field(() => GraphQLLocalDate, { nullable: true })
  decidedFrom?: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  decidedTo?: string;
}

export enum DishonestyRecordSortField {
  DECISION_DATE = 'DECISION_DATE',
  CREATED_AT = 'CREATED_AT',
  SEVERITY = 'SEVERITY',
  STATUS = 'STATUS',
  CATEGORY = 'CATEGORY',
  SUBJECT_NAME = 'SUBJECT_NAME',
}
registerEnumType(DishonestyRecordSortField, { name: 'DishonestyRecordSortField' });

export const DishonestyRecordSort = SortInput('DishonestyRecordSort', DishonestyRecordSortField, SortOrder.DESC);
export type DishonestyRecordSort = InstanceType<typeof DishonestyRecordSort>;

@ArgsType()
export class DishonestyRecordListArgs extends PageArgs {
  @Field(() => DishonestyRecordFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: DishonestyRecordFilter;

  @Field(() => DishonestyRecordSort, { nullable: true })
  sort?: DishonestyRecordSort;
}
