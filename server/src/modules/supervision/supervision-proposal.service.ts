import { raw, type FilterQuery, type QueryOrderMap } from '@mikro-orm/core';
import { today } from '../../app/clock';
import type { AppContext } from '../../app/context';
import { assertVersion, badInput, conflict, isUuid, notFound } from '../../app/errors';
import type { GraphQLResolveInfo } from 'graphql';
import { findPage, likePattern, type Page } from '../../app/list';
import { visibleUnitIds } from '../../app/scope';
import { calendarService } from '../calendar/calendar.service';
import { Commitment } from '../credit/commitment.entity';
import { CommitmentKind, SubjectType } from '../credit/credit.enums';
import { PlanArea } from '../organisation/organisation.enums';
import { Unit } from '../organisation/unit.entity';
import { monthsDeadline } from './supervision.dates';
import { ProposalKind, ProposalStatus as S, Satisfaction } from './supervision.enums';
import { SupervisionErrorReason as R } from './supervision.errors';
import { supervisionPolicyService } from './supervision-policy.service';
import { ProposalCommitment, ProposalCoUnit, SupervisionProposal } from './supervision-proposal.entity';
import {
  SupervisionProposalSortField,
  type ApproveProposalReplyInput,
  type AssignProposalInput,
  type CreateSupervisionProposalInput,
  type RecordSatisfactionInput,
  type SupervisionProposalListArgs,
  type UpdateSupervisionProposalInput,
} from './supervision-proposal.input';
import { assertActsFor, assertNotBefore, assertNotFuture, currentUser, sectionFor, unitFor } from './supervision.shared';

const sortColumn: Record<SupervisionProposalSortField, keyof SupervisionProposal> = {
  [SupervisionProposalSortField.RECEIVED_ON]: 'receivedOn',
  [SupervisionProposalSortField.REPLY_DUE_ON]: 'replyDueOn',
  [SupervisionProposalSortField.NUMBER]: 'number',
  [SupervisionProposalSortField.STATUS]: 'status',
  [SupervisionProposalSortField.CREATED_AT]: 'createdAt',
};

/** While in these states the lead unit still owes the reply. */
export const AWAITING_REPLY = [S.ASSIGNED, S.REPLY_DRAFTED, S.REPLY_APPROVED];

const KIND_LABEL: Record<ProposalKind, string> = {
  [ProposalKind.NPC_SUGGESTION]: '人大代表建议',
  [ProposalKind.CPPCC_PROPOSAL]: '政协委员提案',
};

function illegal(p: SupervisionProposal, action: string) {
  return conflict(`A ${p.status.toLowerCase()} item cannot be ${action}`, R.ILLEGAL_TRANSITION, 'status');
}

export class SupervisionProposalService {
  async list(ctx: AppContext, args: SupervisionProposalListArgs, info?: GraphQLResolveInfo): Promise<Page<SupervisionProposal>> {
    const f = args.filter ?? {};
    const where: FilterQuery<SupervisionProposal> & Record<string, unknown> = {};
    const and: FilterQuery<SupervisionProposal>[] = [];
    if (f.q?.trim()) {
      const p = likePattern(f.q);
      and.push({
        $or: [
          { number: { $ilike: p } },
          { title: { $ilike: p } },
          { delegation: { $ilike: p } },
          { [raw((alias) => `${alias}.proposers::text`)]: { $ilike: p } },
        ],
      });
    }
    if (f.kinds?.length) where.kind = { $in: f.kinds };
    if (f.statuses?.length) where.status = { $in: f.statuses };
    if (f.unitId) and.push(this.involving(ctx, [f.unitId]));
    if (f.overdue === true) and.push({ status: { $in: AWAITING_REPLY }, replyDueOn: { $lt: today() } });
    if (f.overdue === false) and.push({ $or: [{ status: { $nin: AWAITING_REPLY } }, { replyDueOn: { $gte: today() } }] });
    if (f.receivedFrom || f.receivedTo) {
      where.receivedOn = { ...(f.receivedFrom ? { $gte: f.receivedFrom } : {}), ...(f.receivedTo ? { $lte: f.receivedTo } : {}) };
    }
    const visible = await visibleUnitIds(ctx);
    if (visible) and.push(this.involving(ctx, [...visible]));
    if (and.length) where.$and = and;
    const orderBy: QueryOrderMap<SupervisionProposal>[] = [];
    if (args.sort) orderBy.push({ [sortColumn[args.sort.field]]: args.sort.order });
    orderBy.push({ receivedOn: 'DESC' }, { id: 'ASC' });
    return findPage(ctx.em, SupervisionProposal, where, { orderBy, offset: args.offset, limit: args.limit }, info);
  }

