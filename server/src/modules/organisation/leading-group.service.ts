import type { FilterQuery } from '@mikro-orm/core';
import { loadChildren } from '../../app/batch';
import type { AppContext } from '../../app/context';
import { assertVersion, badInput, conflict, isUuid, notFound } from '../../app/errors';
import type { GraphQLResolveInfo } from 'graphql';
import { findPage, likePattern, type Page } from '../../app/list';
import { LeadingGroup, LeadingGroupMember } from './leading-group.entity';
import { LeadingGroupRole } from './organisation.enums';
import { OrgErrorReason as R } from './organisation.errors';
import { Person } from './person.entity';
import { Unit } from './unit.entity';
import type {
  CreateLeadingGroupInput,
  CreateLeadingGroupMemberInput,
  LeadingGroupListArgs,
  UpdateLeadingGroupInput,
  UpdateLeadingGroupMemberInput,
} from './leading-group.input';

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** A term runs from its start until its end date inclusive; no end date means it still runs. */
function overlaps(a: { termStart: string; termEnd?: string | null }, b: { termStart: string; termEnd?: string | null }) {
  const aEnd = a.termEnd ?? '9999-12-31';
  const bEnd = b.termEnd ?? '9999-12-31';
  return a.termStart <= bEnd && b.termStart <= aEnd;
}

export class LeadingGroupService {
  async list(ctx: AppContext, args: LeadingGroupListArgs, info?: GraphQLResolveInfo): Promise<Page<LeadingGroup>> {
    const where: FilterQuery<LeadingGroup> & Record<string, unknown> = {};
    if (args.filter?.q?.trim()) where.name = { $ilike: likePattern(args.filter.q) };
    if (args.filter?.ids) where.id = { $in: args.filter.ids };
    const column = { NAME: 'name', ESTABLISHED_ON: 'establishedOn', CREATED_AT: 'createdAt' } as const;
    return findPage(
      ctx.em,
      LeadingGroup,
      where,
      { orderBy: [...(args.sort ? [{ [column[args.sort.field]]: args.sort.order }] : []), { createdAt: 'ASC' }], offset: args.offset, limit: args.limit },
      info,
    );
  }

  async get(ctx: AppContext, id: string): Promise<LeadingGroup> {
    const group = isUuid(id) ? await ctx.em.findOne(LeadingGroup, id) : null;
    if (!group) throw notFound('Leading group');
    return group;
  }

  async create(ctx: AppContext, input: CreateLeadingGroupInput): Promise<LeadingGroup> {
    const { em } = ctx;
    await this.assertNameFree(ctx, input.name);
    const group = em.create(LeadingGroup, {
      name: input.name.trim(),
      documentNumber: input.documentNumber?.trim() || undefined,
      establishedOn: input.establishedOn ?? undefined,
      duties: input.duties ?? undefined,
      officeUnit: input.officeUnitId ? await this.unitRef(ctx, input.officeUnitId) : undefined,
    });
    await em.flush();
    return group;
  }

  async update(ctx: AppContext, id: string, input: UpdateLeadingGroupInput, version: number): Promise<LeadingGroup> {
    const group = await this.get(ctx, id);
    assertVersion(group, version);
    if (input.name && input.name.trim() !== group.name) {
      await this.assertNameFree(ctx, input.name, group.id);
      group.name = input.name.trim();
    }
    if (input.documentNumber !== undefined) group.documentNumber = input.documentNumber?.trim() || undefined;
    if (input.establishedOn !== undefined) group.establishedOn = input.establishedOn ?? undefined;
    if (input.duties !== undefined) group.duties = input.duties ?? undefined;
    if (input.officeUnitId !== undefined) {
      group.officeUnit = input.officeUnitId ? await this.unitRef(ctx, input.officeUnitId) : undefined;
    }
    await ctx.em.flush();
    return group;
  }

