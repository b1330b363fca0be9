import type { EntityManager } from '@mikro-orm/postgresql';
import { today } from '../../app/clock';

const TTL_MS = Number(process.env.PUBLIC_CACHE_SECONDS ?? 60) * 1000;
const MAX_ENTRIES = 500;

/** The version of the disclosed data: it goes up as each transaction that changed it commits, on any instance. */
async function disclosureVersion(em: EntityManager): Promise<string> {
  const [row] = await em.getConnection().execute<{ version: string }[]>('select version::text as version from disclosure_version where id = 1');
  return row?.version ?? '0';
}

/**
 * A short-lived answer cache for the public portal, in one server instance's
 * memory (ServerInstance.publicCache). Keys carry today's date, so a record whose
 * disclosure window ended yesterday is never served from a cached page. Each
 * answer remembers the version of the disclosed data it was loaded at; a request
 * reads the version (one statement) and loads again when it moved, so a repair
 * committed through any instance leaves every instance's portal at once.
 */
export class PublicCache {
  private readonly entries = new Map<string, { expires: number; version: string; value: Promise<unknown> }>();

  async get<T>(em: EntityManager, name: string, args: unknown, load: () => Promise<T>): Promise<T> {
    const key = `${today()}|${name}|${JSON.stringify(args ?? null)}`;
    // Read before loading: a change committed meanwhile leaves an older version on the
    // entry, so the next request loads again rather than keep the older rows.
    const version = await disclosureVersion(em);
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && hit.expires > now && hit.version === version) return hit.value as Promise<T>;
    if (this.entries.size >= MAX_ENTRIES) this.sweep(now);
    const value = load();
    this.entries.set(key, { expires: now + TTL_MS, version, value });
    // A failed load is not remembered.
    value.catch(() => this.entries.delete(key));
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
    if (this.entries.size >= MAX_ENTRIES) {
      let drop = Math.ceil(this.entries.size / 2);
      for (const k of this.entries.keys()) {
        if (drop-- <= 0) break;
        this.entries.delete(k);
      }
    }
  }
}
