import type { AuthChecker } from 'type-graphql';
import type { AppContext } from './context';
import type { Role } from './roles';
import { forbidden, unauthenticated } from './errors';

/** Role check for @Access rules: no user → UNAUTHENTICATED, wrong role → FORBIDDEN. */
export const authChecker: AuthChecker<AppContext, Role> = ({ context }, roles) => {
  const user = context.user;
  if (!user) throw unauthenticated();
  if (roles.length === 0 || roles.some((r) => user.roles.includes(r))) return true;
  throw forbidden('Your role may not do this', 'ROLE_NOT_ALLOWED');
};