  /** Members of the group; the groups of one request (e.g. on a page of tasks) load with one statement. */
  async members(ctx: AppContext, group: LeadingGroup, currentOnly: boolean): Promise<LeadingGroupMember[]> {
    const fetch = async (groupIds: string[]) => {
      const where: FilterQuery<LeadingGroupMember> = { group: { $in: groupIds } };
      if (currentOnly) {
        const d = today();
        Object.assign(where, { termStart: { $lte: d }, $or: [{ termEnd: null }, { termEnd: { $gte: d } }] });
      }
      const members = await ctx.em.find(LeadingGroupMember, where, { populate: ['person'] });
      const rank = { [LeadingGroupRole.LEADER]: 0, [LeadingGroupRole.DEPUTY]: 1, [LeadingGroupRole.MEMBER]: 2 };
      return members.sort((a, b) => rank[a.role] - rank[b.role] || a.termStart.localeCompare(b.termStart));
    };
    return loadChildren(ctx, `LeadingGroup.members:${currentOnly}`, group.id, fetch, (m) => m.group.id);
  }

  async addMember(ctx: AppContext, input: CreateLeadingGroupMemberInput): Promise<LeadingGroupMember> {
    const { em } = ctx;
    const group = await em.findOne(LeadingGroup, input.groupId);
    if (!group) throw badInput('groupId', 'The leading group does not exist', R.REFERENCE_NOT_FOUND);
    const person = await em.findOne(Person, input.personId);
    if (!person) throw badInput('personId', 'The person does not exist', R.REFERENCE_NOT_FOUND);
    const member = em.create(LeadingGroupMember, {
      group,
      person,
      role: input.role,
      duty: input.duty?.trim() || undefined,
      termStart: input.termStart,
      termEnd: input.termEnd ?? undefined,
    });
    await this.checkTerm(ctx, member);
    await em.flush();
    return member;
  }

  async updateMember(
    ctx: AppContext,
    id: string,
    input: UpdateLeadingGroupMemberInput,
    version: number,
  ): Promise<LeadingGroupMember> {
    const member = isUuid(id) ? await ctx.em.findOne(LeadingGroupMember, id) : null;
    if (!member) throw notFound('Leading group member');
    assertVersion(member, version);
    if (input.role) member.role = input.role;
    if (input.duty !== undefined) member.duty = input.duty?.trim() || undefined;
    if (input.termStart) member.termStart = input.termStart;
    if (input.termEnd !== undefined) member.termEnd = input.termEnd ?? undefined;
    await this.checkTerm(ctx, member);
    await ctx.em.flush();
    return member;
  }

  async removeMember(ctx: AppContext, id: string): Promise<string> {
    const member = isUuid(id) ? await ctx.em.findOne(LeadingGroupMember, id) : null;
    if (!member) throw notFound('Leading group member');
    ctx.em.remove(member);
    await ctx.em.flush();
    return id;
  }

  /** Terms must be well-formed, a person sits once at a time, and a group has one leader at a time. */
  private async checkTerm(ctx: AppContext, member: LeadingGroupMember) {
    if (member.termEnd && member.termEnd < member.termStart) {
      throw badInput('termEnd', 'The term cannot end before it starts', R.TERM_ENDS_BEFORE_START);
    }
    const others = await ctx.em.find(LeadingGroupMember, { group: member.group.id, id: { $ne: member.id } });
    if (others.some((o) => o.person.id === member.person.id && overlaps(o, member))) {
      throw conflict('This person is already a member for an overlapping term', R.ALREADY_A_MEMBER, 'personId');
    }
    if (
      member.role === LeadingGroupRole.LEADER &&
      others.some((o) => o.role === LeadingGroupRole.LEADER && overlaps(o, member))
    ) {
      throw conflict('The group already has a leader for an overlapping term', R.SECOND_LEADER, 'role');
    }
  }

  private async assertNameFree(ctx: AppContext, name: string, exceptId?: string) {
    const where = exceptId ? { name: name.trim(), id: { $ne: exceptId } } : { name: name.trim() };
    if (await ctx.em.count(LeadingGroup, where)) {
      throw conflict('Another leading group has this name', R.GROUP_NAME_TAKEN, 'name');
    }
  }

  private async unitRef(ctx: AppContext, unitId: string) {
    const unit = await ctx.em.findOne(Unit, unitId);
    if (!unit) throw badInput('officeUnitId', 'The unit does not exist', R.REFERENCE_NOT_FOUND);
    return ctx.em.getReference(Unit, unit.id, { wrapped: true });
  }
}

export const leadingGroupService = new LeadingGroupService();
