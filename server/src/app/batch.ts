import weakMemoize from '@emotion/weak-memoize';
import DataLoader from 'dataloader';
import type { EntityClass, EntityDictionary, EntityName, MergeOptions } from '@mikro-orm/core';
import type { GraphQLResolveInfo } from 'graphql';
import type { AppContext } from './context';
import { badInput } from './errors';
import { leanRows } from './lean-rows';

// Loaders live as long as the request's context: what one request loaded is never served to another.
const loadersOf = weakMemoize((_ctx: AppContext) => new Map<string, DataLoader<string, unknown>>());

function requestLoader<V>(ctx: AppContext, name: string, make: () => DataLoader<string, V>): DataLoader<string, V> {
  const loaders = loadersOf(ctx);
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
 * The first `o.limit` children of a parent, for a nested list resolved parent by parent:
 * every parent asked for in the same tick is loaded with one statement
 * (`row_number() over (partition by parent)`), so a nested list of a page costs one
 * statement whatever the page size. With `lean` (the field's resolve info, and the child's
 * field resolvers that read only its id), a selection of plain columns is answered with
 * plain rows of just those columns; anything else with managed entities.
 */
export function firstChildren<T extends object>(
  ctx: AppContext,
  name: string,
  parentId: string,
  entity: EntityClass<T>,
  o: FirstRowsOptions,
  lean?: { info: GraphQLResolveInfo; idOnly?: readonly string[] },
): Promise<T[]> {
  const rows = lean ? leanRows(ctx.em, entity, lean.info, { idOnly: lean.idOnly }) : undefined;
  const loader = requestLoader<T[]>(
    ctx,
    `${name}:${o.limit}:${rows ? rows.key : '*'}`,
    () =>
      new DataLoader<string, T[]>(async (ids) => {
        const groups = new Map<string, T[]>(ids.map((id) => [id, []]));
        const found = await firstRowsPerParent(ctx, [...ids], o, rows?.columns);
        // Hydrated as em.find hydrates rows: rows straight from the database need no validation, and
        // merging each one's relations (em.map's default cascade) cost more than the query itself.
        // (em.map passes these on to em.merge; its declared options name only `schema`.)
        const map = ctx.em.map.bind(ctx.em) as (e: EntityName<T>, row: EntityDictionary<T>, o: MergeOptions) => T;
        for (const dbRow of found) {
          const group = groups.get(dbRow.batch_parent as string);
          if (!group) continue;
          // A lean row reads only its own columns; an entity is built from the row without the batch columns.
          if (rows) group.push(rows.toRow(dbRow));
          else {
            const { batch_parent: _parent, batch_rank: _rank, ...row } = dbRow;
            group.push(map(entity, row as EntityDictionary<T>, { validate: false, cascade: false }));
          }
        }
        return ids.map((id) => groups.get(id)!);
      }),
  );
  return loader.load(parentId);
}

/** The first rows of each parent in the parents' order of appearance, all columns or the given ones, with `batch_parent`. */
async function firstRowsPerParent(ctx: AppContext, parentIds: string[], o: FirstRowsOptions, columns?: string[]): Promise<Record<string, unknown>[]> {
  if (!parentIds.length || o.limit <= 0) return [];
  const select = columns ? columns.map((c) => `t.${c}`).join(', ') : 't.*';
  return ctx.em.getConnection().execute(
    `select * from (
       select ${select}, t.${o.parentColumn} as batch_parent, row_number() over (partition by t.${o.parentColumn} order by ${o.orderBy}) as batch_rank
       from ${o.table} t
       where t.${o.parentColumn} in (${placeholders(parentIds.length)})${o.where ? ` and (${o.where})` : ''}
     ) ranked where batch_rank <= ? order by batch_rank`,
    [...parentIds, ...(o.params ?? []), o.limit],
    'all',
    ctx.em.getTransactionContext(),
  );
}

/** Nested lists take a `limit` like the root lists do: at most 100 a parent. */
export function nestedLimit(limit: number): number {
  if (!Number.isInteger(limit) || limit < 0 || limit > 100) throw badInput('limit', 'limit must be between 0 and 100');
  return limit;
}
