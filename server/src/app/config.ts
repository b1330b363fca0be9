import path from 'node:path';

// server/src/app and server/dist/app are both three levels below the repository root.
export const repoRoot = path.resolve(__dirname, '../../..');

export interface AppConfig {
  port: number;
  databaseUrl?: string;
  dataDir: string;
  production: boolean;
  demoPassword: string;
  seedDemo: boolean;
  sessionTtlHours: number;
  logSql: boolean;
  /** Minutes between runs of the deadline jobs; 0 turns the schedule off. */
  jobIntervalMinutes: number;
  /** Secret the router sends in x-router-secret; when set, nothing else reaches the GraphQL route. */
  routerSecret?: string;
  /** Key of the HMAC over the end-user identity the router forwards. */
  routerIdentityKey?: string;
  /** Bearer token that `GET /metrics` requires; open when unset. */
  metricsToken?: string;
  /** Milliseconds of lame duck after SIGTERM: requests already sent are still read and answered. */
  drainMs: number;
}

// The demo password satisfies the password policy (10+ characters, three character classes).
export const DEFAULT_DEMO_PASSWORD = 'Chengxin@2026';

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  return {
    port: Number(env.PORT ?? 4000),
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(repoRoot, env.DATA_DIR ?? '.data'),
    production: env.NODE_ENV === 'production',
    demoPassword: env.DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD,
    seedDemo: env.SEED_DEMO !== 'false',
    sessionTtlHours: Number(env.SESSION_TTL_HOURS ?? 12),
    logSql: env.LOG_SQL === 'true',
    jobIntervalMinutes: Number(env.JOB_INTERVAL_MINUTES ?? 60),
    routerSecret: env.ROUTER_SECRET || undefined,
    routerIdentityKey: env.ROUTER_IDENTITY_KEY || undefined,
    metricsToken: env.METRICS_TOKEN || undefined,
    drainMs: Number(env.SHUTDOWN_DRAIN_MS ?? 1000),
  };
}
