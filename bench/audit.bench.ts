// Audit trail benchmark (not a test): loads 1,000,000 chained events into a scratch PostgreSQL
// database through the real append trigger, then measures how fast verifyAuditChain checks
// them and how long a filtered page of 50 takes through the GraphQL API.
// Usage: DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres pnpm bench:audit
// Options: BENCH_EVENTS (default 1000000), BENCH_SAMPLES per filter (default 40), BENCH_KEEP=1 keeps the database.
import 'reflect-metadata';
import crypto from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { closeDatabase, migrate, openDatabase } from '../server/src/app/orm';
import { configureSecrets } from '../server/src/app/secrets';
import { createApp } from '../server/src/app/server';
import { auditChainService } from '../server/src/modules/audit/audit-chain.service';
import { seedDemoCounty } from '../server/src/seed/demo-county.seed';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 40);
const BATCH = 50_000;
const PASSWORD = 'Chengxin@2026';
const ENTITY_POOL = 20_000;
const ENTITY_TYPES = ['Unit', 'Person', 'Person', 'DishonestyRecord', 'Commitment', 'Complaint', 'User', 'Session', 'MeasureApplication', 'Rectification', 'ProcurementProject', 'CreditCheck'];

const log = (...args: unknown[]) => console.log(...args);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)];
const entityId = (i: number) => {
  const h = crypto.createHash('md5').update(`e${i}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
};

async function main() {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) throw new Error('Set DATABASE_URL to a PostgreSQL server (the benchmark creates and drops its own database)');
  configureSecrets({ idHashKey: crypto.randomBytes(32).toString('hex') });
  const name = `bench_audit_${crypto.randomBytes(4).toString('hex')}`;
  const admin = await openDatabase({ databaseUrl: adminUrl });
  await admin.em.getConnection().execute(`create database "${name}"`);
  await closeDatabase(admin);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const orm = await openDatabase({ databaseUrl: url.toString() });
  const conn = orm.em.getConnection();
  try {
    await migrate(orm);
    await seedDemoCounty(orm.em as EntityManager, PASSWORD);
    const units = ((await conn.execute('select id from unit')) as { id: string }[]).map((r) => r.id);
    const actors = Array.from({ length: 40 }, () => crypto.randomUUID());
    const seeded = Number(((await conn.execute('select count(*) as n from audit_event')) as { n: string }[])[0].n);

    // Load: one INSERT … SELECT generate_series per batch, each row chained by the trigger.
    log(`Loading ${EVENTS.toLocaleString('en')} events (after ${seeded} from the demo seed) …`);
    const loadStart = performance.now();
    const literal = (values: string[]) => `array[${values.map((v) => `'${v}'`).join(',')}]`;
    for (let from = 1; from <= EVENTS; from += BATCH) {
      const to = Math.min(EVENTS, from + BATCH - 1);
      await conn.execute(`
        insert into audit_event (occurred_at, request_id, actor_id, actor_name, command, action, entity_type, entity_id, scope_unit_id, changes)
        select now() - interval '365 days' + (n::float8 / ${EVENTS}) * interval '365 days',
               md5(n::text),
               (${literal(actors)})[g.a + 1]::uuid, 'user' || g.a, 'updateSomething',
               case when g.r < 0.10 then 'READ' when g.r < 0.35 then 'CREATE' when g.r < 0.38 then 'DELETE' else 'UPDATE' end,
               (${literal(ENTITY_TYPES)})[1 + floor(random() * ${ENTITY_TYPES.length})::int],
               (md5('e' || floor(random() * ${ENTITY_POOL})::int))::uuid::text,
               (${literal(units)})[1 + floor(random() * ${units.length})::int]::uuid,
               jsonb_build_object('phone', jsonb_build_object('before', n, 'after', n + 1))
          from (select n, random() as r, floor(random() * ${actors.length})::int as a
                  from generate_series(${from}::bigint, ${to}::bigint) n) g
         order by n`);
      if (to % 200_000 === 0 || to === EVENTS) {
        const s = (performance.now() - loadStart) / 1000;
        log(`  ${to.toLocaleString('en')} events in ${s.toFixed(1)} s (${Math.round(to / s).toLocaleString('en')}/s)`);
      }
    }
    await conn.execute('vacuum analyze audit_event');
    const total = seeded + EVENTS;

    // Verification throughput over the whole chain (first run warms the cache).
    log('\nverifyAuditChain over the whole chain');
    const rates: number[] = [];
    for (let run = 1; run <= 3; run++) {
      const started = performance.now();
      const report = await auditChainService.verify(orm.em.fork() as EntityManager, {});
      const seconds = (performance.now() - started) / 1000;
      if (!report.ok) throw new Error(`chain does not verify: ${JSON.stringify(report.failure)}`);
      rates.push(report.eventsChecked / seconds);
      log(`  run ${run}: ${report.eventsChecked.toLocaleString('en')} events in ${seconds.toFixed(2)} s = ${Math.round(report.eventsChecked / seconds).toLocaleString('en')} events/s`);
    }

    // Filtered pages of 50 through the GraphQL API, as the console asks for them.
    const app = await createApp({ orm });
    const port = await app.listen(0, '127.0.0.1');
    const endpoint = `http://127.0.0.1:${port}/graphql`;
    const post = async (query: string, variables: Record<string, unknown>, token?: string) => {
      const res = await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const json = (await res.json()) as { data?: any; errors?: unknown[] };
      if (json.errors) throw new Error(JSON.stringify(json.errors));
      return json.data;
    };
    const token = (await post('mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: 'analyst', p: PASSWORD })).login.token;
    const PAGE = `query($filter: AuditEventFilter, $offset: Int) {
      auditEvents(filter: $filter, offset: $offset, limit: 50) { total totalExact items { id occurredAt actorName action entityType entityId unitId changes } } }`;
    const dayStart = () => new Date(Date.now() - Math.floor(Math.random() * 364 + 1) * 86_400_000);
    const filters: Record<string, () => Record<string, unknown>> = {
      actor: () => ({ actorId: pick(actors) }),
      'action (READ)': () => ({ action: 'READ' }),
      'action (DELETE)': () => ({ action: 'DELETE' }),
      'entity type': () => ({ entityType: pick(ENTITY_TYPES) }),
      'entity type + id': () => ({ entityType: 'Person', entityId: entityId(Math.floor(Math.random() * ENTITY_POOL)) }),
      unit: () => ({ unitId: pick(units) }),
      'one day': () => {
        const from = dayStart();
        return { from: from.toISOString(), to: new Date(from.getTime() + 86_400_000).toISOString() };
      },
      'actor + one week': () => {
        const from = dayStart();
        return { actorId: pick(actors), from: from.toISOString(), to: new Date(from.getTime() + 7 * 86_400_000).toISOString() };
      },
      'unit + READ': () => ({ unitId: pick(units), action: 'READ' }),
      'actor + entity type': () => ({ actorId: pick(actors), entityType: pick(ENTITY_TYPES) }),
      'unit + month, page 3': () => {
        const from = dayStart();
        return { unitId: pick(units), from: new Date(from.getTime() - 30 * 86_400_000).toISOString(), to: from.toISOString() };
      },
    };
    for (let i = 0; i < 30; i++) {
      for (const make of Object.values(filters)) await post(PAGE, { filter: make(), offset: 0 }, token);
    }
    const all: number[] = [];
    log(`\nFiltered page of 50 via GraphQL over HTTP (${total.toLocaleString('en')} events, ${SAMPLES} samples per filter)`);
    log('  filter                 p50 ms   p95 ms   rows matching (last sample)');
    for (const [label, make] of Object.entries(filters)) {
      const times: number[] = [];
      let lastTotal = '';
      for (let i = 0; i < SAMPLES; i++) {
        const started = performance.now();
        const data = await post(PAGE, { filter: make(), offset: label.includes('page 3') ? 100 : 0 }, token);
        times.push(performance.now() - started);
        lastTotal = `${data.auditEvents.total}${data.auditEvents.totalExact ? '' : '+'}`;
      }
      all.push(...times);
      times.sort((a, b) => a - b);
      log(`  ${label.padEnd(22)} ${percentile(times, 50).toFixed(1).padStart(6)}   ${percentile(times, 95).toFixed(1).padStart(6)}   ${lastTotal}`);
    }
    all.sort((a, b) => a - b);
    log(`  ${'all filters'.padEnd(22)} ${percentile(all, 50).toFixed(1).padStart(6)}   ${percentile(all, 95).toFixed(1).padStart(6)}   (${all.length} samples)`);
    log(`\nSummary: verify ${Math.round(Math.max(...rates)).toLocaleString('en')} events/s; page of 50 p50 ${percentile(all, 50).toFixed(1)} ms, p95 ${percentile(all, 95).toFixed(1)} ms`);
    await app.stop();
  } finally {
    await closeDatabase(orm);
    if (process.env.BENCH_KEEP === '1') {
      log(`Kept database ${name}`);
    } else {
      const a = await openDatabase({ databaseUrl: adminUrl });
      await a.em.getConnection().execute(`drop database if exists "${name}" with (force)`);
      await closeDatabase(a);
    }
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
