import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Access, SIGNED_IN } from '../../app/access';
import type { AppContext } from '../../app/context';
import { ListOf } from '../../app/list';
import { Role } from '../../app/roles';
import { Person } from './person.entity';
import { CreatePersonInput, PersonListArgs, UpdatePersonInput } from './person.input';
import { personService } from './person.service';
import { Unit } from './unit.entity';

@ObjectType()
export class PersonList extends ListOf(Person) {}

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => PersonList, { description: 'Staff the caller may see (a unit reporter: its own unit)' })
  @Access(SIGNED_IN)
  people(@Args(() => PersonListArgs) args: PersonListArgs, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return personService.list(ctx, args, info);
  }

  @Query(() => Person)
  @Access(SIGNED_IN)
  person(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return personService.get(ctx, id);
  }

  @Query(() => Person, { nullable: true, description: 'Matches a national ID number to a person, without revealing it' })
  @Access(Role.ADMIN, Role.PERSONNEL, Role.DISCIPLINE)
  personByNationalId(@Arg('nationalId', () => String) nationalId: string, @Ctx() ctx: AppContext) {
    return personService.findByNationalId(ctx, nationalId);
  }

  @Mutation(() => Person)
  @Access(Role.ADMIN, Role.PERSONNEL, Role.UNIT_REPORTER)
  createPerson(@Arg('input', () => CreatePersonInput) input: CreatePersonInput, @Ctx() ctx: AppContext) {
    return personService.create(ctx, input);
  }

  @Mutation(() => Person)
  @Access(Role.ADMIN, Role.PERSONNEL, Role.UNIT_REPORTER)
  updatePerson(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdatePersonInput) input: UpdatePersonInput,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AppContext,
  ) {
    return personService.update(ctx, id, input, version);
  }

  @Mutation(() => ID, { description: 'Deletes a person entered by mistake; people who left get a status instead' })
  @Access(Role.ADMIN, Role.PERSONNEL)
  deletePerson(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return personService.delete(ctx, id);
  }

  @FieldResolver(() => Unit)
  unit(@Root() person: Person) {
    return person.unit.load();
  }

  @FieldResolver(() => Boolean, { description: 'Whether a national ID number is on file (the number is never shown)' })
  hasNationalId(@Root() person: Person) {
    return !!person.nationalIdHash;
  }
}
