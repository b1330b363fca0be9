import type { FilterQuery } from '@mikro-orm/core';
import { today } from '../../app/clock';
import type { AppContext } from '../../app/context';
import { assertVersion, badInput, conflict, isUuid, notFound } from '../../app/errors';
import type { GraphQLResolveInfo } from 'graphql';
import { findPage, likePattern, type Page } from '../../app/list';
import { validateCreditCode } from './credit-check.service';
import { DishonestyListing, Enterprise, ThirdPartyCreditReport } from './enterprise.entity';
import type { CreateEnterpriseInput, CreditReportInput, EnterpriseListArgs, ListingInput, UpdateEnterpriseInput } from './enterprise.input';

export class EnterpriseService {
  async list(ctx: AppContext, args: EnterpriseListArgs, info?: GraphQLResolveInfo): Promise<Page<Enterprise>> {
    const f = args.filter ?? {};
    const where: FilterQuery<Enterprise> & Record<string, unknown> = {};
    if (f.q?.trim()) {
      const p = likePattern(f.q);
      where.$or = [{ name: { $ilike: p } }, { creditCode: { $ilike: p } }];
    }
    if (f.listed !== undefined && f.listed !== null) {
      const day = today();
      const inForce = {
        listedFrom: { $lte: day },
        $and: [{ $or: [{ listedTo: null }, { listedTo: { $gte: day } }] }, { $or: [{ removedOn: null }, { removedOn: { $gt: day } }] }],
      };
      const listed = await ctx.em.find(DishonestyListing, inForce, { fields: ['enterprise'], disableIdentityMap: true });
      const ids = [...new Set(listed.map((l) => l.enterprise.id))];
      where.id = f.listed ? { $in: ids } : { $nin: ids };
    }
    return findPage(ctx.em, Enterprise, where, { orderBy: { name: 'ASC' }, offset: args.offset, limit: args.limit }, info);
  }

  async get(ctx: AppContext, id: string): Promise<Enterprise> {
    const e = isUuid(id) ? await ctx.em.findOne(Enterprise, id) : null;
    if (!e) throw notFound('Enterprise');
    return e;
  }

  async byCode(ctx: AppContext, code: string): Promise<Enterprise> {
    const e = await ctx.em.findOne(Enterprise, { creditCode: validateCreditCode(code) });
    if (!e) throw notFound('Enterprise');
    return e;
  }

  async create(ctx: AppContext, input: CreateEnterpriseInput): Promise<Enterprise> {
    const e = await this.prepareCreate(ctx, input);
    await ctx.em.flush();
    return e;
  }

  /** Checks and builds a new enterprise without flushing: a form's create and an import row share it. */
  async prepareCreate(ctx: AppContext, input: CreateEnterpriseInput): Promise<Enterprise> {
    const creditCode = validateCreditCode(input.creditCode);
    const taken = ctx.taken?.('Enterprise.creditCode', creditCode) ?? (await ctx.em.count(Enterprise, { creditCode })) > 0;
    if (taken) throw conflict('An enterprise with this credit code is on file', 'CREDIT_CODE_TAKEN', 'creditCode');
    const e = ctx.em.create(Enterprise, {
      name: input.name.trim(),
      creditCode,
      legalRepresentative: input.legalRepresentative?.trim() || undefined,
      address: input.address?.trim() || undefined,
    });
    return e;
  }

  async update(ctx: AppContext, id: string, input: UpdateEnterpriseInput, version: number): Promise<Enterprise> {
    const e = await this.get(ctx, id);
    assertVersion(e, version);
    if (input.name) e.name = input.name.trim();
    if (input.legalRepresentative !== undefined) e.legalRepresentative = input.legalRepresentative?.trim() || undefined;
    if (input.address !== undefined) e.address = input.address?.trim() || undefined;
    if (input.status) e.status = input.status;
    await ctx.em.flush();
    return e;
  }

  async addListing(ctx: AppContext, input: ListingInput): Promise<DishonestyListing> {
    const e = await this.get(ctx, input.enterpriseId).catch(() => {
      throw badInput('enterpriseId', 'The enterprise does not exist', 'REFERENCE_NOT_FOUND');
    });
    if (input.listedTo && input.listedTo < input.listedFrom) throw badInput('listedTo', 'The listing cannot end before it starts', 'ENDS_BEFORE_START');
    const l = ctx.em.create(DishonestyListing, { enterprise: e, ...input, enterpriseId: undefined } as never);
    await ctx.em.flush();
    return l;
  }

  async removeListing(ctx: AppContext, id: string, removedOn: string, version: number): Promise<DishonestyListing> {
    const l = isUuid(id) ? await ctx.em.findOne(DishonestyListing, id) : null;
    if (!l) throw notFound('Listing');
    assertVersion(l, version);
    if (l.removedOn) throw conflict('The listing is already removed', 'ILLEGAL_TRANSITION');
    if (removedOn < l.listedFrom) throw badInput('removedOn', 'Removal cannot precede the listing', 'ENDS_BEFORE_START');
    l.removedOn = removedOn;
    await ctx.em.flush();
    return l;
  }

  async addReport(ctx: AppContext, input: CreditReportInput): Promise<ThirdPartyCreditReport> {
    const e = await this.get(ctx, input.enterpriseId).catch(() => {
      throw badInput('enterpriseId', 'The enterprise does not exist', 'REFERENCE_NOT_FOUND');
    });
    const r = ctx.em.create(ThirdPartyCreditReport, {
      enterprise: e,
      issuer: input.issuer.trim(),
      issuedOn: input.issuedOn,
      rating: input.rating,
      fileReference: input.fileReference?.trim() || undefined,
    });
    await ctx.em.flush();
    return r;
  }
}

export const enterpriseService = new EnterpriseService();
