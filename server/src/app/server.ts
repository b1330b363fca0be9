import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import express from 'express';
import { compressAnswers } from './compression';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { authService } from '../modules/auth/auth.service';
import { repoRoot } from './config';
import type { AppContext, AuthUser } from './context';
import { AppError, createErrorFormatter, databaseUnavailable, ErrorCode } from './errors';
import { bodyErrors, introspectionGate, refusal, textGuard, legacyJsonStatus, MAX_BODY, MAX_TOKENS, noStore, securityHeaders } from './http-hardening';
import { routerIdentity, userFromIdentity, type IdentityClaims } from './identity';
import { createInstance, type ServerInstance } from './instance';
import { logger } from './logger';
import { routerGate } from './router-gate';
import { migrationsList } from '../migrations';
import { createObservability, createReadinessCheck, type Observability } from './observability';
import { currentRequestMeta } from './request-context';
import { buildAppSchema } from './schema';
import { publicLimits } from '../modules/disclosure/public-limits';

export interface AppOptions {
  orm: MikroORM;
  production?: boolean;
  /** Folder of the built console to serve at `/`; skipped when it does not exist. */
  consoleDir?: string;
  /** Shared with the router; when set, the GraphQL route answers only requests that carry it. */
  routerSecret?: string;
  /** HMAC key of the end-user identity the router forwards (x-integrity-identity). */
  routerIdentityKey?: string;
  /** When set, `GET /metrics` requires `Authorization: Bearer <token>`. */
  metricsToken?: string;
}

export interface App {
  app: express.Express;
  httpServer: http.Server;
  apollo: ApolloServer<AppContext>;
  /** Metrics registry and the scheduler's job callback. */
  observability: Observability;
  /** This instance's name and what it keeps in memory. */
  instance: ServerInstance;
  listen(port: number, host?: string): Promise<number>;
  /**
   * Lame duck before a shutdown: keeps serving for `ms`, but `/ready` answers 503 `draining`
   * and every response closes its connection, so requests already on the wire are answered
   * and clients open their next connection elsewhere. Then call `stop()`.
   */
  drain(ms: number): Promise<void>;
  stop(): Promise<void>;
}

function bearer(header: string | undefined): string | undefined {
  const m = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return m?.[1];
}

