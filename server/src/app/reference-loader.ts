import weakMemoize from '@emotion/weak-memoize';
import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import type { AppContext } from './context';
import { unauthenticated } from './errors';
import { visibleUnitIds } from './scope';

interface Waiter<T> {
  resolve(value: T | null): void;
  reject(error: unknown): void;
}

interface Batch<T> {
  waiters: Map<string, Waiter<T>[]>;
}

interface ReferenceOptions<T> {
  /** Key fields of the entity (as in its `@key`) and how a value sent for each is normalised; null names no record. */
  keys: Record<string, (value: string) => string | null>;
  /** The unit whose data a row is, for data scope; absent for data every signed-in caller may read. */
  scopeUnit?: (row: T) => string | undefined;
}

// One pending batch per request, entity and key field.
const pendingOf = weakMemoize((_ctx: AppContext) => new Map<string, Batch<object>>());

/**
 * `__resolveReference` for a federated entity. The router's `_entities` call
 * resolves every representation on its own but in the same tick; they are
 * collected and loaded with one `where key in (…)` statement per entity and key
 * field, then filtered by the caller's data scope, as ordinary queries are.
 * Unknown or out-of-scope keys resolve to null alike.
 */
export function batchedReference<T extends object>(entity: EntityClass<T>, options: ReferenceOptions<T>) {
  return {
    async __resolveReference(ref: Record<string, unknown>, ctx: AppContext): Promise<T | null> {
      // The entities' own queries (unit, person, enterpriseByCreditCode, dishonestyRecord) need a signed-in caller.
      if (!ctx.user) throw unauthenticated();
      for (const [field, normalise] of Object.entries(options.keys)) {
        const raw = ref[field];
        if (typeof raw !== 'string') continue;
        const value = normalise(raw);
        return value === null ? null : load(ctx, entity, field, value, options);
      }
      return null;
    },
  };
}

function load<T extends object>(
  ctx: AppContext,
  entity: EntityClass<T>,
  field: string,
  value: string,
  options: ReferenceOptions<T>,
): Promise<T | null> {
  const batches = pendingOf(ctx);
  const name = `${entity.name}.${field}`;
  let batch = batches.get(name) as Batch<T> | undefined;
  if (!batch) {
    const fresh: Batch<T> = { waiters: new Map() };
    batches.set(name, fresh as unknown as Batch<object>);
    batch = fresh;
    // After every representation of this tick has asked.
    setImmediate(() => {
      batches.delete(name);
      void run(ctx, entity, field, fresh, options);
    });
  }
  return new Promise<T | null>((resolve, reject) => {
    const list = batch.waiters.get(value) ?? [];
    list.push({ resolve, reject });
    batch.waiters.set(value, list);
  });
}

async function run<T extends object>(
  ctx: AppContext,
  entity: EntityClass<T>,
  field: string,
  batch: Batch<T>,
  options: ReferenceOptions<T>,
): Promise<void> {
  try {
    const rows = await ctx.em.find(entity, { [field]: { $in: [...batch.waiters.keys()] } } as FilterQuery<T>);
    const visible = options.scopeUnit ? await visibleUnitIds(ctx) : null;
    const byKey = new Map<string, T>();
    for (const row of rows) {
      const unitId = options.scopeUnit?.(row);
      if (visible === null || (unitId !== undefined && visible.has(unitId))) {
        byKey.set(String((row as Record<string, unknown>)[field]), row);
      }
    }
    for (const [key, waiters] of batch.waiters) for (const w of waiters) w.resolve(byKey.get(key) ?? null);
  } catch (e) {
    for (const waiters of batch.waiters.values()) for (const w of waiters) w.reject(e);
  }
}
