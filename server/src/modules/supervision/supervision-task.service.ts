import type { FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { today } from '../../app/clock';
import type { AppContext } from '../../app/context';
import { assertVersion, badInput, conflict, isUuid, notFound } from '../../app/errors';
import type { GraphQLResolveInfo } from 'graphql';
import { findPage, likePattern, type Page } from '../../app/list';
import { canSeeUnit, visibleUnitIds } from '../../app/scope';
import { LeadingGroup } from '../organisation/leading-group.entity';
import { Person } from '../organisation/person.entity';
import { Unit } from '../organisation/unit.entity';
import { yearRange } from './supervision.dates';
import { SupervisionTaskStatus as S } from './supervision.enums';
import { SupervisionErrorReason as R } from './supervision.errors';
import { SupervisionTask } from './supervision-task.entity';
import {
  SupervisionTaskSortField,
  type AcceptSupervisionTaskInput,
  type CreateSupervisionTaskInput,
  type SubmitSupervisionTaskInput,
  type SupervisionTaskListArgs,
  type UpdateSupervisionTaskInput,
} from './supervision-task.input';
import { assertActsFor, assertNotBefore, assertNotFuture, currentUser, unitFor } from './supervision.shared';

const sortColumn: Record<SupervisionTaskSortField, keyof SupervisionTask> = {
  [SupervisionTaskSortField.DUE_ON]: 'dueOn',
  [SupervisionTaskSortField.ASSIGNED_ON]: 'assignedOn',
  [SupervisionTaskSortField.STATUS]: 'status',
  [SupervisionTaskSortField.SCORE]: 'score',
  [SupervisionTaskSortField.CREATED_AT]: 'createdAt',
};

/** States in which the unit still owes the result. */
export const TASK_OPEN = [S.ASSIGNED, S.IN_PROGRESS, S.RETURNED];

/** One unit's supervision tasks falling due in a year, for the performance assessment (S1). */
@ObjectType({ description: '督办任务完成情况（按单位）' })
export class SupervisionTaskResult {
  unitId!: string;

  @Field(() => Int, { description: 'Tasks due in the year' })
  tasks!: number;

  @Field(() => Int, { description: 'Accepted (验收通过)' })
  accepted!: number;

  @Field(() => Int, { description: 'Accepted, with the accepted result submitted by the due date' })
  onTime!: number;

  @Field(() => Int, { description: 'Still owed by the unit and past the due date' })
  overdue!: number;

  @Field(() => Float, { nullable: true, description: 'Average score of the accepted tasks' })
  averageScore?: number | null;
}

export class SupervisionTaskService {
  async list(ctx: AppContext, args: SupervisionTaskListArgs, info?: GraphQLResolveInfo): Promise<Page<SupervisionTask>> {
    const f = args.filter ?? {};
    const where: FilterQuery<SupervisionTask> & Record<string, unknown> = {};
    const and: FilterQuery<SupervisionTask>[] = [];
    if (f.q?.trim()) {
      const p = likePattern(f.q);
      and.push({ $or: [{ title: { $ilike: p } }, { requirement: { $ilike: p } }] });
    }
    if (f.statuses?.length) where.status = { $in: f.statuses };
    if (f.unitId) and.push({ assignedUnit: f.unitId });
    if (f.overdue === true) and.push({ status: { $in: TASK_OPEN }, dueOn: { $lt: today() } });
    if (f.overdue === false) and.push({ $or: [{ status: { $nin: TASK_OPEN } }, { dueOn: { $gte: today() } }] });
    if (f.dueFrom || f.dueTo) where.dueOn = { ...(f.dueFrom ? { $gte: f.dueFrom } : {}), ...(f.dueTo ? { $lte: f.dueTo } : {}) };
    const visible = await visibleUnitIds(ctx);
    if (visible) and.push({ assignedUnit: { $in: [...visible] } });
    if (and.length) where.$and = and;
    const orderBy: QueryOrderMap<SupervisionTask>[] = [];
    if (args.sort) orderBy.push({ [sortColumn[args.sort.field]]: args.sort.order });
    orderBy.push({ dueOn: 'ASC' }, { id: 'ASC' });
    return findPage(ctx.em, SupervisionTask, where, { orderBy, offset: args.offset, limit: args.limit }, info);
  }

  async get(ctx: AppContext, id: string): Promise<SupervisionTask> {
    const task = isUuid(id) ? await ctx.em.findOne(SupervisionTask, id) : null;
    if (!task || !(await canSeeUnit(ctx, task.assignedUnit.id))) throw notFound('Supervision task');
    return task;
  }

  async create(ctx: AppContext, input: CreateSupervisionTaskInput): Promise<SupervisionTask> {
    const unit = await unitFor(ctx, input.assignedUnitId, 'assignedUnitId');
    const person = input.responsiblePersonId ? await this.personOf(ctx, unit, input.responsiblePersonId) : undefined;
    let group: LeadingGroup | undefined;
    if (input.leadingGroupId) {
      group = (isUuid(input.leadingGroupId) ? await ctx.em.findOne(LeadingGroup, input.leadingGroupId) : null) ?? undefined;
      if (!group) throw badInput('leadingGroupId', 'The leading group does not exist', R.REFERENCE_NOT_FOUND);
    }
    const assignedOn = input.assignedOn ?? today();
    assertNotFuture(assignedOn, today(), 'assignedOn');
    assertNotBefore(input.dueOn, assignedOn, 'dueOn', 'the assignment');
    const task = ctx.em.create(SupervisionTask, {
      title: input.title.trim(),
      requirement: input.requirement.trim(),
      assignedUnit: unit,
      responsiblePerson: person,
      leadingGroup: group,
      assignedOn,
      dueOn: input.dueOn,
      issuedBy: currentUser(ctx),
    });
    await ctx.em.flush();
    return task;
  }

  async update(ctx: AppContext, id: string, input: UpdateSupervisionTaskInput, version: number): Promise<SupervisionTask> {
    const task = await this.get(ctx, id);
    assertVersion(task, version);
    if (task.status === S.ACCEPTED) throw conflict('An accepted task cannot be changed', R.ILLEGAL_TRANSITION, 'status');
    if (input.title) task.title = input.title.trim();
    if (input.requirement) task.requirement = input.requirement.trim();
    if (input.dueOn) {
      assertNotBefore(input.dueOn, task.assignedOn, 'dueOn', 'the assignment');
      task.dueOn = input.dueOn;
    }
    if (input.responsiblePersonId !== undefined) {
      const unit = await task.assignedUnit.loadOrFail();
      task.responsiblePerson = input.responsiblePersonId
        ? ctx.em.getReference(Person, (await this.personOf(ctx, unit, input.responsiblePersonId)).id, { wrapped: true })
        : undefined;
    }
    await ctx.em.flush();
    return task;
  }

  /** The unit reports how far it has got. */
  async progress(ctx: AppContext, id: string, progress: string, version: number): Promise<SupervisionTask> {
    const task = await this.unitStep(ctx, id, version, 'given progress');
    if (progress.trim().length < 2) throw badInput('progress', 'Describe the progress', 'REASON_REQUIRED');
    task.progress = progress.trim();
    task.status = S.IN_PROGRESS;
    await ctx.em.flush();
    return task;
  }

  /** The unit submits its result for acceptance; the submission day decides whether it was on time. */
  async submit(ctx: AppContext, id: string, input: SubmitSupervisionTaskInput, version: number): Promise<SupervisionTask> {
    const task = await this.unitStep(ctx, id, version, 'submitted');
    task.result = input.result.trim();
    if (input.evidence) task.evidence = input.evidence;
    task.submittedOn = today();
    task.status = S.SUBMITTED;
    await ctx.em.flush();
    return task;
  }

  /** Accepts the submitted result with a score (0–100) for the performance assessment. */
  async accept(ctx: AppContext, id: string, input: AcceptSupervisionTaskInput, version: number): Promise<SupervisionTask> {
    const task = await this.get(ctx, id);
    assertVersion(task, version);
    if (task.status !== S.SUBMITTED) throw conflict('Only a submitted task can be accepted', R.ILLEGAL_TRANSITION, 'status');
    task.status = S.ACCEPTED;
    task.score = input.score;
    task.reviewNote = input.note?.trim() || undefined;
    task.acceptedOn = today();
    task.reviewedBy = currentUser(ctx);
    task.reviewedAt = new Date();
    await ctx.em.flush();
    return task;
  }

  /** Sends the result back for more work; the due date stands. */
  async sendBack(ctx: AppContext, id: string, reason: string, version: number): Promise<SupervisionTask> {
    const task = await this.get(ctx, id);
    assertVersion(task, version);
    if (task.status !== S.SUBMITTED) throw conflict('Only a submitted task can be returned', R.ILLEGAL_TRANSITION, 'status');
    if (reason.trim().length < 4) throw badInput('reason', 'Say what is missing', 'REASON_REQUIRED');
    task.status = S.RETURNED;
    task.returnCount += 1;
    task.reviewNote = reason.trim();
    task.reviewedBy = currentUser(ctx);
    task.reviewedAt = new Date();
    await ctx.em.flush();
    return task;
  }

  /** Per unit: tasks due in the year, accepted, accepted on time, overdue, average score. */
  async results(ctx: AppContext, year: number): Promise<SupervisionTaskResult[]> {
    if (year < 2000 || year > 2100) throw badInput('year', 'Give a year between 2000 and 2100');
    const [from, to] = yearRange(year);
    const rows: { unit_id: string; tasks: number; accepted: number; on_time: number; overdue: number; average: string | number | null }[] =
      await ctx.em.getConnection().execute(
        `select assigned_unit_id as unit_id,
                count(*)::int as tasks,
                (count(*) filter (where status = 'ACCEPTED'))::int as accepted,
                (count(*) filter (where status = 'ACCEPTED' and submitted_on <= due_on))::int as on_time,
                (count(*) filter (where status in ('ASSIGNED', 'IN_PROGRESS', 'RETURNED') and due_on < ?))::int as overdue,
                round(avg(score) filter (where status = 'ACCEPTED'), 2) as average
           from supervision_task
          where due_on >= ? and due_on <= ?
          group by assigned_unit_id`,
        [today(), from, to],
      );
    const visible = await visibleUnitIds(ctx);
    const byUnit = new Map(rows.filter((r) => !visible || visible.has(r.unit_id)).map((r) => [r.unit_id, r]));
    const units = await ctx.em.find(Unit, { id: { $in: [...byUnit.keys()] } }, { orderBy: { sortOrder: 'ASC', code: 'ASC' } });
    return units.map((u) => {
      const r = byUnit.get(u.id)!;
      return Object.assign(new SupervisionTaskResult(), {
        unitId: u.id,
        tasks: r.tasks,
        accepted: r.accepted,
        onTime: r.on_time,
        overdue: r.overdue,
        averageScore: r.average === null ? null : Number(r.average),
      });
    });
  }

  private async unitStep(ctx: AppContext, id: string, version: number, action: string): Promise<SupervisionTask> {
    const task = await this.get(ctx, id);
    assertVersion(task, version);
    if (!TASK_OPEN.includes(task.status)) {
      throw conflict(`A ${task.status.toLowerCase()} task cannot be ${action}`, R.ILLEGAL_TRANSITION, 'status');
    }
    await assertActsFor(ctx, task.assignedUnit.id, R.NOT_ASSIGNED_UNIT, 'Only the assigned unit takes this step');
    return task;
  }

  private async personOf(ctx: AppContext, unit: Unit, personId: string): Promise<Person> {
    const person = isUuid(personId) ? await ctx.em.findOne(Person, personId) : null;
    if (!person) throw badInput('responsiblePersonId', 'The person does not exist', R.REFERENCE_NOT_FOUND);
    if (person.unit.id !== unit.id) throw badInput('responsiblePersonId', 'The person does not work in the assigned unit', R.PERSON_NOT_IN_UNIT);
    return person;
  }
}

export const supervisionTaskService = new SupervisionTaskService();
