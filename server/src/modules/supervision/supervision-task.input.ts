import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, IsUUID, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { PageArgs, SortInput, SortOrder } from '../../app/list';
import { SupervisionTaskStatus } from './supervision.enums';

@InputType()
export class CreateSupervisionTaskInput {
  @Field(() => String)
  @Length(2, 200)
  title!: string;

  @Field(() => String)
  @Length(4, 20000)
  requirement!: string;

  @Field(() => ID)
  @IsUUID()
  assignedUnitId!: string;

  @Field(() => ID, { nullable: true, description: 'A member of staff of the assigned unit' })
  @IsOptional()
  @IsUUID()
  responsiblePersonId?: string;

  @Field(() => ID, { nullable: true, description: 'The leading group that sets the task' })
  @IsOptional()
  @IsUUID()
  leadingGroupId?: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Defaults to today' })
  assignedOn?: string;

  @Field(() => GraphQLLocalDate)
  dueOn!: string;
}

@InputType()
export class UpdateSupervisionTaskInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(2, 200)
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(4, 20000)
  requirement?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  responsiblePersonId?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  dueOn?: string;
}

@InputType()
export class SubmitSupervisionTaskInput {
  @Field(() => String, { description: 'What was done (办理结果)' })
  @Length(4, 20000)
  result!: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @MaxLength(500, { each: true })
  evidence?: string[];
}

@InputType()
export class AcceptSupervisionTaskInput {
  @Field(() => Int, { description: 'Score 0–100 for the performance assessment' })
  @Min(0)
  @Max(100)
  score!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 2000)
  note?: string;
}

@InputType()
export class SupervisionTaskFilter {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 100)
  q?: string;

  @Field(() => [SupervisionTaskStatus], { nullable: true })
  statuses?: SupervisionTaskStatus[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @Field(() => Boolean, { nullable: true, description: 'Not yet submitted or accepted, past the due date' })
  overdue?: boolean;

  @Field(() => GraphQLLocalDate, { nullable: true })
  dueFrom?: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  dueTo?: string;
}

export enum SupervisionTaskSortField {
  DUE_ON = 'DUE_ON',
  ASSIGNED_ON = 'ASSIGNED_ON',
  STATUS = 'STATUS',
  SCORE = 'SCORE',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(SupervisionTaskSortField, { name: 'SupervisionTaskSortField' });

export const SupervisionTaskSort = SortInput('SupervisionTaskSort', SupervisionTaskSortField, SortOrder.ASC);
export type SupervisionTaskSort = InstanceType<typeof SupervisionTaskSort>;

@ArgsType()
export class SupervisionTaskListArgs extends PageArgs {
  @Field(() => SupervisionTaskFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: SupervisionTaskFilter;

  @Field(() => SupervisionTaskSort, { nullable: true })
  sort?: SupervisionTaskSort;
}
