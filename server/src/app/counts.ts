import { ReferenceKind, Utils, type EntityMetadata, type EntityName, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { VERSIONED_TABLES, VersionedCache } from './versioned-cache';

/** The process's counts (its entries are per database). */
const counts = new VersionedCache({ ttlMs: 10 * 60_000, maxEntries: 1000 });

function isPrimitive(value: unknown): boolean {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value) || value instanceof Date;
}

/** A value, or an operator object (`$in`, `$gte`, …) of values and lists of values. */
function isPlainCondition(value: unknown): boolean {
  if (isPrimitive(value)) return true;
  if (typeof value !== 'object' || Array.isArray(value)) return false;
  return Object.entries(value as object).every(([op, v]) => op.startsWith('$') && (isPrimitive(v) || (Array.isArray(v) && v.every(isPrimitive))));
}

/** Whether a filter reads the entity's own row only: its columns and the ids it refers to, no other table. */
function ownRowOnly(meta: EntityMetadata, where: unknown): boolean {
  if (!where || typeof where !== 'object' || Array.isArray(where)) return false;
  return Object.entries(where).every(([key, value]) => {
    if (key === '$and' || key === '$or') return Array.isArray(value) && value.every((w) => ownRowOnly(meta, w));
    if (key === '$not') return ownRowOnly(meta, value);
    const prop = meta.properties[key as keyof typeof meta.properties];
    if (!prop || prop.persist === false || prop.formula || !isPlainCondition(value)) return false;
    return prop.kind === ReferenceKind.SCALAR || prop.kind === ReferenceKind.MANY_TO_ONE;
  });
}

/**
 * How many rows match a filter. Counting a large table (100,000 records) costs the database far
 * more than the page it goes with, and a list asks the same total page after page; so a count of
 * a versioned table, by a filter of its own row only, is kept per filter and data version and
 * counted again once the version moved. Inside a transaction (whose own writes move the version
 * only at commit) and for any other table or filter it is counted each time.
 */
export function countRows<T extends object>(em: EntityManager, entity: EntityName<T>, where: FilterQuery<T>): Promise<number> {
  const meta = em.getMetadata().get(Utils.className(entity)) as EntityMetadata;
  if (em.isInTransaction() || !VERSIONED_TABLES.has(meta.tableName) || !ownRowOnly(meta, where)) return em.count(entity, where);
  return counts.get(em, meta.className, where, () => em.count(entity, where));
}
