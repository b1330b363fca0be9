// Kept apart from errors.ts so that the logger can name the cause too (errors.ts imports the logger).

const CONNECTION_CODES = new Set(['57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006', '53300', '53400']);
const LOST_CONNECTION = /Connection terminated|Connection ended unexpectedly|Transaction query already complete|connection is closed|ECONNREFUSED|ECONNRESET|EPIPE|Client has encountered a connection error|Timeout acquiring a connection|timeout exceeded when trying to connect|terminating connection/i;

/** Why the database could not serve the request (a reason for SERVICE_UNAVAILABLE), or undefined. */
export function databaseUnavailable(error: unknown): string | undefined {
  for (let e = error as { code?: string; message?: string; name?: string; cause?: unknown } | undefined, depth = 0; e && depth < 4; depth++) {
    if (e.code === '57014') return 'STATEMENT_TIMEOUT';
    if (e.code === '25P03') return 'TRANSACTION_TIMEOUT';
    if (e.name === 'KnexTimeoutError' || /Timeout acquiring a connection/.test(e.message ?? '')) return 'POOL_EXHAUSTED';
    if ((e.code && CONNECTION_CODES.has(e.code)) || e.name === 'ConnectionException' || LOST_CONNECTION.test(e.message ?? '')) {
      return 'DATABASE_UNAVAILABLE';
    }
    e = (e.cause ?? (e as { previous?: unknown }).previous) as typeof e;
  }
  return undefined;
}
