import crypto from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/core';
import { Kind } from 'graphql';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { AppContext } from './context';
import { logger } from './logger';
import { currentRequestMeta, requestMeta, type RequestMeta } from './request-context';

export type JobOutcome = 'success' | 'failure';

export interface Observability {
  /** This app's own registry: tests start several apps in one process. */
  registry: Registry;
  /** Gives each request an id (`x-request-id` in and out) and writes one log line when it is answered. */
  requestLog: RequestHandler;
  graphqlPlugin: ApolloServerPlugin<AppContext>;
  /** `GET /metrics`, behind a bearer token when one is configured. */
  metricsHandler: RequestHandler;
  /** The scheduler's callback after each job. */
  recordJobRun(job: string, outcome: JobOutcome, seconds: number): void;
}

interface KnexPool {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
  numPendingCreates(): number;
}

function poolOf(orm: MikroORM): KnexPool | undefined {
  try {
    const knex = (orm.em.getConnection() as unknown as { getKnex(): { client: { pool?: KnexPool } } }).getKnex();
    return knex.client.pool ?? undefined;
  } catch {
    return undefined;
  }
}

// Seconds; a GraphQL answer is expected within tens of milliseconds, a report within seconds.
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
// Operation names come from clients: cap how many distinct ones become label values.
const MAX_OPERATION_LABELS = 200;
const GRAPHQL_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const REQUEST_ID = /^[\w.-]{1,64}$/;
const QUIET_ROUTES = new Set(['/health', '/ready', '/metrics']);

/** A bounded label for a path: the API routes by name, everything else is the console. */
function routeOf(path: string): string {
  if (path === '/graphql' || QUIET_ROUTES.has(path)) return path;
  return 'console';
}

function tokenMatches(header: string | undefined, token: string): boolean {
  const given = /^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1] ?? '';
  const a = crypto.createHash('sha256').update(given).digest();
  const b = crypto.createHash('sha256').update(token).digest();
  return crypto.timingSafeEqual(a, b);
}

