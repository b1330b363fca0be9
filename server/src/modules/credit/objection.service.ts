import type { FilterQuery } from '@mikro-orm/core';
import { today } from '../../app/clock';
import type { AppContext } from '../../app/context';
import { assertVersion, badInput, conflict, isUuid, notFound } from '../../app/errors';
import type { GraphQLResolveInfo } from 'graphql';
import { findPage, type Page } from '../../app/list';
import { canSeeUnit, visibleUnitIds } from '../../app/scope';
import type { PageArgs } from '../../app/list';
import { User } from '../auth/user.entity';
import { calendarService } from '../calendar/calendar.service';
import { addDays } from '../calendar/working-calendar';
import { creditPolicyService } from './credit-policy.service';
import { ObjectionStatus, RecordCategory, RecordStatus, Severity } from './credit.enums';
import { CreditErrorReason as R } from './credit.errors';
import { DishonestyRecord } from './dishonesty-record.entity';
import { dishonestyRecordService } from './dishonesty-record.service';
import { measureService } from './measure.service';
import type { DecideObjectionInput, FileObjectionInput, ObjectionFilter } from './objection.input';
import { Objection, type FieldCorrection } from './objection.entity';

// The fields a decision on an objection may correct, and how a new value is checked.
const CORRECTABLE: Record<string, (v: unknown) => boolean> = {
  facts: (v) => typeof v === 'string' && v.trim().length >= 4,
  legalBasis: (v) => v === null || typeof v === 'string',
  documentNumber: (v) => v === null || (typeof v === 'string' && v.length <= 100),
  decidingAuthority: (v) => v === null || (typeof v === 'string' && v.length <= 100),
  decisionDate: (v) => v === null || (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)),
  severity: (v) => Object.values(Severity).includes(v as Severity),
  category: (v) => Object.values(RecordCategory).includes(v as RecordCategory),
};

export class ObjectionService {
  async list(ctx: AppContext, filter: ObjectionFilter | undefined, page: PageArgs, info?: GraphQLResolveInfo): Promise<Page<Objection>> {
    const where: FilterQuery<Objection> & Record<string, unknown> = {};
    if (filter?.statuses?.length) where.status = { $in: filter.statuses };
    if (filter?.recordId) where.record = filter.recordId;
    const visible = await visibleUnitIds(ctx);
    if (visible) where.record = { ...(filter?.recordId ? { id: filter.recordId } : {}), scopeUnit: { $in: [...visible] } };
    return findPage(ctx.em, Objection, where, { orderBy: { filedOn: 'DESC', id: 'ASC' }, offset: page.offset, limit: page.limit }, info);
  }

  async get(ctx: AppContext, id: string): Promise<Objection> {
    const o = isUuid(id) ? await ctx.em.findOne(Objection, id, { populate: ['record'] }) : null;
    if (!o || !(await canSeeUnit(ctx, o.record.getEntity().scopeUnit.id))) throw notFound('Objection');
    return o;
  }

  /** The subject (its unit's reporter) or the bureau on its behalf disputes a confirmed record in time. */
  async file(ctx: AppContext, input: FileObjectionInput): Promise<Objection> {
    const record = await dishonestyRecordService.get(ctx, input.recordId).catch(() => {
      throw badInput('recordId', 'The record does not exist', R.REFERENCE_NOT_FOUND);
    });
    if (record.status !== RecordStatus.CONFIRMED || record.repairedAt) {
      throw conflict('Only a confirmed, unrepaired record can be disputed', R.ILLEGAL_TRANSITION, 'recordId');
    }
    if (record.disputed) throw conflict('An objection to this record is already pending', R.ALREADY_DISPUTED, 'recordId');
    const day = today();
    if (record.objectionDeadline && day > record.objectionDeadline) {
      throw conflict(`Objections to this record closed on ${record.objectionDeadline}`, R.OBJECTION_WINDOW_CLOSED, 'recordId');
    }
    const policy = await creditPolicyService.get(ctx.em);
    const calendar = await calendarService.load(ctx.em);
    const objection = ctx.em.create(Objection, {
      record,
      filedBy: ctx.em.getReference(User, ctx.user!.id),
      filedOn: day,
      grounds: input.grounds.trim(),
      evidence: input.evidence ?? [],
      decisionDueOn: calendar.addWorkingDays(day, policy.objectionDecisionWorkingDays),
    });
    record.disputed = true;
    await ctx.em.flush();
    return objection;
  }

  /** Upholds, corrects (keeping old and new values) or revokes the record, with reasons. */
  async decide(ctx: AppContext, id: string, input: DecideObjectionInput, version: number): Promise<Objection> {
    const o = await this.get(ctx, id);
    assertVersion(o, version);
    if (o.status !== ObjectionStatus.PENDING) throw conflict('The objection is already decided', R.ILLEGAL_TRANSITION, 'status');
    if (input.outcome === ObjectionStatus.PENDING) throw badInput('outcome', 'Choose UPHELD, CORRECTED or REVOKED');
    if (o.filedBy?.id === ctx.user!.id) throw conflict('Someone other than the objector must decide', R.OWN_OBJECTION);
    const record = o.record.getEntity();
    if (input.outcome === ObjectionStatus.CORRECTED) {
      if (!input.corrections?.length) throw badInput('corrections', 'Say which fields change', R.CORRECTIONS_REQUIRED);
      o.corrections = this.applyCorrections(record, input.corrections);
      if (o.corrections.some((c) => c.field === 'severity') && record.disclosureStart) {
        const policy = await creditPolicyService.get(ctx.em);
        record.disclosureEnd = addDays(record.disclosureStart, policy.disclosureDays(record.severity) - 1);
      }
    }
    if (input.outcome === ObjectionStatus.REVOKED) {
      dishonestyRecordService.markRevoked(ctx, record, `异议成立：${input.reason.trim()}`);
      await measureService.cancelForRecord(ctx.em, record, '异议成立，记录撤销');
    }
    record.disputed = false;
    o.status = input.outcome;
    o.decidedAt = new Date();
    o.decidedBy = ctx.em.getReference(User, ctx.user!.id, { wrapped: true });
    o.decisionReason = input.reason.trim();
    await ctx.em.flush();
    return o;
  }

  private applyCorrections(record: DishonestyRecord, corrections: { field: string; value?: unknown }[]): FieldCorrection[] {
    const target = record as unknown as Record<string, unknown>;
    return corrections.map(({ field, value }) => {
      const check = CORRECTABLE[field];
      if (!check) throw badInput('corrections', `${field} cannot be corrected`, R.FIELD_NOT_CORRECTABLE);
      const next = value === undefined ? null : value;
      if (!check(next)) throw badInput('corrections', `The new value of ${field} is not valid`, 'INVALID_VALUE');
      const before = target[field] ?? null;
      target[field] = next ?? undefined;
      return { field, before, after: next };
    });
  }
}

export const objectionService = new ObjectionService();
