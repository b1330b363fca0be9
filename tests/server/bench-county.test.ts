import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BENCH_PASSWORD, BENCH_USERS, benchId, chainedAuditEvents, loadBenchCounty, type BenchCounty } from '../../bench/data/generate';
import { IntegrityFileDocument, VerifyAuditChainDocument } from '../generated/graphql';
import { startTestApp, type TestApp } from '../helpers/test-app';

// The benchmark county's generator writes the audit trail past the append trigger (it computes the
// chain itself and streams it in with COPY); the server must find exactly the chain it would have written.
const EVENTS = 60_000;
// The generated reporter account works in unit 60.
const UNITS = 60;

describe.skipIf(!process.env.DATABASE_URL)('the benchmark county generator (PostgreSQL only)', () => {
  let county: BenchCounty;
  let t: TestApp;
  let analyst: string;

  beforeAll(async () => {
    county = await loadBenchCounty(process.env.DATABASE_URL!, {
      units: UNITS, people: 300, records: 600, commitments: 300, complaints: 100, trainingSessions: 20, attendances: 600,
      supervisionTasks: 30, proposals: 10, judicialSuggestions: 10, lawsuits: 10, enterprises: 20, auditEvents: EVENTS,
    });
    t = await startTestApp({ databaseUrl: county.databaseUrl });
    analyst = await t.login(BENCH_USERS.analyst, BENCH_PASSWORD);
  });
  afterAll(async () => {
    await t?.close();
    await county?.drop();
  });

  /** Raw SQL in one transaction as the database superuser; `replica` switches the triggers off. */
  const asSuperuser = (fn: (sql: (q: string) => Promise<any[]>) => Promise<void>) =>
    t.em().transactional(async (em: EntityManager) => {
      const sql = (q: string) => em.getConnection().execute(q, [], 'all', em.getTransactionContext());
      await sql('set local session_replication_role = replica');
      await fn(sql);
    });

  it('loads an audit trail that the server verifies as intact, and the server chains its own events onto it', async () => {
    const before = await t.gql(VerifyAuditChainDocument, {}, analyst);
    expect(before.errors).toBeUndefined();
    expect(before.data!.verifyAuditChain).toMatchObject({ ok: true, eventsChecked: before.data!.verifyAuditChain.head });
    expect(before.data!.verifyAuditChain.head).toBeGreaterThanOrEqual(EVENTS);

    // Opening a person's integrity file is audited by the server itself, through the append trigger.
    const file = await t.gql(IntegrityFileDocument, { subjectType: 'PERSON', subjectId: benchId('person', 5), purpose: '年度评优资格审查' }, analyst);
    expect(file.errors).toBeUndefined();
    const after = await t.gql(VerifyAuditChainDocument, {}, analyst);
    expect(after.data!.verifyAuditChain.ok).toBe(true);
    expect(after.data!.verifyAuditChain.head).toBe(before.data!.verifyAuditChain.head + 1);
  });

  it('builds the audit trail’s indexes again after the bulk load, so filtered pages stay fast', async () => {
    const rows = await t.em().getConnection().execute<{ indexname: string }[]>(`select indexname from pg_indexes where tablename = 'audit_event' order by indexname`);
    expect(rows.map((r) => r.indexname)).toEqual([
      'audit_event_action_index', 'audit_event_actor_index', 'audit_event_entity_index', 'audit_event_entity_type_index',
      'audit_event_pkey', 'audit_event_time_index', 'audit_event_unit_index',
    ]);
  });

  it('writes the same events every time it is run with the same size', async () => {
    let last: { seq: number; hash: string } | undefined;
    for (const event of chainedAuditEvents(EVENTS, UNITS)) last = event;
    const [stored] = await t.em().getConnection().execute(`select hash from audit_event where seq = ${EVENTS}`);
    expect(stored.hash).toBe(last!.hash);
  });

  it('names the event when one loaded event is changed afterwards', async () => {
    const seq = Math.floor(EVENTS / 2);
    await asSuperuser(async (sql) => {
      await sql(`update audit_event set changes = '{"phone": {"after": 1, "before": 0}}' where seq = ${seq}`);
    });
    const r = await t.gql(VerifyAuditChainDocument, {}, analyst);
    expect(r.errors).toBeUndefined();
    expect(r.data!.verifyAuditChain.ok).toBe(false);
    expect(r.data!.verifyAuditChain.failure).toMatchObject({ kind: 'CHANGED', seq });
  });
});