  /** Items led or co-handled by any of the units (a subquery, so no partial co-handler rows are loaded). */
  private involving(ctx: AppContext, unitIds: string[]): FilterQuery<SupervisionProposal> {
    const coHandled = ctx.em.createQueryBuilder(ProposalCoUnit, 'c').select('c.proposal').where({ unit: { $in: unitIds } });
    // MikroORM runs a knex query given to $in as a subquery; its filter types only name value lists.
    return { $or: [{ leadUnit: { $in: unitIds } }, { id: { $in: coHandled.getKnexQuery() as unknown as string[] } }] };
  }

  /** NOT_FOUND when missing, or when a unit reporter's unit neither leads nor co-handles it. */
  async get(ctx: AppContext, id: string): Promise<SupervisionProposal> {
    const p = isUuid(id) ? await ctx.em.findOne(SupervisionProposal, id) : null;
    if (!p) throw notFound('Proposal');
    const visible = await visibleUnitIds(ctx);
    if (visible && !(p.leadUnit && visible.has(p.leadUnit.id))) {
      const co = await ctx.em.count(ProposalCoUnit, { proposal: p.id, unit: { $in: [...visible] } });
      if (!co) throw notFound('Proposal');
    }
    return p;
  }

  async create(ctx: AppContext, input: CreateSupervisionProposalInput): Promise<SupervisionProposal> {
    await this.assertNumberFree(ctx, input.kind, input.number);
    assertNotFuture(input.receivedOn, today(), 'receivedOn');
    const p = ctx.em.create(SupervisionProposal, {
      kind: input.kind,
      number: input.number.trim(),
      title: input.title.trim(),
      content: input.content.trim(),
      proposers: input.proposers.map((n) => n.trim()),
      delegation: input.delegation?.trim() || undefined,
      receivedOn: input.receivedOn,
    });
    await ctx.em.flush();
    return p;
  }

  async update(ctx: AppContext, id: string, input: UpdateSupervisionProposalInput, version: number): Promise<SupervisionProposal> {
    const p = await this.get(ctx, id);
    assertVersion(p, version);
    if (p.status === S.CLOSED) throw illegal(p, 'edited');
    if (input.number && input.number.trim() !== p.number) {
      await this.assertNumberFree(ctx, p.kind, input.number, p.id);
      p.number = input.number.trim();
    }
    if (input.title) p.title = input.title.trim();
    if (input.content) p.content = input.content.trim();
    if (input.proposers) p.proposers = input.proposers.map((n) => n.trim());
    if (input.delegation !== undefined) p.delegation = input.delegation?.trim() || undefined;
    if (input.receivedOn) {
      assertNotFuture(input.receivedOn, today(), 'receivedOn');
      if (p.assignedOn) assertNotBefore(p.assignedOn, input.receivedOn, 'receivedOn', 'the assignment');
      p.receivedOn = input.receivedOn;
    }
    await ctx.em.flush();
    return p;
  }

