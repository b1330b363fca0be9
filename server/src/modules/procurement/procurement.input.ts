import { ArgsType, Field, Float, ID, InputType } from 'type-graphql';
import { IsOptional, IsUUID, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { PageArgs } from '../../app/list';
import { AcceptanceResult, ProcurementMethod, ProcurementStatus, PurchaserConduct } from './procurement.entity';

@InputType()
export class CreateProcurementInput {
  @Field(() => String) @Matches(/^[A-Za-z0-9][A-Za-z0-9-]{1,39}$/, { message: 'code must be 2-40 letters, digits or hyphens' }) code!: string;
  @Field(() => String) @Length(2, 200) name!: string;
  @Field(() => ID) @IsUUID() purchaserUnitId!: string;
  @Field(() => Float) @Min(0.01) @Max(1e13) budget!: number;
  @Field(() => ProcurementMethod) method!: ProcurementMethod;
}

@InputType()
export class RegisterBidInput {
  @Field(() => ID) @IsUUID() projectId!: string;
  @Field(() => ID) @IsUUID() enterpriseId!: string;
  @Field(() => Float, { nullable: true }) @IsOptional() @Min(0.01) @Max(1e13) amount?: number;
}

@InputType()
export class AwardContractInput {
  @Field(() => ID) @IsUUID() bidId!: string;
  @Field(() => String) @Length(2, 60) contractNumber!: string;
  @Field(() => Float) @Min(0.01) @Max(1e13) amount!: number;
  @Field(() => GraphQLLocalDate) signedOn!: string;
  @Field(() => GraphQLLocalDate, { description: 'When the contract acceptance (履约验收) is due' }) acceptanceDueOn!: string;
}

@InputType()
export class ContractAcceptanceInput {
  @Field(() => GraphQLLocalDate) acceptedOn!: string;
  @Field(() => AcceptanceResult) result!: AcceptanceResult;
  @Field(() => String) @Length(4, 5000) findings!: string;
  @Field(() => PurchaserConduct) purchaserConduct!: PurchaserConduct;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(4, 5000) violationDescription?: string;
  @Field(() => ID, { nullable: true, description: 'The purchaser’s responsible person, when a violation is theirs' })
  @IsOptional()
  @IsUUID()
  responsiblePersonId?: string;
}

@InputType()
export class ProcurementFilter {
  @Field(() => String, { nullable: true }) @IsOptional() @Length(0, 100) q?: string;
  @Field(() => [ProcurementStatus], { nullable: true }) statuses?: ProcurementStatus[];
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() purchaserUnitId?: string;
}

@ArgsType()
export class ProcurementListArgs extends PageArgs {
  @Field(() => ProcurementFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: ProcurementFilter;
}
