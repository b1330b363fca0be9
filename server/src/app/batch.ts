import DataLoader from 'dataloader';
import type { EntityDictionary, EntityName, MergeOptions } from '@mikro-orm/core';
import type { AppContext } from './context';
import { badInput } from './errors';

// Loaders live as long as the request's context: what one request loaded is never served to another.
const perRequest = new WeakMap<AppContext, Map<string, DataLoader<string, unknown>>>();

function requestLoader<V>(ctx: AppContext, name: string, make: () => DataLoader<string, V>): DataLoader<string, V> {
  let loaders = perRequest.get(ctx);
  if (!loaders) perRequest.set(ctx, (loaders = new Map()));
  let loader = loaders.get(name) as DataLoader<string, V> | undefined;
  if (!loader) {
    loader = make();
    loaders.set(name, loader as DataLoader<string, unknown>);
  }
  return loader;
}

/**
 * The children of a parent, for a field resolved row by row: every parent asked
 * for in the same tick is loaded with one `fetch` (one statement), grouped by
 * `parentOf`, each group keeping `fetch`'s order. `name` tells loaders apart
 * and includes any argument that changes the result (e.g. a limit).
 */
export function loadChildren<V>(
  ctx: AppContext,
  name: string,
  parentId: string,
  fetch: (parentIds: string[]) => Promise<V[]>,
  parentOf: (child: V) => string,
): Promise<V[]> {
  const loader = requestLoader<V[]>(
    ctx,
    name,
    () =>
      new DataLoader<string, V[]>(async (ids) => {
        const groups = new Map<string, V[]>(ids.map((id) => [id, []]));
        for (const child of await fetch([...ids])) groups.get(parentOf(child))?.push(child);
        return ids.map((id) => groups.get(id)!);
      }),
  );
  return loader.load(parentId);
}

/** `?, ?, ?` for a raw `in (…)` list of n values. */
export const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

export interface FirstRowsOptions {
  /** The child table and the column naming its parent. */
  table: string;
  parentColumn: string;
  /** Order within each parent, in SQL over the table's columns (alias `t`), ending in a unique column. */
  orderBy: string;
  limit: number;
  /** Further conditions on `t` (data scope) and their parameters. */
  where?: string;
  params?: unknown[];
}

/**
 * The first `limit` children of each of many parents, in one statement
 * (`row_number() over (partition by parent)`), as managed entities in the
 * parents' order of appearance; with `loadChildren` a nested list of a page
 * costs one statement whatever the page size.
 */
export async function firstRowsPerParent<T extends object>(
  ctx: AppContext,
  entity: EntityName<T>,
  parentIds: string[],
  o: FirstRowsOptions,
): Promise<T[]> {
  if (!parentIds.length || o.limit <= 0) return [];
  const rows: Record<string, unknown>[] = await ctx.em.getConnection().execute(
    `select * from (
       select t.*, row_number() over (partition by t.${o.parentColumn} order by ${o.orderBy}) as batch_rank
       from ${o.table} t
       where t.${o.parentColumn} in (${placeholders(parentIds.length)})${o.where ? ` and (${o.where})` : ''}
     ) ranked where batch_rank <= ? order by batch_rank`,
    [...parentIds, ...(o.params ?? []), o.limit],
    'all',
    ctx.em.getTransactionContext(),
  );
  // Hydrated as em.find hydrates rows: rows straight from the database need no validation, and
  // merging each one's relations (em.map's default cascade) cost more than the query itself.
  // (em.map passes these on to em.merge; its declared options name only `schema`.)
  const map = ctx.em.map.bind(ctx.em) as (e: EntityName<T>, row: EntityDictionary<T>, o: MergeOptions) => T;
  return rows.map(({ batch_rank: _rank, ...row }) => map(entity, row as EntityDictionary<T>, { validate: false, cascade: false }));
}

/** Nested lists take a `limit` like the root lists do: at most 100 a parent. */
export function nestedLimit(limit: number): number {
  if (!Number.isInteger(limit) || limit < 0 || limit > 100) throw badInput('limit', 'limit must be between 0 and 100');
  return limit;
}
