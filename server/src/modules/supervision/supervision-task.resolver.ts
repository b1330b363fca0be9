import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Access, SIGNED_IN } from '../../app/access';
import { today } from '../../app/clock';
import type { AppContext } from '../../app/context';
import { ListOf } from '../../app/list';
import { Role } from '../../app/roles';
import { visibleUnitIds } from '../../app/scope';
import { LeadingGroup } from '../organisation/leading-group.entity';
import { Person } from '../organisation/person.entity';
import { Unit } from '../organisation/unit.entity';
import { SupervisionPolicy } from './supervision-policy.entity';
import { supervisionPolicyService, UpdateSupervisionPolicyInput } from './supervision-policy.service';
import { TASK_ISSUERS, TASK_UNIT_STEPS } from './supervision.roles';
import { SupervisionTask } from './supervision-task.entity';
import {
  AcceptSupervisionTaskInput,
  CreateSupervisionTaskInput,
  SubmitSupervisionTaskInput,
  SupervisionTaskListArgs,
  UpdateSupervisionTaskInput,
} from './supervision-task.input';
import { SupervisionTaskResult, TASK_OPEN, supervisionTaskService as service } from './supervision-task.service';
import { userName } from './supervision.shared';
import { SupervisionTaskStatus } from './supervision.enums';

@ObjectType()
export class SupervisionTaskList extends ListOf(SupervisionTask) {}

@Resolver(() => SupervisionTask)
export class SupervisionTaskResolver {
  @Query(() => SupervisionTaskList, { description: '督办任务 of units the caller may see' })
  @Access(SIGNED_IN)
  supervisionTasks(@Args(() => SupervisionTaskListArgs) args: SupervisionTaskListArgs, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return service.list(ctx, args, info);
  }

  @Query(() => SupervisionTask)
  @Access(SIGNED_IN)
  supervisionTask(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return service.get(ctx, id);
  }

  @Query(() => [SupervisionTaskResult], { description: 'Per unit: tasks due in the year, on time, average score (for the performance assessment)' })
  @Access(SIGNED_IN)
  supervisionTaskResults(@Arg('year', () => Int) year: number, @Ctx() ctx: AppContext) {
    return service.results(ctx, year);
  }

  @Mutation(() => SupervisionTask, { description: 'Sets a unit a task from the leading group' })
  @Access(...TASK_ISSUERS)
  createSupervisionTask(@Arg('input', () => CreateSupervisionTaskInput) input: CreateSupervisionTaskInput, @Ctx() ctx: AppContext) {
    return service.create(ctx, input);
  }

  @Mutation(() => SupervisionTask)
  @Access(...TASK_ISSUERS)
  updateSupervisionTask(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateSupervisionTaskInput) input: UpdateSupervisionTaskInput,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AppContext,
  ) {
    return service.update(ctx, id, input, version);
  }

  @Mutation(() => SupervisionTask, { description: 'The unit reports progress' })
  @Access(...TASK_UNIT_STEPS)
  reportSupervisionTaskProgress(
    @Arg('id', () => ID) id: string,
    @Arg('progress', () => String) progress: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AppContext,
  ) {
    return service.progress(ctx, id, progress, version);
  }

  @Mutation(() => SupervisionTask, { description: 'The unit submits its result for acceptance' })
  @Access(...TASK_UNIT_STEPS)
  submitSupervisionTask(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => SubmitSupervisionTaskInput) input: SubmitSupervisionTaskInput,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AppContext,
  ) {
    return service.submit(ctx, id, input, version);
  }

  @Mutation(() => SupervisionTask, { description: 'Accepts the result with a score' })
  @Access(...TASK_ISSUERS)
  acceptSupervisionTask(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => AcceptSupervisionTaskInput) input: AcceptSupervisionTaskInput,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AppContext,
  ) {
    return service.accept(ctx, id, input, version);
  }

  @Mutation(() => SupervisionTask, { description: 'Returns the result for more work' })
  @Access(...TASK_ISSUERS)
  returnSupervisionTask(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AppContext,
  ) {
    return service.sendBack(ctx, id, reason, version);
  }

  @Query(() => SupervisionPolicy, { description: 'Time limits of supervision work' })
  @Access(SIGNED_IN)
  supervisionPolicy(@Ctx() ctx: AppContext) {
    return supervisionPolicyService.get(ctx.em);
  }

  @Mutation(() => SupervisionPolicy, { description: 'Changes time limits; they apply to items assigned or received afterwards' })
  @Access(Role.ADMIN)
  updateSupervisionPolicy(
    @Arg('input', () => UpdateSupervisionPolicyInput) input: UpdateSupervisionPolicyInput,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AppContext,
  ) {
    return supervisionPolicyService.update(ctx, input, version);
  }

  @FieldResolver(() => Unit)
  assignedUnit(@Root() t: SupervisionTask) {
    return t.assignedUnit.load();
  }

  @FieldResolver(() => Person, { nullable: true })
  responsiblePerson(@Root() t: SupervisionTask) {
    return t.responsiblePerson ? t.responsiblePerson.load() : null;
  }

  @FieldResolver(() => LeadingGroup, { nullable: true, description: 'Empty for unit reporters, who do not read leading groups' })
  async leadingGroup(@Root() t: SupervisionTask, @Ctx() ctx: AppContext) {
    if (!t.leadingGroup || (await visibleUnitIds(ctx)) !== null) return null;
    return t.leadingGroup.load();
  }

  @FieldResolver(() => Boolean, { description: 'Still owed by the unit after the due date' })
  overdue(@Root() t: SupervisionTask) {
    return TASK_OPEN.includes(t.status) && t.dueOn < today();
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'Accepted with a result submitted by the due date; empty until accepted' })
  onTime(@Root() t: SupervisionTask) {
    return t.status === SupervisionTaskStatus.ACCEPTED ? !!t.submittedOn && t.submittedOn <= t.dueOn : null;
  }

  @FieldResolver(() => String, { nullable: true })
  issuedByName(@Root() t: SupervisionTask) {
    return userName(t.issuedBy);
  }

  @FieldResolver(() => String, { nullable: true })
  reviewedByName(@Root() t: SupervisionTask) {
    return userName(t.reviewedBy);
  }
}

@Resolver(() => SupervisionTaskResult)
export class SupervisionTaskResultResolver {
  @FieldResolver(() => Unit)
  unit(@Root() r: SupervisionTaskResult, @Ctx() ctx: AppContext) {
    return ctx.em.getReference(Unit, r.unitId, { wrapped: true }).load();
  }
}
