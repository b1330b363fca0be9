import weakMemoize from '@emotion/weak-memoize';
import type { EntityManager } from '@mikro-orm/postgresql';
import stableStringify from 'fast-json-stable-stringify';
import { LRUCache } from 'lru-cache';

/** The tables whose changes move the data version (the disclosure triggers of the migrations). */
export const VERSIONED_TABLES: ReadonlySet<string> = new Set(['dishonesty_record', 'unit', 'credit_policy', 'evaluation_run']);

/**
 * The version of the data behind the VERSIONED_TABLES: triggers set it, at the commit of each
 * transaction that changed one of them (or as a truncate runs), to that transaction's id, which the
 * cluster never hands out twice, so a version once left never comes back (not after a database is
 * dropped and made again, either).
 */
export async function dataVersion(em: EntityManager): Promise<string> {
  const [row] = await em.getConnection().execute<{ version: string }[]>('select version::text as version from disclosure_version where id = 1');
  return row?.version ?? '0';
}

let databases = 0;
/** A number for each database (each ORM connection) of the process: two never share entries. */
const databaseOf = weakMemoize((_connection: object) => ++databases);

export interface VersionedCacheOptions {
  /** How long an answer may be served at most, even while the version stands. */
  ttlMs: number;
  maxEntries: number;
  /** A part of every key that changes on its own (e.g. today's date). */
  scope?: () => string;
}

/**
 * Answers computed from the disclosed tables, kept in one server instance's memory. Each answer
 * remembers the data version it was loaded at; a request reads the version (one small statement)
 * and loads again when it moved, so a change committed through any instance is seen at once.
 */
export class VersionedCache {
  // Least recently used entries go first when it is full; an entry past its TTL is never served.
  private readonly entries: LRUCache<string, { version: string; value: Promise<unknown> }>;

  constructor(private readonly options: VersionedCacheOptions) {
    this.entries = new LRUCache({ max: options.maxEntries, ttl: Math.max(options.ttlMs, 1) });
  }

  async get<T>(em: EntityManager, name: string, args: unknown, load: () => Promise<T>): Promise<T> {
    // A TTL of 0 keeps nothing.
    if (this.options.ttlMs <= 0) return load();
    // Each embedded database is a cluster of its own, whose transaction ids may meet another's.
    const key = `${databaseOf(em.getConnection())}|${this.options.scope?.() ?? ''}|${name}|${stableStringify(args ?? null)}`;
    // Read before loading: a change committed meanwhile leaves an older version on the
    // entry, so the next request loads again rather than keep the older answer.
    const version = await dataVersion(em);
    const hit = this.entries.get(key);
    if (hit && hit.version === version) return hit.value as Promise<T>;
    const value = load();
    this.entries.set(key, { version, value });
    // A failed load is not remembered (unless a newer load took its place meanwhile).
    value.catch(() => {
      if (this.entries.peek(key)?.value === value) this.entries.delete(key);
    });
    return value;
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
