import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { closeDatabase, migrate, openDatabase, type DatabaseOptions } from '../../server/src/app/orm';
import { configureSecrets } from '../../server/src/app/secrets';
import { createApp, type App } from '../../server/src/app/server';
import { isDatabaseEmpty, seedDemoCounty } from '../../server/src/seed/demo-county.seed';
import { AuditEventsDocument, ImportJobDocument, PeopleDocument, RunImportDocument, type ImportJobFieldsFragment } from '../generated/graphql';
import { csvOf, runToEnd, uploadImport } from '../helpers/import-files';
import { createScratchDatabase, DEMO_PASSWORD, errorCode, httpClient } from '../helpers/test-app';

const ROWS = 5_000;
const POSTGRES = process.env.DATABASE_URL;

interface Instance {
  app: App;
  orm: MikroORM;
  client: ReturnType<typeof httpClient>;
}

/** A server on the shared database, as a second machine or a restarted process would start it. */
async function startInstance(db: DatabaseOptions): Promise<Instance> {
  const orm = await openDatabase(db);
  await migrate(orm);
  if (await isDatabaseEmpty(orm.em.fork() as EntityManager)) await seedDemoCounty(orm.em.fork() as EntityManager, DEMO_PASSWORD);
  const app = await createApp({ orm, consoleDir: '/nonexistent' });
  const port = await app.listen(0, '127.0.0.1');
  return { app, orm, client: httpClient(`http://127.0.0.1:${port}/graphql`) };
}

const peopleFile = (prefix: string) =>
  csvOf(
    ['name', 'staffNumber', 'unitCode', 'position'],
    Array.from({ length: ROWS }, (_, i) => [`恢复${i + 1}`, `${prefix}-${String(i + 1).padStart(5, '0')}`, i % 2 ? 'JXCZ-T01' : 'JXCZ-A01', '科员']),
  );

