import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { closeDatabase, migrate, openDatabase } from '../../server/src/app/orm';
import { auditChainService } from '../../server/src/modules/audit/audit-chain.service';
import { configureAuditSigning } from '../../server/src/modules/audit/audit-signing';
import {
  AuditCheckpointsDocument,
  AuditCountsDocument,
  AuditPublicKeyDocument,
  AuditTrailDocument,
  ComplaintReporterDocument,
  CreateAuditCheckpointDocument,
  CreateUnitDocument,
  CreditCheckDocument,
  EntityHistoryDocument,
  FileViewersDocument,
  IntegrityFileDocument,
  MeDocument,
  PeopleDocument,
  RegisterComplaintDocument,
  UnitByCodeDocument,
  UnitsDocument,
  UpdateUnitDocument,
  VerifyAuditChainDocument,
  type VerifyAuditChainQueryVariables,
} from '../generated/graphql';
import { createScratchDatabase, errorCode, startTestApp, type TestApp } from '../helpers/test-app';

type Sql = (query: string, params?: unknown[]) => Promise<any[]>;

describe('tamper-evident audit chain', () => {
  let t: TestApp;
  let admin: string;
  let analyst: string;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'audit-chain-'));
    configureAuditSigning({ dataDir });
    t = await startTestApp();
    admin = await t.login('admin');
    analyst = await t.login('analyst');
  });
  afterAll(async () => {
    await t?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  /** Raw SQL in one transaction, as a database superuser would run it; `replica` switches the triggers off. */
  const asSuperuser = <T>(fn: (sql: Sql) => Promise<T>, opts: { replica?: boolean } = {}) =>
    t.em().transactional(async (em: EntityManager) => {
      const sql: Sql = (query, params = []) => em.getConnection().execute(query, params, 'all', em.getTransactionContext());
      if (opts.replica) await sql('set local session_replication_role = replica');
      return fn(sql);
    });

  const head = async () => Number((await asSuperuser((sql) => sql('select coalesce(max(seq), 0)::int as n from audit_event')))[0].n);

  const verify = async (vars: VerifyAuditChainQueryVariables = {}) => {
    const r = await t.gql(VerifyAuditChainDocument, vars, analyst);
    expect(r.errors).toBeUndefined();
    return r.data!.verifyAuditChain;
  };

  /** Tampers with the committed tables, checks, then puts every row back exactly as it was. */
  async function tampered(tamper: (sql: Sql, k: number) => Promise<void>, check: (k: number) => Promise<void>) {
    const k = (await head()) - 20;
    await asSuperuser(async (sql) => {
      await sql('create table audit_event_copy as select * from audit_event');
      await sql('create table audit_checkpoint_copy as select * from audit_checkpoint');
      await tamper(sql, k);
    }, { replica: true });
    try {
      await check(k);
    } finally {
      await asSuperuser(async (sql) => {
        await sql('delete from audit_event');
        await sql('insert into audit_event select * from audit_event_copy');
        await sql('delete from audit_checkpoint');
        await sql('insert into audit_checkpoint select * from audit_checkpoint_copy');
        await sql('drop table audit_event_copy');
        await sql('drop table audit_checkpoint_copy');
      }, { replica: true });
    }
    expect((await verify()).ok).toBe(true);
  }

  const someUnits = async (n: number) => (await t.gql(UnitsDocument, { limit: n }, admin)).data!.units.items;

  it('chains every event: gapless numbers, each linked to the previous hash, and the whole chain verifies', async () => {
    const rows = await asSuperuser((sql) => sql('select seq::int as seq, prev_hash, hash from audit_event order by seq'));
    expect(rows.length).toBeGreaterThan(100);
    expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => i + 1));
    expect(rows[0].prev_hash).toBe('0'.repeat(64));
    for (let i = 1; i < rows.length; i++) expect(rows[i].prev_hash).toBe(rows[i - 1].hash);
    const report = await verify();
    expect(report).toMatchObject({ ok: true, from: 1, to: rows.length, head: rows.length, eventsChecked: rows.length, failure: null });
    const part = await verify({ from: 10, to: 20 });
    expect(part).toMatchObject({ ok: true, from: 10, to: 20, eventsChecked: 11 });
  });

  it('computes the hash in the database: whatever the client sends for seq, links and hash is replaced', async () => {
    const before = await head();
    await asSuperuser((sql) =>
      sql(`insert into audit_event (seq, occurred_at, actor_name, command, action, entity_type, entity_id, changes, prev_hash, hash)
           values (999999, now(), 'someone', 'test', 'READ', 'Unit', 'x', '{}', 'forged', 'forged')`),
    );
    const [row] = await asSuperuser((sql) => sql('select seq::int as seq, prev_hash, hash, audit_event_hash(e) as recomputed from audit_event e order by seq desc limit 1'));
    expect(row.seq).toBe(before + 1);
    expect(row.prev_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.hash).toBe(row.recomputed);
    expect((await verify()).ok).toBe(true);
  });

  it('refuses to update, delete or truncate the audit tables even for a role that holds those rights', async () => {
    expect((await t.gql(CreateAuditCheckpointDocument, {}, admin)).errors).toBeUndefined();
    const attempts = [
      "update audit_event set actor_name = 'someone else' where seq = 1",
      'delete from audit_event where seq = 1',
      'truncate audit_event',
      "update audit_checkpoint set hash = 'x'",
      'delete from audit_checkpoint',
      'truncate audit_checkpoint',
    ];
    for (const statement of attempts) {
      await expect(asSuperuser((sql) => sql(statement)), statement).rejects.toThrow(/append-only/);
    }
    expect((await verify()).ok).toBe(true);
  });

  it('catches an edited field and names the event', async () => {
    await tampered(
      async (sql, k) => {
        await sql("update audit_event set actor_name = 'someone else' where seq = ?", [k]);
      },
      async (k) => {
        const r = await verify();
        expect(r.ok).toBe(false);
        expect(r.failure).toMatchObject({ kind: 'CHANGED', seq: k });
        expect(r.failure!.message).toContain(`Event ${k} was changed`);
      },
    );
  });

  it('catches a deleted event and names the missing number', async () => {
    await tampered(
      async (sql, k) => {
        await sql('delete from audit_event where seq = ?', [k]);
      },
      async (k) => {
        const r = await verify();
        expect(r.failure).toMatchObject({ kind: 'MISSING', seq: k, message: `Event ${k} is missing` });
      },
    );
  });

  it('catches an event inserted into the middle with a correct hash and the later events renumbered', async () => {
    await tampered(
      async (sql, k) => {
        await sql('update audit_event set seq = -seq - 1 where seq > ?', [k]);
        await sql('update audit_event set seq = -seq where seq < 0');
        await sql(
          `insert into audit_event (seq, occurred_at, actor_name, command, action, entity_type, entity_id, changes, prev_hash)
           select seq + 1, occurred_at, 'admin', 'deleteUnit', 'DELETE', 'Unit', entity_id, '{}', hash from audit_event where seq = ?`,
          [k],
        );
        await sql('update audit_event set hash = audit_event_hash(audit_event) where seq = ?', [k + 1]);
      },
      async (k) => {
        const r = await verify();
        expect(r.failure).toMatchObject({ kind: 'INSERTED', seq: k + 1 });
        expect(r.failure!.message).toContain(`links to event ${k}`);
      },
    );
  });

  it('catches two events swapped and names the first', async () => {
    await tampered(
      async (sql, k) => {
        await sql('update audit_event set seq = 0 where seq = ?', [k]);
        await sql('update audit_event set seq = ? where seq = ?', [k, k + 1]);
        await sql('update audit_event set seq = ? where seq = 0', [k + 1]);
      },
      async (k) => {
        const r = await verify();
        expect(r.failure).toMatchObject({ kind: 'REORDERED', seq: k });
        // A range that starts after the swap and its links does not see it.
        expect((await verify({ from: k + 3 })).ok).toBe(true);
      },
    );
  });

  it('catches a chain truncated and rebuilt consistently against a signed checkpoint, stored or exported', async () => {
    const signed = await t.gql(CreateAuditCheckpointDocument, {}, admin);
    expect(signed.errors).toBeUndefined();
    const checkpoint = signed.data!.createAuditCheckpoint;
    expect(checkpoint.seq).toBe(await head());
    // Life goes on after the checkpoint.
    for (const u of await someUnits(2)) {
      await t.gql(UpdateUnitDocument, { id: u.id, input: { phone: '0375-5100001' }, version: u.version }, admin);
    }
    const exported = fs.readFileSync(path.join(dataDir, 'checkpoints.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(exported.at(-1)).toEqual(checkpoint);

    // The demo seed signs checkpoints of its own: the event left out comes after the last of them.
    const [{ last }] = await asSuperuser((sql) => sql('select coalesce(max(seq), 0)::int as last from audit_checkpoint where seq < ?', [checkpoint.seq]));
    const left = last + 1;
    const rebuild = async (sql: Sql) => {
      await sql('truncate audit_event');
      await sql('set local session_replication_role = origin');
      // Every event again, one left out, chained afresh by the database's own trigger.
      await sql(
        `insert into audit_event (occurred_at, request_id, actor_id, actor_name, command, action, entity_type, entity_id, scope_unit_id, changes)
         select occurred_at, request_id, actor_id, actor_name, command, action, entity_type, entity_id, scope_unit_id, changes
           from audit_event_copy where seq <> ? order by seq`,
        [left],
      );
    };
    await tampered(rebuild, async () => {
      const r = await verify();
      expect(r.failure).toMatchObject({ kind: 'REBUILT', seq: checkpoint.seq });
      // Without the checkpoint the rebuilt chain is consistent in itself: that is what checkpoints are for.
      expect((await verify({ to: checkpoint.seq - 1 })).ok).toBe(true);
    });
    // Wiping the checkpoint table as well does not help: the exported checkpoint still catches it.
    await tampered(
      async (sql) => {
        await rebuild(sql);
        await sql('set local session_replication_role = replica');
        await sql('delete from audit_checkpoint');
      },
      async () => {
        expect((await verify()).ok).toBe(true);
        const r = await verify({ checkpoints: [exported.at(-1)] });
        expect(r.failure).toMatchObject({ kind: 'REBUILT', seq: checkpoint.seq });
        expect(r.checkpointsChecked).toBe(1);
      },
    );
  });

  it('catches a chain cut short after a checkpoint, and a forged checkpoint', async () => {
    const checkpoint = (await t.gql(CreateAuditCheckpointDocument, {}, admin)).data!.createAuditCheckpoint;
    await tampered(
      async (sql) => {
        await sql('delete from audit_event where seq >= ?', [checkpoint.seq]);
      },
      async () => {
        const r = await verify();
        expect(r.failure).toMatchObject({ kind: 'MISSING', seq: checkpoint.seq });
        expect(r.failure!.message).toContain('cut short');
      },
    );
    const forged = { ...checkpoint, hash: 'f'.repeat(64) };
    const r = await verify({ checkpoints: [forged] });
    expect(r.failure).toMatchObject({ kind: 'CHECKPOINT_INVALID', seq: checkpoint.seq });
  });

  it('signs checkpoints with an Ed25519 key whose public half verifies them outside the server', async () => {
    const key = (await t.gql(AuditPublicKeyDocument, {}, analyst)).data!.auditPublicKey;
    const list = (await t.gql(AuditCheckpointsDocument, { limit: 10 }, analyst)).data!.auditCheckpoints;
    expect(list.total).toBeGreaterThan(0);
    for (const c of list.items) {
      expect(c.keyId).toBe(key.keyId);
      const message = `audit-checkpoint/v1\n${c.seq}\n${c.hash}\n${c.signedAt}`;
      expect(crypto.verify(null, Buffer.from(message), crypto.createPublicKey(key.pem), Buffer.from(c.signature, 'base64'))).toBe(true);
    }
    expect(fs.existsSync(path.join(dataDir, 'keys', 'audit-ed25519.pem'))).toBe(true);
  });

  it('writes no event for a command that fails inside its transaction, and the chain has no gap', async () => {
    const [unit] = await someUnits(1);
    const before = await head();
    // The change fails in the database after the flush has inserted its audit event.
    await asSuperuser(async (sql) => {
      await sql(`create function refuse_unit_name() returns trigger language plpgsql as $$
                 begin if new.name = '不可保存的名称' then raise exception 'refused for the test'; end if; return new; end $$`);
      await sql('create trigger refuse_unit_name before update on unit for each row execute function refuse_unit_name()');
    });
    try {
      const failed = await t.gql(UpdateUnitDocument, { id: unit.id, input: { name: '不可保存的名称' }, version: unit.version }, admin);
      expect(failed.errors).toBeDefined();
      expect(await head()).toBe(before);
      const ok = await t.gql(UpdateUnitDocument, { id: unit.id, input: { phone: '0375-5100002' }, version: unit.version }, admin);
      expect(ok.errors).toBeUndefined();
      const events = (await t.gql(AuditTrailDocument, { filter: { entityType: 'Unit', entityId: unit.id, command: 'updateUnit' } }, admin)).data!.auditEvents;
      expect(events.items.map((e) => e.changes)).not.toContainEqual(expect.objectContaining({ name: expect.anything() }));
      expect(Number(events.items[0].id)).toBe(before + 1);
      expect((await verify()).ok).toBe(true);
    } finally {
      await asSuperuser(async (sql) => {
        await sql('drop trigger refuse_unit_name on unit');
        await sql('drop function refuse_unit_name()');
      });
    }
  });

  it('keeps the chain gapless and unforked under concurrent commands, some of which fail', async () => {
    const units = (await someUnits(13)).filter((u) => u.code !== 'JXCZ');
    const before = await head();
    await asSuperuser(async (sql) => {
      await sql(`create function refuse_unit_name() returns trigger language plpgsql as $$
                 begin if new.name like '不可保存%' then raise exception 'refused for the test'; end if; return new; end $$`);
      await sql('create trigger refuse_unit_name before update on unit for each row execute function refuse_unit_name()');
    });
    try {
      const results = await Promise.all(
        units.map((u, i) =>
          t.gql(
            UpdateUnitDocument,
            { id: u.id, input: i % 4 === 3 ? { name: `不可保存${i}` } : { phone: `0375-52000${String(i).padStart(2, '0')}` }, version: u.version },
            admin,
          ),
        ),
      );
      const succeeded = results.filter((r) => !r.errors).length;
      expect(succeeded).toBe(units.filter((_, i) => i % 4 !== 3).length);
      expect(results.filter((r) => r.errors).length).toBeGreaterThan(0);
      expect(await head()).toBe(before + succeeded);
      const report = await verify({ from: before });
      expect(report).toMatchObject({ ok: true, eventsChecked: succeeded + 1 });
    } finally {
      await asSuperuser(async (sql) => {
        await sql('drop trigger refuse_unit_name on unit');
        await sql('drop function refuse_unit_name()');
      });
    }
  });
});

