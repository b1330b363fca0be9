// Cold-start benchmark (not a test): the built server as `pnpm start` runs it (node dist/main.js in
// server/), on the embedded database, from an empty data folder: how long until it answers, until it
// is migrated and seeded (/ready), and until it answers its first GraphQL query (sign-in, then a page
// of units). Then warm restarts on the same folder (already migrated and seeded). Each milestone is
// given in wall-clock seconds and in CPU seconds of the server process (from /proc).
// Usage: pnpm bench:cold-start   (builds the server first)
// Options: BENCH_COLD_RUNS (1), BENCH_WARM_RUNS (3).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const SERVER_DIR = path.join(ROOT, 'server');
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 1);
const WARM_RUNS = Number(process.env.BENCH_WARM_RUNS ?? 3);
const PASSWORD = process.env.DEMO_PASSWORD || 'Chengxin@2026';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function get(url) {
  try {
    return (await fetch(url)).status;
  } catch {
    return 0;
  }
}

async function gql(base, query, variables, token) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/**
 * CPU seconds the server process has used so far (user + system, from /proc; clock ticks of
 * 1/100 s). The embedded database runs inside the process, so this is all of the work, and unlike
 * wall-clock time it hardly depends on what else the machine is running.
 */
function cpuOf(pid) {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

/** Starts the server on `dataDir`, times its milestones (wall clock and CPU), stops it. */
async function start(dataDir) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env = { ...process.env, DATA_DIR: dataDir, PORT: String(port), NODE_ENV: 'production', LOG_LEVEL: 'info' };
  delete env.DATABASE_URL;
  const started = performance.now();
  const child = spawn(process.execPath, ['dist/main.js'], { cwd: SERVER_DIR, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  const times = {};
  const cpu = {};
  const mark = (key) => {
    times[key] ??= performance.now() - started;
    cpu[key] ??= cpuOf(child.pid);
  };
  // The server's own log lines mark the phases: migrations applied, county seeded, listening.
  const phases = { 'migrations applied': 'migrated', 'demo county seeded': 'seeded', 'server ready': 'schemaBuilt' };
  child.stderr.on('data', (d) => {
    stderr = (stderr + d).slice(-4000);
    for (const [message, key] of Object.entries(phases)) if (String(d).includes(`"message":"${message}"`)) mark(key);
  });
  try {
    while (!times.listening) {
      if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${stderr}`);
      if (performance.now() - started > 300_000) throw new Error(`no answer after 5 minutes:\n${stderr}`);
      if ((await get(`${base}/health`)) === 200) mark('listening');
      else await sleep(20);
    }
    while (!times.ready) {
      if ((await get(`${base}/ready`)) === 200) mark('ready');
      else await sleep(20);
    }
    const { login } = await gql(base, 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: 'admin', p: PASSWORD });
    const { units } = await gql(base, 'query { units(limit: 20) { total items { id code name } } }', {}, login.token);
    mark('firstAnswer');
    if (units.total < 1) throw new Error('the seeded county has no units');
    times.units = units.total;
  } finally {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await Promise.race([exited, sleep(10_000)]);
    if (child.exitCode === null) child.kill('SIGKILL');
  }
  return { ...times, cpu };
}

async function main() {
  if (!fs.existsSync(path.join(SERVER_DIR, 'dist', 'main.js'))) throw new Error('Build the server first (pnpm build); pnpm bench:cold-start does');
  const cpu = os.cpus();
  console.log(`machine: ${cpu.length} × ${cpu[0]?.model.trim()}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  console.log('embedded database (PGlite), built server, NODE_ENV=production; times from process start\n');
  const row = (label, t) => {
    console.log(
      `${label.padEnd(28)} migrated ${(t.migrated ? seconds(t.migrated) : '–').padStart(8)}  seeded ${(t.seeded ? seconds(t.seeded) : '–').padStart(8)}  ` +
        `listening ${seconds(t.listening).padStart(8)}  ready ${seconds(t.ready).padStart(8)}  first GraphQL answer ${seconds(t.firstAnswer).padStart(8)}`,
    );
    const c = t.cpu ?? {};
    if (c.firstAnswer !== undefined) {
      const at = (k) => (c[k] !== undefined ? `${c[k].toFixed(2)} s` : '–').padStart(8);
      console.log(`${'  CPU of the server process'.padEnd(28)} migrated ${at('migrated')}  seeded ${at('seeded')}  listening ${at('listening')}  ready ${at('ready')}  first GraphQL answer ${at('firstAnswer')}`);
    }
  };
  const cold = [];
  const warm = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cold-start-'));
    try {
      const t = await start(dataDir);
      cold.push(t);
      row(`cold start ${i + 1} (empty folder)`, t);
      if (i === 0) {
        for (let j = 0; j < WARM_RUNS; j++) {
          const w = await start(dataDir);
          warm.push(w);
          row(`warm restart ${j + 1}`, w);
        }
      }
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }
  const summary = (label, runs) => {
    if (!runs.length) return;
    const keys = ['migrated', 'seeded', 'listening', 'ready', 'firstAnswer'];
    const medians = (pick) => Object.fromEntries(keys.filter((k) => runs.every((r) => pick(r)[k] !== undefined)).map((k) => [k, median(runs.map((r) => pick(r)[k]))]));
    row(`${label} (median of ${runs.length})`, { ...medians((r) => r), cpu: medians((r) => r.cpu ?? {}) });
  };
  console.log('');
  summary('cold start', cold);
  summary('warm restart', warm);
  console.log(`load after: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
