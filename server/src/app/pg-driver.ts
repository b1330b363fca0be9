import type { Configuration } from '@mikro-orm/core';
import { AbstractSqlDriver, PostgreSqlConnection, PostgreSqlKnexDialect, PostgreSqlPlatform } from '@mikro-orm/postgresql';

// A PostgreSQL connection answers one statement at a time. All statements of a
// transaction share its one connection, and services run several reads at once
// (Promise.all over the request's EntityManager): the pg driver queues such a
// statement with a deprecation warning today and will refuse it in pg 9. So each
// statement waits here until the one sent before it on the same connection has
// answered. This is the one place every statement passes: ORM finds and flushes,
// raw executes, and knex's own BEGIN / SAVEPOINT / COMMIT. Outside a transaction
// a connection serves one statement at a time anyway, so nothing waits there.

/** Per pg connection: settles when the last statement sent on it has answered. */
const inFlight = new WeakMap<object, Promise<void>>();

function inTurn<T>(connection: object, send: () => Promise<T>): Promise<T> {
  const before = inFlight.get(connection);
  // A failed statement does not fail the ones queued after it: each gets its own answer.
  const result = before ? before.then(send) : send();
  const done = result.then(
    () => undefined,
    () => undefined,
  );
  inFlight.set(connection, done);
  void done.then(() => {
    if (inFlight.get(connection) === done) inFlight.delete(connection);
  });
  return result;
}

// knex sends every statement of a dialect through these two methods.
class OneAtATimeDialect extends PostgreSqlKnexDialect {
  _query(connection: object, obj: unknown): Promise<unknown> {
    return inTurn(connection, () => super._query(connection, obj) as Promise<unknown>);
  }

  _stream(connection: object, obj: unknown, stream: unknown, options: unknown): Promise<unknown> {
    return inTurn(connection, () => super._stream(connection, obj, stream, options) as Promise<unknown>);
  }
}

export class OneAtATimeConnection extends PostgreSqlConnection {
  override createKnex(): void {
    // The knex option `client` takes a dialect class as well as a name.
    this.client = this.createKnexClient(OneAtATimeDialect as unknown as string);
    (this.client.client as PostgreSqlKnexDialect).ormConfig = this.config;
    this.connected = true;
  }
}

/** MikroORM's PostgreSQL driver, sending one statement at a time per connection. */
export class PostgreSqlOneAtATimeDriver extends AbstractSqlDriver<OneAtATimeConnection> {
  constructor(config: Configuration) {
    super(config, new PostgreSqlPlatform(), OneAtATimeConnection, ['knex', 'pg']);
  }
}
