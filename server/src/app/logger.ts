import { databaseUnavailable } from './database-unavailable';
import { currentRequestMeta } from './request-context';

/** LOG_LEVEL: debug, info (default), warn, error or silent. */
const LEVELS = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 } as const;
export type LogLevel = Exclude<keyof typeof LEVELS, 'silent'>;

function threshold(): number {
  const name = (process.env.LOG_LEVEL ?? 'info').toLowerCase();
  return name in LEVELS ? LEVELS[name as keyof typeof LEVELS] : LEVELS.info;
}

/**
 * One JSON object per line on stderr; never personal data or tokens. Lines
 * written while a request runs carry its request id.
 */
function write(level: LogLevel, message: string, meta?: Record<string, unknown>) {
  // Read on every line so an operator (or a test) can change it at run time.
  if (LEVELS[level] < threshold()) return;
  const requestId = currentRequestMeta()?.requestId;
  // The line's own fields come last: metadata cannot overwrite what the line says.
  process.stderr.write(`${JSON.stringify({ ...meta, time: new Date().toISOString(), level, message, ...(requestId ? { requestId } : {}) })}\n`);
}

/**
 * What a log line may say of an error. A database error's message and stack quote the
 * statement with its values (names, ID numbers), so only its class, SQLSTATE code and
 * constraint are kept; other errors keep their message and stack frames.
 */
export function errorFields(e: unknown): Record<string, unknown> {
  const unavailable = databaseUnavailable(e);
  const fields = describeError(e);
  // The database being out of reach (down, timed out, pool exhausted) is named, whatever the error's class.
  return unavailable ? { ...fields, unavailable } : fields;
}

function describeError(e: unknown): Record<string, unknown> {
  const error = (e ?? {}) as { name?: string; code?: unknown; sqlState?: unknown; constraint?: unknown; message?: unknown; stack?: unknown };
  const sqlState = typeof error.sqlState === 'string' ? error.sqlState : typeof error.code === 'string' && /^[0-9A-Z]{5}$/.test(error.code) ? error.code : undefined;
  if (sqlState || /Exception$/.test(error.name ?? '') || /\b(insert into|update|delete from|select)\b.*\b(from|set|values|where)\b/is.test(String(error.message ?? ''))) {
    return { error: error.name ?? 'Error', ...(sqlState ? { code: sqlState } : {}), ...(typeof error.constraint === 'string' ? { constraint: error.constraint } : {}) };
  }
  if (!(e instanceof Error)) return { error: typeof e, detail: String(e) };
  return {
    error: e.name,
    detail: e.message,
    ...(typeof e.stack === 'string' ? { stack: e.stack.split('\n').slice(1).join('\n') } : {}),
    ...(typeof error.code === 'string' ? { code: error.code } : {}),
  };
}

export const logger = {
  debug: (message: string, meta?: Record<string, unknown>) => write('debug', message, meta),
  info: (message: string, meta?: Record<string, unknown>) => write('info', message, meta),
  warn: (message: string, meta?: Record<string, unknown>) => write('warn', message, meta),
  error: (message: string, meta?: Record<string, unknown>) => write('error', message, meta),
  /** Whether a line of this level would be written (skip building costly metadata otherwise). */
  enabled: (level: LogLevel) => LEVELS[level] >= threshold(),
};
