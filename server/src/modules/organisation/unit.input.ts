import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, IsUUID, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { PageArgs, SortInput, SortOrder } from '../../app/list';
import { PlanArea, UnitKind } from './organisation.enums';

// Unit codes are what other bureaus join on: letters, digits and hyphens only.
const UNIT_CODE = /^[A-Za-z0-9][A-Za-z0-9-]{1,31}$/;
const PHONE = /^[0-9+\-() ]{5,32}$/;

@InputType()
export class CreateUnitInput {
  @Field(() => String)
  @Matches(UNIT_CODE, { message: 'code must be 2-32 letters, digits or hyphens' })
  code!: string;

  @Field(() => String)
  @Length(2, 100)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 50)
  shortName?: string;

  @Field(() => UnitKind)
  kind!: UnitKind;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  parentId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  headId?: string;

  @Field(() => [PlanArea], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  responsibleAreas?: PlanArea[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(PHONE, { message: 'phone must be a telephone number' })
  phone?: string;

  @Field(() => Boolean, { nullable: true })
  active?: boolean;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(100000)
  sortOrder?: number;
}

@InputType()
export class UpdateUnitInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(UNIT_CODE, { message: 'code must be 2-32 letters, digits or hyphens' })
  code?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(2, 100)
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 50)
  shortName?: string;

  @Field(() => UnitKind, { nullable: true })
  kind?: UnitKind;

  @Field(() => ID, { nullable: true, description: 'Send null to make the unit a top-level unit' })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Send null to clear the head' })
  @IsOptional()
  @IsUUID()
  headId?: string | null;

  @Field(() => [PlanArea], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  responsibleAreas?: PlanArea[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(PHONE, { message: 'phone must be a telephone number' })
  phone?: string | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(100000)
  sortOrder?: number;
}

@InputType()
export class UnitFilter {
  @Field(() => String, { nullable: true, description: 'Part of the name, short name or code' })
  @IsOptional()
  @Length(0, 100)
  q?: string;

  @Field(() => [UnitKind], { nullable: true })
  kinds?: UnitKind[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  parentId?: string;

  @Field(() => PlanArea, { nullable: true })
  responsibleArea?: PlanArea;

  @Field(() => Boolean, { nullable: true })
  active?: boolean;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  ids?: string[];
}

export enum UnitSortField {
  NAME = 'NAME',
  CODE = 'CODE',
  KIND = 'KIND',
  SORT_ORDER = 'SORT_ORDER',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(UnitSortField, { name: 'UnitSortField' });

export const UnitSort = SortInput('UnitSort', UnitSortField, SortOrder.ASC);
export type UnitSort = InstanceType<typeof UnitSort>;

@ArgsType()
export class UnitListArgs extends PageArgs {
  @Field(() => UnitFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: UnitFilter;

  @Field(() => UnitSort, { nullable: true })
  sort?: UnitSort;
}
