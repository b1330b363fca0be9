import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Access, SIGNED_IN } from '../../app/access';
import type { AppContext } from '../../app/context';
import { ListOf } from '../../app/list';
import { Role } from '../../app/roles';
import { canSeeUnit } from '../../app/scope';
import { Person } from './person.entity';
import { personService } from './person.service';
import { Unit } from './unit.entity';
import { CreateUnitInput, UnitListArgs, UpdateUnitInput } from './unit.input';
import { unitService } from './unit.service';

@ObjectType()
export class UnitList extends ListOf(Unit) {}

@Resolver(() => Unit)
export class UnitResolver {
  @Query(() => UnitList, { description: 'Units the caller may see (a unit reporter: its own unit)' })
  @Access(SIGNED_IN)
  units(@Args(() => UnitListArgs) args: UnitListArgs, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return unitService.list(ctx, args, info);
  }

  @Query(() => Unit)
  @Access(SIGNED_IN)
  unit(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return unitService.get(ctx, id);
  }

  @Query(() => Unit, { description: 'A unit by its stable code' })
  @Access(SIGNED_IN)
  unitByCode(@Arg('code', () => String) code: string, @Ctx() ctx: AppContext) {
    return unitService.byCode(ctx, code);
  }

  @Mutation(() => Unit)
  @Access(Role.ADMIN)
  createUnit(@Arg('input', () => CreateUnitInput) input: CreateUnitInput, @Ctx() ctx: AppContext) {
    return unitService.create(ctx, input);
  }

  @Mutation(() => Unit)
  @Access(Role.ADMIN)
  updateUnit(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateUnitInput) input: UpdateUnitInput,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AppContext,
  ) {
    return unitService.update(ctx, id, input, version);
  }

  @Mutation(() => ID, { description: 'Deletes a unit that has no sub-units, staff or accounts' })
  @Access(Role.ADMIN)
  deleteUnit(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return unitService.delete(ctx, id);
  }

  @FieldResolver(() => Unit, { nullable: true })
  async parent(@Root() unit: Unit, @Ctx() ctx: AppContext) {
    if (!unit.parent || !(await canSeeUnit(ctx, unit.parent.id))) return null;
    return unit.parent.load();
  }

  @FieldResolver(() => [Person], { description: 'Staff of the unit by staff number, at most `limit` (100)' })
  people(
    @Root() unit: Unit,
    @Arg('limit', () => Int, { defaultValue: 10 }) limit: number,
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return personService.peopleOf(ctx, unit, limit, info);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Head of the unit (负责人)' })
  async head(@Root() unit: Unit) {
    return unit.head ? unit.head.load() : null;
  }
}
