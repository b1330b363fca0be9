import { AsyncLocalStorage } from 'node:async_hooks';

/** What every change made during one request is attributed to in the audit trail, and what its log line says. */
export interface RequestMeta {
  requestId: string;
  actorId?: string;
  actorName?: string;
  /** The GraphQL command (mutation field) being executed, e.g. `updateUnit`. */
  command?: string;
  /** The GraphQL operation's name and type, and the error codes of its answer (for the request log line). */
  operation?: string;
  operationType?: string;
  errorCodes?: string[];
}

export const requestMeta = new AsyncLocalStorage<RequestMeta>();

export function currentRequestMeta(): RequestMeta | undefined {
  return requestMeta.getStore();
}
