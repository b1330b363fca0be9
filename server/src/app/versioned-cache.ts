import weakMemoize from '@emotion/weak-memoize';
import type { EntityManager } from '@mikro-orm/postgresql';
import stableStringify from 'fast-json-stable-stringify';

/**
 * The version of the data behind the disclosed tables (dishonesty_record, unit, credit_policy,
 * evaluation_run): triggers set it, at the commit of each transaction that changed one of them
 * (or as a truncate runs), to that transaction's id, which the cluster never hands out twice, so a
 * version once left never comes back (not after a database is dropped and made again, either).
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
  private readonly entries = new Map<string, { expires: number; version: string; value: Promise<unknown> }>();

  constructor(private readonly options: VersionedCacheOptions) {}

  async get<T>(em: EntityManager, name: string, args: unknown, load: () => Promise<T>): Promise<T> {
    // Each embedded database is a cluster of its own, whose transaction ids may meet another's.
    const key = `${databaseOf(em.getConnection())}|${this.options.scope?.() ?? ''}|${name}|${stableStringify(args ?? null)}`;
    // Read before loading: a change committed meanwhile leaves an older version on the
    // entry, so the next request loads again rather than keep the older answer.
    const version = await dataVersion(em);
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && hit.expires > now && hit.version === version) return hit.value as Promise<T>;
    if (this.entries.size >= this.options.maxEntries) this.sweep(now);
    const value = load();
    this.entries.set(key, { expires: now + this.options.ttlMs, version, value });
    // A failed load is not remembered (unless a newer load took its place meanwhile).
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    return value;
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }

  private sweep(now: number) {
    for (const [k, v] of this.entries) if (v.expires <= now) this.entries.delete(k);
    // Still full: drop the oldest half (a Map iterates in insertion order).
    if (this.entries.size >= this.options.maxEntries) {
      let drop = Math.ceil(this.entries.size / 2);
      for (const k of this.entries.keys()) {
        if (drop-- <= 0) break;
        this.entries.delete(k);
      }
    }
  }
}
