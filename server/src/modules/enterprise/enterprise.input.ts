import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { IsOptional, IsUUID, Length, Matches, ValidateNested } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { PageArgs } from '../../app/list';
import { EnterpriseStatus } from './enterprise.entity';
import { CheckSubjectType } from './credit-check.entity';

@InputType()
export class CreateEnterpriseInput {
  @Field(() => String)
  @Length(2, 200)
  name!: string;

  @Field(() => String, { description: '统一社会信用代码, checked per GB 32100-2015' })
  creditCode!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 50)
  legalRepresentative?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  address?: string;
}

@InputType()
export class UpdateEnterpriseInput {
  @Field(() => String, { nullable: true }) @IsOptional() @Length(2, 200) name?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(0, 50) legalRepresentative?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(0, 200) address?: string | null;
  @Field(() => EnterpriseStatus, { nullable: true }) status?: EnterpriseStatus;
}

@InputType()
export class ListingInput {
  @Field(() => ID) @IsUUID() enterpriseId!: string;
  @Field(() => String) @Length(2, 100) listName!: string;
  @Field(() => String) @Length(2, 100) source!: string;
  @Field(() => GraphQLLocalDate) listedFrom!: string;
  @Field(() => GraphQLLocalDate, { nullable: true }) listedTo?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(0, 2000) removalConditions?: string;
}

@InputType()
export class CreditReportInput {
  @Field(() => ID) @IsUUID() enterpriseId!: string;
  @Field(() => String) @Length(2, 100) issuer!: string;
  @Field(() => GraphQLLocalDate) issuedOn!: string;
  @Field(() => String) @Matches(/^[A-E]{1,3}[+-]?$/, { message: 'rating must be a rating such as AAA, AA, A, BBB, B or C' }) rating!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 200) fileReference?: string;
}

@InputType()
export class EnterpriseFilter {
  @Field(() => String, { nullable: true }) @IsOptional() @Length(0, 100) q?: string;
  @Field(() => Boolean, { nullable: true, description: 'On a dishonesty list today' }) listed?: boolean;
}

@ArgsType()
export class EnterpriseListArgs extends PageArgs {
  @Field(() => EnterpriseFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: EnterpriseFilter;
}

@InputType()
export class CreditCheckInput {
  @Field(() => CheckSubjectType)
  subjectType!: CheckSubjectType;

  @Field(() => ID, { nullable: true, description: 'The enterprise, unit or person id' })
  @IsOptional()
  @IsUUID()
  subjectId?: string;

  @Field(() => String, { nullable: true, description: 'Or, for an enterprise, its unified social credit code' })
  @IsOptional()
  @Length(1, 30)
  creditCode?: string;

  @Field(() => String, { description: 'Why the check is made (核查事由); required' })
  @Length(2, 300)
  purpose!: string;
}
