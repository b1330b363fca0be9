import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, IsUUID, Length, ValidateNested } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { PageArgs, SortInput, SortOrder } from '../../app/list';
import { LeadingGroupRole } from './organisation.enums';

@InputType()
export class CreateLeadingGroupInput {
  @Field(() => String)
  @Length(2, 100)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  documentNumber?: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  establishedOn?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 5000)
  duties?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  officeUnitId?: string;
}

@InputType()
export class UpdateLeadingGroupInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(2, 100)
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 100)
  documentNumber?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  establishedOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 5000)
  duties?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  officeUnitId?: string | null;
}

@InputType()
export class CreateLeadingGroupMemberInput {
  @Field(() => ID)
  @IsUUID()
  groupId!: string;

  @Field(() => ID)
  @IsUUID()
  personId!: string;

  @Field(() => LeadingGroupRole)
  role!: LeadingGroupRole;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 200)
  duty?: string;

  @Field(() => GraphQLLocalDate)
  termStart!: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  termEnd?: string;
}

@InputType()
export class UpdateLeadingGroupMemberInput {
  @Field(() => LeadingGroupRole, { nullable: true })
  role?: LeadingGroupRole;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 200)
  duty?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  termStart?: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Set to end the term; null reopens it' })
  termEnd?: string | null;
}

@InputType()
export class LeadingGroupFilter {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 100)
  q?: string;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  ids?: string[];
}

export enum LeadingGroupSortField {
  NAME = 'NAME',
  ESTABLISHED_ON = 'ESTABLISHED_ON',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(LeadingGroupSortField, { name: 'LeadingGroupSortField' });

export const LeadingGroupSort = SortInput('LeadingGroupSort', LeadingGroupSortField, SortOrder.ASC);
export type LeadingGroupSort = InstanceType<typeof LeadingGroupSort>;

@ArgsType()
export class LeadingGroupListArgs extends PageArgs {
  @Field(() => LeadingGroupFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: LeadingGroupFilter;

  @Field(() => LeadingGroupSort, { nullable: true })
  sort?: LeadingGroupSort;
}