export function createObservability(opts: { orm: MikroORM; metricsToken?: string }): Observability {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });

  const operationDuration = new Histogram({
    name: 'graphql_operation_duration_seconds',
    help: 'GraphQL operations by name, type and outcome',
    labelNames: ['operation', 'type', 'outcome'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const graphqlErrors = new Counter({
    name: 'graphql_errors_total',
    help: 'Errors in GraphQL answers by extensions.code',
    labelNames: ['code'] as const,
    registers: [registry],
  });
  const httpResponses = new Counter({
    name: 'http_responses_total',
    help: 'HTTP responses by route and status',
    labelNames: ['route', 'status'] as const,
    registers: [registry],
  });
  new Gauge({
    name: 'db_pool_connections',
    help: 'Database pool connections by state (used, free, pending)',
    labelNames: ['state'] as const,
    registers: [registry],
    collect() {
      const pool = poolOf(opts.orm);
      if (!pool) return;
      this.set({ state: 'used' }, pool.numUsed());
      this.set({ state: 'free' }, pool.numFree());
      this.set({ state: 'pending' }, pool.numPendingAcquires() + pool.numPendingCreates());
    },
  });
  const jobRuns = new Counter({
    name: 'job_runs_total',
    help: 'Scheduled job runs by job and outcome',
    labelNames: ['job', 'outcome'] as const,
    registers: [registry],
  });
  const jobDuration = new Histogram({
    name: 'job_duration_seconds',
    help: 'Scheduled job run time',
    labelNames: ['job'] as const,
    buckets: [0.01, 0.05, 0.25, 1, 5, 30, 120],
    registers: [registry],
  });

  const operationLabels = new Set<string>();
  const operationLabel = (name: string | null | undefined): string => {
    if (!name) return 'anonymous';
    if (!GRAPHQL_NAME.test(name)) return 'invalid';
    if (operationLabels.has(name)) return name;
    if (operationLabels.size >= MAX_OPERATION_LABELS) return 'other';
    operationLabels.add(name);
    return name;
  };

  const requestLog: RequestHandler = (req: Request, res: Response, next: NextFunction) => {
    const started = process.hrtime.bigint();
    // Taken now: mounted routers rewrite req.path while the request runs.
    const route = routeOf(req.path);
    const incoming = req.header('x-request-id');
    const meta: RequestMeta = { requestId: incoming && REQUEST_ID.test(incoming) ? incoming : crypto.randomUUID() };
    res.setHeader('x-request-id', meta.requestId);
    res.on('finish', () => {
      httpResponses.inc({ route, status: String(res.statusCode) });
      const level = QUIET_ROUTES.has(route) ? 'debug' : 'info';
      if (!logger.enabled(level)) return;
      // Only what an operator needs: never variables, names, ids of people or tokens.
      logger[level]('request', {
        requestId: meta.requestId,
        method: req.method,
        route,
        status: res.statusCode,
        durationMs: Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100,
        ...(meta.operation ? { operation: meta.operation, operationType: meta.operationType } : {}),
        ...(meta.errorCodes?.length ? { errors: meta.errorCodes } : {}),
      });
    });
    // Everything the request does, including the audit events of its flushes, runs inside its RequestMeta.
    requestMeta.run(meta, next);
  };

  const graphqlPlugin: ApolloServerPlugin<AppContext> = {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse(rc) {
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          const body = rc.response.body;
          const errors = body.kind === 'single' ? (body.singleResult.errors ?? []) : [];
          const codes = errors.map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
          const hasData = body.kind === 'single' && body.singleResult.data != null;
          const outcome = codes.length === 0 ? 'success' : hasData ? 'partial' : 'error';
          // A document that failed validation has no resolved operation yet: name it from the document.
          const op =
            rc.operation ??
            (rc.document?.definitions.length === 1 && rc.document.definitions[0]!.kind === Kind.OPERATION_DEFINITION
              ? rc.document.definitions[0]
              : undefined);
          const operation = operationLabel(op?.name?.value ?? rc.request.operationName);
          const type = op?.operation ?? 'unknown';
          operationDuration.observe({ operation, type, outcome }, seconds);
          for (const code of codes) graphqlErrors.inc({ code });
          const meta = currentRequestMeta();
          if (meta) {
            meta.operation = operation;
            meta.operationType = type;
            meta.errorCodes = [...new Set(codes)];
          }
        },
      };
    },
  };

  const metricsHandler: RequestHandler = async (req, res) => {
    if (opts.metricsToken && !tokenMatches(req.header('authorization'), opts.metricsToken)) {
      res.status(401).setHeader('www-authenticate', 'Bearer').json({ error: 'unauthorized' });
      return;
    }
    res.setHeader('content-type', registry.contentType);
    res.send(await registry.metrics());
  };

  return {
    registry,
    requestLog,
    graphqlPlugin,
    metricsHandler,
    recordJobRun(job, outcome, seconds) {
      jobRuns.inc({ job, outcome });
      jobDuration.observe({ job }, seconds);
    },
  };
}

export type Readiness = { ready: true } | { ready: false; reason: 'database_unreachable' | 'migrations_pending' };

/**
 * `GET /ready`: the database answers and every migration this build knows is
 * applied. Once they are, only reachability is checked again.
 */
export function createReadinessCheck(orm: MikroORM, migrationNames: string[]): () => Promise<Readiness> {
  let migrated = false;
  return async () => {
    const conn = orm.em.getConnection();
    try {
      if (migrated) {
        await conn.execute('select 1');
        return { ready: true };
      }
      const [table] = await conn.execute<{ present: boolean }[]>(
        `select to_regclass('mikro_orm_migrations') is not null as present`,
      );
      const rows: { name: string }[] = table?.present ? await conn.execute('select name from mikro_orm_migrations') : [];
      const applied = new Set(rows.map((r) => r.name));
      if (migrationNames.some((name) => !applied.has(name))) return { ready: false, reason: 'migrations_pending' };
      migrated = true;
      return { ready: true };
    } catch {
      return { ready: false, reason: 'database_unreachable' };
    }
  };
}
