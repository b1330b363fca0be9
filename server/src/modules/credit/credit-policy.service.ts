import { Field, InputType, Int } from 'type-graphql';
import { IsOptional, Max, Min } from 'class-validator';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppContext } from '../../app/context';
import { assertVersion } from '../../app/errors';
import { CreditPolicy } from './credit-policy.entity';
import { Severity } from './credit.enums';

@InputType()
export class UpdateCreditPolicyInput {
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(0) @Max(3650) disclosureDaysGeneral?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(0) @Max(3650) disclosureDaysSerious?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(0) @Max(3650) disclosureDaysGrave?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(0) @Max(3650) repairMinDaysGeneral?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(0) @Max(3650) repairMinDaysSerious?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(0) @Max(3650) repairMinDaysGrave?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(1) @Max(250) objectionWindowWorkingDays?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(1) @Max(250) objectionDecisionWorkingDays?: number;
  @Field(() => Severity, { nullable: true }) selfCorrectionWaiveUpTo?: Severity | null;
  @Field(() => Severity, { nullable: true }) selfCorrectionMitigateUpTo?: Severity | null;
}

export class CreditPolicyService {
  /** The one policy row (created with defaults by a migration, or here when missing). */
  async get(em: EntityManager): Promise<CreditPolicy> {
    return (await em.findOne(CreditPolicy, 'default')) ?? em.create(CreditPolicy, {});
  }

  async update(ctx: AppContext, input: UpdateCreditPolicyInput, version: number): Promise<CreditPolicy> {
    const policy = await this.get(ctx.em);
    assertVersion(policy, version);
    for (const [key, value] of Object.entries(input)) {
      if (value !== undefined) (policy as unknown as Record<string, unknown>)[key] = value ?? undefined;
    }
    await ctx.em.flush();
    return policy;
  }
}

export const creditPolicyService = new CreditPolicyService();
