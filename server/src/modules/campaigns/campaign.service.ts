import type { FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import type { AppContext } from '../../app/context';
import { today } from '../../app/clock';
import { assertVersion, badInput, conflict, isUuid, notFound } from '../../app/errors';
import type { GraphQLResolveInfo } from 'graphql';
import { findPage, likePattern, type Page } from '../../app/list';
import { visibleUnitIds } from '../../app/scope';
import { PlanArea } from '../organisation/organisation.enums';
import { responsibleSectionFor } from '../organisation/responsible-section';
import { Unit } from '../organisation/unit.entity';
import { Campaign } from './campaign.entity';
import { CampaignErrorReason as R, CampaignStatus as S, FindingStatus } from './campaign.enums';
import { CampaignSortField, type CampaignListArgs, type CreateCampaignInput, type UpdateCampaignInput } from './campaign.input';
import type { CampaignZeroOut, UnitZeroOut, ZeroOutCounts } from './campaign.types';

const sortColumn: Record<CampaignSortField, keyof Campaign> = {
  [CampaignSortField.STARTS_ON]: 'startsOn',
  [CampaignSortField.TITLE]: 'title',
  [CampaignSortField.STATUS]: 'status',
};

function counts(byStatus: Partial<Record<FindingStatus, number>>): ZeroOutCounts {
  const rectified = byStatus.VERIFIED ?? 0;
  const awaitingVerification = byStatus.RECTIFIED ?? 0;
  const open = byStatus.OPEN ?? 0;
  const overdue = byStatus.OVERDUE ?? 0;
  const findings = rectified + awaitingVerification + open + overdue;
  return {
    findings,
    rectified,
    awaitingVerification,
    open,
    overdue,
    rectifiedPercent: findings ? Math.floor((rectified * 100) / findings) : 100,
    zeroedOut: rectified === findings,
  };
}

export class CampaignService {
  /** Campaigns are bureau-wide: every signed-in user sees the list (findings are scoped). */
  async list(ctx: AppContext, args: CampaignListArgs, info?: GraphQLResolveInfo): Promise<Page<Campaign>> {
    const f = args.filter ?? {};
    const where: FilterQuery<Campaign> & Record<string, unknown> = {};
    if (f.q?.trim()) {
      const p = likePattern(f.q);
      where.$or = [{ title: { $ilike: p } }, { documentNumber: { $ilike: p } }];
    }
    if (f.statuses?.length) where.status = { $in: f.statuses };
    const orderBy: QueryOrderMap<Campaign>[] = [];
    if (args.sort) orderBy.push({ [sortColumn[args.sort.field]]: args.sort.order });
    orderBy.push({ startsOn: 'DESC' }, { id: 'ASC' });
    return findPage(ctx.em, Campaign, where, { orderBy, offset: args.offset, limit: args.limit }, info);
  }

  async get(ctx: AppContext, id: string): Promise<Campaign> {
    const campaign = isUuid(id) ? await ctx.em.findOne(Campaign, id) : null;
    if (!campaign) throw notFound('Campaign');
    return campaign;
  }

  async create(ctx: AppContext, input: CreateCampaignInput): Promise<Campaign> {
    if (input.endsOn < input.startsOn) throw badInput('endsOn', 'The campaign cannot end before it starts', R.ENDS_BEFORE_START);
    const campaign = ctx.em.create(Campaign, {
      title: input.title.trim(),
      documentNumber: input.documentNumber?.trim() || undefined,
      description: input.description?.trim() || undefined,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      responsibleSection: await this.section(ctx, input.responsibleSectionId),
      rectificationWorkingDays: input.rectificationWorkingDays ?? undefined,
    });
    await ctx.em.flush();
    return campaign;
  }

  async update(ctx: AppContext, id: string, input: UpdateCampaignInput, version: number): Promise<Campaign> {
    const c = await this.load(ctx, id, version, [S.PLANNED, S.ACTIVE]);
    if (input.title) c.title = input.title.trim();
    if (input.documentNumber !== undefined) c.documentNumber = input.documentNumber?.trim() || undefined;
    if (input.description !== undefined) c.description = input.description?.trim() || undefined;
    if (input.startsOn) c.startsOn = input.startsOn;
    if (input.endsOn) c.endsOn = input.endsOn;
    if (c.endsOn < c.startsOn) throw badInput('endsOn', 'The campaign cannot end before it starts', R.ENDS_BEFORE_START);
    if (input.responsibleSectionId) c.responsibleSection = await this.section(ctx, input.responsibleSectionId);
    if (input.rectificationWorkingDays) c.rectificationWorkingDays = input.rectificationWorkingDays;
    await ctx.em.flush();
    return c;
  }

  async start(ctx: AppContext, id: string, version: number): Promise<Campaign> {
    const c = await this.load(ctx, id, version, [S.PLANNED]);
    c.status = S.ACTIVE;
    await ctx.em.flush();
    return c;
  }

  /** A campaign ends when every finding is rectified and verified (清零). */
  async close(ctx: AppContext, id: string, version: number): Promise<Campaign> {
    const c = await this.load(ctx, id, version, [S.ACTIVE]);
    const { total } = await this.zeroOut({ ...ctx, visibleUnits: null }, c.id);
    if (!total.zeroedOut) {
      throw conflict(`${total.findings - total.rectified} findings are not yet rectified and verified`, R.NOT_ZEROED_OUT);
    }
    c.status = S.CLOSED;
    c.closedOn = today();
    await ctx.em.flush();
    return c;
  }

  /** The zero-out tracker (清零台账): findings per responsible unit by state, within the caller's scope. */
  async zeroOut(ctx: AppContext, campaignId: string): Promise<CampaignZeroOut> {
    const campaign = await this.get(ctx, campaignId);
    const rows: { unit_id: string; status: FindingStatus; n: number }[] = await ctx.em
      .getConnection()
      .execute(
        `select responsible_unit_id as unit_id, status, count(*)::int as n
           from campaign_finding where campaign_id = ? group by responsible_unit_id, status`,
        [campaign.id],
        'all',
        ctx.em.getTransactionContext(),
      );
    const visible = await visibleUnitIds(ctx);
    const perUnit = new Map<string, Partial<Record<FindingStatus, number>>>();
    const all: Partial<Record<FindingStatus, number>> = {};
    for (const r of rows) {
      if (visible && !visible.has(r.unit_id)) continue;
      const unit = perUnit.get(r.unit_id) ?? {};
      unit[r.status] = (unit[r.status] ?? 0) + Number(r.n);
      perUnit.set(r.unit_id, unit);
      all[r.status] = (all[r.status] ?? 0) + Number(r.n);
    }
    const units = perUnit.size ? await ctx.em.find(Unit, { id: { $in: [...perUnit.keys()] } }) : [];
    const byUnit: UnitZeroOut[] = units.map((unit) => ({ unit, counts: counts(perUnit.get(unit.id)!) }));
    byUnit.sort((a, b) => b.counts.overdue - a.counts.overdue || b.counts.open - a.counts.open || a.unit.sortOrder - b.unit.sortOrder);
    return { campaign, total: counts(all), units: byUnit };
  }

  private async load(ctx: AppContext, id: string, version: number, allowed: S[]): Promise<Campaign> {
    const c = await this.get(ctx, id);
    assertVersion(c, version);
    if (!allowed.includes(c.status)) {
      throw conflict(`Not possible while the campaign is ${c.status.toLowerCase()}`, R.ILLEGAL_TRANSITION, 'status');
    }
    return c;
  }

  private async section(ctx: AppContext, id: string | undefined) {
    const unit = id ? await ctx.em.findOne(Unit, id) : await responsibleSectionFor(ctx.em, PlanArea.STATUTORY_OBLIGATIONS);
    if (!unit) throw badInput('responsibleSectionId', 'Name the responsible section', R.REFERENCE_NOT_FOUND);
    return ctx.em.getReference(Unit, unit.id, { wrapped: true });
  }
}

export const campaignService = new CampaignService();
