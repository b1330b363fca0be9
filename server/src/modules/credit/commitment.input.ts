import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, IsUUID, Length, MaxLength, ValidateNested } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { PageArgs, SortInput, SortOrder } from '../../app/list';
import { CommitmentKind, CommitmentStatus, SubjectType } from './credit.enums';

@InputType()
export class CreateCommitmentInput {
  @Field(() => SubjectType)
  subjectType!: SubjectType;

  @Field(() => ID)
  @IsUUID()
  subjectId!: string;

  @Field(() => CommitmentKind)
  kind!: CommitmentKind;

  @Field(() => String)
  @Length(4, 5000)
  content!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  beneficiary?: string;

  @Field(() => GraphQLLocalDate)
  madeOn!: string;

  @Field(() => GraphQLLocalDate)
  dueOn!: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @MaxLength(500, { each: true })
  evidence?: string[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  responsibleSectionId?: string;
}

@InputType()
export class UpdateCommitmentInput {
  @Field(() => CommitmentKind, { nullable: true })
  kind?: CommitmentKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(4, 5000)
  content?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 200)
  beneficiary?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  madeOn?: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  dueOn?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @MaxLength(500, { each: true })
  evidence?: string[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  responsibleSectionId?: string | null;
}

@InputType()
export class EvaluateCommitmentInput {
  @Field(() => String, { description: 'The evaluation (评价意见)' })
  @Length(2, 5000)
  note!: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @MaxLength(500, { each: true })
  evidence?: string[];
}

@InputType()
export class CommitmentFilter {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 100)
  q?: string;

  @Field(() => [CommitmentStatus], { nullable: true })
  statuses?: CommitmentStatus[];

  @Field(() => [CommitmentKind], { nullable: true })
  kinds?: CommitmentKind[];

  @Field(() => SubjectType, { nullable: true })
  subjectType?: SubjectType;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  subjectId?: string;

  @Field(() => ID, { nullable: true, description: 'Commitments about this unit or its staff' })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  dueFrom?: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  dueTo?: string;
}

export enum CommitmentSortField {
  DUE_ON = 'DUE_ON',
  MADE_ON = 'MADE_ON',
  STATUS = 'STATUS',
  SUBJECT_NAME = 'SUBJECT_NAME',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(CommitmentSortField, { name: 'CommitmentSortField' });

export const CommitmentSort = SortInput('CommitmentSort', CommitmentSortField, SortOrder.ASC);
export type CommitmentSort = InstanceType<typeof CommitmentSort>;

@ArgsType()
export class CommitmentListArgs extends PageArgs {
  @Field(() => CommitmentFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: CommitmentFilter;

  @Field(() => CommitmentSort, { nullable: true })
  sort?: CommitmentSort;
}
