import type { FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { today } from '../../app/clock';
import type { AppContext } from '../../app/context';
import { assertVersion, conflict, isUuid, notFound } from '../../app/errors';
import type { GraphQLResolveInfo } from 'graphql';
import { findPage, type Page } from '../../app/list';
import { canSeeUnit, visibleUnitIds } from '../../app/scope';
import { calendarService } from '../calendar/calendar.service';
import { RecordCategory, RecordSource, Severity, SubjectType } from '../credit/credit.enums';
import { DishonestyRecord } from '../credit/dishonesty-record.entity';
import { PlanArea } from '../organisation/organisation.enums';
import { JudgmentSortField, type CreateJudgmentInput, type FulfilJudgmentInput, type JudgmentListArgs } from './judicial.input';
import { Judgment } from './judgment.entity';
import { lawsuitService } from './lawsuit.service';
import { JudgmentStatus as S, LawsuitStatus } from './supervision.enums';
import { SupervisionErrorReason as R } from './supervision.errors';
import { supervisionPolicyService } from './supervision-policy.service';
import { assertNotBefore, assertNotFuture, currentUser, sectionFor } from './supervision.shared';

const sortColumn: Record<JudgmentSortField, keyof Judgment> = {
  [JudgmentSortField.FULFIL_BY]: 'fulfilBy',
  [JudgmentSortField.EFFECTIVE_ON]: 'effectiveOn',
  [JudgmentSortField.STATUS]: 'status',
  [JudgmentSortField.CREATED_AT]: 'createdAt',
};

export interface JudgmentDeadlineCounts {
  warned: number;
  recorded: number;
}

export class JudgmentService {
  async list(ctx: AppContext, args: JudgmentListArgs, info?: GraphQLResolveInfo): Promise<Page<Judgment>> {
    const f = args.filter ?? {};
    const where: FilterQuery<Judgment> & Record<string, unknown> = {};
    if (f.statuses?.length) where.status = { $in: f.statuses };
    if (f.lawsuitId) where.lawsuit = f.lawsuitId;
    if (f.fulfilByFrom || f.fulfilByTo) {
      where.fulfilBy = { ...(f.fulfilByFrom ? { $gte: f.fulfilByFrom } : {}), ...(f.fulfilByTo ? { $lte: f.fulfilByTo } : {}) };
    }
    const and: FilterQuery<Judgment>[] = [];
    if (f.unitId) and.push({ unit: f.unitId });
    const visible = await visibleUnitIds(ctx);
    if (visible) and.push({ unit: { $in: [...visible] } });
    if (and.length) where.$and = and;
    const orderBy: QueryOrderMap<Judgment>[] = [];
    if (args.sort) orderBy.push({ [sortColumn[args.sort.field]]: args.sort.order });
    orderBy.push({ fulfilBy: 'ASC' }, { id: 'ASC' });
    return findPage(ctx.em, Judgment, where, { orderBy, offset: args.offset, limit: args.limit }, info);
  }

  async get(ctx: AppContext, id: string): Promise<Judgment> {
    const j = isUuid(id) ? await ctx.em.findOne(Judgment, id) : null;
    if (!j || !(await canSeeUnit(ctx, j.unit.id))) throw notFound('Judgment');
    return j;
  }

  /** Enters an effective judgment the lawsuit's unit must fulfil; the lawsuit counts as decided. */
  async create(ctx: AppContext, input: CreateJudgmentInput): Promise<Judgment> {
    const lawsuit = await lawsuitService.forInput(ctx, input.lawsuitId);
    if (lawsuit.status === LawsuitStatus.CLOSED) throw conflict('The lawsuit is closed', R.ILLEGAL_TRANSITION, 'lawsuitId');
    assertNotFuture(input.effectiveOn, today(), 'effectiveOn');
    assertNotBefore(input.effectiveOn, lawsuit.filedOn, 'effectiveOn', 'the filing');
    assertNotBefore(input.fulfilBy, input.effectiveOn, 'fulfilBy', 'the judgment took effect');
    const judgment = ctx.em.create(Judgment, {
      lawsuit,
      unit: lawsuit.unit,
      documentNumber: input.documentNumber?.trim() || undefined,
      obligation: input.obligation.trim(),
      effectiveOn: input.effectiveOn,
      fulfilBy: input.fulfilBy,
    });
    lawsuit.status = LawsuitStatus.DECIDED;
    await ctx.em.flush();
    return judgment;
  }

  /**
   * The unit reports fulfilment, with evidence. A record already drafted for
   * the delay stays: the delay happened, and 纪检监察室 weighs the fulfilment
   * when it reviews the draft.
   */
  async fulfil(ctx: AppContext, id: string, input: FulfilJudgmentInput, version: number): Promise<Judgment> {
    const j = await this.get(ctx, id);
    assertVersion(j, version);
    if (j.status === S.FULFILLED) throw conflict('The judgment is already fulfilled', R.ILLEGAL_TRANSITION, 'status');
    const day = input.fulfilledOn ?? today();
    assertNotFuture(day, today(), 'fulfilledOn');
    assertNotBefore(day, j.effectiveOn, 'fulfilledOn', 'the judgment took effect');
    j.status = S.FULFILLED;
    j.fulfilledOn = day;
    j.fulfilmentNote = input.note.trim();
    j.evidence = input.evidence ?? [];
    j.fulfilmentRecordedBy = currentUser(ctx);
    j.fulfilmentRecordedAt = new Date();
    await ctx.em.flush();
    return j;
  }

  /**
   * The deadline job's part for judgments, inside its transaction. A pending
   * judgment past its fulfil-by date is warned (OVERDUE) and gets the grace
   * period in working days; one still unfulfilled after the grace period gets a
   * draft dishonesty record against its unit. Status conditions and the link to
   * the record make a repeated run find nothing to do.
   */
  async applyDeadlines(em: EntityManager, day = today()): Promise<JudgmentDeadlineCounts> {
    const [calendar, policy] = await Promise.all([calendarService.load(em), supervisionPolicyService.get(em)]);
    const due = await em.find(Judgment, { status: S.PENDING, fulfilBy: { $lt: day } }, { limit: 1000 });
    for (const j of due) {
      j.status = S.OVERDUE;
      j.warnedOn = day;
      j.graceEndsOn = calendar.addWorkingDays(day, policy.judgmentGraceWorkingDays);
    }
    const lapsed = await em.find(
      Judgment,
      { status: S.OVERDUE, record: null, graceEndsOn: { $lt: day } },
      { populate: ['lawsuit', 'unit'], limit: 1000 },
    );
    if (!lapsed.length) return { warned: due.length, recorded: 0 };
    // A record someone already entered for the judgment by hand is linked rather than duplicated.
    const existing = await em.find(DishonestyRecord, { sourceType: RecordSource.JUDGMENT, sourceId: { $in: lapsed.map((j) => j.id) } });
    const section = await sectionFor(em, PlanArea.DISHONESTY_RECORDS);
    let recorded = 0;
    for (const j of lapsed) {
      const found = existing.find((r) => r.sourceId === j.id);
      if (found) {
        j.record = em.getReference(DishonestyRecord, found.id, { wrapped: true });
        continue;
      }
      const unit = j.unit.getEntity();
      const lawsuit = j.lawsuit.getEntity();
      const record = em.create(DishonestyRecord, {
        subjectType: SubjectType.UNIT,
        subjectUnit: unit,
        scopeUnit: unit,
        subjectName: unit.name,
        category: RecordCategory.JUDICIAL_JUDGMENT,
        // Not fulfilling an effective judgment is treated as 较重; the reviewer may change it before confirming.
        severity: Severity.SERIOUS,
        facts: `未按期履行生效裁判确定的义务：${j.obligation}（${lawsuit.court}${lawsuit.caseNumber}，履行期限 ${j.fulfilBy}，预警后宽限至 ${j.graceEndsOn}）`,
        documentNumber: j.documentNumber,
        decidingAuthority: lawsuit.court,
        decisionDate: j.effectiveOn,
        sourceType: RecordSource.JUDGMENT,
        sourceId: j.id,
        responsibleSection: section,
      });
      j.record = em.getReference(DishonestyRecord, record.id, { wrapped: true });
      recorded += 1;
    }
    return { warned: due.length, recorded };
  }
}

export const judgmentService = new JudgmentService();
