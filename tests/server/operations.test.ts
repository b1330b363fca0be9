import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { closeDatabase, migrate, openDatabase } from '../../server/src/app/orm';
import { createApp } from '../../server/src/app/server';
import { startScheduler } from '../../server/src/jobs/scheduler';
import { LoginDocument, PeopleDocument, UnitDocument, UnitsDocument } from '../generated/graphql';
import { createScratchDatabase, DEMO_PASSWORD, errorCode, startTestApp, type TestApp } from '../helpers/test-app';

const repoRoot = path.resolve(__dirname, '../..');

/** The value of one sample in Prometheus' text format, or undefined when absent. */
function sample(metrics: string, name: string, labels: Record<string, string>): number | undefined {
  for (const line of metrics.split('\n')) {
    if (!line.startsWith(`${name}{`)) continue;
    const body = line.slice(name.length + 1, line.lastIndexOf('}'));
    const got = Object.fromEntries([...body.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([k, v]) => got[k] === v)) return Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return undefined;
}

/** Every JSON log line written to stderr while fn runs, at the given LOG_LEVEL. */
async function captureLog(level: string, fn: () => Promise<unknown>): Promise<Record<string, any>[]> {
  const chunks: string[] = [];
  const previous = process.env.LOG_LEVEL;
  process.env.LOG_LEVEL = level;
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  });
  try {
    await fn();
  } finally {
    spy.mockRestore();
    process.env.LOG_LEVEL = previous;
  }
  return chunks
    .join('')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
}

