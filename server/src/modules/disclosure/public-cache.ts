import { today } from '../../app/clock';

const TTL_MS = Number(process.env.PUBLIC_CACHE_SECONDS ?? 60) * 1000;
const MAX_ENTRIES = 500;

/**
 * A short-lived answer cache for the public portal, in this instance's memory.
 * Keys carry today's date, so a record whose disclosure window ended yesterday
 * is never served from a cached page; a flush that changes disclosed data
 * clears it (disclosure.subscriber.ts). Other instances catch up within the TTL.
 */
export class PublicCache {
  private readonly entries = new Map<string, { expires: number; value: Promise<unknown> }>();

  async get<T>(name: string, args: unknown, load: () => Promise<T>, now = Date.now()): Promise<T> {
    const key = `${today()}|${name}|${JSON.stringify(args ?? null)}`;
    const hit = this.entries.get(key);
    if (hit && hit.expires > now) return hit.value as Promise<T>;
    if (this.entries.size >= MAX_ENTRIES) this.sweep(now);
    const value = load();
    this.entries.set(key, { expires: now + TTL_MS, value });
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

export const publicCache = new PublicCache();