  /**
   * Assigns (交办) a received or returned item to a lead unit and co-handling
   * units. The reply is due in the policy's months, the misroute window is the
   * policy's working days; both run from the day of assignment.
   */
  async assign(ctx: AppContext, id: string, input: AssignProposalInput, version: number): Promise<SupervisionProposal> {
    const p = await this.get(ctx, id);
    assertVersion(p, version);
    if (p.status !== S.RECEIVED && p.status !== S.RETURNED_MISROUTED) throw illegal(p, 'assigned');
    const lead = await unitFor(ctx, input.leadUnitId, 'leadUnitId');
    const coIds = [...new Set(input.coUnitIds ?? [])];
    if (coIds.includes(lead.id)) throw badInput('coUnitIds', 'The lead unit cannot also co-handle', R.LEAD_UNIT_AS_CO_UNIT);
    const coUnits: Unit[] = [];
    for (const coId of coIds) coUnits.push(await unitFor(ctx, coId, 'coUnitIds'));
    const day = today();
    const assignedOn = input.assignedOn ?? day;
    assertNotFuture(assignedOn, day, 'assignedOn');
    assertNotBefore(assignedOn, p.receivedOn, 'assignedOn', 'the day it was received');
    const [calendar, policy] = await Promise.all([calendarService.load(ctx.em), supervisionPolicyService.get(ctx.em)]);
    p.leadUnit = ctx.em.getReference(Unit, lead.id, { wrapped: true });
    p.assignedOn = assignedOn;
    p.replyDueOn = monthsDeadline(calendar, assignedOn, policy.proposalReplyMonths);
    p.misrouteReturnDueOn = calendar.addWorkingDays(assignedOn, policy.misrouteReturnWorkingDays);
    p.replyContent = undefined;
    p.status = S.ASSIGNED;
    const existing = (await p.coUnits.load()).getItems();
    for (const link of existing) if (!coIds.includes(link.unit.id)) ctx.em.remove(link);
    for (const unit of coUnits) {
      if (!existing.some((l) => l.unit.id === unit.id)) ctx.em.create(ProposalCoUnit, { proposal: p, unit });
    }
    await ctx.em.flush();
    return p;
  }

  /** The lead unit sends back an item that is not its business, within the misroute window. */
  async returnMisrouted(ctx: AppContext, id: string, reason: string, version: number): Promise<SupervisionProposal> {
    const p = await this.get(ctx, id);
    assertVersion(p, version);
    if (p.status !== S.ASSIGNED) throw illegal(p, 'returned as misrouted');
    await this.assertLead(ctx, p);
    if (reason.trim().length < 4) throw badInput('reason', 'Say why the item is not this unit’s business', 'REASON_REQUIRED');
    if (!p.misrouteReturnDueOn || today() > p.misrouteReturnDueOn) {
      throw conflict(
        `A misrouted item must be returned by ${p.misrouteReturnDueOn ?? 'the end of the window'}; handle it or ask 办公室`,
        R.MISROUTE_WINDOW_CLOSED,
        'status',
      );
    }
    p.status = S.RETURNED_MISROUTED;
    p.misrouteReturns += 1;
    p.misrouteReason = reason.trim();
    p.misrouteReturnDueOn = undefined;
    await ctx.em.flush();
    return p;
  }

  /** A co-handling unit's opinion for the lead unit (会办意见), until the reply is approved. */
  async coHandlingOpinion(ctx: AppContext, coUnitId: string, opinion: string, version: number): Promise<ProposalCoUnit> {
    const link = isUuid(coUnitId) ? await ctx.em.findOne(ProposalCoUnit, coUnitId) : null;
    if (!link) throw notFound('Co-handling unit');
    const p = await this.get(ctx, link.proposal.id);
    assertVersion(link, version);
    if (p.status !== S.ASSIGNED && p.status !== S.REPLY_DRAFTED) throw illegal(p, 'given co-handling opinions');
    await assertActsFor(ctx, link.unit.id, R.NOT_CO_UNIT, 'Only the co-handling unit gives its opinion');
    if (opinion.trim().length < 2) throw badInput('opinion', 'Write the opinion', 'REASON_REQUIRED');
    link.opinion = opinion.trim();
    link.opinionAt = new Date();
    await ctx.em.flush();
    return link;
  }