describe('operations: health, readiness, metrics, request log', () => {
  let t: TestApp;
  let root: string;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    root = t.url.replace(/\/graphql$/, '');
    admin = await t.login('admin');
  });
  afterAll(async () => t?.close());

  it('answers /health and /ready with 200 on a migrated database, and echoes the request id', async () => {
    const health = await fetch(`${root}/health`, { headers: { 'x-request-id': 'probe-1' } });
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    expect(health.headers.get('x-request-id')).toBe('probe-1');
    const ready = await fetch(`${root}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
    // Without one (or with an unusable one) the server makes its own.
    expect(ready.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const odd = await fetch(`${root}/health`, { headers: { 'x-request-id': 'a b\tc' } });
    expect(odd.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('counts operations by name and outcome, errors by code, responses by route, pool use', async () => {
    await fetch(`${root}/health`);
    await t.gql(UnitsDocument, { limit: 3 }, admin);
    await t.gql(UnitsDocument, { limit: 3 }, admin);
    expect(errorCode(await t.gql(UnitsDocument, { limit: 3 }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(UnitDocument, { id: crypto.randomUUID() }, admin))).toBe('NOT_FOUND');
    const broken = await t.post({ query: 'query Broken { nope }' }, { accept: 'application/graphql-response+json' });
    expect(broken.status).toBe(400);

    const res = await fetch(`${root}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const m = await res.text();
    const count = (labels: Record<string, string>) => sample(m, 'graphql_operation_duration_seconds_count', labels);
    expect(count({ operation: 'Units', type: 'query', outcome: 'success' })).toBe(2);
    expect(count({ operation: 'Units', type: 'query', outcome: 'error' })).toBe(1);
    expect(count({ operation: 'Unit', type: 'query', outcome: 'error' })).toBe(1);
    expect(count({ operation: 'Login', type: 'mutation', outcome: 'success' })).toBeGreaterThanOrEqual(1);
    expect(sample(m, 'graphql_operation_duration_seconds_bucket', { operation: 'Units', outcome: 'success', le: '+Inf' })).toBe(2);
    expect(sample(m, 'graphql_errors_total', { code: 'UNAUTHENTICATED' })).toBe(1);
    expect(sample(m, 'graphql_errors_total', { code: 'NOT_FOUND' })).toBe(1);
    expect(sample(m, 'graphql_errors_total', { code: 'GRAPHQL_VALIDATION_FAILED' })).toBe(1);
    expect(count({ operation: 'Broken', type: 'query', outcome: 'error' })).toBe(1);
    expect(sample(m, 'http_responses_total', { route: '/graphql', status: '200' })).toBeGreaterThanOrEqual(5);
    expect(sample(m, 'http_responses_total', { route: '/graphql', status: '400' })).toBe(1);
    expect(sample(m, 'http_responses_total', { route: '/health', status: '200' })).toBeGreaterThanOrEqual(1);
    // The pool gauge is read when scraped: no request is running now.
    expect(sample(m, 'db_pool_connections', { state: 'used' })).toBe(0);
    expect(sample(m, 'db_pool_connections', { state: 'free' })).toBeGreaterThanOrEqual(0);
    expect(m).toContain('process_cpu_seconds_total');
  });

  it('counts and times scheduled job runs', async () => {
    const stop = startScheduler(t.orm, 3_600_000, (job, outcome, seconds) =>
      t.app.observability.recordJobRun(job, outcome, seconds),
    );
    try {
      let m = '';
      for (let i = 0; i < 200; i += 1) {
        m = await (await fetch(`${root}/metrics`)).text();
        if (sample(m, 'job_duration_seconds_count', { job: 'audit checkpoint' }) !== undefined) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(sample(m, 'job_runs_total', { job: 'credit deadlines', outcome: 'success' })).toBe(1);
      expect(sample(m, 'job_runs_total', { job: 'warning scan', outcome: 'success' })).toBe(1);
      expect(sample(m, 'job_duration_seconds_count', { job: 'audit checkpoint' })).toBe(1);
    } finally {
      stop();
    }
  });

  it('refuses /metrics without the bearer token when METRICS_TOKEN is set; each app has its own registry', async () => {
    const guarded = await createApp({ orm: t.orm, consoleDir: '/nonexistent', metricsToken: 'scrape-secret' });
    const port = await guarded.listen(0, '127.0.0.1');
    try {
      const base = `http://127.0.0.1:${port}`;
      expect((await fetch(`${base}/metrics`)).status).toBe(401);
      expect((await fetch(`${base}/metrics`, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
      const ok = await fetch(`${base}/metrics`, { headers: { authorization: 'Bearer scrape-secret' } });
      expect(ok.status).toBe(200);
      // A new app has counted nothing of the first app's traffic.
      expect(sample(await ok.text(), 'graphql_errors_total', { code: 'NOT_FOUND' })).toBeUndefined();
    } finally {
      await guarded.stop();
    }
  });

  it('writes one JSON line per request with its id, operation, status and error codes, and no personal data', async () => {
    const people = await t.gql(PeopleDocument, { limit: 1 }, admin);
    const person = people.data!.people.items[0]!;
    const post = (doc: Parameters<typeof print>[0], variables: object, requestId: string, token?: string) =>
      t.post(
        { query: print(doc), variables },
        { 'x-request-id': requestId, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      );
    let token = '';
    const lines = await captureLog('info', async () => {
      token = (await post(LoginDocument, { username: 'admin', password: DEMO_PASSWORD }, 'log-login')).json.data.login.token;
      await post(PeopleDocument, { filter: { q: person.name }, limit: 5 }, 'log-people', token);
      await post(UnitDocument, { id: person.id }, 'log-missing', token);
    });
    const request = (id: string) => lines.filter((l) => l.message === 'request' && l.requestId === id);
    expect(request('log-login')).toHaveLength(1);
    const [search] = request('log-people');
    expect(search).toMatchObject({ level: 'info', method: 'POST', route: '/graphql', status: 200, operation: 'People', operationType: 'query' });
    expect(typeof search!.durationMs).toBe('number');
    expect(search!.errors).toBeUndefined();
    expect(request('log-missing')[0]).toMatchObject({ operation: 'Unit', errors: ['NOT_FOUND'] });
    const text = JSON.stringify(lines);
    for (const secret of [DEMO_PASSWORD, token, person.name, person.id, person.staffNumber].filter(Boolean)) {
      expect(text).not.toContain(secret);
    }

    // LOG_LEVEL=warn keeps request lines out; health probes log only at debug.
    const quiet = await captureLog('warn', () => post(UnitsDocument, { limit: 1 }, 'log-quiet', token));
    expect(quiet).toEqual([]);
    const probes = await captureLog('info', () => fetch(`${root}/health`));
    expect(probes).toEqual([]);
    const debug = await captureLog('debug', () => fetch(`${root}/health`, { headers: { 'x-request-id': 'log-probe' } }));
    expect(debug).toMatchObject([{ level: 'debug', requestId: 'log-probe', route: '/health', status: 200 }]);
  });
});

describe('operations: readiness of a database that is not ready', () => {
  it('answers /ready with 503 migrations_pending before migrating, 200 after, 503 database_unreachable once closed', async () => {
    const scratch = process.env.DATABASE_URL ? await createScratchDatabase(process.env.DATABASE_URL) : undefined;
    const orm = await openDatabase({ databaseUrl: scratch?.url });
    const app = await createApp({ orm, consoleDir: '/nonexistent' });
    const base = `http://127.0.0.1:${await app.listen(0, '127.0.0.1')}`;
    try {
      const pending = await fetch(`${base}/ready`);
      expect(pending.status).toBe(503);
      expect(await pending.json()).toEqual({ status: 'unavailable', reason: 'migrations_pending' });
      // Alive all the same: an orchestrator must not restart it for this.
      expect((await fetch(`${base}/health`)).status).toBe(200);

      await migrate(orm);
      expect((await fetch(`${base}/ready`)).status).toBe(200);

      await closeDatabase(orm);
      const down = await fetch(`${base}/ready`);
      expect(down.status).toBe(503);
      expect(await down.json()).toEqual({ status: 'unavailable', reason: 'database_unreachable' });
    } finally {
      await app.stop();
      await closeDatabase(orm).catch(() => undefined);
      await scratch?.drop();
    }
  });
});

describe('operations: tracing', () => {
  it('prints spans of a GraphQL request when OTEL_TRACES_EXPORTER=console', async () => {
    const scratch = process.env.DATABASE_URL ? await createScratchDatabase(process.env.DATABASE_URL) : undefined;
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tracing-'));
    const server = spawn(
      path.join(repoRoot, 'server/node_modules/.bin/tsx'),
      ['--tsconfig', 'tsconfig.json', 'src/main.ts'],
      {
        cwd: path.join(repoRoot, 'server'),
        env: {
          ...process.env,
          OTEL_TRACES_EXPORTER: 'console',
          DATABASE_URL: scratch?.url ?? '',
          DATA_DIR: dataDir,
          PORT: '0',
          SEED_DEMO: 'false',
          JOB_INTERVAL_MINUTES: '0',
          LOG_LEVEL: 'info',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    server.stdout.on('data', (d) => (stdout += d));
    server.stderr.on('data', (d) => (stderr += d));
    try {
      const started = Date.now();
      let url: string | undefined;
      while (!url) {
        url = /"graphql":"(http:[^"]+)"/.exec(stderr)?.[1];
        if (server.exitCode !== null) throw new Error(`server exited: ${stderr}`);
        if (Date.now() - started > 90_000) throw new Error(`server did not start: ${stderr}`);
        await new Promise((r) => setTimeout(r, 200));
      }
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'query TracingProbe { __typename unit(id: "literal-in-query-7") { id } }' }),
      });
      expect(((await res.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
      // The HTTP span ends after the answer is sent.
      for (let i = 0; i < 50 && !/name: 'POST/.test(stdout); i += 1) await new Promise((r) => setTimeout(r, 100));
      expect(stdout).toContain('graphql.parse');
      expect(stdout).toContain('graphql.validate');
      expect(stdout).toContain('query TracingProbe');
      // The incoming HTTP request is the root span, with the GraphQL spans inside it.
      expect(stdout).toMatch(/name: 'POST( \/graphql)?'/);
      expect(stdout).toMatch(/traceId: '[0-9a-f]{32}'/);
      // On PostgreSQL the driver's statements are spans too (the migrations at start-up ran some).
      if (scratch) expect(stdout).toMatch(/name: 'pg\.query/);
      // Literals in the query text may be personal data: spans show the query's shape only.
      expect(stdout).not.toContain('literal-in-query-7');
    } finally {
      server.kill('SIGTERM');
      await new Promise((r) => (server.exitCode !== null ? r(null) : server.once('exit', r)));
      fs.rmSync(dataDir, { recursive: true, force: true });
      await scratch?.drop();
    }
    // Spawning a server (tsx compiles on start) takes long on a loaded machine.
  }, 180_000);
});
