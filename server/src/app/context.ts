import type { EntityManager } from '@mikro-orm/postgresql';
import type { Role } from './roles';

export interface AuthUser {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  /** The unit a UNIT_REPORTER reports for. */
  unitId?: string;
  /** The sign-in session; empty when the identity was forwarded by the router. */
  sessionId?: string;
}

export interface AppContext {
  em: EntityManager;
  user?: AuthUser;
  requestId: string;
  /** The client's address, for rate limits only: held in memory, never stored or logged. */
  clientIp?: string;
  /** The request came through the federation router (it passed the router-secret gate). */
  viaRouter?: boolean;
  /** Units this user may see; computed once per request (undefined = not yet, null = all). */
  visibleUnits?: Set<string> | null;
}
