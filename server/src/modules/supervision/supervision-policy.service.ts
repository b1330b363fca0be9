import { Field, InputType, Int } from 'type-graphql';
import { IsOptional, Max, Min } from 'class-validator';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppContext } from '../../app/context';
import { assertVersion } from '../../app/errors';
import { SupervisionPolicy } from './supervision-policy.entity';

@InputType()
export class UpdateSupervisionPolicyInput {
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(1) @Max(24) proposalReplyMonths?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(1) @Max(30) misrouteReturnWorkingDays?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(1) @Max(12) rehandleReplyMonths?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(1) @Max(12) suggestionReplyMonths?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(0) @Max(250) judgmentGraceWorkingDays?: number;
}

export class SupervisionPolicyService {
  /** The one policy row (created with defaults by a migration, or here when missing). */
  async get(em: EntityManager): Promise<SupervisionPolicy> {
    return (await em.findOne(SupervisionPolicy, 'default')) ?? em.create(SupervisionPolicy, {});
  }

  async update(ctx: AppContext, input: UpdateSupervisionPolicyInput, version: number): Promise<SupervisionPolicy> {
    const policy = await this.get(ctx.em);
    assertVersion(policy, version);
    for (const [key, value] of Object.entries(input)) {
      if (value !== undefined && value !== null) (policy as unknown as Record<string, unknown>)[key] = value;
    }
    await ctx.em.flush();
    return policy;
  }
}

export const supervisionPolicyService = new SupervisionPolicyService();
