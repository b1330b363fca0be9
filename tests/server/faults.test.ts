import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreatePersonDocument, UnitsDocument } from '../generated/graphql';
import { closeDatabase, openDatabase } from '../../server/src/app/orm';
import { databaseUnavailable } from '../../server/src/app/errors';
import { createScratchDatabase, DEMO_PASSWORD, errorCode, startTestApp, type TestApp } from '../helpers/test-app';

// Faults of the real database server: PGlite runs inside this process and has no
// connections to kill, no pool and no server-side timeouts, so these run on PostgreSQL only.
const ADMIN_URL = process.env.DATABASE_URL;
const onPostgres = describe.skipIf(!ADMIN_URL);
const SLOW = 300_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Attempt {
  staffNumber: string;
  start: number;
  end: number;
  status: number;
  code?: string;
}

onPostgres('faults: PostgreSQL connections killed under load', () => {
  let t: TestApp;
  let token: string;
  let unitId: string;

  beforeAll(async () => {
    t = await startTestApp();
    token = await t.login('admin');
    unitId = (await t.gql(UnitsDocument, { limit: 1 }, token)).data!.units.items[0].id;
  });
  afterAll(async () => t?.close());

  it('survives, answers SERVICE_UNAVAILABLE during the outage, recovers within 5 s, and loses or half-applies nothing', async () => {
    const dbName = new URL(t.databaseUrl!).pathname.slice(1);
    const killer = await openDatabase({ databaseUrl: ADMIN_URL });
    const attempts: Attempt[] = [];
    const t0 = Date.now();
    const LOAD_MS = 7000;
    const OUTAGE = [1500, 2500];
    let n = 0;
    const worker = async () => {
      while (Date.now() - t0 < LOAD_MS) {
        const staffNumber = `FAULT${String(n++).padStart(5, '0')}`;
        const start = Date.now() - t0;
        const r = await t.gql(CreatePersonDocument, { input: { name: '故障测试', staffNumber, unitId } }, token);
        attempts.push({ staffNumber, start, end: Date.now() - t0, status: r.status, code: errorCode(r) });
      }
    };
    let kills = 0;
    let lastKill = 0;
    const kill = async () => {
      await sleep(OUTAGE[0]);
      while (Date.now() - t0 < OUTAGE[1]) {
        const rows: { killed: boolean }[] = await killer.em
          .getConnection()
          .execute('select pg_terminate_backend(pid) as killed from pg_stat_activity where datname = ? and pid <> pg_backend_pid()', [dbName]);
        kills += rows.filter((r) => r.killed).length;
        lastKill = Date.now() - t0;
        await sleep(100);
      }
    };
    await Promise.all([worker(), worker(), worker(), worker(), kill()]);
    await closeDatabase(killer);

    const failed = attempts.filter((a) => a.code);
    const codes = [...new Set(failed.map((a) => `${a.code} (${a.status})`))];
    const recovered = attempts.filter((a) => !a.code && a.start >= lastKill).sort((a, b) => a.end - b.end)[0];
    const recoveryMs = recovered ? recovered.end - lastKill : Infinity;
    console.info(
      `faults: ${attempts.length} commands, ${kills} connections killed between ${OUTAGE[0]} and ${lastKill} ms, ` +
        `${failed.length} refused (${codes.join(', ')}), service back ${recoveryMs} ms after the last kill`,
    );
    expect(kills).toBeGreaterThan(0);
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.filter((a) => a.code !== 'SERVICE_UNAVAILABLE')).toEqual([]);
    expect(failed.filter((a) => a.start > lastKill + 5000)).toEqual([]);
    expect(recoveryMs).toBeLessThanOrEqual(5000);

    // Every acknowledged command is there, each with its audit event (one transaction: never half).
    const rows: { staff_number: string; audited: number }[] = await t
      .em()
      .getConnection()
      .execute(
        `select p.staff_number, (select count(*) from audit_event e where e.entity_id = p.id::text and e.entity_type = 'Person')::int as audited
           from person p where p.staff_number like 'FAULT%'`,
      );
    const stored = new Map(rows.map((r) => [r.staff_number, r.audited]));
    const acknowledged = attempts.filter((a) => !a.code);
    expect(acknowledged.filter((a) => !stored.has(a.staffNumber)).map((a) => a.staffNumber)).toEqual([]);
    expect(rows.filter((r) => r.audited < 1)).toEqual([]);
    // The process is alive and the health check says so.
    expect((await fetch(t.url.replace(/graphql$/, 'health'))).status).toBe(200);
  }, SLOW);
});

