import type { EntityManager } from '@mikro-orm/postgresql';
import type { ServerInstance } from './instance';
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
  /** The HTTP response, for a plugin that must drop a header set before GraphQL ran (a cacheable public answer). */
  httpResponse?: { removeHeader(name: string): void };
  /** Units this user may see; computed once per request (undefined = not yet, null = all). */
  visibleUnits?: Set<string> | null;
  /**
   * Set by a bulk import, which looks every unique value of its file up in one
   * statement: whether a value (key 'Entity.field') is already on file, so a
   * create's uniqueness check needs no statement per row.
   */
  taken?: (key: string, value: string) => boolean | undefined;
  /** The server instance answering (its name and what it keeps in memory); see instanceOf. */
  instance?: ServerInstance;
}
