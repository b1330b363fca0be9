import { Arg, Args, Ctx, Field, FieldResolver, ID, Info, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Access, SIGNED_IN } from '../../app/access';
import type { AppContext } from '../../app/context';
import { ListOf } from '../../app/list';
import { Role } from '../../app/roles';
import { runPolicyDeadlines } from '../../jobs/policy-deadlines.job';
import { Person } from '../organisation/person.entity';
import { Unit } from '../organisation/unit.entity';
import { Policy, PolicyEvaluation, PolicyTask, PolicyTaskProgress } from './policy.entity';
import {
  CreatePolicyInput,
  CreatePolicyTaskInput,
  EvaluatePolicyInput,
  PolicyListArgs,
  PolicyTaskListArgs,
  PolicyTaskProgressInput,
  UpdatePolicyInput,
  UpdatePolicyTaskInput,
} from './policy.input';
import { POLICY_MANAGERS, POLICY_REPORTERS } from './policy.roles';
import { policyService } from './policy.service';
import { policyTaskService } from './policy-task.service';

@ObjectType()
export class PolicyList extends ListOf(Policy) {}

@ObjectType()
export class PolicyTaskList extends ListOf(PolicyTask) {}

@ObjectType()
export class PolicyDeadlineReport {
  @Field(() => Boolean, { description: 'False when another instance was running the job' }) ran!: boolean;
  @Field(() => Int) expiredPolicies!: number;
  @Field(() => Int) overdueTasks!: number;
}

async function userName(ref: { load(): Promise<{ displayName: string } | null | undefined> } | undefined) {
  return ref ? ((await ref.load())?.displayName ?? null) : null;
}

@Resolver(() => Policy)
export class PolicyResolver {
  @Query(() => PolicyList, { description: '政策落实兑现: the policies the bureau carries out' })
  @Access(SIGNED_IN)
  policies(@Args(() => PolicyListArgs) args: PolicyListArgs, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return policyService.list(ctx, args, info);
  }

  @Query(() => Policy)
  @Access(SIGNED_IN)
  policy(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return policyService.get(ctx, id);
  }

  @Mutation(() => Policy, { description: 'Registers a policy (draft until put in force)' })
  @Access(...POLICY_MANAGERS)
  createPolicy(@Arg('input', () => CreatePolicyInput) input: CreatePolicyInput, @Ctx() ctx: AppContext) {
    return policyService.create(ctx, input);
  }

  @Mutation(() => Policy)
  @Access(...POLICY_MANAGERS)
  updatePolicy(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdatePolicyInput) input: UpdatePolicyInput,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AppContext,
  ) {
    return policyService.update(ctx, id, input, version);
  }

  @Mutation(() => Policy, { description: 'Puts the policy in force; the policy it replaces is superseded and its unfinished tasks carried over' })
  @Access(...POLICY_MANAGERS)
  enactPolicy(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: AppContext) {
    return policyService.enact(ctx, id, version);
  }

  @Mutation(() => Policy, { description: 'Ends a policy in force early (废止), with the reason' })
  @Access(...POLICY_MANAGERS)
  expirePolicy(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AppContext,
  ) {
    return policyService.expire(ctx, id, reason, version);
  }

  @Mutation(() => PolicyEvaluation, { description: 'Records an evaluation after implementation (实施后评估)' })
  @Access(...POLICY_MANAGERS)
  evaluatePolicy(
    @Arg('policyId', () => ID) policyId: string,
    @Arg('input', () => EvaluatePolicyInput) input: EvaluatePolicyInput,
    @Ctx() ctx: AppContext,
  ) {
    return policyService.evaluate(ctx, policyId, input);
  }

  @Mutation(() => PolicyDeadlineReport, { description: 'Applies the policy dates now instead of waiting for the schedule' })
  @Access(Role.ADMIN)
  runPolicyDeadlines(@Ctx() ctx: AppContext) {
    return runPolicyDeadlines({ em: ctx.em });
  }

  @FieldResolver(() => Policy, { nullable: true, description: 'The older policy this one replaces' })
  replaces(@Root() p: Policy) {
    return p.replaces ? p.replaces.load() : null;
  }

  @FieldResolver(() => Policy, { nullable: true, description: 'The newer policy that superseded this one' })
  supersededBy(@Root() p: Policy) {
    return p.supersededBy ? p.supersededBy.load() : null;
  }

  @FieldResolver(() => Unit, { description: '责任股室' })
  responsibleSection(@Root() p: Policy) {
    return p.responsibleSection.load();
  }

  @FieldResolver(() => [PolicyTask], { description: 'Its tasks the caller may see, by deadline' })
  tasks(@Root() p: Policy, @Ctx() ctx: AppContext) {
    return policyTaskService.ofPolicy(ctx, p);
  }

  @FieldResolver(() => [PolicyEvaluation])
  async evaluations(@Root() p: Policy) {
    const items = await p.evaluations.loadItems();
    return [...items].sort((a, b) => b.evaluatedOn.localeCompare(a.evaluatedOn));
  }
}

