import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { closeDatabase, migrate, openDatabase } from '../../server/src/app/orm';
import { Unit } from '../../server/src/modules/organisation/unit.entity';
import { UnitKind } from '../../server/src/modules/organisation/organisation.enums';
import { createScratchDatabase } from '../helpers/test-app';

// Services read several things at once inside a command's transaction (a page and its
// total, a report's parts). All of a transaction's statements share one PostgreSQL
// connection, which answers one statement at a time: the pg driver queues a statement
// sent to a busy connection with a deprecation warning and will refuse it in its next
// major version. PGlite has a single connection and a driver of its own, so this runs
// on PostgreSQL only.
const ADMIN_URL = process.env.DATABASE_URL;
const onPostgres = describe.skipIf(!ADMIN_URL);

/** A section, built in memory: inserted directly, never flushed. */
const section = (code: string, name: string, sortOrder = 0) =>
  Object.assign(new Unit(), { code, name, kind: UnitKind.SECTION, sortOrder });

interface PgClient {
  _activeQuery: unknown;
  _queryQueue: unknown[];
  query(...args: unknown[]): unknown;
}

onPostgres('statements of one transaction', () => {
  let orm: MikroORM;
  let drop: () => Promise<void>;
  let restore: () => void;
  /** Statements handed to a pg connection that was still busy with another one. */
  const sentToBusy: string[] = [];

  beforeAll(async () => {
    const scratch = await createScratchDatabase(ADMIN_URL!);
    drop = scratch.drop;
    orm = (await openDatabase({ databaseUrl: scratch.url })) as MikroORM;
    await migrate(orm);
    const pg = orm.em.getConnection().getKnex().client.driver as { Client: { prototype: PgClient } };
    const query = pg.Client.prototype.query;
    pg.Client.prototype.query = function (this: PgClient, ...args: unknown[]) {
      if (this._activeQuery || this._queryQueue.length > 0) {
        const config = args[0] as string | { text?: string };
        sentToBusy.push(typeof config === 'string' ? config : String(config?.text));
      }
      return query.apply(this, args);
    };
    restore = () => {
      pg.Client.prototype.query = query;
    };
    await orm.em.fork().insertMany(Unit, [section('T01', '测试股一', 1), section('T02', '测试股二', 2), section('T03', '测试股三', 3)]);
  });
  afterAll(async () => {
    restore?.();
    if (orm) await closeDatabase(orm);
    await drop?.();
  });

  it('sends them one after another when a service runs several at once, and each gets its own answer', async () => {
    sentToBusy.length = 0;
    const [rows, total, raw, codes, nested] = await orm.em.fork().transactional(async (tx: EntityManager) =>
      Promise.all([
        tx.find(Unit, { code: { $like: 'T%' } }, { orderBy: { code: 'asc' } }),
        tx.count(Unit, { code: { $like: 'T%' } }),
        tx.getConnection().execute<{ n: number }[]>(
          `select count(*)::int as n from unit where code like 'T%'`,
          [],
          'all',
          tx.getTransactionContext(),
        ),
        tx.createQueryBuilder(Unit).select('code').where({ sortOrder: { $gte: 2 } }).orderBy({ code: 'asc' }).execute('all'),
        // Writes go out with them: a savepoint and its insert, and an insert of its own.
        tx.transactional((inner) => inner.insertMany(Unit, [section('W01', '写入股一')])),
        tx.insertMany(Unit, [section('W02', '写入股二')]),
      ]),
    );

    expect(sentToBusy).toEqual([]);
    expect(rows.map((u) => u.code)).toEqual(['T01', 'T02', 'T03']);
    expect(total).toBe(3);
    expect(raw).toEqual([{ n: 3 }]);
    expect(codes.map((u) => u.code)).toEqual(['T02', 'T03']);
    expect(nested).toHaveLength(1);
    expect(await orm.em.fork().count(Unit, { code: { $like: 'W%' } })).toBe(2);
  });

  it('answers the statements queued after a failed one from the database, not with the failure', async () => {
    sentToBusy.length = 0;
    const [failed, after] = await orm.em.fork().transactional(async (tx: EntityManager) =>
      Promise.allSettled([
        tx.getConnection().execute('select 1 / 0', [], 'all', tx.getTransactionContext()),
        tx.count(Unit),
      ]),
    );

    expect(sentToBusy).toEqual([]);
    expect(failed.status === 'rejected' && String(failed.reason)).toMatch(/division by zero/);
    // PostgreSQL itself refuses it: the transaction was already aborted when it arrived.
    expect(after.status === 'rejected' && String(after.reason)).toMatch(/current transaction is aborted/);
    // The connection went back to the pool in working order.
    expect(await orm.em.fork().count(Unit, { code: { $like: 'T%' } })).toBe(3);
  });
});
