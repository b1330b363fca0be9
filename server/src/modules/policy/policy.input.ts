import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, IsUUID, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { PageArgs, SortInput, SortOrder } from '../../app/list';
import { PolicyLevel, PolicyStatus, PolicyTaskStatus } from './policy.enums';

@InputType()
export class CreatePolicyInput {
  @Field(() => String)
  @Length(2, 200)
  title!: string;

  @Field(() => String, { description: 'Document number (文号), e.g. 豫政〔2026〕3号' })
  @Length(2, 100)
  documentNumber!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  issuedBy?: string;

  @Field(() => PolicyLevel)
  level!: PolicyLevel;

  @Field(() => GraphQLLocalDate)
  issuedOn!: string;

  @Field(() => GraphQLLocalDate)
  effectiveFrom!: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  effectiveTo?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 5000)
  summary?: string;

  @Field(() => ID, { nullable: true, description: 'The older policy this one replaces' })
  @IsOptional()
  @IsUUID()
  replacesId?: string;

  @Field(() => ID, { nullable: true, description: 'Defaults to the section responsible for policy implementation' })
  @IsOptional()
  @IsUUID()
  responsibleSectionId?: string;
}

@InputType({ description: 'Level, dates of issue and effect, and the replaced policy are fixed once the policy is in force' })
export class UpdatePolicyInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(2, 200)
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(2, 100)
  documentNumber?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 100)
  issuedBy?: string | null;

  @Field(() => PolicyLevel, { nullable: true })
  level?: PolicyLevel;

  @Field(() => GraphQLLocalDate, { nullable: true })
  issuedOn?: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  effectiveFrom?: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  effectiveTo?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 5000)
  summary?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  replacesId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  responsibleSectionId?: string;
}

@InputType()
export class PolicyFilter {
  @Field(() => String, { nullable: true, description: 'Title, document number or issuing authority' })
  @IsOptional()
  @Length(0, 100)
  q?: string;

  @Field(() => [PolicyLevel], { nullable: true })
  levels?: PolicyLevel[];

  @Field(() => [PolicyStatus], { nullable: true })
  statuses?: PolicyStatus[];
}

export enum PolicySortField {
  ISSUED_ON = 'ISSUED_ON',
  EFFECTIVE_FROM = 'EFFECTIVE_FROM',
  TITLE = 'TITLE',
  STATUS = 'STATUS',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(PolicySortField, { name: 'PolicySortField' });

export const PolicySort = SortInput('PolicySort', PolicySortField, SortOrder.DESC);
export type PolicySort = InstanceType<typeof PolicySort>;

@ArgsType()
export class PolicyListArgs extends PageArgs {
  @Field(() => PolicyFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: PolicyFilter;

  @Field(() => PolicySort, { nullable: true })
  sort?: PolicySort;
}

@InputType()
export class CreatePolicyTaskInput {
  @Field(() => ID)
  @IsUUID()
  policyId!: string;

  @Field(() => String)
  @Length(2, 5000)
  measure!: string;

  @Field(() => ID, { description: '牵头单位' })
  @IsUUID()
  leadUnitId!: string;

  @Field(() => [ID], { nullable: true, description: '责任单位 besides the lead unit' })
  @IsOptional()
  @ArrayMaxSize(30)
  @IsUUID('all', { each: true })
  responsibleUnitIds?: string[];

  @Field(() => ID, { nullable: true, description: 'A member of staff of the lead or a responsible unit' })
  @IsOptional()
  @IsUUID()
  responsiblePersonId?: string;

  @Field(() => GraphQLLocalDate)
  deadline!: string;
}

@InputType()
export class UpdatePolicyTaskInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(2, 5000)
  measure?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  leadUnitId?: string;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(30)
  @IsUUID('all', { each: true })
  responsibleUnitIds?: string[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  responsiblePersonId?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  deadline?: string;
}

@InputType()
export class PolicyTaskProgressInput {
  @Field(() => String)
  @Length(2, 5000)
  note!: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @MaxLength(500, { each: true })
  evidence?: string[];

  @Field(() => Boolean, { nullable: true, description: 'Report the task as done (needs evidence)' })
  completed?: boolean;
}

@InputType()
export class PolicyTaskFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  policyId?: string;

  @Field(() => [PolicyTaskStatus], { nullable: true })
  statuses?: PolicyTaskStatus[];

  @Field(() => ID, { nullable: true, description: 'Led by or assigned to this unit' })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  deadlineBefore?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 100)
  q?: string;
}

export enum PolicyTaskSortField {
  DEADLINE = 'DEADLINE',
  STATUS = 'STATUS',
  ASSIGNED_ON = 'ASSIGNED_ON',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(PolicyTaskSortField, { name: 'PolicyTaskSortField' });

export const PolicyTaskSort = SortInput('PolicyTaskSort', PolicyTaskSortField, SortOrder.ASC);
export type PolicyTaskSort = InstanceType<typeof PolicyTaskSort>;

@ArgsType()
export class PolicyTaskListArgs extends PageArgs {
  @Field(() => PolicyTaskFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: PolicyTaskFilter;

  @Field(() => PolicyTaskSort, { nullable: true })
  sort?: PolicyTaskSort;
}

@InputType()
export class EvaluatePolicyInput {
  @Field(() => GraphQLLocalDate)
  evaluatedOn!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  evaluator?: string;

  @Field(() => Int)
  @Min(0)
  @Max(100)
  score!: number;

  @Field(() => String)
  @Length(4, 10000)
  findings!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 10000)
  adjustments?: string;
}
