import type { FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import { today } from '../../app/clock';
import type { AppContext } from '../../app/context';
import { assertVersion, conflict, isUuid, notFound } from '../../app/errors';
import type { GraphQLResolveInfo } from 'graphql';
import { findPage, likePattern, type Page } from '../../app/list';
import { canSeeUnit, visibleUnitIds } from '../../app/scope';
import { calendarService } from '../calendar/calendar.service';
import {
  JudicialSuggestionSortField,
  type CreateJudicialSuggestionInput,
  type JudicialSuggestionListArgs,
  type ReplyJudicialSuggestionInput,
} from './judicial.input';
import { JudicialSuggestion } from './judicial-suggestion.entity';
import { monthsDeadline } from './supervision.dates';
import { JudicialSuggestionStatus as S } from './supervision.enums';
import { SupervisionErrorReason as R } from './supervision.errors';
import { supervisionPolicyService } from './supervision-policy.service';
import { assertNotBefore, assertNotFuture, currentUser, unitFor } from './supervision.shared';

const sortColumn: Record<JudicialSuggestionSortField, keyof JudicialSuggestion> = {
  [JudicialSuggestionSortField.RECEIVED_ON]: 'receivedOn',
  [JudicialSuggestionSortField.REPLY_DUE_ON]: 'replyDueOn',
  [JudicialSuggestionSortField.STATUS]: 'status',
};

export class JudicialSuggestionService {
  async list(ctx: AppContext, args: JudicialSuggestionListArgs, info?: GraphQLResolveInfo): Promise<Page<JudicialSuggestion>> {
    const f = args.filter ?? {};
    const where: FilterQuery<JudicialSuggestion> & Record<string, unknown> = {};
    const and: FilterQuery<JudicialSuggestion>[] = [];
    if (f.q?.trim()) {
      const p = likePattern(f.q);
      and.push({ $or: [{ issuingOrgan: { $ilike: p } }, { documentNumber: { $ilike: p } }, { content: { $ilike: p } }] });
    }
    if (f.kinds?.length) where.kind = { $in: f.kinds };
    if (f.statuses?.length) where.status = { $in: f.statuses };
    if (f.unitId) and.push({ unit: f.unitId });
    if (f.overdue === true) and.push({ status: S.PENDING, replyDueOn: { $lt: today() } });
    if (f.overdue === false) and.push({ $or: [{ status: { $ne: S.PENDING } }, { replyDueOn: { $gte: today() } }] });
    const visible = await visibleUnitIds(ctx);
    if (visible) and.push({ unit: { $in: [...visible] } });
    if (and.length) where.$and = and;
    const orderBy: QueryOrderMap<JudicialSuggestion>[] = [];
    if (args.sort) orderBy.push({ [sortColumn[args.sort.field]]: args.sort.order });
    orderBy.push({ receivedOn: 'DESC' }, { id: 'ASC' });
    return findPage(ctx.em, JudicialSuggestion, where, { orderBy, offset: args.offset, limit: args.limit }, info);
  }

  async get(ctx: AppContext, id: string): Promise<JudicialSuggestion> {
    const s = isUuid(id) ? await ctx.em.findOne(JudicialSuggestion, id) : null;
    if (!s || !(await canSeeUnit(ctx, s.unit.id))) throw notFound('Judicial suggestion');
    return s;
  }

  /** Registers a suggestion; without a date in the letter the reply is due the policy's months after receipt. */
  async create(ctx: AppContext, input: CreateJudicialSuggestionInput): Promise<JudicialSuggestion> {
    const unit = await unitFor(ctx, input.unitId, 'unitId');
    assertNotFuture(input.receivedOn, today(), 'receivedOn');
    let replyDueOn = input.replyDueOn;
    if (replyDueOn) {
      assertNotBefore(replyDueOn, input.receivedOn, 'replyDueOn', 'the day it was received');
    } else {
      const [calendar, policy] = await Promise.all([calendarService.load(ctx.em), supervisionPolicyService.get(ctx.em)]);
      replyDueOn = monthsDeadline(calendar, input.receivedOn, policy.suggestionReplyMonths);
    }
    const s = ctx.em.create(JudicialSuggestion, {
      kind: input.kind,
      issuingOrgan: input.issuingOrgan.trim(),
      documentNumber: input.documentNumber?.trim() || undefined,
      content: input.content.trim(),
      unit,
      receivedOn: input.receivedOn,
      replyDueOn,
    });
    await ctx.em.flush();
    return s;
  }

  /** The unit's written reply (书面回复) to the court or procuratorate. */
  async reply(ctx: AppContext, id: string, input: ReplyJudicialSuggestionInput, version: number): Promise<JudicialSuggestion> {
    const s = await this.get(ctx, id);
    assertVersion(s, version);
    if (s.status !== S.PENDING) throw conflict('The suggestion is already answered', R.ILLEGAL_TRANSITION, 'status');
    const day = input.repliedOn ?? today();
    assertNotFuture(day, today(), 'repliedOn');
    assertNotBefore(day, s.receivedOn, 'repliedOn', 'the day it was received');
    s.status = S.REPLIED;
    s.reply = input.reply.trim();
    s.repliedOn = day;
    s.repliedBy = currentUser(ctx);
    s.replyRecordedAt = new Date();
    await ctx.em.flush();
    return s;
  }
}

export const judicialSuggestionService = new JudicialSuggestionService();
