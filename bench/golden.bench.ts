// Golden benchmark (not a test): our built server against PostGraphile 4 and a raw-SQL floor,
// all three over the same generated county (bench/data/generate.ts: 200 units, 20,000 people,
// 100,000 records, 1,000,000 audit events) on one PostgreSQL server, driven by autocannon.
//
//   (a) a page of 20 records with subject and unit             ours · PostGraphile · raw SQL
//       (then the same page at a fixed rate, evenly spaced, for the latency of one request below saturation)
//   (b) units(10) → people(10) → records(5)                    ours · PostGraphile · raw SQL
//   (c) one person's integrity file (writes its READ event)    ours
//   (d) a filtered page of 50 audit events                     ours
//   (e) _entities with 100 Person representations (router)    ours
//   (f) mixed load at a fixed rate, evenly spaced: 80% reads, 15% audit queries, 5% commands   ours
//
// Each case: 10 connections, a warm-up, then 3 runs; the figures are the medians of the runs.
// Latencies are measured per response (autocannon's `response` event); a GraphQL answer
// with `errors` counts as an error like a non-2xx status.
//
// Usage: DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres pnpm bench:golden
// Options: BENCH_DURATION seconds per run (10), BENCH_WARMUP seconds (5), BENCH_RUNS (3),
//          BENCH_CONNECTIONS (10), BENCH_MIXED_RATE requests/s for (f) (40), BENCH_MIXED_DURATION (20),
//          BENCH_LATENCY_RATE requests/s for (a)'s latency below saturation (100),
//          BENCH_AUDIT_EVENTS (1000000), BENCH_CASES (e.g. "a,b,f"), BENCH_KEEP=1 keeps the database,
//          BENCH_DATABASE_URL reuses a county database instead of generating one.
//          BENCH_CPU=1 measures server CPU per request instead: BENCH_CPU_REQUESTS (200) sequential
//          requests per case and target after a warm-up of a quarter as many, CPU from /proc/<pid>/stat
//          (user + system), a figure that does not depend on what else the machine runs.
//          BENCH_CPU_ROUNDS (5): the requests of a case go in rounds; the median and the minimum are printed.
//          BENCH_SERVER_MAIN=<server/dist-before/main.js> measures another build of ours;
//          BENCH_COMPARE_MAIN=<…/main.js> (CPU mode) starts that build too, its rounds alternating with ours;
//          BENCH_SERVER_NODE_ARGS / BENCH_COMPARE_NODE_ARGS: Node options of ours / of the compared one.
//          BENCH_PROFILE=<folder> (with BENCH_CPU=1): our server also writes a V8 CPU profile of each
//          case's measured requests there (bench/profile-hook.mjs); bench/profile-summary.mjs sums it up.
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { closeDatabase, openDatabase } from '../server/src/app/orm';
import { BENCH_PASSWORD, BENCH_USERS, benchId, DEFAULT_SIZE, loadBenchCounty } from './data/generate';

const ROOT = path.resolve(__dirname, '..');
const TARGETS_DIR = path.join(ROOT, 'bench', 'postgraphile');
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 5);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const MIXED_RATE = Number(process.env.BENCH_MIXED_RATE ?? 40);
const MIXED_DURATION = Number(process.env.BENCH_MIXED_DURATION ?? 20);
const LATENCY_RATE = Number(process.env.BENCH_LATENCY_RATE ?? 100);
const AUDIT_EVENTS = Number(process.env.BENCH_AUDIT_EVENTS ?? 1_000_000);
const CASES = new Set((process.env.BENCH_CASES ?? 'a,b,c,d,e,f').split(','));
const CPU_MODE = process.env.BENCH_CPU === '1';
const CPU_REQUESTS = Number(process.env.BENCH_CPU_REQUESTS ?? 200);
const CPU_ROUNDS = Number(process.env.BENCH_CPU_ROUNDS ?? 5);
const PROFILE_DIR = process.env.BENCH_PROFILE ? path.resolve(process.env.BENCH_PROFILE) : undefined;

