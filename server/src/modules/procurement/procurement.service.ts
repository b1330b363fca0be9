import type { FilterQuery } from '@mikro-orm/core';
import type { AppContext } from '../../app/context';
import { assertVersion, badInput, conflict, isUuid, notFound } from '../../app/errors';
import type { GraphQLResolveInfo } from 'graphql';
import { findPage, likePattern, type Page } from '../../app/list';
import { canSeeUnit, visibleUnitIds } from '../../app/scope';
import { User } from '../auth/user.entity';
import { RecordCategory, RecordSource, Severity, SubjectType } from '../credit/credit.enums';
import { DishonestyRecord } from '../credit/dishonesty-record.entity';
import { CreditCheck as CreditCheckRef } from '../enterprise/credit-check.entity';
import { creditCheckService } from '../enterprise/credit-check.service';
import { Enterprise } from '../enterprise/enterprise.entity';
import { Person } from '../organisation/person.entity';
import { Unit } from '../organisation/unit.entity';
import { BidStatus, ProcurementBid, ProcurementProject, ProcurementStatus as S, PurchaserConduct } from './procurement.entity';
import type {
  AwardContractInput,
  ContractAcceptanceInput,
  CreateProcurementInput,
  ProcurementListArgs,
  RegisterBidInput,
} from './procurement.input';

const money = (n: number) => n.toFixed(2);

export class ProcurementService {
  async list(ctx: AppContext, args: ProcurementListArgs, info?: GraphQLResolveInfo): Promise<Page<ProcurementProject>> {
    const f = args.filter ?? {};
    const where: FilterQuery<ProcurementProject> & Record<string, unknown> = {};
    const and: FilterQuery<ProcurementProject>[] = [];
    if (f.q?.trim()) and.push({ $or: [{ name: { $ilike: likePattern(f.q) } }, { code: { $ilike: likePattern(f.q) } }] });
    if (f.statuses?.length) where.status = { $in: f.statuses };
    if (f.purchaserUnitId) where.purchaser = f.purchaserUnitId;
    const visible = await visibleUnitIds(ctx);
    if (visible) and.push({ purchaser: { $in: [...visible] } });
    if (and.length) where.$and = and;
    return findPage(ctx.em, ProcurementProject, where, { orderBy: { createdAt: 'DESC' }, offset: args.offset, limit: args.limit }, info);
  }

  async get(ctx: AppContext, id: string): Promise<ProcurementProject> {
    const p = isUuid(id) ? await ctx.em.findOne(ProcurementProject, id) : null;
    if (!p || !(await canSeeUnit(ctx, p.purchaser.id))) throw notFound('Procurement project');
    return p;
  }

  async create(ctx: AppContext, input: CreateProcurementInput): Promise<ProcurementProject> {
    const unit = await ctx.em.findOne(Unit, input.purchaserUnitId);
    if (!unit || !(await canSeeUnit(ctx, unit.id))) throw badInput('purchaserUnitId', 'The purchaser unit does not exist', 'REFERENCE_NOT_FOUND');
    if (await ctx.em.count(ProcurementProject, { code: input.code })) throw conflict('Another project has this code', 'CODE_TAKEN', 'code');
    const p = ctx.em.create(ProcurementProject, {
      code: input.code,
      name: input.name.trim(),
      purchaser: unit,
      budget: money(input.budget),
      method: input.method,
    });
    await ctx.em.flush();
    return p;
  }

  async openBidding(ctx: AppContext, id: string, version: number): Promise<ProcurementProject> {
    const p = await this.load(ctx, id, version, [S.PLANNED]);
    p.status = S.BIDDING;
    await ctx.em.flush();
    return p;
  }

  /** 投标报名 with the credit check embedded: an enterprise on a dishonesty list is refused, with the reasons. */
  async registerBid(ctx: AppContext, input: RegisterBidInput): Promise<ProcurementBid> {
    const p = await this.get(ctx, input.projectId).catch(() => {
      throw badInput('projectId', 'The project does not exist', 'REFERENCE_NOT_FOUND');
    });
    if (p.status !== S.BIDDING) throw conflict('Bids are registered while the project is open for bidding', 'ILLEGAL_TRANSITION', 'projectId');
    const enterprise = isUuid(input.enterpriseId) ? await ctx.em.findOne(Enterprise, input.enterpriseId) : null;
    if (!enterprise) throw badInput('enterpriseId', 'The enterprise does not exist', 'REFERENCE_NOT_FOUND');
    if (await ctx.em.count(ProcurementBid, { project: p.id, enterprise: enterprise.id })) {
      throw conflict('This enterprise is already registered for the project', 'ALREADY_REGISTERED', 'enterpriseId');
    }
    const check = await creditCheckService.requireEnterpriseAllowed(ctx, enterprise.id, `投标报名：${p.code} ${p.name}`);
    const bid = ctx.em.create(ProcurementBid, {
      project: p,
      enterprise,
      amount: input.amount !== undefined ? money(input.amount) : undefined,
      creditCheck: ctx.em.getReference(CreditCheckRef, check.id),
    });
    await ctx.em.flush();
    return bid;
  }

