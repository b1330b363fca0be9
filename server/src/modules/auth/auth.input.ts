import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, IsUUID, Length, Matches, ValidateNested } from 'class-validator';
import { SortInput, SortOrder } from '../../app/list';
import { PageArgs } from '../../app/list';
import { Role } from '../../app/roles';

const USERNAME = /^[a-z0-9][a-z0-9._-]{2,63}$/;

@InputType()
export class CreateUserInput {
  @Field(() => String)
  @Matches(USERNAME, { message: 'username must be 3-64 lower-case letters, digits, dots, hyphens or underscores' })
  username!: string;

  @Field(() => String)
  @Length(1, 100)
  displayName!: string;

  @Field(() => String)
  @Length(1, 200)
  password!: string;

  @Field(() => [Role])
  @ArrayMinSize(1)
  @ArrayMaxSize(8)
  roles!: Role[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  personId?: string;
}

@InputType()
export class UpdateUserInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  displayName?: string;

  @Field(() => [Role], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(8)
  roles?: Role[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  unitId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  personId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'false signs the user out everywhere and blocks sign-in' })
  active?: boolean;
}

@InputType()
export class UserFilter {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 100)
  q?: string;

  @Field(() => Role, { nullable: true })
  role?: Role;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @Field(() => Boolean, { nullable: true })
  active?: boolean;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  ids?: string[];
}

export enum UserSortField {
  USERNAME = 'USERNAME',
  DISPLAY_NAME = 'DISPLAY_NAME',
  LAST_LOGIN_AT = 'LAST_LOGIN_AT',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(UserSortField, { name: 'UserSortField' });

export const UserSort = SortInput('UserSort', UserSortField, SortOrder.ASC);
export type UserSort = InstanceType<typeof UserSort>;

@ArgsType()
export class UserListArgs extends PageArgs {
  @Field(() => UserFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: UserFilter;

  @Field(() => UserSort, { nullable: true })
  sort?: UserSort;
}
