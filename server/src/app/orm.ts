import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { DataloaderType, FlushMode, MikroORM, type Options } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import * as mikroPglite from 'mikro-orm-pglite';
import { PGliteDriver } from 'mikro-orm-pglite';
import { PostgreSqlOneAtATimeDriver } from './pg-driver';
import { statementCount } from './sql-statements';

// MikroORM inlines parameters into the SQL it runs. knex-pglite sends any raw text
// holding a ';' through PGlite's multi-statement exec, whose answer has another
// shape: a value such as '张三;李四' then read as an empty row. Only texts with
// several statements (migrations) go to exec here.
interface PGliteQueryObject {
  sql?: string;
  method?: string;
  bindings?: unknown[];
  response?: unknown;
}
// The dialect class is exported at run time but missing from the package's types.
const { PGliteKnexDialect } = mikroPglite as unknown as { PGliteKnexDialect: { prototype: { _query: unknown } } };
PGliteKnexDialect.prototype._query = async function query(
  connection: PGlite,
  obj: PGliteQueryObject,
) {
  if (!obj.sql) throw new Error('The query is empty');
  obj.response =
    obj.method === 'raw' && statementCount(obj.sql) > 1
      ? await connection.exec(obj.sql)
      : await connection.query(obj.sql, obj.bindings ?? []);
  return obj;
};

/** The driver's option for handing it a PGlite instance it borrows. */
interface PGliteConnectionConfig {
  pglite: () => PGlite;
}
import { entities } from './entities';
import { migrationsList } from '../migrations';
import { AuditSubscriber } from '../modules/audit/audit.subscriber';
import { EvaluationSubscriber } from '../modules/evaluation/evaluation.subscriber';

export interface DatabaseOptions {
  /** A PostgreSQL server; when absent the embedded PGlite database is used. */
  databaseUrl?: string;
  /** Folder of the embedded database; in memory when absent. */
  dataDir?: string;
  /** Called with every SQL statement (tests count them). */
  onQuery?: (sql: string) => void;
  debug?: boolean;
}

/** Limits of the PostgreSQL connections (DB_* variables; not used by the embedded database). */
export interface DatabaseLimits {
  poolMax: number;
  acquireTimeoutMs: number;
  connectTimeoutMs: number;
  statementTimeoutMs: number;
  idleInTransactionMs: number;
}

export function databaseLimits(env: NodeJS.ProcessEnv = process.env): DatabaseLimits {
  const num = (v: string | undefined, d: number) => (v !== undefined && v !== '' && Number.isFinite(Number(v)) && Number(v) >= 0 ? Number(v) : d);
  return {
    poolMax: Math.max(1, num(env.DB_POOL_MAX, 10)),
    acquireTimeoutMs: num(env.DB_ACQUIRE_TIMEOUT_MS, 2000),
    connectTimeoutMs: num(env.DB_CONNECT_TIMEOUT_MS, 2000),
    statementTimeoutMs: num(env.DB_STATEMENT_TIMEOUT_MS, 60_000),
    idleInTransactionMs: num(env.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS, 60_000),
  };
}

export function ormOptions(opts: DatabaseOptions): Options {
  const common: Options = {
    entities,
    subscribers: [new AuditSubscriber(), new EvaluationSubscriber()],
    extensions: [Migrator],
    // Relations resolved field by field are batched into one query per type.
    dataloader: DataloaderType.ALL,
    // Writes happen only at the command's single flush: a query in the middle of a
    // command must never write half of it (the default AUTO mode would).
    flushMode: FlushMode.COMMIT,
    forceUtcTimezone: true,
    // Schema changes happen only through migrations.
    ensureDatabase: false,
    discovery: { warnWhenNoEntities: false },
    migrations: {
      migrationsList,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      silent: true,
    },
    debug: opts.debug ?? false,
    logger: opts.onQuery ? (message) => opts.onQuery?.(message) : undefined,
  };
  if (opts.onQuery) {
    common.debug = ['query'];
    common.colors = false;
  }
  if (opts.databaseUrl) {
    const limits = databaseLimits();
    return {
      ...common,
      driver: PostgreSqlOneAtATimeDriver,
      clientUrl: opts.databaseUrl,
      pool: { min: 0, max: limits.poolMax },
      driverOptions: {
        connection: {
          // 0 leaves PostgreSQL's own setting (no limit).
          ...(limits.statementTimeoutMs ? { statement_timeout: limits.statementTimeoutMs } : {}),
          ...(limits.idleInTransactionMs ? { idle_in_transaction_session_timeout: limits.idleInTransactionMs } : {}),
          connectionTimeoutMillis: limits.connectTimeoutMs,
        },
        // A request waits this long for a free connection, then fails with SERVICE_UNAVAILABLE.
        pool: { acquireTimeoutMillis: limits.acquireTimeoutMs },
      },
    };
  }
  // PostgreSQL's files live in their own sub-folder: the data folder also holds keys.
  const pgDir = opts.dataDir ? path.join(opts.dataDir, 'pg') : undefined;
  if (pgDir) fs.mkdirSync(pgDir, { recursive: true });
  // Like the pg driver MikroORM configures, hand DATE columns over as 'YYYY-MM-DD' text.
  const parsers = { 1082: (value: string) => value };
  const pglite = pgDir ? new PGlite(pgDir, { parsers }) : new PGlite({ parsers });
  return {
    ...common,
    driver: PGliteDriver,
    dbName: 'postgres',
    driverOptions: { connection: { pglite: () => pglite } satisfies PGliteConnectionConfig },
  };
}

const embedded = new WeakMap<MikroORM, PGlite>();

export async function openDatabase(opts: DatabaseOptions): Promise<MikroORM> {
  const options = ormOptions(opts);
  const orm = await MikroORM.init(options);
  const conn = (options.driverOptions as { connection?: PGliteConnectionConfig } | undefined)?.connection;
  if (conn?.pglite) embedded.set(orm, (await conn.pglite()) as PGlite);
  return orm;
}

/** Closes the ORM and, for the embedded database, PGlite itself (it flushes its files). */
export async function closeDatabase(orm: MikroORM): Promise<void> {
  await orm.close(true);
  const pglite = embedded.get(orm);
  if (pglite && !pglite.closed) await pglite.close();
}

/** The embedded database: one process owns it, and it has one connection. */
export function isEmbedded(em: { getDriver(): unknown }): boolean {
  return em.getDriver() instanceof PGliteDriver;
}

export async function migrate(orm: MikroORM): Promise<string[]> {
  const done = await orm.getMigrator().up();
  return done.map((m) => m.name);
}