  /** The lead unit drafts (or redrafts) the reply for leadership review. */
  async draftReply(ctx: AppContext, id: string, content: string, version: number): Promise<SupervisionProposal> {
    const p = await this.get(ctx, id);
    assertVersion(p, version);
    if (p.status !== S.ASSIGNED && p.status !== S.REPLY_DRAFTED) throw illegal(p, 'given a draft reply');
    await this.assertLead(ctx, p);
    if (content.trim().length < 10) throw badInput('content', 'Write the reply', 'REPLY_REQUIRED');
    p.replyContent = content.trim();
    p.replyDraftedBy = currentUser(ctx);
    p.replyDraftedAt = new Date();
    p.status = S.REPLY_DRAFTED;
    await ctx.em.flush();
    return p;
  }

  /**
   * Leadership approves the draft. Each promise in it becomes a deadline
   * commitment (期限承诺) of the lead unit, so keeping it is tracked like any
   * other commitment (G3).
   */
  async approveReply(ctx: AppContext, id: string, input: ApproveProposalReplyInput, version: number): Promise<SupervisionProposal> {
    const p = await this.get(ctx, id);
    assertVersion(p, version);
    if (p.status !== S.REPLY_DRAFTED) throw illegal(p, 'approved');
    this.assertNotDrafter(ctx, p);
    const day = today();
    const promises = input.promises ?? [];
    promises.forEach((promise, i) => {
      if (promise.dueOn < day) throw badInput(`promises.${i}.dueOn`, 'A promise cannot fall due in the past', R.PROMISE_DUE_IN_PAST);
    });
    const lead = await p.leadUnit!.load();
    if (!lead) throw notFound('Lead unit');
    const user = currentUser(ctx);
    const section = promises.length ? await sectionFor(ctx.em, PlanArea.HORIZONTAL_SUPERVISION) : undefined;
    const beneficiary = `${KIND_LABEL[p.kind]}${p.number}：${p.proposers.join('、')}`.slice(0, 200);
    for (const promise of promises) {
      const commitment = ctx.em.create(Commitment, {
        subjectType: SubjectType.UNIT,
        subjectUnit: lead,
        scopeUnit: lead,
        subjectName: lead.name,
        kind: CommitmentKind.DEADLINE,
        content: promise.content.trim(),
        beneficiary,
        madeOn: day,
        dueOn: promise.dueOn,
        evidence: [`${KIND_LABEL[p.kind]}${p.number}答复`],
        responsibleSection: section,
        recordedBy: user,
      });
      ctx.em.create(ProposalCommitment, { proposal: p, commitment });
    }
    p.status = S.REPLY_APPROVED;
    p.reviewedBy = user;
    p.reviewedAt = new Date();
    p.reviewNote = input.note?.trim() || undefined;
    await ctx.em.flush();
    return p;
  }

  /** Leadership sends the draft back to the lead unit; the reply deadline stands. */
  async sendBackReply(ctx: AppContext, id: string, reason: string, version: number): Promise<SupervisionProposal> {
    const p = await this.get(ctx, id);
    assertVersion(p, version);
    if (p.status !== S.REPLY_DRAFTED) throw illegal(p, 'sent back');
    this.assertNotDrafter(ctx, p);
    if (reason.trim().length < 4) throw badInput('reason', 'Say what the reply lacks', 'REASON_REQUIRED');
    p.status = S.ASSIGNED;
    p.reviewedBy = currentUser(ctx);
    p.reviewedAt = new Date();
    p.reviewNote = reason.trim();
    await ctx.em.flush();
    return p;
  }

