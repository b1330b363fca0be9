import type { FilterQuery } from '@mikro-orm/core';
import { today } from '../../app/clock';
import type { AppContext } from '../../app/context';
import { assertVersion, badInput, conflict, isUuid, notFound } from '../../app/errors';
import type { GraphQLResolveInfo } from 'graphql';
import { findPage, likePattern, type Page } from '../../app/list';
import { canSeeUnit, visibleUnitIds } from '../../app/scope';
import { User } from '../auth/user.entity';
import { parseDate } from '../calendar/working-calendar';
import { RecordCategory, RecordSource, Severity, SubjectType } from '../credit/credit.enums';
import { DishonestyRecord } from '../credit/dishonesty-record.entity';
import { CreditCheck } from '../enterprise/credit-check.entity';
import { Enterprise } from '../enterprise/enterprise.entity';
import { creditCheckService } from '../enterprise/credit-check.service';
import { Person } from '../organisation/person.entity';
import { Unit } from '../organisation/unit.entity';
import { ObligationKind, ObligationStatus, PPP_STAGE_ORDER, PppObligation, PppProject, PppStage } from './ppp.entity';
import type { AdvancePppStageInput, CreatePppProjectInput, ObligationInput, PppDefaultInput, PppListArgs } from './ppp.input';

const money = (n: number) => n.toFixed(2);

export interface ArrearsLine {
  obligation: PppObligation;
  outstanding: number;
  daysOverdue: number;
}

export class PppService {
  async list(ctx: AppContext, args: PppListArgs, info?: GraphQLResolveInfo): Promise<Page<PppProject>> {
    const where: FilterQuery<PppProject> & Record<string, unknown> = {};
    if (args.q?.trim()) where.$or = [{ name: { $ilike: likePattern(args.q) } }, { code: { $ilike: likePattern(args.q) } }];
    if (args.stage) where.stage = args.stage;
    const visible = await visibleUnitIds(ctx);
    if (visible) where.implementingUnit = { $in: [...visible] };
    return findPage(ctx.em, PppProject, where, { orderBy: { code: 'ASC' }, offset: args.offset, limit: args.limit }, info);
  }

  async get(ctx: AppContext, id: string): Promise<PppProject> {
    const p = isUuid(id) ? await ctx.em.findOne(PppProject, id) : null;
    if (!p || !(await canSeeUnit(ctx, p.implementingUnit.id))) throw notFound('Project');
    return p;
  }

  async create(ctx: AppContext, input: CreatePppProjectInput): Promise<PppProject> {
    const unit = await ctx.em.findOne(Unit, input.implementingUnitId);
    if (!unit) throw badInput('implementingUnitId', 'The unit does not exist', 'REFERENCE_NOT_FOUND');
    if (await ctx.em.count(PppProject, { code: input.code })) throw conflict('Another project has this code', 'CODE_TAKEN', 'code');
    const person = await this.person(ctx, input.responsiblePersonId);
    const p = ctx.em.create(PppProject, { code: input.code, name: input.name.trim(), implementingUnit: unit, totalInvestment: money(input.totalInvestment) });
    ctx.em.create(PppStage, { project: p, stage: p.stage, responsiblePerson: person, duties: input.duties.trim(), startedOn: input.startedOn });
    await ctx.em.flush();
    return p;
  }

  /** Moves to a later stage, closing the current one; each stage names who answers for it. */
  async advance(ctx: AppContext, id: string, input: AdvancePppStageInput, version: number): Promise<PppProject> {
    const p = await this.get(ctx, id);
    assertVersion(p, version);
    if (PPP_STAGE_ORDER.indexOf(input.stage) <= PPP_STAGE_ORDER.indexOf(p.stage)) {
      throw conflict('A project moves forward one stage or more, never back', 'ILLEGAL_TRANSITION', 'stage');
    }
    const person = await this.person(ctx, input.responsiblePersonId);
    const current = await ctx.em.findOne(PppStage, { project: p.id, endedOn: null });
    if (current) {
      if (input.startedOn < current.startedOn) throw badInput('startedOn', 'A stage cannot start before the previous one', 'DATE_BEFORE_PREVIOUS');
      current.endedOn = input.startedOn;
    }
    ctx.em.create(PppStage, { project: p, stage: input.stage, responsiblePerson: person, duties: input.duties.trim(), startedOn: input.startedOn });
    p.stage = input.stage;
    await ctx.em.flush();
    return p;
  }

  /** Chooses the private partner after a credit check; an enterprise on a dishonesty list is refused. */
  async setPartner(ctx: AppContext, id: string, enterpriseId: string, version: number): Promise<PppProject> {
    const p = await this.get(ctx, id);
    assertVersion(p, version);
    const check = await creditCheckService.requireEnterpriseAllowed(ctx, enterpriseId, `PPP项目选定社会资本方：${p.code} ${p.name}`);
    p.partner = ctx.em.getReference(Enterprise, enterpriseId, { wrapped: true });
    p.partnerCheck = ctx.em.getReference(CreditCheck, check.id, { wrapped: true });
    await ctx.em.flush();
    return p;
  }

