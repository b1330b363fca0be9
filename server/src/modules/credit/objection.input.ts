import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsOptional, IsUUID, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { GraphQLJSON, GraphQLLocalDate } from 'graphql-scalars';
import { ObjectionStatus, RectificationStatus } from './credit.enums';

@InputType()
export class FileObjectionInput {
  @Field(() => ID)
  @IsUUID()
  recordId!: string;

  @Field(() => String)
  @Length(4, 5000)
  grounds!: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @MaxLength(500, { each: true })
  evidence?: string[];
}

@InputType()
export class FieldCorrectionInput {
  @Field(() => String, { description: 'One of: facts, legalBasis, severity, category, documentNumber, decidingAuthority, decisionDate' })
  @Length(1, 50)
  field!: string;

  @Field(() => GraphQLJSON, { nullable: true })
  value?: unknown;
}

@InputType()
export class DecideObjectionInput {
  @Field(() => ObjectionStatus, { description: 'UPHELD, CORRECTED or REVOKED' })
  outcome!: ObjectionStatus;

  @Field(() => String)
  @Length(4, 5000)
  reason!: string;

  @Field(() => [FieldCorrectionInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  corrections?: FieldCorrectionInput[];
}

@InputType()
export class CreateRectificationInput {
  @Field(() => ID)
  @IsUUID()
  recordId!: string;

  @Field(() => String)
  @Length(4, 5000)
  requiredActions!: string;

  @Field(() => Int, { description: 'Deadline in working days from today' })
  @Min(1)
  @Max(250)
  workingDays!: number;

  @Field(() => ID, { nullable: true, description: 'Defaults to the subject unit' })
  @IsOptional()
  @IsUUID()
  responsibleUnitId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  responsiblePersonId?: string;
}

@InputType()
export class RectificationProgressInput {
  @Field(() => String)
  @Length(2, 5000)
  progress!: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @MaxLength(500, { each: true })
  evidence?: string[];

  @Field(() => Boolean, { nullable: true, description: 'Report the rectification as done, for verification' })
  completed?: boolean;
}

@InputType()
export class RectificationFilter {
  @Field(() => [RectificationStatus], { nullable: true })
  statuses?: RectificationStatus[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  recordId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  deadlineBefore?: string;
}

@InputType()
export class ObjectionFilter {
  @Field(() => [ObjectionStatus], { nullable: true })
  statuses?: ObjectionStatus[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  recordId?: string;
}
