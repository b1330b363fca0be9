import { ArgsType, Field, Float, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { PageArgs, SortInput, SortOrder } from '../../app/list';
import { AttendanceStatus, TrainingKind } from './training.enums';

@InputType()
export class CreateTrainingSessionInput {
  @Field(() => String)
  @Length(2, 200)
  topic!: string;

  @Field(() => TrainingKind)
  kind!: TrainingKind;

  @Field(() => GraphQLLocalDate)
  heldOn!: string;

  @Field(() => Float, { description: 'Class hours, e.g. 1.5 (kept to one decimal)' })
  @Min(0.5)
  @Max(200)
  hours!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  trainer?: string;

  @Field(() => ID, { nullable: true, description: 'Defaults to the section responsible for integrity education' })
  @IsOptional()
  @IsUUID()
  organiserId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  audience?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 5000)
  description?: string;

  @Field(() => Boolean, { nullable: true })
  examRequired?: boolean;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(100)
  passMark?: number;
}

@InputType({ description: 'Hours and exam settings are fixed once attendance is recorded' })
export class UpdateTrainingSessionInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(2, 200)
  topic?: string;

  @Field(() => TrainingKind, { nullable: true })
  kind?: TrainingKind;

  @Field(() => GraphQLLocalDate, { nullable: true })
  heldOn?: string;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(0.5)
  @Max(200)
  hours?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 100)
  trainer?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  organiserId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 200)
  audience?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 5000)
  description?: string | null;

  @Field(() => Boolean, { nullable: true })
  examRequired?: boolean;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(100)
  passMark?: number;
}

@InputType()
export class TrainingSessionFilter {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 100)
  q?: string;

  @Field(() => [TrainingKind], { nullable: true })
  kinds?: TrainingKind[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(2000)
  @Max(2100)
  year?: number;
}

export enum TrainingSessionSortField {
  HELD_ON = 'HELD_ON',
  TOPIC = 'TOPIC',
  HOURS = 'HOURS',
}
registerEnumType(TrainingSessionSortField, { name: 'TrainingSessionSortField' });

export const TrainingSessionSort = SortInput('TrainingSessionSort', TrainingSessionSortField, SortOrder.DESC);
export type TrainingSessionSort = InstanceType<typeof TrainingSessionSort>;

@ArgsType()
export class TrainingSessionListArgs extends PageArgs {
  @Field(() => TrainingSessionFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: TrainingSessionFilter;

  @Field(() => TrainingSessionSort, { nullable: true })
  sort?: TrainingSessionSort;
}

@InputType()
export class AttendanceEntryInput {
  @Field(() => ID)
  @IsUUID()
  personId!: string;

  @Field(() => AttendanceStatus)
  status!: AttendanceStatus;

  @Field(() => Float, { nullable: true, description: 'Hours attended, when less than the whole session' })
  @IsOptional()
  @Min(0)
  @Max(200)
  hours?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(100)
  examScore?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 500)
  note?: string;
}

@InputType()
export class RecordAttendanceInput {
  @Field(() => ID)
  @IsUUID()
  sessionId!: string;

  @Field(() => [AttendanceEntryInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested()
  entries!: AttendanceEntryInput[];
}

@InputType()
export class UpdateAttendanceInput {
  @Field(() => AttendanceStatus, { nullable: true })
  status?: AttendanceStatus;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(200)
  hours?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(100)
  examScore?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 500)
  note?: string | null;
}

@InputType()
export class TrainingAttendanceFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  sessionId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  personId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(2000)
  @Max(2100)
  year?: number;

  @Field(() => [AttendanceStatus], { nullable: true })
  statuses?: AttendanceStatus[];
}

@ArgsType()
export class TrainingAttendanceListArgs extends PageArgs {
  @Field(() => TrainingAttendanceFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: TrainingAttendanceFilter;
}

export enum TrainingHoursSortField {
  HOURS = 'HOURS',
  NAME = 'NAME',
  STAFF_NUMBER = 'STAFF_NUMBER',
}
registerEnumType(TrainingHoursSortField, { name: 'TrainingHoursSortField' });

export const TrainingHoursSort = SortInput('TrainingHoursSort', TrainingHoursSortField, SortOrder.ASC);
export type TrainingHoursSort = InstanceType<typeof TrainingHoursSort>;

@ArgsType()
export class TrainingHoursArgs extends PageArgs {
  @Field(() => Int)
  @Min(2000)
  @Max(2100)
  year!: number;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @Field(() => Boolean, { defaultValue: false, description: 'Only people below the minimum' })
  behindOnly: boolean = false;

  @Field(() => TrainingHoursSort, { nullable: true })
  sort?: TrainingHoursSort;
}

@InputType()
export class UpdateTrainingPolicyInput {
  @Field(() => Float)
  @Min(0)
  @Max(500)
  minimumHoursPerYear!: number;
}