  async addObligation(ctx: AppContext, input: ObligationInput): Promise<PppObligation> {
    const p = await this.get(ctx, input.projectId).catch(() => {
      throw badInput('projectId', 'The project does not exist', 'REFERENCE_NOT_FOUND');
    });
    if (input.dueOn < input.startedOn) throw badInput('dueOn', 'The due date cannot precede the start', 'DUE_BEFORE_START');
    if (input.kind === ObligationKind.PAYMENT && !input.amount) throw badInput('amount', 'A payment obligation has an amount', 'AMOUNT_REQUIRED');
    const o = ctx.em.create(PppObligation, {
      project: p,
      kind: input.kind,
      description: input.description.trim(),
      amount: input.amount !== undefined ? money(input.amount) : undefined,
      startedOn: input.startedOn,
      dueOn: input.dueOn,
    });
    await ctx.em.flush();
    return o;
  }

  /** Records fulfilment, or a payment (in part); paid in full fulfils it. */
  async fulfil(ctx: AppContext, id: string, paid: number | undefined, on: string, version: number): Promise<PppObligation> {
    const o = await this.obligation(ctx, id, version);
    if (o.kind === ObligationKind.PAYMENT) {
      if (!paid || paid <= 0) throw badInput('paid', 'Give the amount paid', 'AMOUNT_REQUIRED');
      const total = Number(o.paidAmount) + paid;
      if (total > Number(o.amount) + 0.001) throw badInput('paid', 'More than is owed', 'OVERPAID');
      o.paidAmount = money(total);
      if (total + 0.001 >= Number(o.amount)) {
        o.status = ObligationStatus.FULFILLED;
        o.fulfilledOn = on;
      }
    } else {
      o.status = ObligationStatus.FULFILLED;
      o.fulfilledOn = on;
    }
    await ctx.em.flush();
    return o;
  }

  /** A default by the government side, recorded in full and turned into a draft record (K3). */
  async recordDefault(ctx: AppContext, id: string, input: PppDefaultInput, version: number): Promise<PppObligation> {
    const o = await this.obligation(ctx, id, version);
    const p = await o.project.load();
    const unit = await p!.implementingUnit.load();
    const person = input.responsiblePersonId ? await this.person(ctx, input.responsiblePersonId) : undefined;
    o.status = ObligationStatus.DEFAULTED;
    o.defaultDescription = input.description.trim();
    o.defaultResponsible = person ? ctx.em.getReference(Person, person.id, { wrapped: true }) : undefined;
    const record = ctx.em.create(DishonestyRecord, {
      subjectType: person ? SubjectType.PERSON : SubjectType.UNIT,
      subjectPerson: person,
      subjectUnit: person ? undefined : unit!,
      scopeUnit: person ? person.unit : unit!,
      subjectName: person ? person.name : unit!.name,
      category: RecordCategory.CONTRACT_DEFAULT,
      severity: Severity.SERIOUS,
      facts: `项目 ${p!.code} ${p!.name} 政府方违约：${o.description}（应于 ${o.dueOn} 前履行）。${o.defaultDescription}`,
      sourceType: RecordSource.PROJECT,
      sourceId: o.id,
      recordedBy: ctx.em.getReference(User, ctx.user!.id),
    });
    o.recordId = record.id;
    await ctx.em.flush();
    return o;
  }

  /** 欠款台账: payment obligations past due and not paid in full. */
  async arrears(ctx: AppContext, projectId?: string): Promise<ArrearsLine[]> {
    const day = today();
    const where: FilterQuery<PppObligation> & Record<string, unknown> = {
      kind: ObligationKind.PAYMENT,
      status: { $ne: ObligationStatus.FULFILLED },
      dueOn: { $lt: day },
    };
    if (projectId) where.project = projectId;
    const visible = await visibleUnitIds(ctx);
    if (visible) where.project = { ...(projectId ? { id: projectId } : {}), implementingUnit: { $in: [...visible] } };
    const list = await ctx.em.find(PppObligation, where, { orderBy: { dueOn: 'ASC' } });
    return list.map((o) => ({
      obligation: o,
      outstanding: Number(o.amount) - Number(o.paidAmount),
      daysOverdue: Math.round((parseDate(day) - parseDate(o.dueOn)) / 86_400_000),
    }));
  }

  private async obligation(ctx: AppContext, id: string, version: number) {
    const o = isUuid(id) ? await ctx.em.findOne(PppObligation, id, { populate: ['project'] }) : null;
    if (!o || !(await canSeeUnit(ctx, o.project.getEntity().implementingUnit.id))) throw notFound('Obligation');
    assertVersion(o, version);
    if (o.status !== ObligationStatus.PENDING) throw conflict('The obligation is closed', 'ILLEGAL_TRANSITION', 'status');
    return o;
  }

  private async person(ctx: AppContext, id: string) {
    const person = isUuid(id) ? await ctx.em.findOne(Person, id, { populate: ['unit'] }) : null;
    if (!person) throw badInput('responsiblePersonId', 'The person does not exist', 'REFERENCE_NOT_FOUND');
    return person;
  }
}

export const pppService = new PppService();
