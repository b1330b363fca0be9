// PostGraphile 4 over the benchmark database, as its documentation runs it in production:
// the library's request handler on a plain node http server, no GraphiQL, no query log.
// Usage: DATABASE_URL=… PORT=… node bench/postgraphile/postgraphile.mjs
// It prints "listening <port>" once its schema is built.
import http from 'node:http';
import { PgComputedColumnsPlugin, PgMutationProceduresPlugin, PgQueryProceduresPlugin } from 'graphile-build-pg';
import { makeAddInflectorsPlugin } from 'graphile-utils';
import { postgraphile } from 'postgraphile';

// Self-references with a unique key (a policy that replaces another) get the same default name
// forwards and backwards; the backward one is renamed instead of annotating the database.
const BackwardNames = makeAddInflectorsPlugin(
  (inflectors) => {
    const original = inflectors.singleRelationByKeysBackwards;
    return {
      singleRelationByKeysBackwards(...args) {
        return this.camelCase(`referencing-${original.apply(this, args)}`);
      },
    };
  },
  true,
);

const handler = postgraphile(process.env.DATABASE_URL, 'public', {
  graphqlRoute: '/graphql',
  graphiql: false,
  disableQueryLog: true,
  watchPg: false,
  retryOnInitFail: false,
  dynamicJson: true,
  setofFunctionsContainNulls: false,
  enableQueryBatching: false,
  // Reads only: the comparison is about query throughput.
  disableDefaultMutations: true,
  // Build the schema before the first request, so the benchmark's warm-up does not pay for it.
  eagerlyLoadSchema: true,
  appendPlugins: [BackwardNames],
  // The schema's functions (audit hashing, the generator's helpers) are not part of the API.
  skipPlugins: [PgComputedColumnsPlugin, PgQueryProceduresPlugin, PgMutationProceduresPlugin],
});

const server = http.createServer(handler);
server.keepAliveTimeout = 65_000;
server.listen(Number(process.env.PORT ?? 5100), '127.0.0.1', () => {
  console.log(`listening ${server.address().port}`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