// autocannon lives in the comparison servers' own install (bench/postgraphile), with its own lockfile.
interface CannonRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
  setupRequest?: (req: CannonRequest, context: Record<string, unknown>) => CannonRequest;
  onResponse?: (status: number, body: string) => void;
}
interface CannonOptions {
  url: string;
  connections: number;
  duration: number;
  overallRate?: number;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  requests?: CannonRequest[];
  timeout?: number;
}
interface CannonResult {
  requests: { total: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  duration: number;
}
interface CannonInstance extends Promise<CannonResult> {
  on(event: 'response', fn: (client: unknown, status: number, bytes: number, ms: number) => void): void;
}
const autocannon = createRequire(path.join(TARGETS_DIR, 'package.json'))('autocannon') as (o: CannonOptions) => CannonInstance;

const log = (...args: unknown[]) => console.log(...args);
const loadavg = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

interface Target {
  name: string;
  url: string;
  process: ChildProcess;
  /** The last lines the process wrote, for the report when something fails. */
  output: () => string;
}

async function startProcess(
  name: string,
  script: string,
  env: Record<string, string>,
  ready: (port: number) => Promise<boolean>,
  nodeArgs: string[] = [],
): Promise<Target> {
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeArgs, script], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output = (output + d).slice(-4000)));
  child.stderr!.on('data', (d) => (output = (output + d).slice(-4000)));
  const started = performance.now();
  while (performance.now() - started < 120_000) {
    if (child.exitCode !== null) throw new Error(`${name} exited (${child.exitCode}):\n${output}`);
    if (await ready(port).catch(() => false)) {
      log(`  ${name} ready on port ${port} after ${((performance.now() - started) / 1000).toFixed(1)} s`);
      return { name, url: `http://127.0.0.1:${port}`, process: child, output: () => output };
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGTERM');
  throw new Error(`${name} did not start:\n${output}`);
}

async function stopProcess(t: Target | undefined) {
  if (!t || t.process.exitCode !== null) return;
  const exited = new Promise((r) => t.process.once('exit', r));
  t.process.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  if (t.process.exitCode === null) t.process.kill('SIGKILL');
}

interface Figures {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  requests: number;
  errors: number;
}

let shownErrors = 0;

/** One autocannon run; latencies of every response, errors = transport errors + timeouts + non-2xx + GraphQL errors. */
/**
 * A fixed rate as an open load: request i is sent at start + i / rate seconds, whether or not
 * earlier ones have been answered, and its latency counts from that planned moment (a late send
 * counts against the server, as a user arriving then would wait). autocannon's `overallRate` instead
 * gives each connection a quota per second, so the whole second's requests leave in a burst at the
 * start of each second, ten at a time, and measure the queue of that burst.
 */
async function paced(opts: CannonOptions, graphql: boolean): Promise<Figures> {
  const rate = opts.overallRate!;
  const total = Math.round(rate * opts.duration);
  const template = opts.requests?.[0] ?? { body: opts.body };
  const latencies: number[] = [];
  let errors = 0;
  const start = performance.now() + 50;
  const one = async (i: number) => {
    const planned = start + (i * 1000) / rate;
    const wait = planned - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const body = template.setupRequest ? template.setupRequest({ ...template }, {}).body : template.body;
    try {
      const res = await fetch(opts.url, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-encoding': 'identity', ...opts.headers, ...template.headers }, body, signal: AbortSignal.timeout(10_000) });
      const text = await res.text();
      if (res.status >= 300 || (graphql && text.includes('"errors"'))) {
        errors += 1;
        if (shownErrors++ < 3) log(`    error answer (${res.status}): ${text.slice(0, 300)}`);
      }
    } catch {
      errors += 1;
    }
    latencies.push(performance.now() - planned);
  };
  await Promise.all(Array.from({ length: total }, (_, i) => one(i)));
  latencies.sort((a, b) => a - b);
  const elapsed = (performance.now() - start) / 1000;
  return { rps: total / Math.max(elapsed, opts.duration), p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99), requests: total, errors };
}

async function cannon(opts: CannonOptions, graphql: boolean): Promise<Figures> {
  if (opts.overallRate) return paced(opts, graphql);
  let graphqlErrors = 0;
  const check = (status: number, body: string) => {
    if (status >= 300 || (graphql && body.includes('"errors"'))) {
      if (graphql && status < 300) graphqlErrors += 1;
      // The first few answers that count as errors are shown, so a figure with errors can be explained.
      if (shownErrors++ < 3) log(`    error answer (${status}): ${body.slice(0, 300)}`);
    }
  };
  const requests = (opts.requests ?? [{ method: opts.method, headers: opts.headers, body: opts.body }]).map((r) => ({ ...r, onResponse: check }));
  const latencies: number[] = [];
  const instance = autocannon({ ...opts, requests, timeout: 10 });
  instance.on('response', (_c, _s, _b, ms) => latencies.push(ms));
  const result = await instance;
  if (result.timeouts || result.errors) log(`    ${result.timeouts} timeouts (10 s), ${result.errors} connection errors`);
  latencies.sort((a, b) => a - b);
  return {
    rps: result.requests.total / result.duration,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    requests: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx + graphqlErrors,
  };
}

interface Case {
  url: string;
  headers: Record<string, string>;
  /** A fixed body, or requests chosen per call. */
  body?: string;
  requests?: CannonRequest[];
  graphql: boolean;
  overallRate?: number;
  duration?: number;
}

async function measure(label: string, c: Case): Promise<Figures> {
  const opts = (duration: number): CannonOptions => ({
    url: c.url,
    connections: CONNECTIONS,
    duration,
    overallRate: c.overallRate,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...c.headers },
    body: c.body,
    requests: c.requests?.map((r) => ({ method: 'POST', headers: { 'content-type': 'application/json', ...c.headers }, ...r })),
  });
  await cannon(opts(WARMUP), c.graphql);
  const runs: Figures[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await cannon(opts(c.duration ?? DURATION), c.graphql));
  const m = (k: keyof Figures) => median(runs.map((r) => r[k]));
  const f: Figures = { rps: m('rps'), p50: m('p50'), p95: m('p95'), p99: m('p99'), requests: runs.reduce((s, r) => s + r.requests, 0), errors: runs.reduce((s, r) => s + r.errors, 0) };
  log(
    `  ${label.padEnd(34)} ${f.rps.toFixed(0).padStart(6)} req/s  p50 ${f.p50.toFixed(1).padStart(6)} ms  p95 ${f.p95.toFixed(1).padStart(6)} ms  p99 ${f.p99.toFixed(1).padStart(6)} ms  ` +
      `errors ${f.errors}/${f.requests}  (runs: ${runs.map((r) => r.rps.toFixed(0)).join(', ')} req/s; load ${loadavg()})`,
  );
  return f;
}

