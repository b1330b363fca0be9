import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, IsUUID, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { PageArgs, SortInput, SortOrder } from '../../app/list';
import { Severity } from '../credit/credit.enums';
import { CampaignStatus, FindingStatus } from './campaign.enums';

@InputType()
export class CreateCampaignInput {
  @Field(() => String)
  @Length(2, 200)
  title!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  documentNumber?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 5000)
  description?: string;

  @Field(() => GraphQLLocalDate)
  startsOn!: string;

  @Field(() => GraphQLLocalDate)
  endsOn!: string;

  @Field(() => ID, { nullable: true, description: 'Defaults to the section responsible for statutory obligations' })
  @IsOptional()
  @IsUUID()
  responsibleSectionId?: string;

  @Field(() => Int, { nullable: true, description: 'Default 20 working days' })
  @IsOptional()
  @Min(1)
  @Max(250)
  rectificationWorkingDays?: number;
}

@InputType()
export class UpdateCampaignInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(2, 200)
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 100)
  documentNumber?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 5000)
  description?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  startsOn?: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  endsOn?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  responsibleSectionId?: string;

  @Field(() => Int, { nullable: true, description: 'Applies to findings registered afterwards' })
  @IsOptional()
  @Min(1)
  @Max(250)
  rectificationWorkingDays?: number;
}

@InputType()
export class CampaignFilter {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 100)
  q?: string;

  @Field(() => [CampaignStatus], { nullable: true })
  statuses?: CampaignStatus[];
}

export enum CampaignSortField {
  STARTS_ON = 'STARTS_ON',
  TITLE = 'TITLE',
  STATUS = 'STATUS',
}
registerEnumType(CampaignSortField, { name: 'CampaignSortField' });

export const CampaignSort = SortInput('CampaignSort', CampaignSortField, SortOrder.DESC);
export type CampaignSort = InstanceType<typeof CampaignSort>;

@ArgsType()
export class CampaignListArgs extends PageArgs {
  @Field(() => CampaignFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: CampaignFilter;

  @Field(() => CampaignSort, { nullable: true })
  sort?: CampaignSort;
}

@InputType()
export class RegisterFindingInput {
  @Field(() => ID)
  @IsUUID()
  campaignId!: string;

  @Field(() => ID, { description: 'The unit where the problem was found; it rectifies' })
  @IsUUID()
  responsibleUnitId!: string;

  @Field(() => ID, { nullable: true, description: 'A member of staff of that unit; the unit answers when empty' })
  @IsOptional()
  @IsUUID()
  responsiblePersonId?: string;

  @Field(() => String)
  @Length(4, 5000)
  problem!: string;

  @Field(() => Severity)
  severity!: Severity;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Defaults to today' })
  foundOn?: string;

  @Field(() => Int, { nullable: true, description: 'Defaults to the campaign’s rectification period' })
  @IsOptional()
  @Min(1)
  @Max(250)
  workingDays?: number;
}

@InputType()
export class FindingRectificationInput {
  @Field(() => String)
  @Length(4, 5000)
  rectification!: string;

  @Field(() => [String])
  @ArrayMaxSize(50)
  @MaxLength(500, { each: true })
  evidence!: string[];
}

@InputType()
export class CampaignFindingFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  campaignId?: string;

  @Field(() => [FindingStatus], { nullable: true })
  statuses?: FindingStatus[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @Field(() => [Severity], { nullable: true })
  severities?: Severity[];
}

export enum CampaignFindingSortField {
  DEADLINE = 'DEADLINE',
  FOUND_ON = 'FOUND_ON',
  STATUS = 'STATUS',
  SEVERITY = 'SEVERITY',
}
registerEnumType(CampaignFindingSortField, { name: 'CampaignFindingSortField' });

export const CampaignFindingSort = SortInput('CampaignFindingSort', CampaignFindingSortField, SortOrder.ASC);
export type CampaignFindingSort = InstanceType<typeof CampaignFindingSort>;

@ArgsType()
export class CampaignFindingListArgs extends PageArgs {
  @Field(() => CampaignFindingFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: CampaignFindingFilter;

  @Field(() => CampaignFindingSort, { nullable: true })
  sort?: CampaignFindingSort;
}