onPostgres('faults: pool exhaustion and server-side timeouts', () => {
  let t: TestApp;
  let token: string;
  const saved = { ...process.env };

  beforeAll(async () => {
    process.env.DB_POOL_MAX = '2';
    process.env.DB_ACQUIRE_TIMEOUT_MS = '1500';
    process.env.DB_STATEMENT_TIMEOUT_MS = '1000';
    process.env.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS = '5000';
    t = await startTestApp();
    token = await t.login('admin');
  });
  afterAll(async () => {
    for (const k of ['DB_POOL_MAX', 'DB_ACQUIRE_TIMEOUT_MS', 'DB_STATEMENT_TIMEOUT_MS', 'DB_IDLE_IN_TRANSACTION_TIMEOUT_MS']) {
      if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
    }
    await t?.close();
  });

  it('fails excess requests within 3 s with SERVICE_UNAVAILABLE while every connection is taken, and recovers', async () => {
    const knex = (t.orm.em.getConnection() as unknown as { getKnex(): any }).getKnex();
    const held = [await knex.client.acquireConnection(), await knex.client.acquireConnection()];
    const results = await Promise.all(
      Array.from({ length: 5 }, async () => {
        const start = Date.now();
        const r = await t.post({ query: '{ units(limit: 1) { total } }' }, { authorization: `Bearer ${token}` });
        return { ms: Date.now() - start, status: r.status, code: r.json.errors?.[0]?.extensions?.code, reason: r.json.errors?.[0]?.extensions?.reason };
      }),
    );
    for (const c of held) await knex.client.releaseConnection(c);
    console.info(`pool exhaustion: ${results.map((r) => `${r.ms} ms ${r.status} ${r.code}/${r.reason}`).join('; ')}`);
    for (const r of results) {
      expect(r.ms).toBeLessThanOrEqual(3000);
      expect(r).toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE', reason: 'POOL_EXHAUSTED' });
    }
    const after = await t.post({ query: '{ units(limit: 1) { total } }' }, { authorization: `Bearer ${token}` });
    expect(after.json.errors).toBeUndefined();
  });

  it('sets statement_timeout and idle_in_transaction_session_timeout on every connection', async () => {
    const conn = t.orm.em.getConnection();
    const [st] = await conn.execute('show statement_timeout');
    const [idle] = await conn.execute('show idle_in_transaction_session_timeout');
    expect(st.statement_timeout).toBe('1s');
    expect(idle.idle_in_transaction_session_timeout).toBe('5s');
    const started = Date.now();
    const error = await conn.execute('select pg_sleep(3)').catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(2500);
    expect(databaseUnavailable(error)).toBe('STATEMENT_TIMEOUT');
  });
});

onPostgres('faults: graceful shutdown on SIGTERM', () => {
  let scratch: { url: string; drop(): Promise<void> };
  let dataDir: string;

  beforeAll(async () => {
    scratch = await createScratchDatabase(ADMIN_URL!);
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sigterm-'));
  });
  afterAll(async () => {
    await scratch?.drop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('lets in-flight requests finish, then exits 0 and accepts nothing more', async () => {
    const port = 20000 + Math.floor(Math.random() * 20000);
    const serverDir = path.resolve(__dirname, '../../server');
    // tsx as a loader in the server's own process: a tsx parent would stand between the signal and the server.
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: serverDir,
      env: { ...process.env, DATABASE_URL: scratch.url, PORT: String(port), DATA_DIR: dataDir, JOB_INTERVAL_MINUTES: '0', LOG_LEVEL: 'silent' },
      stdio: 'ignore',
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const base = `http://127.0.0.1:${port}`;
    try {
      const deadline = Date.now() + 240_000;
      for (;;) {
        const ok = await fetch(`${base}/health`).then((r) => r.ok, () => false);
        if (ok) break;
        if (Date.now() > deadline) throw new Error('server did not start');
        await sleep(500);
      }
      // Sign-ins hash with argon2id: slow enough to be in flight when the signal comes.
      const login = () =>
        fetch(`${base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: 'mutation ($p: String!) { login(username: "analyst", password: $p) { token } }', variables: { p: DEMO_PASSWORD } }),
        }).then(async (r) => ({ status: r.status, json: (await r.json()) as any }));
      const inFlight = Array.from({ length: 8 }, login);
      await sleep(30);
      const signalledAt = Date.now();
      child.kill('SIGTERM');
      const results = await Promise.all(inFlight);
      const code = await exited;
      console.info(`graceful shutdown: ${results.length} in-flight sign-ins answered, exit ${code} ${Date.now() - signalledAt} ms after SIGTERM`);
      for (const r of results) {
        expect(r.status).toBe(200);
        expect(r.json.data?.login?.token, JSON.stringify(r.json.errors)).toBeTruthy();
      }
      expect(code).toBe(0);
      await expect(fetch(`${base}/health`)).rejects.toThrow();
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, SLOW);
});
