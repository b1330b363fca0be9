import type { AppContext } from '../../app/context';
import { isUuid, unauthenticated } from '../../app/errors';
import { canSeeUnit } from '../../app/scope';
import { Person } from './person.entity';
import { Unit } from './unit.entity';

// Entity references from other subgraphs (`_entities`). References go through
// MikroORM's dataloader, so one `_entities` call costs one query per type.
export const organisationReferenceResolvers = {
  Unit: {
    async __resolveReference(ref: { id?: string; code?: string }, ctx: AppContext) {
      if (!ctx.user) throw unauthenticated();
      if (ref.id && !isUuid(ref.id)) return null;
      const unit = ref.id
        ? await ctx.em.getReference(Unit, ref.id, { wrapped: true }).load()
        : await ctx.em.findOne(Unit, { code: ref.code ?? '' });
      return unit && (await canSeeUnit(ctx, unit.id)) ? unit : null;
    },
  },
  Person: {
    async __resolveReference(ref: { id: string }, ctx: AppContext) {
      if (!ctx.user) throw unauthenticated();
      if (!isUuid(ref.id)) return null;
      const person = await ctx.em.getReference(Person, ref.id, { wrapped: true }).load();
      return person && (await canSeeUnit(ctx, person.unit.id)) ? person : null;
    },
  },
};
