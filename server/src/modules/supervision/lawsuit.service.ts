import type { FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { today } from '../../app/clock';
import type { AppContext } from '../../app/context';
import { assertVersion, badInput, conflict, isUuid, notFound } from '../../app/errors';
import type { GraphQLResolveInfo } from 'graphql';
import { findPage, likePattern, type Page } from '../../app/list';
import { canSeeUnit, visibleUnitIds } from '../../app/scope';
import { Unit } from '../organisation/unit.entity';
import { Judgment } from './judgment.entity';
import {
  LawsuitSortField,
  type CreateLawsuitInput,
  type LawsuitListArgs,
  type RecordAppearanceInput,
  type ScheduleHearingInput,
  type UpdateLawsuitInput,
} from './judicial.input';
import { CourtAppearance, Lawsuit } from './lawsuit.entity';
import { yearRange } from './supervision.dates';
import { AppearanceOutcome, JudgmentStatus, LawsuitStatus } from './supervision.enums';
import { SupervisionErrorReason as R } from './supervision.errors';
import { assertNotBefore, assertNotFuture, currentUser, unitFor } from './supervision.shared';

const sortColumn: Record<LawsuitSortField, keyof Lawsuit> = {
  [LawsuitSortField.FILED_ON]: 'filedOn',
  [LawsuitSortField.CASE_NUMBER]: 'caseNumber',
  [LawsuitSortField.STATUS]: 'status',
  [LawsuitSortField.CREATED_AT]: 'createdAt',
};

/** 负责人出庭应诉 figures of one unit for a year: hearings held that required the head, and who came. */
@ObjectType({ description: '负责人出庭应诉率' })
export class AppearanceRate {
  unitId!: string;

  @Field(() => Int, { description: 'Hearings held in the year at which the head was required to appear' })
  required!: number;

  @Field(() => Int, { description: 'Of those, hearings the head attended' })
  appeared!: number;

  @Field(() => Int, { description: 'Of those, hearings a delegated staff member attended instead' })
  delegated!: number;

  @Field(() => Int, { description: 'Of those, hearings nobody from the unit attended' })
  absent!: number;

  @Field(() => Int, { description: 'Of those, hearings whose appearance is not recorded yet' })
  unrecorded!: number;

  @Field(() => Float, { nullable: true, description: 'appeared / required, empty when nothing was required' })
  rate?: number | null;
}

export class LawsuitService {
  async list(ctx: AppContext, args: LawsuitListArgs, info?: GraphQLResolveInfo): Promise<Page<Lawsuit>> {
    const f = args.filter ?? {};
    const where: FilterQuery<Lawsuit> & Record<string, unknown> = {};
    const and: FilterQuery<Lawsuit>[] = [];
    if (f.q?.trim()) {
      const p = likePattern(f.q);
      and.push({ $or: [{ caseNumber: { $ilike: p } }, { court: { $ilike: p } }, { cause: { $ilike: p } }, { opposingParty: { $ilike: p } }] });
    }
    if (f.statuses?.length) where.status = { $in: f.statuses };
    if (f.partyRoles?.length) where.partyRole = { $in: f.partyRoles };
    if (f.unitId) where.unit = f.unitId;
    if (f.filedFrom || f.filedTo) where.filedOn = { ...(f.filedFrom ? { $gte: f.filedFrom } : {}), ...(f.filedTo ? { $lte: f.filedTo } : {}) };
    const visible = await visibleUnitIds(ctx);
    if (visible) and.push({ unit: { $in: [...visible] } });
    if (and.length) where.$and = and;
    const orderBy: QueryOrderMap<Lawsuit>[] = [];
    if (args.sort) orderBy.push({ [sortColumn[args.sort.field]]: args.sort.order });
    orderBy.push({ filedOn: 'DESC' }, { id: 'ASC' });
    return findPage(ctx.em, Lawsuit, where, { orderBy, offset: args.offset, limit: args.limit }, info);
  }

  async get(ctx: AppContext, id: string): Promise<Lawsuit> {
    const lawsuit = isUuid(id) ? await ctx.em.findOne(Lawsuit, id) : null;
    if (!lawsuit || !(await canSeeUnit(ctx, lawsuit.unit.id))) throw notFound('Lawsuit');
    return lawsuit;
  }

  /** The lawsuit an input names, or BAD_USER_INPUT on that field (also when out of scope). */
  async forInput(ctx: AppContext, id: string, field = 'lawsuitId'): Promise<Lawsuit> {
    try {
      return await this.get(ctx, id);
    } catch {
      throw badInput(field, 'The lawsuit does not exist', R.REFERENCE_NOT_FOUND);
    }
  }

  async create(ctx: AppContext, input: CreateLawsuitInput): Promise<Lawsuit> {
    await this.assertCaseNumberFree(ctx, input.caseNumber);
    const unit = await unitFor(ctx, input.unitId, 'unitId');
    assertNotFuture(input.filedOn, today(), 'filedOn');
    const lawsuit = ctx.em.create(Lawsuit, {
      caseNumber: input.caseNumber.trim(),
      court: input.court.trim(),
      cause: input.cause.trim(),
      unit,
      partyRole: input.partyRole,
      opposingParty: input.opposingParty?.trim() || undefined,
      filedOn: input.filedOn,
    });
    await ctx.em.flush();
    return lawsuit;
  }

  async update(ctx: AppContext, id: string, input: UpdateLawsuitInput, version: number): Promise<Lawsuit> {
    const lawsuit = await this.get(ctx, id);
    assertVersion(lawsuit, version);
    if (lawsuit.status === LawsuitStatus.CLOSED) throw conflict('A closed lawsuit cannot be edited', R.ILLEGAL_TRANSITION, 'status');
    if (input.caseNumber && input.caseNumber.trim() !== lawsuit.caseNumber) {
      await this.assertCaseNumberFree(ctx, input.caseNumber, lawsuit.id);
      lawsuit.caseNumber = input.caseNumber.trim();
    }
    if (input.court) lawsuit.court = input.court.trim();
    if (input.cause) lawsuit.cause = input.cause.trim();
    if (input.partyRole) lawsuit.partyRole = input.partyRole;
    if (input.opposingParty !== undefined) lawsuit.opposingParty = input.opposingParty?.trim() || undefined;
    if (input.filedOn) {
      assertNotFuture(input.filedOn, today(), 'filedOn');
      lawsuit.filedOn = input.filedOn;
    }
    await ctx.em.flush();
    return lawsuit;
  }

  /** Closes the case (结案); refused while a judgment remains unfulfilled. */
  async close(ctx: AppContext, id: string, outcome: string, version: number): Promise<Lawsuit> {
    const lawsuit = await this.get(ctx, id);
    assertVersion(lawsuit, version);
    if (lawsuit.status === LawsuitStatus.CLOSED) throw conflict('The lawsuit is already closed', R.ILLEGAL_TRANSITION, 'status');
    if (outcome.trim().length < 2) throw badInput('outcome', 'Say how the case ended', 'REASON_REQUIRED');
    const open = await ctx.em.count(Judgment, { lawsuit: lawsuit.id, status: { $ne: JudgmentStatus.FULFILLED } });
    if (open) throw conflict('A judgment of this lawsuit is not fulfilled yet', R.JUDGMENT_UNFULFILLED, 'status');
    lawsuit.status = LawsuitStatus.CLOSED;
    lawsuit.closedOn = today();
    lawsuit.outcome = outcome.trim();
    await ctx.em.flush();
    return lawsuit;
  }

  /** Enters a hearing date (开庭) and whether the court requires the head to appear. */
  async scheduleHearing(ctx: AppContext, input: ScheduleHearingInput): Promise<CourtAppearance> {
    const lawsuit = await this.forInput(ctx, input.lawsuitId);
    if (lawsuit.status === LawsuitStatus.CLOSED) throw conflict('The lawsuit is closed', R.ILLEGAL_TRANSITION, 'lawsuitId');
    assertNotBefore(input.hearingOn, lawsuit.filedOn, 'hearingOn', 'the filing');
    const hearing = ctx.em.create(CourtAppearance, { lawsuit, hearingOn: input.hearingOn, headRequired: input.headRequired });
    await ctx.em.flush();
    return hearing;
  }

  /**
   * Records who appeared for the unit at a hearing that has taken place. The
   * Administrative Procedure Law expects the head to appear; when the head does
   * not, the unit must say why.
   */
  async recordAppearance(ctx: AppContext, id: string, input: RecordAppearanceInput, version: number): Promise<CourtAppearance> {
    const hearing = isUuid(id) ? await ctx.em.findOne(CourtAppearance, id) : null;
    if (!hearing) throw notFound('Hearing');
    await this.get(ctx, hearing.lawsuit.id).catch(() => {
      throw notFound('Hearing');
    });
    assertVersion(hearing, version);
    if (hearing.outcome) throw conflict('The appearance is already recorded', R.APPEARANCE_RECORDED, 'outcome');
    if (hearing.hearingOn > today()) throw conflict('The hearing has not taken place yet', R.HEARING_NOT_HELD, 'hearingOn');
    const name = input.appearedName?.trim();
    if (input.outcome !== AppearanceOutcome.ABSENT && !name) {
      throw badInput('appearedName', 'Name who appeared', R.APPEARED_NAME_REQUIRED);
    }
    const reason = input.absenceReason?.trim();
    if (hearing.headRequired && input.outcome !== AppearanceOutcome.HEAD_APPEARED && !reason) {
      throw badInput('absenceReason', 'Say why the head did not appear', R.ABSENCE_REASON_REQUIRED);
    }
    hearing.outcome = input.outcome;
    hearing.appearedName = input.outcome === AppearanceOutcome.ABSENT ? undefined : name;
    hearing.appearedPosition = input.outcome === AppearanceOutcome.ABSENT ? undefined : input.appearedPosition?.trim() || undefined;
    hearing.absenceReason = reason || undefined;
    hearing.recordedAt = new Date();
    hearing.recordedBy = currentUser(ctx);
    await ctx.em.flush();
    return hearing;
  }

  /**
   * Appearance figures per unit for the hearings held in `year` (up to today)
   * at which the head was required; one unit when `unitId` is given.
   */
  async appearanceRates(ctx: AppContext, year: number, unitId?: string): Promise<AppearanceRate[]> {
    if (year < 2000 || year > 2100) throw badInput('year', 'Give a year between 2000 and 2100');
    if (unitId && !(isUuid(unitId) && (await canSeeUnit(ctx, unitId)) && (await ctx.em.count(Unit, { id: unitId })))) throw notFound('Unit');
    const [from, to] = yearRange(year);
    const day = today();
    const rows: { unit_id: string; required: number; appeared: number; delegated: number; absent: number; unrecorded: number }[] =
      await ctx.em.getConnection().execute(
        `select l.unit_id,
                count(*)::int as required,
                (count(*) filter (where a.outcome = 'HEAD_APPEARED'))::int as appeared,
                (count(*) filter (where a.outcome = 'DELEGATED'))::int as delegated,
                (count(*) filter (where a.outcome = 'ABSENT'))::int as absent,
                (count(*) filter (where a.outcome is null))::int as unrecorded
           from court_appearance a join lawsuit l on l.id = a.lawsuit_id
          where a.head_required and a.hearing_on >= ? and a.hearing_on <= ? and a.hearing_on <= ?
                ${unitId ? 'and l.unit_id = ?' : ''}
          group by l.unit_id`,
        unitId ? [from, to, day, unitId] : [from, to, day],
      );
    const visible = await visibleUnitIds(ctx);
    const byUnit = new Map(rows.filter((r) => !visible || visible.has(r.unit_id)).map((r) => [r.unit_id, r]));
    if (unitId && !byUnit.has(unitId)) byUnit.set(unitId, { unit_id: unitId, required: 0, appeared: 0, delegated: 0, absent: 0, unrecorded: 0 });
    const units = await ctx.em.find(Unit, { id: { $in: [...byUnit.keys()] } }, { orderBy: { sortOrder: 'ASC', code: 'ASC' } });
    return units.map((u) => {
      const r = byUnit.get(u.id)!;
      return Object.assign(new AppearanceRate(), {
        unitId: u.id,
        required: r.required,
        appeared: r.appeared,
        delegated: r.delegated,
        absent: r.absent,
        unrecorded: r.unrecorded,
        rate: r.required ? Math.round((r.appeared / r.required) * 10000) / 10000 : null,
      });
    });
  }

  private async assertCaseNumberFree(ctx: AppContext, caseNumber: string, exceptId?: string) {
    const where: FilterQuery<Lawsuit> = { caseNumber: caseNumber.trim(), ...(exceptId ? { id: { $ne: exceptId } } : {}) };
    if (await ctx.em.count(Lawsuit, where)) throw conflict('Another lawsuit has this case number', R.CASE_NUMBER_TAKEN, 'caseNumber');
  }
}

export const lawsuitService = new LawsuitService();