@Resolver(() => PolicyTask)
export class PolicyTaskResolver {
  @Query(() => PolicyTaskList, { description: 'Policy tasks the caller may see (a unit reporter: its unit’s)' })
  @Access(SIGNED_IN)
  policyTasks(@Args(() => PolicyTaskListArgs) args: PolicyTaskListArgs, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return policyTaskService.list(ctx, args, info);
  }

  @Query(() => PolicyTask)
  @Access(SIGNED_IN)
  policyTask(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return policyTaskService.get(ctx, id);
  }

  @Mutation(() => PolicyTask, { description: 'Adds a task (measure, units, deadline) to a policy' })
  @Access(...POLICY_MANAGERS)
  createPolicyTask(@Arg('input', () => CreatePolicyTaskInput) input: CreatePolicyTaskInput, @Ctx() ctx: AppContext) {
    return policyTaskService.create(ctx, input);
  }

  @Mutation(() => PolicyTask)
  @Access(...POLICY_MANAGERS)
  updatePolicyTask(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdatePolicyTaskInput) input: UpdatePolicyTaskInput,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AppContext,
  ) {
    return policyTaskService.update(ctx, id, input, version);
  }

  @Mutation(() => PolicyTask, { description: 'Reports progress, or completion with evidence' })
  @Access(...POLICY_REPORTERS)
  reportPolicyTaskProgress(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => PolicyTaskProgressInput) input: PolicyTaskProgressInput,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AppContext,
  ) {
    return policyTaskService.progress(ctx, id, input, version);
  }

  @Mutation(() => PolicyTask, { description: 'Sends a completed task back to work' })
  @Access(...POLICY_MANAGERS)
  reopenPolicyTask(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AppContext,
  ) {
    return policyTaskService.reopen(ctx, id, reason, version);
  }

  @FieldResolver(() => Policy)
  policy(@Root() t: PolicyTask) {
    return t.policy.load();
  }

  @FieldResolver(() => Unit, { description: '牵头单位' })
  leadUnit(@Root() t: PolicyTask) {
    return t.leadUnit.load();
  }

  @FieldResolver(() => [Unit], { description: '责任单位' })
  responsibleUnits(@Root() t: PolicyTask) {
    return t.responsibleUnits.loadItems();
  }

  @FieldResolver(() => Person, { nullable: true })
  responsiblePerson(@Root() t: PolicyTask) {
    return t.responsiblePerson ? t.responsiblePerson.load() : null;
  }

  @FieldResolver(() => Policy, { nullable: true, description: 'The superseded policy the task was carried over from' })
  carriedOverFrom(@Root() t: PolicyTask) {
    return t.carriedOverFrom ? t.carriedOverFrom.load() : null;
  }

  @FieldResolver(() => [PolicyTaskProgress], { description: 'Progress reports, oldest first' })
  progressReports(@Root() t: PolicyTask) {
    return t.progressReports.loadItems();
  }
}

@Resolver(() => PolicyTaskProgress)
export class PolicyTaskProgressResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Who reported it; empty for the system' })
  reportedByName(@Root() p: PolicyTaskProgress) {
    return userName(p.reportedBy);
  }
}

@Resolver(() => PolicyEvaluation)
export class PolicyEvaluationResolver {
  @FieldResolver(() => String, { nullable: true })
  recordedByName(@Root() e: PolicyEvaluation) {
    return userName(e.recordedBy);
  }
}
