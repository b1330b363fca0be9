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
  process.stderr.write(
    `${JSON.stringify({ time: new Date().toISOString(), level, message, ...(requestId ? { requestId } : {}), ...meta })}\n`,
  );
}

export const logger = {
  debug: (message: string, meta?: Record<string, unknown>) => write('debug', message, meta),
  info: (message: string, meta?: Record<string, unknown>) => write('info', message, meta),
  warn: (message: string, meta?: Record<string, unknown>) => write('warn', message, meta),
  error: (message: string, meta?: Record<string, unknown>) => write('error', message, meta),
  /** Whether a line of this level would be written (skip building costly metadata otherwise). */
  enabled: (level: LogLevel) => LEVELS[level] >= threshold(),
};
