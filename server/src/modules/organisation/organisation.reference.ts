import { NotFoundError, wrap } from '@mikro-orm/core';
import type { AppContext } from '../../app/context';
import { isUuid, unauthenticated } from '../../app/errors';
import { canSeeUnit } from '../../app/scope';
import { Person } from './person.entity';
import { Unit } from './unit.entity';

// Entity references from other subgraphs (`_entities`). References go through
// MikroORM's dataloader, so one `_entities` call costs one query per type.

/** Loads by id through the batching dataloader; an unknown id resolves to null. */
function loadById<T extends object>(ctx: AppContext, entity: new () => T, id: string): Promise<T | null> {
  return ctx.em
    .getReference(entity, id as never, { wrapped: true })
    .load()
    // A missing row leaves the reference uninitialised rather than failing.
    .then((e) => (e && wrap(e).isInitialized() ? e : null))
    .catch((e: unknown) => {
      if (e instanceof NotFoundError) return null;
      throw e;
    });
}
export const organisationReferenceResolvers = {
  Unit: {
    async __resolveReference(ref: { id?: string; code?: string }, ctx: AppContext) {
      if (!ctx.user) throw unauthenticated();
      if (ref.id && !isUuid(ref.id)) return null;
      const unit = ref.id
        ? await loadById(ctx, Unit, ref.id)
        : await ctx.em.findOne(Unit, { code: ref.code ?? '' });
      return unit && (await canSeeUnit(ctx, unit.id)) ? unit : null;
    },
  },
  Person: {
    async __resolveReference(ref: { id: string }, ctx: AppContext) {
      if (!ctx.user) throw unauthenticated();
      if (!isUuid(ref.id)) return null;
      const person = await loadById(ctx, Person, ref.id);
      return person && (await canSeeUnit(ctx, person.unit.id)) ? person : null;
    },
  },
};
