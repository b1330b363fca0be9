import { AsyncLocalStorage } from 'node:async_hooks';

/** What every change made during one request is attributed to in the audit trail. */
export interface RequestMeta {
  requestId: string;
  actorId?: string;
  actorName?: string;
  /** The GraphQL command (mutation field) being executed, e.g. `updateUnit`. */
  command?: string;
}

export const requestMeta = new AsyncLocalStorage<RequestMeta>();

export function currentRequestMeta(): RequestMeta | undefined {
  return requestMeta.getStore();
}
