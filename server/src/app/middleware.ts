import type { MiddlewareFn } from 'type-graphql';
import type { AppContext } from './context';
import { currentRequestMeta } from './request-context';

/** Names the mutation being executed so its audit events say which command made them. */
export const attributeCommand: MiddlewareFn<AppContext> = ({ info }, next) => {
  if (info.parentType.name === 'Mutation' && info.path.prev === undefined) {
    const meta = currentRequestMeta();
    if (meta) meta.command = info.fieldName;
  }
  return next();
};
