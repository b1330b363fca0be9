import { ArgsType, Field, Float, ID, InputType } from 'type-graphql';
import { IsOptional, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { PageArgs } from '../../app/list';
import { ObligationKind, PppStageName } from './ppp.entity';

@InputType()
export class CreatePppProjectInput {
  @Field(() => String) @Matches(/^[A-Za-z0-9][A-Za-z0-9-]{1,39}$/, { message: 'code must be 2-40 letters, digits or hyphens' }) code!: string;
  @Field(() => String) @Length(2, 200) name!: string;
  @Field(() => ID) @IsUUID() implementingUnitId!: string;
  @Field(() => Float) @Min(0.01) @Max(1e13) totalInvestment!: number;
  @Field(() => ID, { description: 'Who answers for the preparation stage' }) @IsUUID() responsiblePersonId!: string;
  @Field(() => String) @Length(2, 5000) duties!: string;
  @Field(() => GraphQLLocalDate) startedOn!: string;
}

@InputType()
export class AdvancePppStageInput {
  @Field(() => PppStageName) stage!: PppStageName;
  @Field(() => ID) @IsUUID() responsiblePersonId!: string;
  @Field(() => String) @Length(2, 5000) duties!: string;
  @Field(() => GraphQLLocalDate) startedOn!: string;
}

@InputType()
export class ObligationInput {
  @Field(() => ID) @IsUUID() projectId!: string;
  @Field(() => ObligationKind) kind!: ObligationKind;
  @Field(() => String) @Length(2, 300) description!: string;
  @Field(() => Float, { nullable: true }) @IsOptional() @Min(0.01) @Max(1e13) amount?: number;
  @Field(() => GraphQLLocalDate) startedOn!: string;
  @Field(() => GraphQLLocalDate) dueOn!: string;
}

@InputType()
export class PppDefaultInput {
  @Field(() => String) @Length(4, 5000) description!: string;
  @Field(() => ID, { nullable: true, description: 'Who on the government side answers for it' }) @IsOptional() @IsUUID() responsiblePersonId?: string;
}

@ArgsType()
export class PppListArgs extends PageArgs {
  @Field(() => String, { nullable: true }) @IsOptional() @Length(0, 100) q?: string;
  @Field(() => PppStageName, { nullable: true }) stage?: PppStageName;
}