  /** Awards the contract after a fresh credit check of the winner. */
  async award(ctx: AppContext, id: string, input: AwardContractInput, version: number): Promise<ProcurementProject> {
    const p = await this.load(ctx, id, version, [S.BIDDING]);
    const bid = isUuid(input.bidId) ? await ctx.em.findOne(ProcurementBid, { id: input.bidId, project: p.id }) : null;
    if (!bid) throw badInput('bidId', 'No such bid on this project', 'REFERENCE_NOT_FOUND');
    if (input.acceptanceDueOn < input.signedOn) throw badInput('acceptanceDueOn', 'Acceptance cannot be due before signing', 'DUE_BEFORE_START');
    const check = await creditCheckService.requireEnterpriseAllowed(ctx, bid.enterprise.id, `合同授予：${p.code} ${p.name}`);
    for (const b of await ctx.em.find(ProcurementBid, { project: p.id })) b.status = b.id === bid.id ? BidStatus.WON : BidStatus.LOST;
    p.status = S.AWARDED;
    p.supplier = bid.enterprise;
    p.contractNumber = input.contractNumber.trim();
    p.contractAmount = money(input.amount);
    p.contractSignedOn = input.signedOn;
    p.acceptanceDueOn = input.acceptanceDueOn;
    p.awardCheck = ctx.em.getReference(CreditCheckRef, check.id, { wrapped: true });
    await ctx.em.flush();
    return p;
  }

  /** 履约验收: findings and the purchaser's conduct; a violation becomes a draft record (K2). */
  async accept(ctx: AppContext, id: string, input: ContractAcceptanceInput, version: number): Promise<ProcurementProject> {
    const p = await this.load(ctx, id, version, [S.AWARDED]);
    if (p.contractSignedOn && input.acceptedOn < p.contractSignedOn) {
      throw badInput('acceptedOn', 'Acceptance cannot precede the contract', 'DATE_BEFORE_CONTRACT');
    }
    const violation = input.purchaserConduct === PurchaserConduct.VIOLATION;
    if (violation && !input.violationDescription) throw badInput('violationDescription', 'Describe the violation', 'DESCRIPTION_REQUIRED');
    const person = input.responsiblePersonId ? await ctx.em.findOne(Person, input.responsiblePersonId, { populate: ['unit'] }) : null;
    if (input.responsiblePersonId && !person) throw badInput('responsiblePersonId', 'The person does not exist', 'REFERENCE_NOT_FOUND');
    Object.assign(p, {
      status: S.ACCEPTED,
      acceptedOn: input.acceptedOn,
      acceptanceResult: input.result,
      acceptanceFindings: input.findings.trim(),
      purchaserConduct: input.purchaserConduct,
      violationDescription: input.violationDescription?.trim(),
      responsiblePerson: person ?? undefined,
    });
    if (violation) {
      const unit = await p.purchaser.load();
      const record = ctx.em.create(DishonestyRecord, {
        subjectType: person ? SubjectType.PERSON : SubjectType.UNIT,
        subjectPerson: person ?? undefined,
        subjectUnit: person ? undefined : unit!,
        scopeUnit: person ? person.unit : unit!,
        subjectName: person ? person.name : unit!.name,
        category: RecordCategory.PROCUREMENT_VIOLATION,
        severity: Severity.SERIOUS,
        facts: `政府采购项目 ${p.code} ${p.name} 履约验收中采购人违规：${input.violationDescription!.trim()}`,
        sourceType: RecordSource.PROJECT,
        sourceId: p.id,
        recordedBy: ctx.em.getReference(User, ctx.user!.id),
      });
      p.recordId = record.id;
    }
    await ctx.em.flush();
    return p;
  }

  async cancel(ctx: AppContext, id: string, version: number): Promise<ProcurementProject> {
    const p = await this.load(ctx, id, version, [S.PLANNED, S.BIDDING]);
    p.status = S.CANCELLED;
    await ctx.em.flush();
    return p;
  }

  private async load(ctx: AppContext, id: string, version: number, allowed: S[]) {
    const p = await this.get(ctx, id);
    assertVersion(p, version);
    if (!allowed.includes(p.status)) throw conflict(`Not possible while the project is ${p.status.toLowerCase()}`, 'ILLEGAL_TRANSITION', 'status');
    return p;
  }
}

export const procurementService = new ProcurementService();