export async function createApp(opts: AppOptions): Promise<App> {
  const { schema } = await buildAppSchema();
  const instance = createInstance();
  const app = express();
  app.disable('x-powered-by');
  // GraphQL answers are no-store, or (the portal's) kept by max-age: an ETag, a hash of every
  // answer's body, would only spare the bytes of a revalidation that runs the whole query anyway.
  app.set('etag', false);
  let draining = false;
  app.use((_req, res, next) => {
    if (draining) res.setHeader('connection', 'close');
    next();
  });
  app.use(securityHeaders());
  // Behind a reverse proxy, TRUST_PROXY names how many hops to trust for the client address.
  if (process.env.TRUST_PROXY) app.set('trust proxy', Number(process.env.TRUST_PROXY) || process.env.TRUST_PROXY);
  const httpServer = http.createServer(app);
  // Keep idle connections longer than clients and proxies do (undici and most routers close theirs
  // at 4-60 s), so a client never sends a request on a socket the server is closing at that moment.
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;
  const observability = createObservability({ orm: opts.orm, metricsToken: opts.metricsToken });
  const readiness = createReadinessCheck(
    opts.orm,
    migrationsList.map((m) => m.name),
  );
  app.use(observability.requestLog);
  app.use(compressAnswers());
  // Hostile queries are refused at validation, before any resolver runs. The
  // limits leave room for the console's deepest screens and the router's _entities.
  const armor = new ApolloArmor({
    maxDepth: { n: 8, ignoreIntrospection: true },
    maxAliases: { n: 15 },
    costLimit: { maxCost: 5000, ignoreIntrospection: true },
    // Tokens are counted by graphql-js's own parser (parseOptions below): armor's token
    // counter parses in a plugin hook, where a syntax error becomes an HTTP 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: 50 },
    blockFieldSuggestion: { enabled: true },
  }).protect();
  const apollo = new ApolloServer<AppContext>({
    schema,
    formatError: createErrorFormatter(logger),
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: opts.production ?? false,
    // Allowed here, then limited to administrators, analysts and the router by introspectionGate.
    introspection: true,
    // Apollo's CSRF prevention: a GET or form post must carry a header a simple cross-site request cannot set.
    csrfPrevention: true,
    // main.ts owns SIGINT/SIGTERM: it stops the scheduler, the server and the database in order.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    // Compact JSON: Apollo's default indents every answer, which for a nested list of
    // hundreds of objects costs more CPU than resolving it and sends a third more bytes.
    stringifyResult: (result) => JSON.stringify(result),
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: MAX_TOKENS },
    plugins: [
      ...armor.plugins,
      introspectionGate,
      textGuard,
      legacyJsonStatus,
      publicLimits,
      observability.graphqlPlugin,
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Per-field timing traces are for Apollo's cloud reporting, which a bureau does not use.
      ApolloServerPluginInlineTraceDisabled(),
      // The schema gives no cache hints (answers are no-store; the public portal sets its own
      // header), and the default cache-control plugin wraps every field of every answer to look for them.
      ApolloServerPluginCacheControlDisabled(),
      ...(opts.production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  await apollo.start();

  // Liveness: the process answers. Readiness: it can serve (database up, schema current).
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    if (draining) return void res.status(503).json({ status: 'unavailable', reason: 'draining' });
    const r = await readiness();
    if (r.ready) res.json({ status: 'ready' });
    else res.status(503).json({ status: 'unavailable', reason: r.reason });
  });
  app.get('/metrics', observability.metricsHandler);

  if (opts.routerIdentityKey && !opts.routerSecret) throw new Error('ROUTER_IDENTITY_KEY needs ROUTER_SECRET');
  app.use(
    '/graphql',
    noStore,
    // Before anything reads the body: behind a router, nobody else gets further.
    routerGate(opts.routerSecret),
    routerIdentity(opts.routerIdentityKey),
    express.json({ limit: MAX_BODY }),
    bodyErrors,
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const em = opts.orm.em.fork() as EntityManager;
        const meta = currentRequestMeta() ?? { requestId: 'unknown' };
        const identity = res.locals.identity as IdentityClaims | undefined;
        let user: AuthUser | undefined;
        try {
          user = identity
            ? await userFromIdentity(em, identity)
            : await authService.authenticate(em, bearer(req.header('authorization')));
        } catch (e) {
          // The session lookup is the first statement of a request: a dead database answers 503, typed.
          const reason = databaseUnavailable(e);
          if (!reason) throw e;
          throw refusal(new AppError(ErrorCode.SERVICE_UNAVAILABLE, 'The database is not available; try again shortly', reason), 503);
        }
        if (user) {
          meta.actorId = user.id;
          meta.actorName = user.username;
        }
        return { em, user, requestId: meta.requestId, clientIp: req.ip, viaRouter: res.locals.viaRouter === true, httpResponse: res, instance };
      },
    }),
  );

  const consoleDir = opts.consoleDir ?? path.join(repoRoot, 'console', 'dist');
  if (fs.existsSync(path.join(consoleDir, 'index.html'))) {
    app.use(express.static(consoleDir, { index: false, maxAge: '1h' }));
    // The public portal is a page of its own, so the console's code never loads for the public.
    const portalPage = path.join(consoleDir, 'portal.html');
    if (fs.existsSync(portalPage)) app.get(/^\/public(\/.*)?$/, (_req, res) => res.sendFile(portalPage));
    // Client-side routes of the console all load its index page.
    app.get(/^\/(?!graphql|health|ready|metrics).*/, (_req, res) => res.sendFile(path.join(consoleDir, 'index.html')));
  }

  return {
    app,
    httpServer,
    apollo,
    observability,
    instance,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const addr = httpServer.address();
          resolve(typeof addr === 'object' && addr ? addr.port : port);
        });
      }),
    drain: async (ms) => {
      draining = true;
      await new Promise((r) => setTimeout(r, ms));
    },
    stop: async () => {
      await apollo.stop();
      if (httpServer.listening) await new Promise<void>((r) => httpServer.close(() => r()));
    },
  };
}