/** A small deterministic generator, so every run asks the same sequence of questions. */
function sequence(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

const RECORDS_PAGE = `query GoldenRecords($limit: Int!) {
  dishonestyRecords(limit: $limit) {
    total
    items { id category severity status subjectName decisionDate subjectPerson { id name } subjectUnit { id name } scopeUnit { id code name } }
  }
}`;
const PG_RECORDS_PAGE = `query GoldenRecords($limit: Int!) {
  allDishonestyRecords(first: $limit, orderBy: [CREATED_AT_DESC, ID_ASC]) {
    totalCount
    nodes { id category severity status subjectName decisionDate
      personBySubjectPersonId { id name } unitBySubjectUnitId { id name } unitByScopeUnitId { id code name } }
  }
}`;
const UNITS_TREE = `query GoldenUnits($units: Int!, $people: Int!, $records: Int!) {
  units(limit: $units, sort: { field: CODE, order: ASC }) {
    items { id code people(limit: $people) { id staffNumber dishonestyRecords(limit: $records) { id status subjectName } } }
  }
}`;
const PG_UNITS_TREE = `query GoldenUnits($units: Int!, $people: Int!, $records: Int!) {
  allUnits(first: $units, orderBy: CODE_ASC) {
    nodes { id code
      peopleByUnitId(first: $people, orderBy: [STAFF_NUMBER_ASC, ID_ASC]) { nodes { id staffNumber
        dishonestyRecordsBySubjectPersonId(first: $records, orderBy: [CREATED_AT_DESC, ID_ASC]) { nodes { id status subjectName } } } } }
  }
}`;
const INTEGRITY_FILE = `query GoldenFile($id: ID!) {
  integrityFile(subjectType: PERSON, subjectId: $id, purpose: "年度评优资格审查") {
    subjectName unit { id name } person { id name }
    commitments { id status } records { id status category disputed repairedAt } objections { id status } rectifications { id status }
    measures { id status measure { code kind } }
    summary { countingRecords disputedRecords repairedRecords pendingCommitments fulfilledCommitments brokenCommitments openRectifications activePunishments activeIncentives }
  }
}`;
const AUDIT_PAGE = `query GoldenAudit($filter: AuditEventFilter) {
  auditEvents(filter: $filter, limit: 50) { total items { id occurredAt actorName action entityType entityId unitId changes } }
}`;
const ENTITIES = `query GoldenEntities($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on Person { id status unit { id code name } } }
}`;
const CREATE_RECORD = `mutation GoldenCreate($input: CreateDishonestyRecordInput!) {
  createDishonestyRecord(input: $input) { id status version }
}`;

/** The facts of the draft records the benchmark's commands create (removed again from a reused county). */
const DRAFT_FACTS = '基准测试草稿记录';

const gqlBody = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });

