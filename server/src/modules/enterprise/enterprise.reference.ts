import type { AppContext } from '../../app/context';
import { unauthenticated } from '../../app/errors';
import { creditCodeProblem, normaliseCreditCode } from './credit-code';
import { Enterprise } from './enterprise.entity';

// `_entities` for enterprises, keyed by unified social credit code: other
// bureaus (market regulation, tax) join on it.
export const enterpriseReferenceResolvers = {
  Enterprise: {
    async __resolveReference(ref: { creditCode: string }, ctx: AppContext) {
      if (!ctx.user) throw unauthenticated();
      if (!ref.creditCode || creditCodeProblem(ref.creditCode)) return null;
      return ctx.em.findOne(Enterprise, { creditCode: normaliseCreditCode(ref.creditCode) });
    },
  },
};
