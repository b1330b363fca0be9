import type { FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { today } from '../../app/clock';
import type { AppContext } from '../../app/context';
import { assertVersion, badInput, conflict, isUuid, notFound } from '../../app/errors';
import type { GraphQLResolveInfo } from 'graphql';
import { findPage, type Page } from '../../app/list';
import { canSeeUnit, visibleUnitIds } from '../../app/scope';
import { User } from '../auth/user.entity';
import { calendarService } from '../calendar/calendar.service';
import { RecordCategory, RecordSource, Severity, SubjectType } from '../credit/credit.enums';
import { DishonestyRecord } from '../credit/dishonesty-record.entity';
import { Person } from '../organisation/person.entity';
import { Unit } from '../organisation/unit.entity';
import { Campaign, CampaignFinding } from './campaign.entity';
import { CampaignErrorReason as R, CampaignStatus, FindingStatus as S } from './campaign.enums';
import {
  CampaignFindingSortField,
  type CampaignFindingListArgs,
  type FindingRectificationInput,
  type RegisterFindingInput,
} from './campaign.input';
import { campaignService } from './campaign.service';

const sortColumn: Record<CampaignFindingSortField, keyof CampaignFinding> = {
  [CampaignFindingSortField.DEADLINE]: 'deadline',
  [CampaignFindingSortField.FOUND_ON]: 'foundOn',
  [CampaignFindingSortField.STATUS]: 'status',
  [CampaignFindingSortField.SEVERITY]: 'severity',
};

export class CampaignFindingService {
  async list(ctx: AppContext, args: CampaignFindingListArgs, info?: GraphQLResolveInfo): Promise<Page<CampaignFinding>> {
    const f = args.filter ?? {};
    const where: FilterQuery<CampaignFinding> & Record<string, unknown> = {};
    const and: FilterQuery<CampaignFinding>[] = [];
    if (f.campaignId) where.campaign = f.campaignId;
    if (f.statuses?.length) where.status = { $in: f.statuses };
    if (f.severities?.length) where.severity = { $in: f.severities };
    if (f.unitId) and.push({ responsibleUnit: f.unitId });
    const visible = await visibleUnitIds(ctx);
    if (visible) and.push({ responsibleUnit: { $in: [...visible] } });
    if (and.length) where.$and = and;
    const orderBy: QueryOrderMap<CampaignFinding>[] = [];
    if (args.sort) orderBy.push({ [sortColumn[args.sort.field]]: args.sort.order });
    orderBy.push({ deadline: 'ASC' }, { id: 'ASC' });
    return findPage(ctx.em, CampaignFinding, where, { orderBy, offset: args.offset, limit: args.limit }, info);
  }

  async get(ctx: AppContext, id: string): Promise<CampaignFinding> {
    const finding = isUuid(id) ? await ctx.em.findOne(CampaignFinding, id) : null;
    if (!finding || !(await canSeeUnit(ctx, finding.responsibleUnit.id))) throw notFound('Campaign finding');
    return finding;
  }

  /** Registers a problem found in a unit; its deadline is counted in working days from the day it was found. */
  async register(ctx: AppContext, input: RegisterFindingInput): Promise<CampaignFinding> {
    const campaign = await campaignService.get(ctx, input.campaignId).catch(() => {
      throw badInput('campaignId', 'The campaign does not exist', R.REFERENCE_NOT_FOUND);
    });
    if (campaign.status !== CampaignStatus.ACTIVE) {
      throw conflict('Findings are registered while the campaign is under way', R.CAMPAIGN_NOT_ACTIVE, 'campaignId');
    }
    const unit = await ctx.em.findOne(Unit, input.responsibleUnitId);
    if (!unit) throw badInput('responsibleUnitId', 'The unit does not exist', R.REFERENCE_NOT_FOUND);
    let person: Person | null = null;
    if (input.responsiblePersonId) {
      person = await ctx.em.findOne(Person, input.responsiblePersonId);
      if (!person) throw badInput('responsiblePersonId', 'The person does not exist', R.REFERENCE_NOT_FOUND);
      if (person.unit.id !== unit.id) {
        throw badInput('responsiblePersonId', 'The person does not work in the responsible unit', R.PERSON_NOT_IN_UNIT);
      }
    }
    const foundOn = input.foundOn ?? today();
    if (foundOn > today()) throw badInput('foundOn', 'The date found cannot be in the future', R.DATE_IN_FUTURE);
    const workingDays = input.workingDays ?? campaign.rectificationWorkingDays;
    const calendar = await calendarService.load(ctx.em);
    const finding = ctx.em.create(CampaignFinding, {
      campaign,
      responsibleUnit: unit,
      responsiblePerson: person ?? undefined,
      problem: input.problem.trim(),
      severity: input.severity,
      foundOn,
      workingDays,
      deadline: calendar.addWorkingDays(foundOn, workingDays),
      registeredBy: ctx.em.getReference(User, ctx.user!.id, { wrapped: true }),
    });
    await ctx.em.flush();
    return finding;
  }

  /** The responsible unit reports what it did, with evidence; late rectification is still recorded. */
  async reportRectified(ctx: AppContext, id: string, input: FindingRectificationInput, version: number): Promise<CampaignFinding> {
    const finding = await this.load(ctx, id, version, [S.OPEN, S.OVERDUE]);
    const evidence = input.evidence.map((e) => e.trim()).filter(Boolean);
    if (!evidence.length) throw badInput('evidence', 'Attach evidence of the rectification', R.EVIDENCE_REQUIRED);
    finding.rectification = input.rectification.trim();
    finding.evidence = evidence;
    finding.rectifiedOn = today();
    finding.status = S.RECTIFIED;
    await ctx.em.flush();
    return finding;
  }

  /** Verifies a reported rectification and closes the finding (销号), or sends it back; the deadline stands. */
  async verify(ctx: AppContext, id: string, accepted: boolean, note: string, version: number): Promise<CampaignFinding> {
    const finding = await this.load(ctx, id, version, [S.RECTIFIED]);
    if (!accepted && note.trim().length < 2) throw badInput('note', 'Say what is still missing', 'REASON_REQUIRED');
    finding.verificationNote = note.trim() || undefined;
    if (accepted) {
      finding.status = S.VERIFIED;
      finding.verifiedAt = new Date();
      finding.verifiedBy = ctx.em.getReference(User, ctx.user!.id, { wrapped: true });
    } else {
      finding.status = finding.deadline < today() ? S.OVERDUE : S.OPEN;
      finding.rectifiedOn = undefined;
    }
    await ctx.em.flush();
    return finding;
  }

  /**
   * The deadline job (K4): a finding not rectified by its deadline becomes
   * overdue, and a draft record of category rectification overdue is made
   * against the responsible person, or the unit when no person is named —
   * once per finding (the finding keeps the record's id; a unique index on
   * the record's source backs it up).
   */
  async markOverdue(em: EntityManager, day = today()): Promise<number> {
    const due = await em.find(
      CampaignFinding,
      { status: { $in: [S.OPEN, S.OVERDUE] }, deadline: { $lt: day }, recordId: null },
      { populate: ['campaign', 'responsibleUnit', 'responsiblePerson'], orderBy: { deadline: 'ASC', id: 'ASC' }, limit: 1000 },
    );
    for (const f of due) {
      const campaign: Campaign = f.campaign.getEntity();
      const person = f.responsiblePerson?.getEntity();
      const unit = f.responsibleUnit.getEntity();
      f.status = S.OVERDUE;
      const record = em.create(DishonestyRecord, {
        subjectType: person ? SubjectType.PERSON : SubjectType.UNIT,
        subjectPerson: person,
        subjectUnit: person ? undefined : unit,
        scopeUnit: person ? person.unit : unit,
        subjectName: person ? person.name : unit.name,
        category: RecordCategory.RECTIFICATION_OVERDUE,
        // Missing the deadline is recorded as 一般; 纪检监察室 reviews the draft and may raise it.
        severity: Severity.GENERAL,
        facts: `专项治理“${campaign.title}”发现问题逾期未整改：${f.problem}（${f.foundOn} 发现，整改期限 ${f.deadline}）`,
        sourceType: RecordSource.CAMPAIGN,
        sourceId: f.id,
        responsibleSection: campaign.responsibleSection,
      });
      f.recordId = record.id;
    }
    return due.length;
  }

  private async load(ctx: AppContext, id: string, version: number, allowed: S[]): Promise<CampaignFinding> {
    const finding = await this.get(ctx, id);
    assertVersion(finding, version);
    if (!allowed.includes(finding.status)) {
      throw conflict(`Not possible while the finding is ${finding.status.toLowerCase()}`, R.ILLEGAL_TRANSITION, 'status');
    }
    const campaign = await ctx.em.findOneOrFail(Campaign, finding.campaign.id);
    if (campaign.status === CampaignStatus.CLOSED) throw conflict('The campaign is closed', R.CAMPAIGN_CLOSED, 'status');
    return finding;
  }
}

export const campaignFindingService = new CampaignFindingService();