/** CPU time (user + system) a process has used so far, in milliseconds, from /proc/<pid>/stat. */
function cpuMs(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may contain spaces): utime and stime are the 14th and 15th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticksPerSecond = 100; // USER_HZ (getconf CLK_TCK) on Linux
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
}

/**
 * Server CPU milliseconds per request over sequential requests (one at a time, so no request waits
 * for another), and the mean wall time of one request; \`bodies\` gives the body of the i-th request.
 * The requests go in CPU_ROUNDS rounds; the figure is the median of the rounds, with their minimum
 * (the round least disturbed by other work). With BENCH_COMPARE_MAIN, our server's rounds alternate
 * with those of the other build, so both are measured under the same load.
 */
async function cpuPerRequest(label: string, t: Target, url: string, headers: Record<string, string>, bodies: (i: number) => string) {
  const send = async (to: string, i: number) => {
    // Uncompressed, as autocannon asks in the other mode (and PostGraphile never compresses).
    const res = await fetch(to, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-encoding': 'identity', ...headers }, body: bodies(i) });
    const text = await res.text();
    if (!res.ok || text.includes('"errors"')) throw new Error(`${label}: ${res.status} ${text.slice(0, 300)}`);
  };
  const runs = [{ name: label, t, url }];
  if (compare && t.name === 'ours') runs.push({ name: `${label} [compared build]`, t: compare, url: url.replace(t.url, compare.url) });
  for (const r of runs) for (let i = 0; i < Math.ceil(CPU_REQUESTS / 4); i++) await send(r.url, i);
  const profiled = PROFILE_DIR !== undefined && t.name === 'ours';
  if (profiled) await profileSignal(t, 'started');
  const perRound = Math.max(1, Math.round(CPU_REQUESTS / CPU_ROUNDS));
  const figures = runs.map(() => ({ cpu: [] as number[], wall: 0 }));
  for (let round = 0; round < CPU_ROUNDS; round++) {
    for (const [k, r] of runs.entries()) {
      const pid = r.t.process.pid!;
      const cpu0 = cpuMs(pid);
      const wall0 = performance.now();
      for (let i = 0; i < perRound; i++) await send(r.url, round * perRound + i);
      figures[k]!.wall += performance.now() - wall0;
      figures[k]!.cpu.push((cpuMs(pid) - cpu0) / perRound);
    }
  }
  for (const [k, r] of runs.entries()) {
    const f = figures[k]!;
    log(
      `  ${r.name.padEnd(34)} server CPU ${median(f.cpu).toFixed(2).padStart(6)} ms/request (min ${Math.min(...f.cpu).toFixed(2)})   ` +
        `wall ${(f.wall / (perRound * CPU_ROUNDS)).toFixed(2).padStart(6)} ms/request  (${CPU_ROUNDS} × ${perRound} sequential; load ${loadavg()})`,
    );
  }
  if (profiled) {
    const file = await profileSignal(t, 'written');
    const named = path.join(PROFILE_DIR, `${`${profileCase} ${label}`.replace(/[^\w]+/g, '-').replace(/^-|-$/g, '')}.cpuprofile`);
    fs.renameSync(file, named);
    log(`    profile: node bench/profile-summary.mjs ${named} --requests ${perRound * CPU_ROUNDS}`);
  }
  return median(figures[0]!.cpu);
}

/** Another build of our server, measured side by side with ours in CPU mode (BENCH_COMPARE_MAIN). */
let compare: Target | undefined;

/** The case whose requests cpuPerRequest measures, in the names of the profiles. */
let profileCase = '';

/** Starts or stops the profiler preloaded into a server (bench/profile-hook.mjs); the path of the profile when stopped. */
async function profileSignal(t: Target, awaited: 'started' | 'written'): Promise<string> {
  let seen = '';
  const answered = new Promise<string>((resolve) => {
    const onData = (d: Buffer) => {
      seen += String(d);
      const m = new RegExp(`\\[profile\\] ${awaited}( (\\S+))?`).exec(seen);
      if (!m) return;
      t.process.stdout!.off('data', onData);
      resolve(m[2] ?? '');
    };
    t.process.stdout!.on('data', onData);
  });
  t.process.kill('SIGUSR2');
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`the server's profiler did not answer (${awaited})`)), 30_000).unref());
  return Promise.race([answered, timeout]);
}

