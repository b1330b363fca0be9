import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { today } from '../../app/clock';
import type { AppContext } from '../../app/context';
import { assertVersion, badInput, conflict, forbidden, isUuid, notFound } from '../../app/errors';
import type { GraphQLResolveInfo } from 'graphql';
import { findPage, type Page, type PageArgs } from '../../app/list';
import { canSeeUnit, visibleUnitIds } from '../../app/scope';
import { User } from '../auth/user.entity';
import { calendarService } from '../calendar/calendar.service';
import { Person } from '../organisation/person.entity';
import { Unit } from '../organisation/unit.entity';
import { RecordCategory, RecordSource, RecordStatus, RectificationStatus as S, Severity, SubjectType } from './credit.enums';
import { CreditErrorReason as R } from './credit.errors';
import { DishonestyRecord } from './dishonesty-record.entity';
import { dishonestyRecordService } from './dishonesty-record.service';
import type { CreateRectificationInput, RectificationFilter, RectificationProgressInput } from './objection.input';
import { Rectification } from './rectification.entity';

export class RectificationService {
  async list(ctx: AppContext, filter: RectificationFilter | undefined, page: PageArgs, info?: GraphQLResolveInfo): Promise<Page<Rectification>> {
    const where: FilterQuery<Rectification> & Record<string, unknown> = {};
    if (filter?.statuses?.length) where.status = { $in: filter.statuses };
    if (filter?.recordId) where.record = filter.recordId;
    if (filter?.unitId) where.responsibleUnit = filter.unitId;
    if (filter?.deadlineBefore) where.deadline = { $lt: filter.deadlineBefore };
    const visible = await visibleUnitIds(ctx);
    if (visible) where.$and = [{ responsibleUnit: { $in: [...visible] } }];
    return findPage(ctx.em, Rectification, where, { orderBy: { deadline: 'ASC', id: 'ASC' }, offset: page.offset, limit: page.limit }, info);
  }

  async get(ctx: AppContext, id: string): Promise<Rectification> {
    const r = isUuid(id) ? await ctx.em.findOne(Rectification, id) : null;
    if (!r || !(await canSeeUnit(ctx, r.responsibleUnit.id))) throw notFound('Rectification');
    return r;
  }

  /** Orders rectification of a confirmed record, with a deadline in working days (K4). */
  async create(ctx: AppContext, input: CreateRectificationInput): Promise<Rectification> {
    const record = await dishonestyRecordService.get(ctx, input.recordId).catch(() => {
      throw badInput('recordId', 'The record does not exist', R.REFERENCE_NOT_FOUND);
    });
    if (record.status !== RecordStatus.CONFIRMED || record.repairedAt) {
      throw conflict('Rectification is ordered for confirmed, unrepaired records', R.ILLEGAL_TRANSITION, 'recordId');
    }
    const unitId = input.responsibleUnitId ?? record.scopeUnit.id;
    const unit = await ctx.em.findOne(Unit, unitId);
    if (!unit) throw badInput('responsibleUnitId', 'The unit does not exist', R.REFERENCE_NOT_FOUND);
    const personId = input.responsiblePersonId ?? (record.subjectType === SubjectType.PERSON ? record.subjectPerson?.id : undefined);
    const person = personId ? await ctx.em.findOne(Person, personId) : undefined;
    if (personId && !person) throw badInput('responsiblePersonId', 'The person does not exist', R.REFERENCE_NOT_FOUND);
    const calendar = await calendarService.load(ctx.em);
    const rect = ctx.em.create(Rectification, {
      record,
      requiredActions: input.requiredActions.trim(),
      workingDays: input.workingDays,
      deadline: calendar.addWorkingDays(today(), input.workingDays),
      responsibleUnit: unit,
      responsiblePerson: person ?? undefined,
    });
    await ctx.em.flush();
    return rect;
  }

  async progress(ctx: AppContext, id: string, input: RectificationProgressInput, version: number): Promise<Rectification> {
    const r = await this.get(ctx, id);
    assertVersion(r, version);
    if (![S.OPEN, S.OVERDUE].includes(r.status)) {
      throw conflict('The rectification is no longer open', R.ILLEGAL_TRANSITION, 'status');
    }
    r.progress = input.progress.trim();
    if (input.evidence) r.evidence = input.evidence;
    if (input.completed) {
      r.status = S.COMPLETED;
      r.completedAt = new Date();
    }
    await ctx.em.flush();
    return r;
  }

  /** Accepts the completed rectification, or sends it back to work (the deadline stands). */
  async verify(ctx: AppContext, id: string, accepted: boolean, note: string, version: number): Promise<Rectification> {
    const r = await this.get(ctx, id);
    assertVersion(r, version);
    if (r.status !== S.COMPLETED) throw conflict('Only a completed rectification can be verified', R.ILLEGAL_TRANSITION, 'status');
    if (!ctx.user) throw forbidden();
    r.verificationNote = note.trim() || undefined;
    if (accepted) {
      r.status = S.VERIFIED;
      r.verifiedAt = new Date();
      r.verifiedBy = ctx.em.getReference(User, ctx.user.id, { wrapped: true });
    } else {
      r.status = r.deadline < today() ? S.OVERDUE : S.OPEN;
      r.completedAt = undefined;
    }
    await ctx.em.flush();
    return r;
  }

  /**
   * The deadline job: an open rectification past its deadline becomes overdue
   * and creates a record of category rectification overdue against the
   * responsible person, or the responsible unit when no person is named (K4).
   */
  async markOverdue(em: EntityManager, day = today()): Promise<number> {
    const overdue = await em.find(
      Rectification,
      { status: S.OPEN, deadline: { $lt: day } },
      { populate: ['record', 'responsibleUnit', 'responsiblePerson'], limit: 1000 },
    );
    for (const r of overdue) {
      r.status = S.OVERDUE;
      const person = r.responsiblePerson?.getEntity();
      const unit = r.responsibleUnit.getEntity();
      const original = r.record.getEntity();
      em.create(DishonestyRecord, {
        subjectType: person ? SubjectType.PERSON : SubjectType.UNIT,
        subjectPerson: person,
        subjectUnit: person ? undefined : unit,
        scopeUnit: person ? person.unit : unit,
        subjectName: person ? person.name : unit.name,
        category: RecordCategory.RECTIFICATION_OVERDUE,
        severity: Severity.GENERAL,
        facts: `逾期未完成整改：${r.requiredActions}（整改期限 ${r.deadline}，原失信记录：${original.subjectName}）`,
        sourceType: RecordSource.RECTIFICATION,
        sourceId: r.id,
        responsibleSection: original.responsibleSection,
      });
    }
    return overdue.length;
  }
}

export const rectificationService = new RectificationService();
