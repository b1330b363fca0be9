import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, IsUUID, Length, ValidateNested } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { PageArgs, SortInput, SortOrder } from '../../app/list';
import { ProposalKind, ProposalStatus, Satisfaction } from './supervision.enums';

@InputType()
export class CreateSupervisionProposalInput {
  @Field(() => ProposalKind)
  kind!: ProposalKind;

  @Field(() => String, { description: 'Case number (案号)' })
  @Length(1, 64)
  number!: string;

  @Field(() => String)
  @Length(2, 200)
  title!: string;

  @Field(() => String)
  @Length(4, 20000)
  content!: string;

  @Field(() => [String])
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @Length(1, 50, { each: true })
  proposers!: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  delegation?: string;

  @Field(() => GraphQLLocalDate)
  receivedOn!: string;
}

@InputType()
export class UpdateSupervisionProposalInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 64)
  number?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(2, 200)
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(4, 20000)
  content?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @Length(1, 50, { each: true })
  proposers?: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 100)
  delegation?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  receivedOn?: string;
}

@InputType()
export class AssignProposalInput {
  @Field(() => ID, { description: 'Lead unit (主办单位)' })
  @IsUUID()
  leadUnitId!: string;

  @Field(() => [ID], { nullable: true, description: 'Co-handling units (会办单位)' })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  coUnitIds?: string[];

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Defaults to today; the time limits run from it' })
  assignedOn?: string;
}

@InputType()
export class ReplyPromiseInput {
  @Field(() => String, { description: 'What the reply promises (承诺事项)' })
  @Length(4, 2000)
  content!: string;

  @Field(() => GraphQLLocalDate)
  dueOn!: string;
}

@InputType()
export class ApproveProposalReplyInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 2000)
  note?: string;

  @Field(() => [ReplyPromiseInput], { nullable: true, description: 'Promises in the reply; each becomes a deadline commitment of the lead unit' })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  promises?: ReplyPromiseInput[];
}

@InputType()
export class RecordSatisfactionInput {
  @Field(() => Satisfaction)
  satisfaction!: Satisfaction;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 2000)
  note?: string;
}

@InputType()
export class SupervisionProposalFilter {
  @Field(() => String, { nullable: true, description: 'Number, title, proposer or delegation' })
  @IsOptional()
  @Length(0, 100)
  q?: string;

  @Field(() => [ProposalKind], { nullable: true })
  kinds?: ProposalKind[];

  @Field(() => [ProposalStatus], { nullable: true })
  statuses?: ProposalStatus[];

  @Field(() => ID, { nullable: true, description: 'Items this unit leads or co-handles' })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @Field(() => Boolean, { nullable: true, description: 'Unanswered past the reply due date' })
  overdue?: boolean;

  @Field(() => GraphQLLocalDate, { nullable: true })
  receivedFrom?: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  receivedTo?: string;
}

export enum SupervisionProposalSortField {
  RECEIVED_ON = 'RECEIVED_ON',
  REPLY_DUE_ON = 'REPLY_DUE_ON',
  NUMBER = 'NUMBER',
  STATUS = 'STATUS',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(SupervisionProposalSortField, { name: 'SupervisionProposalSortField' });

export const SupervisionProposalSort = SortInput('SupervisionProposalSort', SupervisionProposalSortField, SortOrder.ASC);
export type SupervisionProposalSort = InstanceType<typeof SupervisionProposalSort>;

@ArgsType()
export class SupervisionProposalListArgs extends PageArgs {
  @Field(() => SupervisionProposalFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: SupervisionProposalFilter;

  @Field(() => SupervisionProposalSort, { nullable: true })
  sort?: SupervisionProposalSort;
}
