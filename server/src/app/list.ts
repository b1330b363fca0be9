import { ArgsType, Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Max, Min } from 'class-validator';
import type { ClassType } from 'type-graphql';
import weakMemoize from '@emotion/weak-memoize';
import { Kind, type FieldNode, type GraphQLResolveInfo } from 'graphql';
import { RawQueryFragment, type EntityClass, type FilterQuery, type FindOptions, type Loaded, type QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { countRows } from './counts';
import { leanRows, type LeanOptions } from './lean-rows';

export enum SortOrder {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortOrder, { name: 'SortOrder' });

export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 0 })
  @Min(0)
  offset: number = 0;

  /** At most 100 rows a page. */
  @Field(() => Int, { defaultValue: 25 })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit: number = 25;
}

export interface ListResult<T> {
  items: T[];
  total: number;
}

/** `{ items, total }` for a react-admin list page. */
export function ListOf<T extends object>(item: ClassType<T>) {
  @ObjectType()
  abstract class List implements ListResult<T> {
    @Field(() => [item])
    items!: T[];

    @Field(() => Int, { description: 'Rows matching the filter, ignoring offset and limit' })
    total!: number;
  }
  return List;
}

/**
 * A page as a service hands it to the GraphQL layer: `total` is left out when the client did not ask it
 * (see asksTotal), so nothing can read a count that was never taken.
 */
export interface Page<T> {
  items: T[];
  total?: number;
}

// Documents are parsed once and cached, so a field's node stands for its selection in every request.
// Undefined: a fragment or inline fragment is selected, which may ask anything.
const selectedNames = weakMemoize((node: FieldNode): Set<string> | undefined => {
  const names = new Set<string>();
  for (const s of node.selectionSet?.selections ?? []) {
    if (s.kind !== Kind.FIELD) return undefined;
    names.add(s.name.value);
  }
  return names;
});

/**
 * Whether the client asks any of `fields` of the list being resolved.
 * Undefined info (a caller inside the server) and anything but plain field selections count as asked.
 */
export function asksAny(info: GraphQLResolveInfo | undefined, ...fields: string[]): boolean {
  if (!info || info.fieldNodes.length !== 1) return true;
  const names = selectedNames(info.fieldNodes[0]!);
  return !names || fields.some((f) => names.has(f));
}

/** Whether the client asks a list's `total`: without it the count statement is not needed. */
export function asksTotal(info: GraphQLResolveInfo | undefined): boolean {
  return asksAny(info, 'total');
}

/**
 * One page of a root list: the rows alone when the client does not ask the total (a page of the
 * console asks it; a nested tree or an export walking pages need not), rows and count otherwise.
 * With `lean` (see leanRows), a page whose items ask only plain columns, and references in
 * `lean.references` or lists in `lean.idOnly`, is answered with plain rows of just those columns.
 */
export async function findPage<T extends object, P extends string = never>(
  em: EntityManager,
  entity: EntityClass<T>,
  where: FilterQuery<T>,
  // What both the rows and the count honour; anything else (populate, filters) would reach only one.
  options: Pick<FindOptions<T, P>, 'orderBy' | 'offset' | 'limit'>,
  info: GraphQLResolveInfo | undefined,
  lean?: LeanOptions,
): Promise<Page<Loaded<T, P>>> {
  const rows = lean && info ? leanRows(em, entity, info, lean, 'items') : undefined;
  const items = (): Promise<Loaded<T, P>[]> =>
    rows
      ? em
          .createQueryBuilder(entity)
          .select(rows.properties)
          .where(where)
          .orderBy(options.orderBy as QueryOrderMap<T>[])
          .offset(options.offset)
          .limit(options.limit)
          .execute<Record<string, unknown>[]>('all', false)
          .then((found) => found.map(rows.toRow) as Loaded<T, P>[])
      : em.find(entity, where, options);
  if (!asksTotal(info)) return { items: await items() };
  // As the ORM's findAndCount: a raw fragment of the filter stays usable by both statements.
  const [found, total] = await RawQueryFragment.run(() => Promise.all([items(), countRows(em, entity, where)]));
  return { items: found, total };
}

/** Escapes LIKE wildcards in user text so `%` and `_` match themselves. */
export function likePattern(text: string): string {
  return `%${text.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The `{ field, order }` sort input of a list, named after the list (e.g. UnitSort). */
export function SortInput<F extends string>(name: string, fields: Record<string, F>, defaultOrder: SortOrder = SortOrder.ASC) {
  @InputType(name)
  class Sort {
    @Field(() => fields)
    field!: F;

    @Field(() => SortOrder, { defaultValue: defaultOrder })
    order: SortOrder = defaultOrder;
  }
  return Sort;
}
