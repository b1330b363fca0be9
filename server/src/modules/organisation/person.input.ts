import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, IsUUID, Length, Matches, ValidateNested } from 'class-validator';
import { PageArgs, SortInput, SortOrder } from '../../app/list';
import { LeadershipRole, PersonStatus } from './organisation.enums';

const STAFF_NUMBER = /^[A-Za-z0-9][A-Za-z0-9-]{1,31}$/;

@InputType()
export class CreatePersonInput {
  @Field(() => String)
  @Length(2, 50)
  name!: string;

  @Field(() => String)
  @Matches(STAFF_NUMBER, { message: 'staffNumber must be 2-32 letters, digits or hyphens' })
  staffNumber!: string;

  @Field(() => ID)
  @IsUUID()
  unitId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 50)
  position?: string;

  @Field(() => Boolean, { nullable: true, defaultValue: true })
  isCivilServant?: boolean;

  @Field(() => LeadershipRole, { nullable: true })
  leadershipRole?: LeadershipRole;

  @Field(() => PersonStatus, { nullable: true })
  status?: PersonStatus;

  @Field(() => String, {
    nullable: true,
    description: 'National ID number, kept only as a keyed hash for matching; never returned',
  })
  @IsOptional()
  @Length(18, 18, { message: 'nationalId must be 18 characters' })
  nationalId?: string;
}

@InputType()
export class UpdatePersonInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(2, 50)
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(STAFF_NUMBER, { message: 'staffNumber must be 2-32 letters, digits or hyphens' })
  staffNumber?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 50)
  position?: string | null;

  @Field(() => Boolean, { nullable: true })
  isCivilServant?: boolean;

  @Field(() => LeadershipRole, { nullable: true })
  leadershipRole?: LeadershipRole;

  @Field(() => PersonStatus, { nullable: true })
  status?: PersonStatus;

  @Field(() => String, { nullable: true, description: 'Send null to forget the stored ID number' })
  @IsOptional()
  @Length(18, 18, { message: 'nationalId must be 18 characters' })
  nationalId?: string | null;
}

@InputType()
export class PersonFilter {
  @Field(() => String, { nullable: true, description: 'Part of the name or staff number' })
  @IsOptional()
  @Length(0, 50)
  q?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @Field(() => Boolean, { nullable: true })
  isCivilServant?: boolean;

  @Field(() => [PersonStatus], { nullable: true })
  statuses?: PersonStatus[];

  @Field(() => [LeadershipRole], { nullable: true })
  leadershipRoles?: LeadershipRole[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  ids?: string[];
}

export enum PersonSortField {
  NAME = 'NAME',
  STAFF_NUMBER = 'STAFF_NUMBER',
  POSITION = 'POSITION',
  STATUS = 'STATUS',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(PersonSortField, { name: 'PersonSortField' });

export const PersonSort = SortInput('PersonSort', PersonSortField, SortOrder.ASC);
export type PersonSort = InstanceType<typeof PersonSort>;

@ArgsType()
export class PersonListArgs extends PageArgs {
  @Field(() => PersonFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: PersonFilter;

  @Field(() => PersonSort, { nullable: true })
  sort?: PersonSort;
}
