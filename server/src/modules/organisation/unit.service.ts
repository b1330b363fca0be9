import type { FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import type { AppContext } from '../../app/context';
import { assertVersion, badInput, conflict, isUuid, notFound } from '../../app/errors';
import type { GraphQLResolveInfo } from 'graphql';
import { findPage, likePattern, type Page } from '../../app/list';
import { canSeeUnit, visibleUnitIds } from '../../app/scope';
import { UnitKind } from './organisation.enums';
import { OrgErrorReason as R } from './organisation.errors';
import { Person } from './person.entity';
import { Unit } from './unit.entity';
import { UnitSortField, type CreateUnitInput, type UnitListArgs, type UpdateUnitInput } from './unit.input';
import { User } from '../auth/user.entity';

const sortColumn: Record<UnitSortField, keyof Unit> = {
  [UnitSortField.NAME]: 'name',
  [UnitSortField.CODE]: 'code',
  [UnitSortField.KIND]: 'kind',
  [UnitSortField.SORT_ORDER]: 'sortOrder',
  [UnitSortField.CREATED_AT]: 'createdAt',
};

export class UnitService {
  async list(ctx: AppContext, args: UnitListArgs, info?: GraphQLResolveInfo): Promise<Page<Unit>> {
    const f = args.filter ?? {};
    const where: FilterQuery<Unit> & Record<string, unknown> = {};
    const and: FilterQuery<Unit>[] = [];
    if (f.q?.trim()) {
      const p = likePattern(f.q);
      and.push({ $or: [{ name: { $ilike: p } }, { shortName: { $ilike: p } }, { code: { $ilike: p } }] });
    }
    if (f.kinds?.length) where.kind = { $in: f.kinds };
    if (f.parentId) where.parent = f.parentId;
    if (f.active !== undefined && f.active !== null) where.active = f.active;
    if (f.responsibleArea) where.responsibleAreas = { $contains: [f.responsibleArea] };
    if (f.ids) and.push({ id: { $in: f.ids } });
    const visible = await visibleUnitIds(ctx);
    if (visible) and.push({ id: { $in: [...visible] } });
    if (and.length) where.$and = and;
    const orderBy: QueryOrderMap<Unit>[] = [];
    if (args.sort) orderBy.push({ [sortColumn[args.sort.field]]: args.sort.order });
    orderBy.push({ sortOrder: 'ASC' }, { code: 'ASC' });
    // A page asking only columns, each unit's head and its staff (which read the unit's id) reads lean rows.
    return findPage(ctx.em, Unit, where, { orderBy, offset: args.offset, limit: args.limit }, info, { idOnly: ['people'], references: ['head'] });
  }

  async get(ctx: AppContext, id: string): Promise<Unit> {
    if (!isUuid(id) || !(await canSeeUnit(ctx, id))) throw notFound('Unit');
    const unit = await ctx.em.findOne(Unit, id);
    if (!unit) throw notFound('Unit');
    return unit;
  }

  async byCode(ctx: AppContext, code: string): Promise<Unit> {
    const unit = await ctx.em.findOne(Unit, { code });
    if (!unit || !(await canSeeUnit(ctx, unit.id))) throw notFound('Unit');
    return unit;
  }

  async create(ctx: AppContext, input: CreateUnitInput): Promise<Unit> {
    const unit = await this.prepareCreate(ctx, input);
    await ctx.em.flush();
    return unit;
  }

  /** Checks and builds a new unit without flushing: a form's create and an import row share it. */
  async prepareCreate(ctx: AppContext, input: CreateUnitInput): Promise<Unit> {
    const { em } = ctx;
    await this.assertUnique(ctx, input.code, input.name);
    const unit = em.create(Unit, {
      code: input.code.trim(),
      name: input.name.trim(),
      shortName: input.shortName?.trim() || undefined,
      kind: input.kind,
      responsibleAreas: [...new Set(input.responsibleAreas ?? [])],
      phone: input.phone ?? undefined,
      active: input.active ?? true,
      sortOrder: input.sortOrder ?? 0,
    });
    await this.applyParent(ctx, unit, input.parentId ?? null);
    if (input.headId) await this.applyHead(ctx, unit, input.headId);
    return unit;
  }

  async update(ctx: AppContext, id: string, input: UpdateUnitInput, version: number): Promise<Unit> {
    const { em } = ctx;
    const unit = await this.get(ctx, id);
    assertVersion(unit, version);
    if (input.code !== undefined && input.code !== null && input.code !== unit.code) {
      await this.assertUnique(ctx, input.code, undefined, unit.id);
      unit.code = input.code.trim();
    }
    if (input.name !== undefined && input.name !== null && input.name !== unit.name) {
      await this.assertUnique(ctx, undefined, input.name, unit.id);
      unit.name = input.name.trim();
    }
    if (input.shortName !== undefined) unit.shortName = input.shortName?.trim() || undefined;
    if (input.kind) unit.kind = input.kind;
    if (input.responsibleAreas) unit.responsibleAreas = [...new Set(input.responsibleAreas)];
    if (input.phone !== undefined) unit.phone = input.phone ?? undefined;
    if (input.active !== undefined && input.active !== null) unit.active = input.active;
    if (input.sortOrder !== undefined && input.sortOrder !== null) unit.sortOrder = input.sortOrder;
    if (input.parentId !== undefined || input.kind) {
      await this.applyParent(ctx, unit, input.parentId !== undefined ? input.parentId : (unit.parent?.id ?? null));
    }
    if (input.headId !== undefined) await this.applyHead(ctx, unit, input.headId);
    await em.flush();
    return unit;
  }

  async delete(ctx: AppContext, id: string): Promise<string> {
    const { em } = ctx;
    const unit = await this.get(ctx, id);
    const [children, people, users] = await Promise.all([
      em.count(Unit, { parent: unit.id }),
      em.count(Person, { unit: unit.id }),
      em.count(User, { unit: unit.id }),
    ]);
    if (children + people + users > 0) {
      throw conflict(
        'The unit still has sub-units, staff or user accounts; move them or deactivate the unit instead',
        R.UNIT_IN_USE,
      );
    }
    em.remove(unit);
    await em.flush();
    return id;
  }

  private async assertUnique(ctx: AppContext, code?: string, name?: string, exceptId?: string) {
    const notSelf = exceptId ? { id: { $ne: exceptId } } : {};
    const taken = (field: 'code' | 'name', value: string) =>
      (!exceptId && ctx.taken?.(`Unit.${field}`, value)) ?? ctx.em.count(Unit, { [field]: value, ...notSelf }).then((n) => n > 0);
    if (code && (await taken('code', code.trim()))) {
      throw conflict('Another unit already has this code', R.UNIT_CODE_TAKEN, 'code');
    }
    if (name && (await taken('name', name.trim()))) {
      throw conflict('Another unit already has this name', R.UNIT_NAME_TAKEN, 'name');
    }
  }

  /** The bureau is the root; every other unit hangs below another unit, without cycles. */
  private async applyParent(ctx: AppContext, unit: Unit, parentId: string | null) {
    if (unit.kind === UnitKind.BUREAU) {
      if (parentId) throw badInput('parentId', 'The bureau is the top of the organisation', R.BUREAU_HAS_NO_PARENT);
      unit.parent = undefined;
      return;
    }
    if (!parentId) throw badInput('parentId', 'Choose the unit this one belongs to', R.PARENT_REQUIRED);
    const parent = await ctx.em.findOne(Unit, parentId);
    if (!parent) throw badInput('parentId', 'The parent unit does not exist', R.REFERENCE_NOT_FOUND);
    // Walk up from the new parent: meeting the unit itself would close a cycle.
    let cursor: Unit | null = parent;
    for (let depth = 0; cursor && depth < 64; depth++) {
      if (cursor.id === unit.id) throw badInput('parentId', 'A unit cannot sit below itself', R.PARENT_CYCLE);
      cursor = cursor.parent ? await cursor.parent.load() : null;
    }
    unit.parent = ctx.em.getReference(Unit, parent.id, { wrapped: true });
  }

  private async applyHead(ctx: AppContext, unit: Unit, headId: string | null) {
    if (!headId) {
      unit.head = undefined;
      return;
    }
    const head = await ctx.em.findOne(Person, headId);
    if (!head) throw badInput('headId', 'The person does not exist', R.REFERENCE_NOT_FOUND);
    if (head.unit.id !== unit.id) {
      throw badInput('headId', 'The head must be a member of staff of this unit', R.HEAD_NOT_IN_UNIT);
    }
    unit.head = ctx.em.getReference(Person, head.id, { wrapped: true });
  }
}

export const unitService = new UnitService();
