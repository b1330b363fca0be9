import { batchedReference } from '../../app/reference-loader';
import { creditCodeProblem, normaliseCreditCode } from './credit-code';
import { Enterprise } from './enterprise.entity';

// `_entities` for enterprises, keyed by unified social credit code: other
// bureaus (market regulation, tax) join on it. Every signed-in caller may read enterprises.
export const enterpriseReferenceResolvers = {
  Enterprise: batchedReference(Enterprise, {
    keys: { creditCode: (code) => (creditCodeProblem(code) ? null : normaliseCreditCode(code)) },
  }),
};