describe('sensitive reads and audit queries', () => {
  let t: TestApp;
  let admin: string;
  let analyst: string;
  let discipline: string;
  let custodian: string;

  beforeAll(async () => {
    t = await startTestApp();
    [admin, analyst, discipline, custodian] = await Promise.all(['admin', 'analyst', 'discipline', 'custodian'].map((u) => t.login(u)));
  });
  afterAll(async () => t?.close());

  const reads = async (entityType: string, entityId: string) =>
    (await t.gql(AuditTrailDocument, { filter: { entityType, entityId, action: 'READ' } }, analyst)).data!.auditEvents;

  it('records who read a person’s integrity file and why, and refuses a read without a purpose', async () => {
    const person = (await t.gql(PeopleDocument, { limit: 1 }, admin)).data!.people.items[0];
    const blank = await t.gql(IntegrityFileDocument, { subjectType: 'PERSON', subjectId: person.id, purpose: '  ' }, discipline);
    expect(blank.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'purpose' });
    expect((await reads('Person', person.id)).total).toBe(0);

    const file = await t.gql(IntegrityFileDocument, { subjectType: 'PERSON', subjectId: person.id, purpose: '干部选拔任用考察' }, discipline);
    expect(file.errors).toBeUndefined();
    const [event] = (await reads('Person', person.id)).items;
    expect(event).toMatchObject({
      action: 'READ',
      actorName: 'discipline',
      command: 'integrityFile',
      entityType: 'Person',
      entityId: person.id,
      unitId: person.unit.id,
      purpose: '干部选拔任用考察',
    });
    expect(event.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('records the custodian’s read of a complainant’s identity with its purpose', async () => {
    const registered = await t.gql(
      RegisterComplaintDocument,
      { input: { channel: 'HOTLINE', category: 'OTHER', title: '反映办事拖延', content: '到财政所办理补贴申请，多次往返仍未办结。', anonymous: false, reporterName: '李明', reporterPhone: '13900002222' } },
      discipline,
    );
    const id = registered.data!.registerComplaint.complaint.id;
    expect(errorCode(await t.gql(ComplaintReporterDocument, { id, purpose: '' }, custodian))).toBe('BAD_USER_INPUT');
    const seen = await t.gql(ComplaintReporterDocument, { id, purpose: '电话回访核实情况' }, custodian);
    expect(seen.data!.complaintReporter.name).toBe('李明');
    const events = await reads('Complaint', id);
    expect(events.items).toEqual([expect.objectContaining({ actorName: 'custodian', command: 'complaintReporter', purpose: '电话回访核实情况' })]);
  });

  it('records a credit check as a read in the same transaction as the check itself', async () => {
    const person = (await t.gql(PeopleDocument, { limit: 2 }, admin)).data!.people.items[1];
    const check = await t.gql(CreditCheckDocument, { input: { subjectType: 'PERSON', subjectId: person.id, purpose: '评优评先资格核查' } }, discipline);
    expect(check.errors).toBeUndefined();
    const [read] = (await reads('Person', person.id)).items;
    expect(read).toMatchObject({ actorName: 'discipline', command: 'creditCheck', purpose: '评优评先资格核查', unitId: person.unit.id });
    const created = (await t.gql(AuditTrailDocument, { filter: { entityType: 'CreditCheck', entityId: check.data!.creditCheck.id } }, analyst)).data!
      .auditEvents.items[0];
    const rows = await t.em().getConnection().execute<{ request_id: string }[]>('select request_id from audit_event where seq in (?, ?)', [read.id, created.id]);
    expect(new Set(rows.map((r) => r.request_id)).size).toBe(1);
  });

  it('answers who viewed a person’s file, newest first, with the purpose of each read', async () => {
    const person = (await t.gql(PeopleDocument, { limit: 3 }, admin)).data!.people.items[2];
    await t.gql(IntegrityFileDocument, { subjectType: 'PERSON', subjectId: person.id, purpose: '年度考核' }, discipline);
    await t.gql(IntegrityFileDocument, { subjectType: 'PERSON', subjectId: person.id, purpose: '巡察抽查' }, admin);
    const viewers = await t.gql(FileViewersDocument, { subjectType: 'PERSON', subjectId: person.id }, analyst);
    expect(viewers.data!.fileViewers.items.map((e) => [e.actorName, e.purpose])).toEqual([
      ['admin', '巡察抽查'],
      ['discipline', '年度考核'],
    ]);
    expect(errorCode(await t.gql(FileViewersDocument, { subjectType: 'PERSON', subjectId: person.id }, discipline))).toBe('FORBIDDEN');
  });

  it('gives the full history of one record with field-level diffs', async () => {
    const bureau = (await t.gql(UnitByCodeDocument, { code: 'JXCZ' }, admin)).data!.unitByCode;
    const created = (await t.gql(CreateUnitDocument, { input: { code: 'JXCZ-S77', name: '审计测试股', kind: 'SECTION', parentId: bureau.id } }, admin)).data!
      .createUnit;
    await t.gql(UpdateUnitDocument, { id: created.id, input: { phone: '0375-5177777' }, version: created.version }, admin);
    await t.gql(UpdateUnitDocument, { id: created.id, input: { phone: '0375-5177778' }, version: created.version + 1 }, admin);
    const history = (await t.gql(EntityHistoryDocument, { entityType: 'Unit', entityId: created.id }, analyst)).data!.entityHistory;
    expect(history.items.map((e) => [e.action, e.command])).toEqual([
      ['CREATE', 'createUnit'],
      ['UPDATE', 'updateUnit'],
      ['UPDATE', 'updateUnit'],
    ]);
    expect(history.items[2].diffs).toEqual([{ field: 'phone', before: '0375-5177777', after: '0375-5177778' }]);
    expect(history.items[0].diffs).toContainEqual({ field: 'name', before: null, after: '审计测试股' });
    expect(history.items.every((e) => e.unitId === created.id)).toBe(true);
  });

  it('filters the trail by actor, action, entity, unit and time, with paging', async () => {
    const me = (await t.gql(MeDocument, {}, admin)).data!.me;
    const start = new Date().toISOString();
    const units = (await t.gql(UnitsDocument, { limit: 3 }, admin)).data!.units.items;
    for (const [i, u] of units.entries()) {
      await t.gql(UpdateUnitDocument, { id: u.id, input: { phone: `0375-53000${i}${i}` }, version: u.version }, admin);
    }
    const end = new Date(Date.now() + 1000).toISOString();
    const filter = { actorId: me.id, action: 'UPDATE' as const, entityType: 'Unit', from: start, to: end };
    const all = (await t.gql(AuditTrailDocument, { filter }, analyst)).data!.auditEvents;
    expect(all).toMatchObject({ total: 3, totalExact: true });
    expect(all.items.map((e) => e.entityId)).toEqual(units.map((u) => u.id).reverse());
    const second = (await t.gql(AuditTrailDocument, { filter, offset: 1, limit: 1 }, analyst)).data!.auditEvents;
    expect(second.items.map((e) => e.entityId)).toEqual([units[1].id]);
    const oneUnit = (await t.gql(AuditTrailDocument, { filter: { unitId: units[0].id, from: start } }, analyst)).data!.auditEvents;
    expect(oneUnit.items.map((e) => e.entityId)).toEqual([units[0].id]);
    const before = (await t.gql(AuditTrailDocument, { filter: { ...filter, from: undefined, to: start } }, analyst)).data!.auditEvents;
    expect(before.items.map((e) => e.id)).not.toContain(all.items[0].id);
    expect(before.items.every((e) => e.occurredAt < start)).toBe(true);
    expect((await t.gql(AuditTrailDocument, { filter: { actorId: 'not-a-uuid' } }, analyst)).data!.auditEvents.total).toBe(0);
  });

  it('counts events per day, actor and action', async () => {
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
    const counts = (await t.gql(AuditCountsDocument, { from: today, to: today }, analyst)).data!.auditCounts;
    const readsByDiscipline = counts.find((c) => c.actorName === 'discipline' && c.action === 'READ');
    expect(readsByDiscipline).toMatchObject({ day: today });
    const [{ total }] = await t
      .em()
      .getConnection()
      .execute(
        "select count(*)::int as total from audit_event where actor_name = 'discipline' and action = 'READ' and (occurred_at at time zone 'Asia/Shanghai')::date = ?::date",
        [today],
      );
    expect(readsByDiscipline!.count).toBe(total);
    const tooLong = await t.gql(AuditCountsDocument, { from: '2024-01-01', to: today }, analyst);
    expect(tooLong.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
  });
});

describe('migrating a database that already has events', () => {
  it('chains the earlier events in their original order, without the gaps of the old serial ids', async () => {
    const scratch = process.env.DATABASE_URL ? await createScratchDatabase(process.env.DATABASE_URL) : undefined;
    const orm = await openDatabase({ databaseUrl: scratch?.url });
    try {
      await orm.getMigrator().up({ to: 'Migration20261129034523_KeyProjects' });
      const conn = orm.em.getConnection();
      await conn.execute(
        `insert into audit_event (occurred_at, actor_name, command, action, entity_type, entity_id, changes)
         select timestamptz '2026-06-01 08:00:00.123456+08' + n * interval '1 minute', 'admin', 'updateUnit', 'UPDATE', 'Unit',
                gen_random_uuid()::text, jsonb_build_object('phone', jsonb_build_object('after', n))
           from generate_series(1, 50) n`,
      );
      await conn.execute('delete from audit_event where id = 10');
      await orm.getMigrator().up();
      const rows = (await conn.execute("select seq::int as seq, changes->'phone'->>'after' as phone from audit_event order by seq")) as {
        seq: number;
        phone: string;
      }[];
      expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 49 }, (_, i) => i + 1));
      expect(rows.map((r) => Number(r.phone))).toEqual(Array.from({ length: 50 }, (_, i) => i + 1).filter((n) => n !== 10));
      expect(await auditChainService.verify(orm.em.fork() as EntityManager, {})).toMatchObject({ ok: true, eventsChecked: 49 });
      await conn.execute(
        "insert into audit_event (occurred_at, actor_name, command, action, entity_type, entity_id, changes) values (now(), 'admin', 'test', 'READ', 'Unit', 'x', '{}')",
      );
      expect(await auditChainService.verify(orm.em.fork() as EntityManager, {})).toMatchObject({ ok: true, head: 50 });
    } finally {
      await closeDatabase(orm);
      await scratch?.drop();
    }
  });
});

