import { NotFoundError } from '@mikro-orm/core';
import type { AppContext } from '../../app/context';
import { isUuid, unauthenticated } from '../../app/errors';
import { canSeeUnit } from '../../app/scope';
import { DishonestyRecord } from './dishonesty-record.entity';

// `_entities` for dishonesty records: one batched query per call, scoped like every read.
export const creditReferenceResolvers = {
  DishonestyRecord: {
    async __resolveReference(ref: { id: string }, ctx: AppContext) {
      if (!ctx.user) throw unauthenticated();
      if (!isUuid(ref.id)) return null;
      const record = await ctx.em
        .getReference(DishonestyRecord, ref.id, { wrapped: true })
        .load()
        .catch((e: unknown) => {
          if (e instanceof NotFoundError) return null;
          throw e;
        });
      if (!record?.scopeUnit) return null;
      return (await canSeeUnit(ctx, record.scopeUnit.id)) ? record : null;
    },
  },
};