describe('import jobs across server instances and restarts', () => {
  let db: DatabaseOptions;
  let cleanup: () => Promise<void>;
  const running: Instance[] = [];

  beforeAll(async () => {
    configureSecrets({ idHashKey: crypto.randomBytes(32).toString('hex') });
    if (POSTGRES) {
      const scratch = await createScratchDatabase(POSTGRES);
      db = { databaseUrl: scratch.url };
      cleanup = scratch.drop;
    } else {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-restart-'));
      db = { dataDir };
      cleanup = async () => fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
  afterAll(async () => {
    for (const i of running) {
      await i.app.stop();
      await closeDatabase(i.orm).catch(() => {});
    }
    await cleanup?.();
  });

  const start = async () => {
    const i = await startInstance(db);
    running.push(i);
    return i;
  };

  /**
   * What a server's death leaves: it answers nothing more and its connections are
   * gone (PostgreSQL rolls back their open transaction). The in-process runner
   * then finds no connection to write its outcome with.
   */
  async function stop(i: Instance) {
    running.splice(running.indexOf(i), 1);
    // The database first: the runner must not get to write its outcome while the server shuts.
    const closing = closeDatabase(i.orm);
    await i.app.stop();
    if (POSTGRES) {
      const admin = await openDatabase({ databaseUrl: POSTGRES });
      await admin.em
        .getConnection()
        .execute('select pg_terminate_backend(pid) from pg_stat_activity where datname = ? and pid <> pg_backend_pid()', [
          new URL(db.databaseUrl!).pathname.slice(1),
        ]);
      await closeDatabase(admin);
    }
    await closing;
  }

  /** Polls the job on an instance until `until` holds, as the console polls it. */
  async function watch(i: Instance, token: string, id: string, until: (job: ImportJobFieldsFragment) => boolean) {
    for (let n = 0; n < 30_000; n++) {
      const job = (await i.client.gql(ImportJobDocument, { id }, token)).data!.importJob;
      if (until(job)) return job;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error('the job never got there');
  }

  /** The runner of a job last reported `seconds` ago (so long that it is taken as stopped). */
  const silentFor = (i: Instance, id: string, seconds: number) =>
    i.orm.em.fork().getConnection().execute(`update import_job set heartbeat_at = now() - make_interval(secs => ?) where id = ?`, [seconds, id]);

  const peopleTotal = async (i: Instance, token: string) => (await i.client.gql(PeopleDocument, { limit: 1 }, token)).data!.people.total;

  it.skipIf(!POSTGRES)('shows a running import’s progress on the other instance, during the dry run and inside the import’s transaction (PostgreSQL only)', async () => {
    const a = await start();
    const b = await start();
    const token = await a.client.login('personnel');
    const id = await uploadImport(a.client, token, 'PERSON', 'people.csv', peopleFile('TWO'));
    for (const dryRun of [true, false]) {
      const started = await a.client.gql(RunImportDocument, { id, dryRun }, token);
      expect(started.errors).toBeUndefined();
      // Instance b never ran the job: all it knows is what the runner on a stored.
      let seen = 0;
      const end = await watch(b, token, id, (job) => {
        if (job.status === (dryRun ? 'VALIDATING' : 'IMPORTING')) {
          seen = Math.max(seen, job.processed);
          return false;
        }
        return true;
      });
      expect(seen).toBeGreaterThan(0);
      expect(end).toMatchObject(dryRun ? { status: 'VALID', processed: ROWS } : { status: 'DONE', created: ROWS });
    }
    await stop(b);
    await stop(a);
  }, 600_000);

  it('marks a dry run left by a stopped server FAILED (INTERRUPTED) on the next server, which runs it again to VALID', async () => {
    const a = await start();
    const token = await a.client.login('personnel');
    const before = await peopleTotal(a, token);
    const id = await uploadImport(a.client, token, 'PERSON', 'people.csv', peopleFile('RESTART'));
    expect((await a.client.gql(RunImportDocument, { id, dryRun: true }, token)).errors).toBeUndefined();
    await watch(a, token, id, (job) => job.processed > 0);
    await stop(a);

    const b = await start();
    if (POSTGRES) {
      // Another server might still be running it: until its runner has been silent for a minute, it is left alone.
      expect((await b.client.gql(ImportJobDocument, { id }, token)).data!.importJob.status).toBe('VALIDATING');
      expect(errorCode(await b.client.gql(RunImportDocument, { id, dryRun: true }, token))).toBe('CONFLICT');
      await silentFor(b, id, 61);
    }
    const left = (await b.client.gql(ImportJobDocument, { id }, token)).data!.importJob;
    expect(left).toMatchObject({ status: 'FAILED', errorRows: 0, errors: [{ row: 1, reason: 'INTERRUPTED' }] });
    // The audit trail says so, like every other change of the job's status.
    const events = await b.client.gql(AuditEventsDocument, { filter: { entityType: 'ImportJob', entityId: id }, limit: 20 }, await b.client.login('admin'));
    expect(events.data!.auditEvents.items.map((e) => e.changes.status)).toContainEqual({ before: 'VALIDATING', after: 'FAILED' });
    const again = await runToEnd(b.client, token, id, true);
    expect(again.job).toMatchObject({ status: 'VALID', total: ROWS, processed: ROWS, errorRows: 0, errors: [] });
    expect(await peopleTotal(b, token)).toBe(before);

    if (!POSTGRES) return;
    // The import itself, stopped inside its transaction: nothing of it stays, and the next server imports it all.
    expect((await b.client.gql(RunImportDocument, { id, dryRun: false }, token)).errors).toBeUndefined();
    await watch(b, token, id, (job) => job.processed > 0);
    await stop(b);
    const c = await start();
    await silentFor(c, id, 61);
    expect((await c.client.gql(ImportJobDocument, { id }, token)).data!.importJob).toMatchObject({ status: 'FAILED', created: 0 });
    expect(await peopleTotal(c, token)).toBe(before);
    expect((await runToEnd(c.client, token, id, true)).job.status).toBe('VALID');
    expect((await runToEnd(c.client, token, id, false)).job).toMatchObject({ status: 'DONE', created: ROWS });
    expect(await peopleTotal(c, token)).toBe(before + ROWS);
  }, 600_000);
});
