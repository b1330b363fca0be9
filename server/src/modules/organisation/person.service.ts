import type { FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import type { GraphQLResolveInfo } from 'graphql';
import { firstChildren, nestedLimit } from '../../app/batch';
import type { AppContext } from '../../app/context';
import { assertVersion, badInput, conflict, forbidden, isUuid, notFound } from '../../app/errors';
import { findPage, likePattern, type Page } from '../../app/list';
import { canSeeUnit, visibleUnitIds, withVisibleUnits } from '../../app/scope';
import { hashIdentifier } from '../../app/secrets';
import { LeadingGroupMember } from './leading-group.entity';
import { isValidNationalId } from './national-id';
import { OrgErrorReason as R } from './organisation.errors';
import { Person } from './person.entity';
import { PersonSortField, type CreatePersonInput, type PersonListArgs, type UpdatePersonInput } from './person.input';
import { Unit } from './unit.entity';
import { User } from '../auth/user.entity';

const sortColumn: Record<PersonSortField, keyof Person> = {
  [PersonSortField.NAME]: 'name',
  [PersonSortField.STAFF_NUMBER]: 'staffNumber',
  [PersonSortField.POSITION]: 'position',
  [PersonSortField.STATUS]: 'status',
  [PersonSortField.CREATED_AT]: 'createdAt',
};

function nationalIdHash(value: string): string {
  if (!isValidNationalId(value)) {
    throw badInput('nationalId', 'The national ID number is not valid (check character or birth date)', R.INVALID_NATIONAL_ID);
  }
  return hashIdentifier(value);
}

export class PersonService {
  /**
   * Staff of the unit by staff number, at most `limit`; the units of one request load with one
   * statement. With the field's resolve info, a selection of plain columns gets lean rows.
   */
  peopleOf(ctx: AppContext, unit: Unit, limit: number, info?: GraphQLResolveInfo): Person[] | Promise<Person[]> {
    nestedLimit(limit);
    return withVisibleUnits(ctx, (visible) => {
      if (visible && !visible.has(unit.id)) return [];
      const order = { table: 'person', parentColumn: 'unit_id', orderBy: 't.staff_number, t.id', limit };
      // A person's nested records read only the person's id.
      return firstChildren(ctx, 'Unit.people', unit.id, Person, order, info && { info, idOnly: ['dishonestyRecords'] });
    });
  }

  async list(ctx: AppContext, args: PersonListArgs, info?: GraphQLResolveInfo): Promise<Page<Person>> {
    const f = args.filter ?? {};
    const where: FilterQuery<Person> & Record<string, unknown> = {};
    const and: FilterQuery<Person>[] = [];
    if (f.q?.trim()) {
      const p = likePattern(f.q);
      and.push({ $or: [{ name: { $ilike: p } }, { staffNumber: { $ilike: p } }] });
    }
    if (f.unitId) where.unit = f.unitId;
    if (f.isCivilServant !== undefined && f.isCivilServant !== null) where.isCivilServant = f.isCivilServant;
    if (f.statuses?.length) where.status = { $in: f.statuses };
    if (f.leadershipRoles?.length) where.leadershipRole = { $in: f.leadershipRoles };
    if (f.ids) and.push({ id: { $in: f.ids } });
    const visible = await visibleUnitIds(ctx);
    if (visible) and.push({ unit: { $in: [...visible] } });
    if (and.length) where.$and = and;
    const orderBy: QueryOrderMap<Person>[] = [];
    if (args.sort) orderBy.push({ [sortColumn[args.sort.field]]: args.sort.order });
    orderBy.push({ staffNumber: 'ASC' });
    // A page asking only columns, each person's unit and nested records (which read the person's id) reads lean rows.
    return findPage(ctx.em, Person, where, { orderBy, offset: args.offset, limit: args.limit }, info, { idOnly: ['dishonestyRecords'], references: ['unit'] });
  }

  async get(ctx: AppContext, id: string): Promise<Person> {
    const person = isUuid(id) ? await ctx.em.findOne(Person, id) : null;
    // Out-of-scope people look exactly like missing ones.
    if (!person || !(await canSeeUnit(ctx, person.unit.id))) throw notFound('Person');
    return person;
  }

  async findByNationalId(ctx: AppContext, nationalId: string): Promise<Person | null> {
    const person = await ctx.em.findOne(Person, { nationalIdHash: nationalIdHash(nationalId) });
    if (!person || !(await canSeeUnit(ctx, person.unit.id))) return null;
    return person;
  }

  async create(ctx: AppContext, input: CreatePersonInput): Promise<Person> {
    const person = await this.prepareCreate(ctx, input);
    await ctx.em.flush();
    return person;
  }

  /** Checks and builds a new person without flushing: a form's create and an import row share it. */
  async prepareCreate(ctx: AppContext, input: CreatePersonInput): Promise<Person> {
    const { em } = ctx;
    await this.assertUnitUsable(ctx, input.unitId);
    await this.assertStaffNumberFree(ctx, input.staffNumber);
    const person = em.create(Person, {
      name: input.name.trim(),
      staffNumber: input.staffNumber.trim(),
      unit: em.getReference(Unit, input.unitId, { wrapped: true }),
      position: input.position?.trim() || undefined,
      isCivilServant: input.isCivilServant ?? true,
      leadershipRole: input.leadershipRole,
      status: input.status,
      nationalIdHash: input.nationalId ? nationalIdHash(input.nationalId) : undefined,
    });
    return person;
  }

  async update(ctx: AppContext, id: string, input: UpdatePersonInput, version: number): Promise<Person> {
    const { em } = ctx;
    const person = await this.get(ctx, id);
    assertVersion(person, version);
    if (input.name) person.name = input.name.trim();
    if (input.staffNumber && input.staffNumber !== person.staffNumber) {
      await this.assertStaffNumberFree(ctx, input.staffNumber, person.id);
      person.staffNumber = input.staffNumber.trim();
    }
    if (input.unitId && input.unitId !== person.unit.id) {
      await this.assertUnitUsable(ctx, input.unitId);
      person.unit = em.getReference(Unit, input.unitId, { wrapped: true });
    }
    if (input.position !== undefined) person.position = input.position?.trim() || undefined;
    if (input.isCivilServant !== undefined && input.isCivilServant !== null) person.isCivilServant = input.isCivilServant;
    if (input.leadershipRole) person.leadershipRole = input.leadershipRole;
    if (input.status) person.status = input.status;
    if (input.nationalId !== undefined) {
      person.nationalIdHash = input.nationalId ? nationalIdHash(input.nationalId) : undefined;
    }
    await em.flush();
    return person;
  }

  async delete(ctx: AppContext, id: string): Promise<string> {
    const { em } = ctx;
    const person = await this.get(ctx, id);
    const [heads, memberships, users] = await Promise.all([
      em.count(Unit, { head: person.id }),
      em.count(LeadingGroupMember, { person: person.id }),
      em.count(User, { person: person.id }),
    ]);
    if (heads + memberships + users > 0) {
      throw conflict(
        'The person heads a unit, sits in a leading group or has an account; change the status instead',
        R.PERSON_IN_USE,
      );
    }
    em.remove(person);
    await em.flush();
    return id;
  }

  private async assertUnitUsable(ctx: AppContext, unitId: string) {
    const unit = await ctx.em.findOne(Unit, unitId);
    if (!unit) throw badInput('unitId', 'The unit does not exist', R.REFERENCE_NOT_FOUND);
    if (!(await canSeeUnit(ctx, unitId))) throw forbidden('You may only manage staff of your own unit', R.OUT_OF_SCOPE);
  }

  private async assertStaffNumberFree(ctx: AppContext, staffNumber: string, exceptId?: string) {
    const where = exceptId ? { staffNumber: staffNumber.trim(), id: { $ne: exceptId } } : { staffNumber: staffNumber.trim() };
    const taken = (!exceptId && ctx.taken?.('Person.staffNumber', staffNumber.trim())) ?? (await ctx.em.count(Person, where)) > 0;
    if (taken) {
      throw conflict('Another person already has this staff number', R.STAFF_NUMBER_TAKEN, 'staffNumber');
    }
  }
}

export const personService = new PersonService();
