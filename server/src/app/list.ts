import { ArgsType, Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Max, Min } from 'class-validator';
import type { ClassType } from 'type-graphql';
import weakMemoize from '@emotion/weak-memoize';
import { Kind, type FieldNode, type GraphQLResolveInfo } from 'graphql';

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

// Documents are parsed once and cached, so a field's node stands for its selection in every request.
const selectsTotal = weakMemoize((node: FieldNode) => (node.selectionSet?.selections ?? []).some((s) => s.kind !== Kind.FIELD || s.name.value === 'total'));

/**
 * Whether the client asks a list's `total`: without it the count statement is not needed.
 * Undefined info (a caller inside the server) and anything but plain field selections count as asked.
 */
export function asksTotal(info: GraphQLResolveInfo | undefined): boolean {
  return !info || info.fieldNodes.length !== 1 || selectsTotal(info.fieldNodes[0]!);
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