async function main() {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) throw new Error('Set DATABASE_URL to a PostgreSQL server (the benchmark creates and drops its own database)');
  // BENCH_SERVER_MAIN: another build of the server (e.g. a copy of server/dist from before a change).
  const serverMain = path.resolve(ROOT, process.env.BENCH_SERVER_MAIN ?? path.join('server', 'dist', 'main.js'));
  if (!fs.existsSync(serverMain)) throw new Error('Build the server first (pnpm build); pnpm bench:golden does');
  if (!fs.existsSync(path.join(TARGETS_DIR, 'node_modules', 'postgraphile'))) throw new Error('Install bench/postgraphile first; pnpm bench:golden does');

  const cpu = os.cpus();
  log(`machine: ${cpu.length} × ${cpu[0]?.model.trim()}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; load ${loadavg()}`);
  let county: Awaited<ReturnType<typeof loadBenchCounty>> | undefined;
  let databaseUrl = process.env.BENCH_DATABASE_URL;
  if (!databaseUrl) {
    county = await loadBenchCounty(adminUrl, { auditEvents: AUDIT_EVENTS });
    databaseUrl = county.databaseUrl;
    log(`county generated in ${county.timings.total.toFixed(1)} s (audit trail ${(county.timings.audit ?? 0).toFixed(1)} s): ` +
      Object.entries(county.counts).map(([t, n]) => `${t} ${n.toLocaleString('en')}`).join(', '));
  }

  const routerSecret = crypto.randomBytes(32).toString('hex');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'golden-'));
  const targets: Target[] = [];
  try {
    log('starting the servers');
    const oursEnv = {
      DATABASE_URL: databaseUrl,
      NODE_ENV: 'production',
      ROUTER_SECRET: routerSecret,
      JOB_INTERVAL_MINUTES: '0',
      SEED_DEMO: 'false',
      DATA_DIR: dataDir,
      ID_HASH_KEY: crypto.randomBytes(32).toString('hex'),
      LOG_LEVEL: process.env.BENCH_SERVER_LOG_LEVEL ?? 'warn',
    };
    const nodeArgs = (v: string | undefined) => (v ? v.split(/\s+/).filter(Boolean) : []);
    const oursReady = async (port: number) => (await fetch(`http://127.0.0.1:${port}/ready`)).ok;
    const ours = await startProcess(
      'ours',
      serverMain,
      { ...oursEnv, ...(PROFILE_DIR ? { BENCH_PROFILE: PROFILE_DIR } : {}) },
      oursReady,
      [...nodeArgs(process.env.BENCH_SERVER_NODE_ARGS), ...(PROFILE_DIR ? ['--import', pathToFileURL(path.join(ROOT, 'bench', 'profile-hook.mjs')).href] : [])],
    );
    if (PROFILE_DIR) fs.mkdirSync(PROFILE_DIR, { recursive: true });
    targets.push(ours);
    if (CPU_MODE && (process.env.BENCH_COMPARE_MAIN || process.env.BENCH_COMPARE_NODE_ARGS)) {
      const compareMain = process.env.BENCH_COMPARE_MAIN ? path.resolve(ROOT, process.env.BENCH_COMPARE_MAIN) : serverMain;
      compare = await startProcess('compared build', compareMain, oursEnv, oursReady, nodeArgs(process.env.BENCH_COMPARE_NODE_ARGS ?? process.env.BENCH_SERVER_NODE_ARGS));
      targets.push(compare);
    }
    const graphile = await startProcess('PostGraphile', path.join(TARGETS_DIR, 'postgraphile.mjs'), { DATABASE_URL: databaseUrl, NODE_ENV: 'production' }, async (port) => {
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{__typename}"}' });
      return res.ok;
    });
    targets.push(graphile);
    const raw = await startProcess('raw SQL', path.join(TARGETS_DIR, 'raw-sql.mjs'), { DATABASE_URL: databaseUrl }, async (port) => {
      const res = await fetch(`http://127.0.0.1:${port}/units`, { method: 'POST', body: '{}' });
      return res.ok;
    });
    targets.push(raw);

    const routerHeader = { 'x-router-secret': routerSecret };
    const post = async (url: string, body: string, headers: Record<string, string> = {}) => {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
      const json = (await res.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
      if (!res.ok || json.errors) throw new Error(`${url}: ${res.status} ${JSON.stringify(json.errors ?? json).slice(0, 500)}`);
      return json.data;
    };
    const login = await post(`${ours.url}/graphql`, gqlBody('mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: BENCH_USERS.admin, p: BENCH_PASSWORD }), routerHeader);
    const auth = { ...routerHeader, authorization: `Bearer ${login.login.token}` };
    const oursUrl = `${ours.url}/graphql`;
    const graphileUrl = `${graphile.url}/graphql`;

    // The three targets answer (a) and (b) with the same rows in the same order.
    const a = { limit: 20 };
    const b = { units: 10, people: 10, records: 5 };
    const ids = (x: unknown) => JSON.stringify(x).match(/"id":"[^"]+"/g)?.join() ?? '';
    const same = (what: string, answers: unknown[]) => {
      const [first, ...rest] = answers.map(ids);
      if (!first || rest.some((x) => x !== first)) throw new Error(`${what}: the targets answer different rows`);
    };
    same('(a)', [
      (await post(oursUrl, gqlBody(RECORDS_PAGE, a), auth)).dishonestyRecords.items,
      (await post(graphileUrl, gqlBody(PG_RECORDS_PAGE, a))).allDishonestyRecords.nodes,
      (await post(`${raw.url}/records`, JSON.stringify(a))).dishonestyRecords.items,
    ]);
    same('(b)', [
      (await post(oursUrl, gqlBody(UNITS_TREE, b), auth)).units.items,
      (await post(graphileUrl, gqlBody(PG_UNITS_TREE, b))).allUnits.nodes,
      (await post(`${raw.url}/units`, JSON.stringify(b))).units.items,
    ]);
    log('  the three targets give the same rows for (a) and (b)');

    const results: Record<string, Figures> = {};
    const run = async (key: string, label: string, c: Case) => (results[key] = await measure(label, c));
    const people = Array.from({ length: 500 }, (_, i) => benchId('person', 1 + ((i * 37) % DEFAULT_SIZE.people)));
    const units = Array.from({ length: DEFAULT_SIZE.units }, (_, i) => benchId('unit', i + 1));
    const types = ['Unit', 'Person', 'DishonestyRecord', 'Commitment', 'Complaint', 'User'];
    const actions = ['UPDATE', 'CREATE', 'READ', 'DELETE'];

    // The bodies of (c), (d), (e) and of the command, the i-th request of a case.
    const fileBody = (i: number) => gqlBody(INTEGRITY_FILE, { id: people[i % people.length] });
    const auditBody = (i: number) => gqlBody(AUDIT_PAGE, { filter: { unitId: units[i % units.length], action: actions[i % actions.length] } });
    const entitiesBody = (i: number, n = 100) => {
      const from = (i * n) % DEFAULT_SIZE.people;
      const representations = Array.from({ length: n }, (_, k) => ({ __typename: 'Person', id: benchId('person', 1 + ((from + k) % DEFAULT_SIZE.people)) }));
      return gqlBody(ENTITIES, { representations });
    };
    const commandBody = (i: number) =>
      gqlBody(CREATE_RECORD, {
        input: { subjectType: 'PERSON', subjectId: people[i % people.length], category: 'OTHER', severity: 'GENERAL', facts: `${DRAFT_FACTS}（第 ${i} 号）` },
      });

    if (CPU_MODE) {
      const rawOf = (body: string) => () => body;
      profileCase = 'fixed';
      log(`\nthe fixed cost: server CPU per request`);
      await cpuPerRequest('ours, { __typename }', ours, oursUrl, auth, rawOf(gqlBody('query Typename { __typename }', {})));
      if (CASES.has('a')) {
        profileCase = 'a';
        log(`\n(a) a page of 20 records with subject and unit: server CPU per request`);
        await cpuPerRequest('ours', ours, oursUrl, auth, rawOf(gqlBody(RECORDS_PAGE, a)));
        await cpuPerRequest('PostGraphile 4.14.1', graphile, graphileUrl, {}, rawOf(gqlBody(PG_RECORDS_PAGE, a)));
        await cpuPerRequest('raw SQL (node http + pg)', raw, `${raw.url}/records`, {}, rawOf(JSON.stringify(a)));
      }
      if (CASES.has('b')) {
        profileCase = 'b';
        log(`\n(b) units(10) → people(10) → records(5): server CPU per request`);
        await cpuPerRequest('ours', ours, oursUrl, auth, rawOf(gqlBody(UNITS_TREE, b)));
        await cpuPerRequest('PostGraphile 4.14.1', graphile, graphileUrl, {}, rawOf(gqlBody(PG_UNITS_TREE, b)));
        await cpuPerRequest('raw SQL (node http + pg)', raw, `${raw.url}/units`, {}, rawOf(JSON.stringify(b)));
      }
      profileCase = 'f';
      if (CASES.has('c') || CASES.has('d') || CASES.has('e') || CASES.has('f')) log(`\nthe other requests of (f), ours: server CPU per request`);
      if (CASES.has('c') || CASES.has('f')) await cpuPerRequest('(c) integrity file', ours, oursUrl, auth, fileBody);
      if (CASES.has('d') || CASES.has('f')) await cpuPerRequest('(d) audit page of 50', ours, oursUrl, auth, auditBody);
      if (CASES.has('e')) await cpuPerRequest('(e) _entities, 100 people', ours, oursUrl, auth, (i) => entitiesBody(i));
      if (CASES.has('f')) await cpuPerRequest('_entities, 20 people', ours, oursUrl, auth, (i) => entitiesBody(i, 20));
      if (CASES.has('f')) await cpuPerRequest('createDishonestyRecord', ours, oursUrl, auth, commandBody);
      return;
    }
    if (CASES.has('a')) {
      log(`\n(a) a page of 20 records with subject and unit, ${CONNECTIONS} connections, ${RUNS} × ${DURATION} s`);
      await run('a.ours', 'ours', { url: oursUrl, headers: auth, body: gqlBody(RECORDS_PAGE, a), graphql: true });
      await run('a.graphile', 'PostGraphile 4.14.1', { url: graphileUrl, headers: {}, body: gqlBody(PG_RECORDS_PAGE, a), graphql: true });
      await run('a.raw', 'raw SQL (node http + pg)', { url: `${raw.url}/records`, headers: {}, body: JSON.stringify(a), graphql: false });
      // At 10 busy connections a request waits for the nine ahead of it (p50 ≈ 10 / throughput): the
      // latency of one request is measured below saturation, at a fixed rate every target keeps up with.
      log(`\n(a) the same page at ${LATENCY_RATE} requests/s, evenly spaced (open load), ${RUNS} × ${DURATION} s`);
      await run('a.ours.rate', 'ours', { url: oursUrl, headers: auth, body: gqlBody(RECORDS_PAGE, a), graphql: true, overallRate: LATENCY_RATE });
      await run('a.graphile.rate', 'PostGraphile 4.14.1', { url: graphileUrl, headers: {}, body: gqlBody(PG_RECORDS_PAGE, a), graphql: true, overallRate: LATENCY_RATE });
      await run('a.raw.rate', 'raw SQL (node http + pg)', { url: `${raw.url}/records`, headers: {}, body: JSON.stringify(a), graphql: false, overallRate: LATENCY_RATE });
    }
    if (CASES.has('b')) {
      log(`\n(b) units(10) → people(10) → records(5), ${CONNECTIONS} connections, ${RUNS} × ${DURATION} s`);
      await run('b.ours', 'ours', { url: oursUrl, headers: auth, body: gqlBody(UNITS_TREE, b), graphql: true });
      await run('b.graphile', 'PostGraphile 4.14.1', { url: graphileUrl, headers: {}, body: gqlBody(PG_UNITS_TREE, b), graphql: true });
      await run('b.raw', 'raw SQL (node http + pg)', { url: `${raw.url}/units`, headers: {}, body: JSON.stringify(b), graphql: false });
    }
    if (CASES.has('c')) {
      log(`\n(c) one person's integrity file (500 people in turn; each read writes its audit event)`);
      let i = 0;
      await run('c.ours', 'ours', { url: oursUrl, headers: auth, graphql: true, requests: [{ setupRequest: (req) => ({ ...req, body: fileBody(i++) }) }] });
    }
    if (CASES.has('d')) {
      log(`\n(d) a filtered page of 50 audit events (unit + action, in turn) over ${AUDIT_EVENTS.toLocaleString('en')} events`);
      let i = 0;
      await run('d.ours', 'ours', { url: oursUrl, headers: auth, graphql: true, requests: [{ setupRequest: (req) => ({ ...req, body: auditBody(i++) }) }] });
    }
    if (CASES.has('e')) {
      log('\n(e) _entities with 100 Person representations, through the router gate');
      let i = 0;
      await run('e.ours', 'ours', { url: oursUrl, headers: auth, graphql: true, requests: [{ setupRequest: (req) => ({ ...req, body: entitiesBody(i++) }) }] });
    }
    if (CASES.has('f')) {
      log(`\n(f) mixed load at ${MIXED_RATE} requests/s: 80% reads, 15% audit queries, 5% commands, ${RUNS} × ${MIXED_DURATION} s`);
      const rand = sequence(11);
      let n = 0;
      const pickBody = () => {
        const x = rand();
        n += 1;
        if (x < 0.8) {
          const y = rand();
          if (y < 0.35) return gqlBody(RECORDS_PAGE, { limit: 20 });
          if (y < 0.55) return gqlBody(UNITS_TREE, b);
          if (y < 0.75) return gqlBody(INTEGRITY_FILE, { id: people[n % people.length] });
          return gqlBody(ENTITIES, { representations: Array.from({ length: 20 }, (_, k) => ({ __typename: 'Person', id: people[(n + k) % people.length] })) });
        }
        if (x < 0.95) return gqlBody(AUDIT_PAGE, { filter: rand() < 0.5 ? { unitId: units[n % units.length] } : { entityType: types[n % types.length], action: actions[n % actions.length] } });
        return commandBody(n);
      };
      await run('f.ours', 'ours', {
        url: oursUrl,
        headers: auth,
        graphql: true,
        overallRate: MIXED_RATE,
        duration: MIXED_DURATION,
        requests: [{ setupRequest: (req) => ({ ...req, body: pickBody() }) }],
      });
    }

    log(`\nsummary (medians of ${RUNS} runs; load ${loadavg()})`);
    const ratio = (x?: Figures, y?: Figures) => (x && y ? `${(x.rps / y.rps).toFixed(2)}×` : '–');
    for (const k of ['a', 'b']) {
      const o = results[`${k}.ours`];
      if (!o) continue;
      log(`  (${k}) ours/PostGraphile ${ratio(o, results[`${k}.graphile`])}, ours/raw SQL ${ratio(o, results[`${k}.raw`])}`);
    }
    const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
    const fa = results['a.ours'];
    const ga = results['a.graphile'];
    if (fa && ga) {
      log(`  target (a) ≥ 0.7× PostGraphile: ${verdict(fa.rps >= 0.7 * ga.rps)}`);
      const ra = results['a.raw'];
      log(`  target (a) p99 ≤ 20 ms at ${CONNECTIONS} connections: ${verdict(fa.p99 <= 20)} (${fa.p99.toFixed(1)} ms; PostGraphile ${ga.p99.toFixed(1)}, raw SQL ${ra ? ra.p99.toFixed(1) : '–'})`);
      const fr = results['a.ours.rate'];
      if (fr) log(`  target (a) p99 ≤ 20 ms at ${LATENCY_RATE} requests/s: ${verdict(fr.p99 <= 20 && fr.errors === 0)} (${fr.p99.toFixed(1)} ms)`);
    }
    const fb = results['b.ours'];
    const gb = results['b.graphile'];
    if (fb && gb) log(`  target (b) ≥ 0.5× PostGraphile: ${verdict(fb.rps >= 0.5 * gb.rps)}`);
    const ff = results['f.ours'];
    if (ff) log(`  target (f) p95 ≤ 50 ms, p99 ≤ 100 ms, no errors: ${verdict(ff.p95 <= 50 && ff.p99 <= 100 && ff.errors === 0)}`);
  } catch (e) {
    for (const t of targets) console.error(`--- ${t.name} wrote:\n${t.output()}`);
    throw e;
  } finally {
    for (const t of targets.reverse()) await stopProcess(t);
    fs.rmSync(dataDir, { recursive: true, force: true });
    await county?.drop();
    // A reused county is left as it was found: the commands' drafts would be the newest records and
    // change (a)'s page for the next run (their audit events stay, as audit events do).
    if (!county && databaseUrl) {
      const orm = await openDatabase({ databaseUrl });
      try {
        await orm.em.getConnection().execute(`delete from dishonesty_record where status = 'DRAFT' and facts like ?`, [`${DRAFT_FACTS}%`]);
      } finally {
        await closeDatabase(orm);
      }
    }
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
