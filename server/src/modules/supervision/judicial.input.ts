import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, IsUUID, Length, MaxLength, ValidateNested } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { PageArgs, SortInput, SortOrder } from '../../app/list';
import {
  AppearanceOutcome,
  JudgmentStatus,
  JudicialSuggestionKind,
  JudicialSuggestionStatus,
  LawsuitStatus,
  PartyRole,
} from './supervision.enums';

@InputType()
export class CreateLawsuitInput {
  @Field(() => String)
  @Length(4, 100)
  caseNumber!: string;

  @Field(() => String)
  @Length(2, 100)
  court!: string;

  @Field(() => String)
  @Length(2, 200)
  cause!: string;

  @Field(() => ID, { description: 'The unit that is a party' })
  @IsUUID()
  unitId!: string;

  @Field(() => PartyRole)
  partyRole!: PartyRole;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  opposingParty?: string;

  @Field(() => GraphQLLocalDate)
  filedOn!: string;
}

@InputType()
export class UpdateLawsuitInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(4, 100)
  caseNumber?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(2, 100)
  court?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(2, 200)
  cause?: string;

  @Field(() => PartyRole, { nullable: true })
  partyRole?: PartyRole;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 200)
  opposingParty?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  filedOn?: string;
}

@InputType()
export class LawsuitFilter {
  @Field(() => String, { nullable: true, description: 'Case number, court, cause or opposing party' })
  @IsOptional()
  @Length(0, 100)
  q?: string;

  @Field(() => [LawsuitStatus], { nullable: true })
  statuses?: LawsuitStatus[];

  @Field(() => [PartyRole], { nullable: true })
  partyRoles?: PartyRole[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  filedFrom?: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  filedTo?: string;
}

export enum LawsuitSortField {
  FILED_ON = 'FILED_ON',
  CASE_NUMBER = 'CASE_NUMBER',
  STATUS = 'STATUS',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(LawsuitSortField, { name: 'LawsuitSortField' });

export const LawsuitSort = SortInput('LawsuitSort', LawsuitSortField, SortOrder.ASC);
export type LawsuitSort = InstanceType<typeof LawsuitSort>;

@ArgsType()
export class LawsuitListArgs extends PageArgs {
  @Field(() => LawsuitFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: LawsuitFilter;

  @Field(() => LawsuitSort, { nullable: true })
  sort?: LawsuitSort;
}

@InputType()
export class ScheduleHearingInput {
  @Field(() => ID)
  @IsUUID()
  lawsuitId!: string;

  @Field(() => GraphQLLocalDate)
  hearingOn!: string;

  @Field(() => Boolean, { description: 'The court requires the head of the unit to appear' })
  headRequired!: boolean;
}

@InputType()
export class RecordAppearanceInput {
  @Field(() => AppearanceOutcome)
  outcome!: AppearanceOutcome;

  @Field(() => String, { nullable: true, description: 'Who appeared: required unless absent' })
  @IsOptional()
  @Length(1, 100)
  appearedName?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  appearedPosition?: string;

  @Field(() => String, { nullable: true, description: 'Required when the head was required but did not appear' })
  @IsOptional()
  @Length(0, 2000)
  absenceReason?: string;
}

@InputType()
export class CreateJudgmentInput {
  @Field(() => ID)
  @IsUUID()
  lawsuitId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  documentNumber?: string;

  @Field(() => String)
  @Length(4, 5000)
  obligation!: string;

  @Field(() => GraphQLLocalDate)
  effectiveOn!: string;

  @Field(() => GraphQLLocalDate)
  fulfilBy!: string;
}

@InputType()
export class FulfilJudgmentInput {
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Defaults to today' })
  fulfilledOn?: string;

  @Field(() => String)
  @Length(2, 5000)
  note!: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @MaxLength(500, { each: true })
  evidence?: string[];
}

@InputType()
export class JudgmentFilter {
  @Field(() => [JudgmentStatus], { nullable: true })
  statuses?: JudgmentStatus[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  lawsuitId?: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  fulfilByFrom?: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  fulfilByTo?: string;
}

export enum JudgmentSortField {
  FULFIL_BY = 'FULFIL_BY',
  EFFECTIVE_ON = 'EFFECTIVE_ON',
  STATUS = 'STATUS',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(JudgmentSortField, { name: 'JudgmentSortField' });

export const JudgmentSort = SortInput('JudgmentSort', JudgmentSortField, SortOrder.ASC);
export type JudgmentSort = InstanceType<typeof JudgmentSort>;

@ArgsType()
export class JudgmentListArgs extends PageArgs {
  @Field(() => JudgmentFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: JudgmentFilter;

  @Field(() => JudgmentSort, { nullable: true })
  sort?: JudgmentSort;
}

@InputType()
export class CreateJudicialSuggestionInput {
  @Field(() => JudicialSuggestionKind)
  kind!: JudicialSuggestionKind;

  @Field(() => String)
  @Length(2, 100)
  issuingOrgan!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  documentNumber?: string;

  @Field(() => String)
  @Length(4, 20000)
  content!: string;

  @Field(() => ID, { description: 'The unit it is addressed to' })
  @IsUUID()
  unitId!: string;

  @Field(() => GraphQLLocalDate)
  receivedOn!: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'As the letter sets it; defaults to the policy’s months after receipt' })
  replyDueOn?: string;
}

@InputType()
export class ReplyJudicialSuggestionInput {
  @Field(() => String)
  @Length(10, 20000)
  reply!: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Defaults to today' })
  repliedOn?: string;
}

@InputType()
export class JudicialSuggestionFilter {
  @Field(() => String, { nullable: true, description: 'Issuing organ, document number or content' })
  @IsOptional()
  @Length(0, 100)
  q?: string;

  @Field(() => [JudicialSuggestionKind], { nullable: true })
  kinds?: JudicialSuggestionKind[];

  @Field(() => [JudicialSuggestionStatus], { nullable: true })
  statuses?: JudicialSuggestionStatus[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @Field(() => Boolean, { nullable: true, description: 'Unanswered past the reply due date' })
  overdue?: boolean;
}

export enum JudicialSuggestionSortField {
  RECEIVED_ON = 'RECEIVED_ON',
  REPLY_DUE_ON = 'REPLY_DUE_ON',
  STATUS = 'STATUS',
}
registerEnumType(JudicialSuggestionSortField, { name: 'JudicialSuggestionSortField' });

export const JudicialSuggestionSort = SortInput('JudicialSuggestionSort', JudicialSuggestionSortField, SortOrder.ASC);
export type JudicialSuggestionSort = InstanceType<typeof JudicialSuggestionSort>;

@ArgsType()
export class JudicialSuggestionListArgs extends PageArgs {
  @Field(() => JudicialSuggestionFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: JudicialSuggestionFilter;

  @Field(() => JudicialSuggestionSort, { nullable: true })
  sort?: JudicialSuggestionSort;
}
