import type { FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { today } from '../../app/clock';
import type { AppContext } from '../../app/context';
import { assertVersion, badInput, conflict } from '../../app/errors';
import type { GraphQLResolveInfo } from 'graphql';
import { findPage, likePattern, type Page } from '../../app/list';
import { visibleUnitIds } from '../../app/scope';
import { User } from '../auth/user.entity';
import { Unit } from '../organisation/unit.entity';
import { Commitment } from './commitment.entity';
import {
  CommitmentSortField,
  type CommitmentListArgs,
  type CreateCommitmentInput,
  type EvaluateCommitmentInput,
  type UpdateCommitmentInput,
} from './commitment.input';
import { CommitmentStatus, RecordCategory, RecordSource, Severity } from './credit.enums';
import { CreditErrorReason as R } from './credit.errors';
import { DishonestyRecord } from './dishonesty-record.entity';
import { getScoped, resolveSubject } from './subject';

const sortColumn: Record<CommitmentSortField, keyof Commitment> = {
  [CommitmentSortField.DUE_ON]: 'dueOn',
  [CommitmentSortField.MADE_ON]: 'madeOn',
  [CommitmentSortField.STATUS]: 'status',
  [CommitmentSortField.SUBJECT_NAME]: 'subjectName',
  [CommitmentSortField.CREATED_AT]: 'createdAt',
};

/** A draft record of category broken commitment, linked to the commitment (G3 → C2). */
export function draftRecordForBrokenCommitment(em: EntityManager, c: Commitment, recordedBy?: User): DishonestyRecord {
  return em.create(DishonestyRecord, {
    subjectType: c.subjectType,
    subjectUnit: c.subjectUnit,
    subjectPerson: c.subjectPerson,
    scopeUnit: c.scopeUnit,
    subjectName: c.subjectName,
    category: RecordCategory.BROKEN_COMMITMENT,
    severity: Severity.GENERAL,
    facts: `未履行承诺：${c.content}（承诺日期 ${c.madeOn}，应于 ${c.dueOn} 前履行）`,
    sourceType: RecordSource.COMMITMENT,
    sourceId: c.id,
    responsibleSection: c.responsibleSection,
    recordedBy,
  });
}

export class CommitmentService {
  async list(ctx: AppContext, args: CommitmentListArgs, info?: GraphQLResolveInfo): Promise<Page<Commitment>> {
    const f = args.filter ?? {};
    const where: FilterQuery<Commitment> & Record<string, unknown> = {};
    const and: FilterQuery<Commitment>[] = [];
    if (f.q?.trim()) {
      const p = likePattern(f.q);
      and.push({ $or: [{ content: { $ilike: p } }, { subjectName: { $ilike: p } }, { beneficiary: { $ilike: p } }] });
    }
    if (f.statuses?.length) where.status = { $in: f.statuses };
    if (f.kinds?.length) where.kind = { $in: f.kinds };
    if (f.subjectType) where.subjectType = f.subjectType;
    if (f.subjectId) and.push({ $or: [{ subjectUnit: f.subjectId }, { subjectPerson: f.subjectId }] });
    if (f.unitId) where.scopeUnit = f.unitId;
    if (f.dueFrom || f.dueTo) where.dueOn = { ...(f.dueFrom ? { $gte: f.dueFrom } : {}), ...(f.dueTo ? { $lte: f.dueTo } : {}) };
    const visible = await visibleUnitIds(ctx);
    if (visible) and.push({ scopeUnit: { $in: [...visible] } });
    if (and.length) where.$and = and;
    const orderBy: QueryOrderMap<Commitment>[] = [];
    if (args.sort) orderBy.push({ [sortColumn[args.sort.field]]: args.sort.order });
    orderBy.push({ dueOn: 'ASC' }, { id: 'ASC' });
    return findPage(ctx.em, Commitment, where, { orderBy, offset: args.offset, limit: args.limit }, info);
  }

  get(ctx: AppContext, id: string): Promise<Commitment> {
    return getScoped(ctx, Commitment, id, 'Commitment');
  }

  async create(ctx: AppContext, input: CreateCommitmentInput): Promise<Commitment> {
    const commitment = await this.prepareCreate(ctx, input);
    await ctx.em.flush();
    return commitment;
  }

  /** Checks and builds a new commitment without flushing: a form's create and an import row share it. */
  async prepareCreate(ctx: AppContext, input: CreateCommitmentInput): Promise<Commitment> {
    const subject = await resolveSubject(ctx, input.subjectType, input.subjectId);
    if (input.dueOn < input.madeOn) throw badInput('dueOn', 'The due date cannot be before the date it was made', R.DUE_BEFORE_MADE);
    const commitment = ctx.em.create(Commitment, {
      ...subject,
      kind: input.kind,
      content: input.content.trim(),
      beneficiary: input.beneficiary?.trim() || undefined,
      madeOn: input.madeOn,
      dueOn: input.dueOn,
      evidence: input.evidence ?? [],
      responsibleSection: input.responsibleSectionId ? await this.section(ctx, input.responsibleSectionId) : undefined,
      recordedBy: ctx.user ? ctx.em.getReference(User, ctx.user.id, { wrapped: true }) : undefined,
    });
    return commitment;
  }

  async update(ctx: AppContext, id: string, input: UpdateCommitmentInput, version: number): Promise<Commitment> {
    const c = await this.get(ctx, id);
    assertVersion(c, version);
    this.assertPending(c);
    if (input.kind) c.kind = input.kind;
    if (input.content) c.content = input.content.trim();
    if (input.beneficiary !== undefined) c.beneficiary = input.beneficiary?.trim() || undefined;
    if (input.madeOn) c.madeOn = input.madeOn;
    if (input.dueOn) c.dueOn = input.dueOn;
    if (c.dueOn < c.madeOn) throw badInput('dueOn', 'The due date cannot be before the date it was made', R.DUE_BEFORE_MADE);
    if (input.evidence) c.evidence = input.evidence;
    if (input.responsibleSectionId !== undefined) {
      c.responsibleSection = input.responsibleSectionId ? await this.section(ctx, input.responsibleSectionId) : undefined;
    }
    await ctx.em.flush();
    return c;
  }

  async fulfil(ctx: AppContext, id: string, input: EvaluateCommitmentInput, version: number): Promise<Commitment> {
    const c = await this.evaluate(ctx, id, input, version);
    c.status = CommitmentStatus.FULFILLED;
    await ctx.em.flush();
    return c;
  }

  /** Broken by an evaluator: also drafts the dishonesty record. */
  async break(ctx: AppContext, id: string, input: EvaluateCommitmentInput, version: number): Promise<Commitment> {
    const c = await this.evaluate(ctx, id, input, version);
    c.status = CommitmentStatus.BROKEN;
    draftRecordForBrokenCommitment(ctx.em, c, ctx.em.getReference(User, ctx.user!.id));
    await ctx.em.flush();
    return c;
  }

  /** A waiver needs a reason and an approver other than whoever recorded the commitment. */
  async waive(ctx: AppContext, id: string, reason: string, version: number): Promise<Commitment> {
    const c = await this.get(ctx, id);
    assertVersion(c, version);
    this.assertPending(c);
    if (!reason.trim() || reason.trim().length < 4) throw badInput('reason', 'Give the reason for the waiver', 'REASON_REQUIRED');
    if (c.recordedBy?.id === ctx.user!.id) {
      throw conflict('Someone other than the recorder must approve a waiver', R.WAIVER_BY_RECORDER);
    }
    c.status = CommitmentStatus.WAIVED;
    c.evaluatedAt = new Date();
    c.evaluatedBy = ctx.em.getReference(User, ctx.user!.id, { wrapped: true });
    c.evaluationNote = reason.trim();
    await ctx.em.flush();
    return c;
  }

  /**
   * The deadline job: every pending commitment whose due date has passed is
   * broken and gets a draft record. The status condition in the WHERE clause
   * makes a second run, or a second instance, find nothing left to do.
   */
  async breakOverdue(em: EntityManager, day = today()): Promise<number> {
    const overdue = await em.find(Commitment, { status: CommitmentStatus.PENDING, dueOn: { $lt: day } }, { limit: 1000 });
    for (const c of overdue) {
      c.status = CommitmentStatus.BROKEN;
      c.brokenAutomatically = true;
      c.evaluatedAt = new Date();
      c.evaluationNote = `逾期未履行（应于 ${c.dueOn} 前履行），系统自动认定`;
      draftRecordForBrokenCommitment(em, c);
    }
    return overdue.length;
  }

  private async evaluate(ctx: AppContext, id: string, input: EvaluateCommitmentInput, version: number) {
    const c = await this.get(ctx, id);
    assertVersion(c, version);
    this.assertPending(c);
    c.evaluatedAt = new Date();
    c.evaluatedBy = ctx.em.getReference(User, ctx.user!.id, { wrapped: true });
    c.evaluationNote = input.note.trim();
    c.evaluationEvidence = input.evidence ?? [];
    return c;
  }

  private assertPending(c: Commitment) {
    if (c.status !== CommitmentStatus.PENDING) {
      throw conflict(`The commitment is already ${c.status.toLowerCase()}`, R.COMMITMENT_CLOSED, 'status');
    }
  }

  private async section(ctx: AppContext, id: string) {
    const unit = await ctx.em.findOne(Unit, id);
    if (!unit) throw badInput('responsibleSectionId', 'The section does not exist', R.REFERENCE_NOT_FOUND);
    return ctx.em.getReference(Unit, unit.id, { wrapped: true });
  }
}

export const commitmentService = new CommitmentService();
