import type { FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { today } from '../../app/clock';
import type { AppContext } from '../../app/context';
import { assertVersion, badInput, conflict, isUuid, notFound } from '../../app/errors';
import type { GraphQLResolveInfo } from 'graphql';
import { findPage, likePattern, type Page } from '../../app/list';
import { User } from '../auth/user.entity';
import { addDays } from '../calendar/working-calendar';
import { PlanArea } from '../organisation/organisation.enums';
import { responsibleSectionFor } from '../organisation/responsible-section';
import { Unit } from '../organisation/unit.entity';
import { Policy, PolicyEvaluation, PolicyTask, PolicyTaskProgress } from './policy.entity';
import { PolicyStatus as S, PolicyTaskStatus, ratingFor } from './policy.enums';
import { PolicyErrorReason as R } from './policy.errors';
import {
  PolicySortField,
  type CreatePolicyInput,
  type EvaluatePolicyInput,
  type PolicyListArgs,
  type UpdatePolicyInput,
} from './policy.input';

const sortColumn: Record<PolicySortField, keyof Policy> = {
  [PolicySortField.ISSUED_ON]: 'issuedOn',
  [PolicySortField.EFFECTIVE_FROM]: 'effectiveFrom',
  [PolicySortField.TITLE]: 'title',
  [PolicySortField.STATUS]: 'status',
  [PolicySortField.CREATED_AT]: 'createdAt',
};

// Once in force, what the policy is and when it took effect are facts; only its
// title, summary, end date and responsible section may still be corrected.
const FIXED_IN_FORCE = ['level', 'issuedOn', 'effectiveFrom', 'replacesId'] as const;

export class PolicyService {
  /** Policies are published documents: every signed-in user reads all of them. */
  async list(ctx: AppContext, args: PolicyListArgs, info?: GraphQLResolveInfo): Promise<Page<Policy>> {
    const f = args.filter ?? {};
    const where: FilterQuery<Policy> & Record<string, unknown> = {};
    if (f.q?.trim()) {
      const p = likePattern(f.q);
      where.$or = [{ title: { $ilike: p } }, { documentNumber: { $ilike: p } }, { issuedBy: { $ilike: p } }];
    }
    if (f.levels?.length) where.level = { $in: f.levels };
    if (f.statuses?.length) where.status = { $in: f.statuses };
    const orderBy: QueryOrderMap<Policy>[] = [];
    if (args.sort) orderBy.push({ [sortColumn[args.sort.field]]: args.sort.order });
    orderBy.push({ issuedOn: 'DESC' }, { id: 'ASC' });
    return findPage(ctx.em, Policy, where, { orderBy, offset: args.offset, limit: args.limit }, info);
  }

  async get(ctx: AppContext, id: string): Promise<Policy> {
    const policy = isUuid(id) ? await ctx.em.findOne(Policy, id) : null;
    if (!policy) throw notFound('Policy');
    return policy;
  }

  async create(ctx: AppContext, input: CreatePolicyInput): Promise<Policy> {
    this.assertDates(input.issuedOn, input.effectiveFrom, input.effectiveTo);
    await this.assertDocumentNumberFree(ctx, input.documentNumber);
    const policy = ctx.em.create(Policy, {
      title: input.title.trim(),
      documentNumber: input.documentNumber.trim(),
      issuedBy: input.issuedBy?.trim() || undefined,
      level: input.level,
      issuedOn: input.issuedOn,
      effectiveFrom: input.effectiveFrom,
      effectiveTo: input.effectiveTo ?? undefined,
      summary: input.summary?.trim() || undefined,
      replaces: input.replacesId ? await this.replaceable(ctx, input.replacesId) : undefined,
      responsibleSection: await this.section(ctx, input.responsibleSectionId),
    });
    await ctx.em.flush();
    return policy;
  }

  async update(ctx: AppContext, id: string, input: UpdatePolicyInput, version: number): Promise<Policy> {
    const policy = await this.get(ctx, id);
    assertVersion(policy, version);
    if (policy.status === S.SUPERSEDED || policy.status === S.EXPIRED) {
      throw conflict(`The policy is ${policy.status.toLowerCase()}`, R.POLICY_CLOSED, 'status');
    }
    if (policy.status === S.IN_FORCE) {
      const fixed = FIXED_IN_FORCE.find((k) => input[k] !== undefined);
      if (fixed) throw conflict(`${fixed} cannot change once the policy is in force`, R.FIXED_ONCE_IN_FORCE, fixed);
    }
    if (input.documentNumber && input.documentNumber.trim() !== policy.documentNumber) {
      await this.assertDocumentNumberFree(ctx, input.documentNumber);
      policy.documentNumber = input.documentNumber.trim();
    }
    if (input.title) policy.title = input.title.trim();
    if (input.issuedBy !== undefined) policy.issuedBy = input.issuedBy?.trim() || undefined;
    if (input.level) policy.level = input.level;
    if (input.issuedOn) policy.issuedOn = input.issuedOn;
    if (input.effectiveFrom) policy.effectiveFrom = input.effectiveFrom;
    if (input.effectiveTo !== undefined) policy.effectiveTo = input.effectiveTo ?? undefined;
    this.assertDates(policy.issuedOn, policy.effectiveFrom, policy.effectiveTo);
    if (input.summary !== undefined) policy.summary = input.summary?.trim() || undefined;
    if (input.replacesId !== undefined) {
      if (input.replacesId === policy.id) throw badInput('replacesId', 'A policy cannot replace itself', R.REPLACES_ITSELF);
      const old = input.replacesId ? await this.replaceable(ctx, input.replacesId, policy.id) : undefined;
      policy.replaces = old ? ctx.em.getReference(Policy, old.id, { wrapped: true }) : undefined;
    }
    if (input.responsibleSectionId) policy.responsibleSection = await this.section(ctx, input.responsibleSectionId);
    await ctx.em.flush();
    return policy;
  }

  /**
   * Puts a draft policy in force once its effective date has come. The policy
   * it replaces is superseded the same day (新旧政策衔接): its period ends the
   * day before the new one's, and its unfinished tasks move to the new policy
   * so that a change of policy never drops what was promised.
   */
  async enact(ctx: AppContext, id: string, version: number): Promise<Policy> {
    const policy = await this.load(ctx, id, version, [S.DRAFT]);
    const day = today();
    if (policy.effectiveFrom > day) {
      throw conflict(`The policy takes effect on ${policy.effectiveFrom}`, R.NOT_YET_EFFECTIVE, 'effectiveFrom');
    }
    policy.status = S.IN_FORCE;
    policy.enactedOn = day;
    if (policy.replaces) {
      const old = await ctx.em.findOneOrFail(Policy, policy.replaces.id);
      if (old.status !== S.IN_FORCE && old.status !== S.EXPIRED) {
        throw conflict('The replaced policy is not in force', R.REPLACED_NOT_IN_FORCE, 'replacesId');
      }
      await this.supersede(ctx, old, policy, day);
    }
    await ctx.em.flush();
    return policy;
  }

  /** Ends a policy in force before its time (废止、停止执行), with the reason. */
  async expire(ctx: AppContext, id: string, reason: string, version: number): Promise<Policy> {
    if (reason.trim().length < 4) throw badInput('reason', 'Give the reason the policy ends', 'REASON_REQUIRED');
    const policy = await this.load(ctx, id, version, [S.IN_FORCE]);
    policy.status = S.EXPIRED;
    policy.endedOn = today();
    policy.endReason = reason.trim();
    await ctx.em.flush();
    return policy;
  }

  /** The evaluation after implementation (实施后评估); a draft policy has nothing to evaluate yet. */
  async evaluate(ctx: AppContext, policyId: string, input: EvaluatePolicyInput): Promise<PolicyEvaluation> {
    const policy = await this.get(ctx, policyId);
    if (policy.status === S.DRAFT) throw conflict('The policy has not been put in force', R.POLICY_NOT_IN_FORCE, 'status');
    if (input.evaluatedOn > today()) throw badInput('evaluatedOn', 'The evaluation date cannot be in the future', R.DATE_IN_FUTURE);
    const evaluation = ctx.em.create(PolicyEvaluation, {
      policy,
      evaluatedOn: input.evaluatedOn,
      evaluator: input.evaluator?.trim() || undefined,
      score: input.score,
      rating: ratingFor(input.score),
      findings: input.findings.trim(),
      adjustments: input.adjustments?.trim() || undefined,
      recordedBy: ctx.em.getReference(User, ctx.user!.id, { wrapped: true }),
    });
    await ctx.em.flush();
    return evaluation;
  }

  /** The deadline job: a policy whose period has ended expires. */
  async expireEnded(em: EntityManager, day = today()): Promise<number> {
    const ended = await em.find(Policy, { status: S.IN_FORCE, effectiveTo: { $lt: day } }, { limit: 1000 });
    for (const p of ended) {
      p.status = S.EXPIRED;
      p.endedOn = addDays(p.effectiveTo!, 1);
    }
    return ended.length;
  }

  private async supersede(ctx: AppContext, old: Policy, by: Policy, day: string) {
    old.status = S.SUPERSEDED;
    old.endedOn = day;
    old.supersededBy = ctx.em.getReference(Policy, by.id, { wrapped: true });
    const lastDay = addDays(by.effectiveFrom, -1);
    if ((!old.effectiveTo || old.effectiveTo > lastDay) && lastDay >= old.effectiveFrom) old.effectiveTo = lastDay;
    const unfinished = await ctx.em.find(PolicyTask, { policy: old.id, status: { $ne: PolicyTaskStatus.DONE } });
    for (const task of unfinished) {
      task.policy = ctx.em.getReference(Policy, by.id, { wrapped: true });
      task.carriedOverFrom = ctx.em.getReference(Policy, old.id, { wrapped: true });
      ctx.em.create(PolicyTaskProgress, {
        task,
        reportedOn: day,
        note: `《${old.title}》（${old.documentNumber}）被《${by.title}》（${by.documentNumber}）替代，本任务转入新政策继续落实`,
      });
    }
  }

  private async load(ctx: AppContext, id: string, version: number, allowed: S[]): Promise<Policy> {
    const policy = await this.get(ctx, id);
    assertVersion(policy, version);
    if (!allowed.includes(policy.status)) {
      throw conflict(`Not possible while the policy is ${policy.status.toLowerCase()}`, R.ILLEGAL_TRANSITION, 'status');
    }
    return policy;
  }

  private assertDates(issuedOn: string, effectiveFrom: string, effectiveTo?: string) {
    if (effectiveFrom < issuedOn) throw badInput('effectiveFrom', 'A policy cannot take effect before it is issued', R.EFFECTIVE_BEFORE_ISSUED);
    if (effectiveTo && effectiveTo < effectiveFrom) {
      throw badInput('effectiveTo', 'The end of the period cannot be before its start', R.ENDS_BEFORE_EFFECTIVE);
    }
  }

  private async assertDocumentNumberFree(ctx: AppContext, documentNumber: string) {
    if (await ctx.em.count(Policy, { documentNumber: documentNumber.trim() })) {
      throw badInput('documentNumber', 'A policy with this document number is already registered', R.DOCUMENT_NUMBER_TAKEN);
    }
  }

  /** The older policy a new one may replace: in force or expired, and not replaced by another. */
  private async replaceable(ctx: AppContext, id: string, selfId?: string): Promise<Policy> {
    const old = await ctx.em.findOne(Policy, id);
    if (!old) throw badInput('replacesId', 'The replaced policy does not exist', R.REFERENCE_NOT_FOUND);
    if (old.status !== S.IN_FORCE && old.status !== S.EXPIRED) {
      throw badInput('replacesId', 'Only a policy in force or expired can be replaced', R.REPLACED_NOT_IN_FORCE);
    }
    const other = await ctx.em.findOne(Policy, { replaces: old.id, ...(selfId ? { id: { $ne: selfId } } : {}) });
    if (other) throw badInput('replacesId', `The policy is already replaced by ${other.documentNumber}`, R.ALREADY_REPLACED);
    return old;
  }

  private async section(ctx: AppContext, id: string | undefined) {
    const unit = id ? await ctx.em.findOne(Unit, id) : await responsibleSectionFor(ctx.em, PlanArea.POLICY_IMPLEMENTATION);
    if (!unit) throw badInput('responsibleSectionId', 'Name the responsible section', R.REFERENCE_NOT_FOUND);
    return ctx.em.getReference(Unit, unit.id, { wrapped: true });
  }
}

export const policyService = new PolicyService();
