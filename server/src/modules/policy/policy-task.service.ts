import type { FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { today } from '../../app/clock';
import type { AppContext } from '../../app/context';
import { assertVersion, badInput, conflict, isUuid, notFound } from '../../app/errors';
import type { GraphQLResolveInfo } from 'graphql';
import { findPage, likePattern, type Page } from '../../app/list';
import { visibleUnitIds } from '../../app/scope';
import { User } from '../auth/user.entity';
import { Person } from '../organisation/person.entity';
import { Unit } from '../organisation/unit.entity';
import { Policy, PolicyTask, PolicyTaskProgress } from './policy.entity';
import { PolicyStatus, PolicyTaskStatus as S } from './policy.enums';
import { PolicyErrorReason as R } from './policy.errors';
import {
  PolicyTaskSortField,
  type CreatePolicyTaskInput,
  type PolicyTaskListArgs,
  type PolicyTaskProgressInput,
  type UpdatePolicyTaskInput,
} from './policy.input';
import { policyService } from './policy.service';

const sortColumn: Record<PolicyTaskSortField, keyof PolicyTask> = {
  [PolicyTaskSortField.DEADLINE]: 'deadline',
  [PolicyTaskSortField.STATUS]: 'status',
  [PolicyTaskSortField.ASSIGNED_ON]: 'assignedOn',
  [PolicyTaskSortField.CREATED_AT]: 'createdAt',
};

const UNFINISHED = [S.OPEN, S.IN_PROGRESS, S.OVERDUE];

/** The units that answer for a task: the lead unit and the responsible units. */
function unitsOf(task: PolicyTask): string[] {
  return [task.leadUnit.id, ...task.responsibleUnits.getItems().map((u) => u.id)];
}

export class PolicyTaskService {
  /** A unit reporter sees the tasks its unit leads or shares. */
  async list(ctx: AppContext, args: PolicyTaskListArgs, info?: GraphQLResolveInfo): Promise<Page<PolicyTask>> {
    const f = args.filter ?? {};
    const where: FilterQuery<PolicyTask> & Record<string, unknown> = {};
    const and: FilterQuery<PolicyTask>[] = [];
    if (f.policyId) where.policy = f.policyId;
    if (f.statuses?.length) where.status = { $in: f.statuses };
    if (f.deadlineBefore) where.deadline = { $lt: f.deadlineBefore };
    if (f.q?.trim()) where.measure = { $ilike: likePattern(f.q) };
    if (f.unitId) and.push({ $or: [{ leadUnit: f.unitId }, { responsibleUnits: f.unitId }] });
    const visible = await visibleUnitIds(ctx);
    if (visible) {
      const units = [...visible];
      and.push({ $or: [{ leadUnit: { $in: units } }, { responsibleUnits: { $in: units } }] });
    }
    if (and.length) where.$and = and;
    const orderBy: QueryOrderMap<PolicyTask>[] = [];
    if (args.sort) orderBy.push({ [sortColumn[args.sort.field]]: args.sort.order });
    orderBy.push({ deadline: 'ASC' }, { id: 'ASC' });
    return findPage(ctx.em, PolicyTask, where, { orderBy, offset: args.offset, limit: args.limit }, info);
  }

  async get(ctx: AppContext, id: string): Promise<PolicyTask> {
    const task = isUuid(id) ? await ctx.em.findOne(PolicyTask, id, { populate: ['responsibleUnits'] }) : null;
    if (!task || !(await this.visible(ctx, task))) throw notFound('Policy task');
    return task;
  }

  /** The tasks of one policy the caller may see. */
  async ofPolicy(ctx: AppContext, policy: Policy): Promise<PolicyTask[]> {
    const tasks = await policy.tasks.loadItems();
    await Promise.all(tasks.map((t) => t.responsibleUnits.loadItems()));
    const visible = await visibleUnitIds(ctx);
    const mine = visible ? tasks.filter((t) => unitsOf(t).some((u) => visible.has(u))) : tasks;
    return [...mine].sort((a, b) => a.deadline.localeCompare(b.deadline) || a.id.localeCompare(b.id));
  }

  async create(ctx: AppContext, input: CreatePolicyTaskInput): Promise<PolicyTask> {
    const policy = await policyService.get(ctx, input.policyId).catch(() => {
      throw badInput('policyId', 'The policy does not exist', R.REFERENCE_NOT_FOUND);
    });
    this.assertOpenPolicy(policy);
    if (input.deadline < policy.issuedOn) {
      throw badInput('deadline', 'The deadline cannot be before the policy was issued', R.DEADLINE_BEFORE_ISSUED);
    }
    const task = ctx.em.create(PolicyTask, {
      policy,
      measure: input.measure.trim(),
      leadUnit: await this.unit(ctx, input.leadUnitId, 'leadUnitId'),
      assignedOn: today(),
      deadline: input.deadline,
    });
    await this.setUnits(ctx, task, input.leadUnitId, input.responsibleUnitIds ?? []);
    await this.setPerson(ctx, task, input.responsiblePersonId);
    await ctx.em.flush();
    return task;
  }

  /** Changes the measure, units, person or deadline of an unfinished task; a later deadline lifts overdue (延期). */
  async update(ctx: AppContext, id: string, input: UpdatePolicyTaskInput, version: number): Promise<PolicyTask> {
    const task = await this.load(ctx, id, version, UNFINISHED);
    const policy = await ctx.em.findOneOrFail(Policy, task.policy.id);
    this.assertOpenPolicy(policy);
    if (input.measure) task.measure = input.measure.trim();
    if (input.leadUnitId || input.responsibleUnitIds) {
      const lead = input.leadUnitId ?? task.leadUnit.id;
      const others = input.responsibleUnitIds ?? task.responsibleUnits.getItems().map((u) => u.id);
      if (input.leadUnitId) task.leadUnit = await this.unit(ctx, lead, 'leadUnitId');
      await this.setUnits(ctx, task, lead, others);
    }
    if (input.responsiblePersonId !== undefined) await this.setPerson(ctx, task, input.responsiblePersonId ?? undefined);
    else if (task.responsiblePerson) await this.setPerson(ctx, task, task.responsiblePerson.id);
    if (input.deadline) {
      if (input.deadline < policy.issuedOn) {
        throw badInput('deadline', 'The deadline cannot be before the policy was issued', R.DEADLINE_BEFORE_ISSUED);
      }
      task.deadline = input.deadline;
      if (task.status === S.OVERDUE && task.deadline >= today()) task.status = (await this.hasProgress(ctx, task)) ? S.IN_PROGRESS : S.OPEN;
    }
    await ctx.em.flush();
    return task;
  }

  /** A responsible unit reports progress; reporting it done needs evidence. */
  async progress(ctx: AppContext, id: string, input: PolicyTaskProgressInput, version: number): Promise<PolicyTask> {
    const task = await this.load(ctx, id, version, UNFINISHED);
    const policy = await ctx.em.findOneOrFail(Policy, task.policy.id);
    if (policy.status === PolicyStatus.DRAFT) throw conflict('The policy has not been put in force', R.POLICY_NOT_IN_FORCE, 'status');
    const evidence = (input.evidence ?? []).map((e) => e.trim()).filter(Boolean);
    if (input.completed && evidence.length === 0) {
      throw badInput('evidence', 'Attach evidence that the task is done', R.EVIDENCE_REQUIRED);
    }
    const day = today();
    ctx.em.create(PolicyTaskProgress, {
      task,
      reportedOn: day,
      note: input.note.trim(),
      evidence,
      completed: !!input.completed,
      reportedBy: ctx.em.getReference(User, ctx.user!.id, { wrapped: true }),
    });
    if (input.completed) {
      task.status = S.DONE;
      task.completedOn = day;
    } else if (task.status === S.OPEN) {
      task.status = S.IN_PROGRESS;
    }
    await ctx.em.flush();
    return task;
  }

  /** The managing section does not accept the completion: the task goes back to work (the deadline stands). */
  async reopen(ctx: AppContext, id: string, reason: string, version: number): Promise<PolicyTask> {
    if (reason.trim().length < 2) throw badInput('reason', 'Say why the task is reopened', 'REASON_REQUIRED');
    const task = await this.load(ctx, id, version, [S.DONE]);
    const day = today();
    task.status = task.deadline < day ? S.OVERDUE : S.IN_PROGRESS;
    task.completedOn = undefined;
    ctx.em.create(PolicyTaskProgress, {
      task,
      reportedOn: day,
      note: `退回重办：${reason.trim()}`,
      reportedBy: ctx.em.getReference(User, ctx.user!.id, { wrapped: true }),
    });
    await ctx.em.flush();
    return task;
  }

  /** The deadline job: an unfinished task of a policy in force past its deadline is overdue. */
  async markOverdue(em: EntityManager, day = today()): Promise<number> {
    const overdue = await em.find(
      PolicyTask,
      {
        status: { $in: [S.OPEN, S.IN_PROGRESS] },
        deadline: { $lt: day },
        policy: { status: { $in: [PolicyStatus.IN_FORCE, PolicyStatus.EXPIRED] } },
      },
      { limit: 1000 },
    );
    for (const task of overdue) task.status = S.OVERDUE;
    return overdue.length;
  }

  private async load(ctx: AppContext, id: string, version: number, allowed: S[]): Promise<PolicyTask> {
    const task = await this.get(ctx, id);
    assertVersion(task, version);
    if (!allowed.includes(task.status)) {
      throw conflict(`Not possible while the task is ${task.status.toLowerCase()}`, R.ILLEGAL_TRANSITION, 'status');
    }
    return task;
  }

  private assertOpenPolicy(policy: Policy) {
    if (policy.status !== PolicyStatus.DRAFT && policy.status !== PolicyStatus.IN_FORCE) {
      throw conflict(`The policy is ${policy.status.toLowerCase()}`, R.POLICY_CLOSED, 'policyId');
    }
  }

  private async visible(ctx: AppContext, task: PolicyTask): Promise<boolean> {
    const visible = await visibleUnitIds(ctx);
    return visible === null || unitsOf(task).some((u) => visible.has(u));
  }

  private async hasProgress(ctx: AppContext, task: PolicyTask): Promise<boolean> {
    return (await ctx.em.count(PolicyTaskProgress, { task: task.id })) > 0;
  }

  private async unit(ctx: AppContext, id: string, field: string) {
    const unit = await ctx.em.findOne(Unit, id);
    if (!unit) throw badInput(field, 'The unit does not exist', R.REFERENCE_NOT_FOUND);
    return ctx.em.getReference(Unit, unit.id, { wrapped: true });
  }

  private async setUnits(ctx: AppContext, task: PolicyTask, leadId: string, ids: string[]) {
    const others = [...new Set(ids)].filter((u) => u !== leadId);
    const units = others.length ? await ctx.em.find(Unit, { id: { $in: others } }) : [];
    if (units.length !== others.length) throw badInput('responsibleUnitIds', 'A responsible unit does not exist', R.REFERENCE_NOT_FOUND);
    task.responsibleUnits.set(units);
  }

  /** The responsible person works in the lead unit or one of the responsible units. */
  private async setPerson(ctx: AppContext, task: PolicyTask, personId: string | undefined) {
    if (!personId) {
      task.responsiblePerson = undefined;
      return;
    }
    const person = await ctx.em.findOne(Person, personId);
    if (!person) throw badInput('responsiblePersonId', 'The person does not exist', R.REFERENCE_NOT_FOUND);
    if (!unitsOf(task).includes(person.unit.id)) {
      throw badInput('responsiblePersonId', 'The person does not work in a unit responsible for the task', R.PERSON_NOT_IN_UNIT);
    }
    task.responsiblePerson = ctx.em.getReference(Person, person.id, { wrapped: true });
  }
}

export const policyTaskService = new PolicyTaskService();