  /** The approved reply has gone to the deputies or members. */
  async markReplied(ctx: AppContext, id: string, repliedOn: string | undefined, version: number): Promise<SupervisionProposal> {
    const p = await this.get(ctx, id);
    assertVersion(p, version);
    if (p.status !== S.REPLY_APPROVED) throw illegal(p, 'marked as replied');
    await this.assertLead(ctx, p);
    const day = repliedOn ?? today();
    assertNotFuture(day, today(), 'repliedOn');
    assertNotBefore(day, p.assignedOn!, 'repliedOn', 'the assignment');
    p.repliedOn = day;
    p.status = S.REPLIED;
    await ctx.em.flush();
    return p;
  }

  /** The deputies' or members' evaluation (征询意见表) of the reply. */
  async recordSatisfaction(ctx: AppContext, id: string, input: RecordSatisfactionInput, version: number): Promise<SupervisionProposal> {
    const p = await this.get(ctx, id);
    assertVersion(p, version);
    if (p.status !== S.REPLIED) throw illegal(p, 'evaluated');
    p.satisfaction = input.satisfaction;
    p.firstSatisfaction ??= input.satisfaction;
    p.satisfactionNote = input.note?.trim() || undefined;
    p.status = S.EVALUATED;
    await ctx.em.flush();
    return p;
  }

  /**
   * An unsatisfactory answer is handled again, once: the lead unit gets a new
   * reply due date (by default the policy's months from today).
   */
  async rehandle(ctx: AppContext, id: string, replyDueOn: string | undefined, version: number): Promise<SupervisionProposal> {
    const p = await this.get(ctx, id);
    assertVersion(p, version);
    if (p.status !== S.EVALUATED) throw illegal(p, 'handled again');
    if (p.rehandleCount >= 1) throw conflict('An item is handled again only once', R.ALREADY_REHANDLED, 'status');
    if (p.satisfaction !== Satisfaction.DISSATISFIED) {
      throw conflict('Only an unsatisfactory answer is handled again', R.REHANDLE_NOT_ALLOWED, 'satisfaction');
    }
    const day = today();
    let due = replyDueOn;
    if (due) {
      if (due <= day) throw badInput('replyDueOn', 'The new reply due date must be after today', R.DATE_BEFORE_START);
    } else {
      const [calendar, policy] = await Promise.all([calendarService.load(ctx.em), supervisionPolicyService.get(ctx.em)]);
      due = monthsDeadline(calendar, day, policy.rehandleReplyMonths);
    }
    p.status = S.ASSIGNED;
    p.rehandleCount += 1;
    p.rehandledOn = day;
    p.replyDueOn = due;
    p.misrouteReturnDueOn = undefined;
    await ctx.em.flush();
    return p;
  }

  /** 办结: after the evaluation, or after the reply when no evaluation came back. */
  async close(ctx: AppContext, id: string, version: number): Promise<SupervisionProposal> {
    const p = await this.get(ctx, id);
    assertVersion(p, version);
    if (p.status !== S.EVALUATED && p.status !== S.REPLIED) throw illegal(p, 'closed');
    p.status = S.CLOSED;
    p.closedOn = today();
    await ctx.em.flush();
    return p;
  }

  private async assertLead(ctx: AppContext, p: SupervisionProposal) {
    await assertActsFor(ctx, p.leadUnit?.id, R.NOT_LEAD_UNIT, 'Only the lead unit takes this step');
  }

  /** Maker–checker: whoever drafted the reply does not review it. */
  private assertNotDrafter(ctx: AppContext, p: SupervisionProposal) {
    if (p.replyDraftedBy && p.replyDraftedBy.id === ctx.user?.id) {
      throw conflict('Someone other than the drafter reviews the reply', R.OWN_REPLY);
    }
  }

  private async assertNumberFree(ctx: AppContext, kind: ProposalKind, number: string, exceptId?: string) {
    const where: FilterQuery<SupervisionProposal> = { kind, number: number.trim(), ...(exceptId ? { id: { $ne: exceptId } } : {}) };
    if (await ctx.em.count(SupervisionProposal, where)) {
      throw conflict('Another item of this kind has this number', R.PROPOSAL_NUMBER_TAKEN, 'number');
    }
  }
}

export const supervisionProposalService = new SupervisionProposalService();
