import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, IsUUID, Length, Matches, ValidateNested } from 'class-validator';
import { PageArgs, SortInput, SortOrder } from '../../app/list';
import { ComplaintCategory, ComplaintChannel, ComplaintConclusion, ComplaintStatus } from './complaint.enums';

const PHONE = /^[0-9+\-() ]{5,32}$/;

@InputType({ description: 'A report filed by the public through the portal' })
export class PublicComplaintInput {
  @Field(() => ComplaintCategory)
  category!: ComplaintCategory;

  @Field(() => String)
  @Length(4, 200)
  title!: string;

  @Field(() => String)
  @Length(10, 10000)
  content!: string;

  @Field(() => String, { nullable: true, description: 'Who the report is about (a unit, an office, a person)' })
  @IsOptional()
  @Length(1, 200)
  concernedText?: string;

  @Field(() => Boolean, { description: 'File without giving a name; nothing identifying is kept' })
  anonymous!: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 50)
  reporterName?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(PHONE, { message: 'reporterPhone must be a telephone number' })
  reporterPhone?: string;

  @Field(() => String, { nullable: true, description: 'E-mail or postal address' })
  @IsOptional()
  @Length(1, 200)
  reporterContact?: string;
}

@InputType({ description: 'A report registered by staff on the reporter’s behalf' })
export class RegisterComplaintInput extends PublicComplaintInput {
  @Field(() => ComplaintChannel)
  channel!: ComplaintChannel;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  concernedUnitId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  concernedPersonId?: string;

  @Field(() => String, { nullable: true, description: 'Date received, if not today (YYYY-MM-DD)' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'receivedOn must be a date YYYY-MM-DD' })
  receivedOn?: string;
}

@InputType()
export class ComplaintFilter {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 100)
  q?: string;

  @Field(() => [ComplaintStatus], { nullable: true })
  statuses?: ComplaintStatus[];

  @Field(() => [ComplaintChannel], { nullable: true })
  channels?: ComplaintChannel[];

  @Field(() => [ComplaintCategory], { nullable: true })
  categories?: ComplaintCategory[];

  @Field(() => ComplaintConclusion, { nullable: true })
  conclusion?: ComplaintConclusion;

  @Field(() => ID, { nullable: true, description: 'Handled (lead or co-handling) by this unit' })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  ids?: string[];
}

export enum ComplaintSortField {
  RECEIVED_ON = 'RECEIVED_ON',
  CASE_NUMBER = 'CASE_NUMBER',
  STATUS = 'STATUS',
  HANDLING_DUE_ON = 'HANDLING_DUE_ON',
}
registerEnumType(ComplaintSortField, { name: 'ComplaintSortField' });

export const ComplaintSort = SortInput('ComplaintSort', ComplaintSortField, SortOrder.DESC);
export type ComplaintSort = InstanceType<typeof ComplaintSort>;

@ArgsType()
export class ComplaintListArgs extends PageArgs {
  @Field(() => ComplaintFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: ComplaintFilter;

  @Field(() => ComplaintSort, { nullable: true })
  sort?: ComplaintSort;
}

@InputType()
export class AssignComplaintInput {
  @Field(() => ID)
  @IsUUID()
  leadUnitId!: string;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  coUnitIds?: string[];
}

@InputType()
export class ConcludeComplaintInput {
  @Field(() => ComplaintConclusion)
  conclusion!: ComplaintConclusion;

  @Field(() => String)
  @Length(4, 10000)
  findings!: string;

  @Field(() => ID, { nullable: true, description: 'The person the substantiated conduct is attributed to' })
  @IsOptional()
  @IsUUID()
  concernedPersonId?: string;

  @Field(() => ID, { nullable: true, description: 'The unit it is attributed to (defaults to the concerned or lead unit)' })
  @IsOptional()
  @IsUUID()
  concernedUnitId?: string;
}

@InputType()
export class ReplyTemplateInput {
  @Field(() => ComplaintCategory)
  category!: ComplaintCategory;

  @Field(() => String)
  @Length(2, 100)
  title!: string;

  @Field(() => String)
  @Length(4, 5000)
  body!: string;

  @Field(() => Boolean, { nullable: true })
  active?: boolean;
}