describe.skipIf(!process.env.DATABASE_URL)('the application role on PostgreSQL', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ seed: false });
  });
  afterAll(async () => t?.close());

  it('lets integrity_app insert and read audit events but not update, delete or truncate them', async () => {
    const superuser = t.em().getConnection();
    const role = `it_app_${crypto.randomBytes(4).toString('hex')}`;
    await superuser.execute(`create role ${role} login in role integrity_app`);
    const url = new URL(t.databaseUrl!);
    url.username = role;
    const app = await openDatabase({ databaseUrl: url.toString() });
    try {
      const conn = app.em.getConnection();
      expect((await conn.execute('select current_user as u'))[0].u).toBe(role);
      // The server starts as this role once the owner has migrated: nothing is pending.
      expect(await migrate(app)).toEqual([]);
      await conn.execute(
        `insert into audit_event (occurred_at, actor_name, command, action, entity_type, entity_id, changes) values (now(), 'app', 'test', 'READ', 'Unit', 'x', '{}')`,
      );
      await conn.execute(
        `insert into audit_event (occurred_at, actor_name, command, action, entity_type, entity_id, changes) values (now(), 'app', 'test', 'READ', 'Unit', 'y', '{}')`,
      );
      const rows = await conn.execute('select seq::int as seq, prev_hash, hash from audit_event order by seq');
      expect(rows.length).toBeGreaterThanOrEqual(2);
      expect(rows.at(-1).prev_hash).toBe(rows.at(-2).hash);
      // The business tables stay writable for the same role.
      await conn.execute("update unit set phone = phone where code = 'none'");
      for (const table of ['audit_event', 'audit_checkpoint']) {
        for (const statement of [`update ${table} set hash = hash`, `delete from ${table}`, `truncate ${table}`]) {
          await expect(conn.execute(statement), statement).rejects.toThrow(/permission denied/);
        }
      }
      await conn.execute(
        "insert into audit_checkpoint (seq, hash, signed_at, signature, key_id) select seq, hash, now(), 'c2lnbmF0dXJl', 'test' from audit_event order by seq desc limit 1",
      );
    } finally {
      await closeDatabase(app);
      await superuser.execute(`drop role ${role}`);
    }
  });
});
