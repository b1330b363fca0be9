import { today } from '../../app/clock';
import { VersionedCache } from '../../app/versioned-cache';

const TTL_MS = Number(process.env.PUBLIC_CACHE_SECONDS ?? 60) * 1000;

/**
 * The public portal's answer cache, in one server instance's memory (ServerInstance.publicCache).
 * Keys carry today's date, so a record whose disclosure window ended yesterday is never served
 * from a cached page; a change committed through any instance moves the data version and leaves
 * every instance's portal at once.
 */
export function createPublicCache(): VersionedCache {
  return new VersionedCache({ ttlMs: TTL_MS, maxEntries: 500, scope: today });
}
