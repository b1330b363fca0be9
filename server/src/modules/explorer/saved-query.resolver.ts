import { Arg, Args, Ctx, ID, Info, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Access } from '../../app/access';
import type { AppContext } from '../../app/context';
import { ListOf } from '../../app/list';
import { Role } from '../../app/roles';
import { SavedQuery } from './saved-query.entity';
import { SaveQueryInput, SavedQueryListArgs } from './saved-query.input';
import { savedQueryService } from './saved-query.service';

/** Who uses the GraphQL explorer (查询台): the roles that may introspect the schema. */
const EXPLORERS = [Role.ADMIN, Role.ANALYST];

@ObjectType()
export class SavedQueryList extends ListOf(SavedQuery) {}

@Resolver(() => SavedQuery)
export class SavedQueryResolver {
  @Query(() => SavedQueryList, { description: 'The caller’s own saved explorer queries, by name' })
  @Access(...EXPLORERS)
  savedQueries(@Args(() => SavedQueryListArgs) args: SavedQueryListArgs, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return savedQueryService.list(ctx, args, info);
  }

  @Query(() => SavedQuery, { description: 'One of the caller’s saved queries' })
  @Access(...EXPLORERS)
  savedQuery(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return savedQueryService.get(ctx, id);
  }

  @Mutation(() => SavedQuery)
  @Access(...EXPLORERS)
  createSavedQuery(@Arg('input', () => SaveQueryInput) input: SaveQueryInput, @Ctx() ctx: AppContext) {
    return savedQueryService.create(ctx, input);
  }

  @Mutation(() => SavedQuery)
  @Access(...EXPLORERS)
  updateSavedQuery(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => SaveQueryInput) input: SaveQueryInput,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AppContext,
  ) {
    return savedQueryService.update(ctx, id, input, version);
  }

  @Mutation(() => ID, { description: 'Deletes one of the caller’s saved queries' })
  @Access(...EXPLORERS)
  deleteSavedQuery(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return savedQueryService.delete(ctx, id);
  }
}
