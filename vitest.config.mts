import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // Node loads graphql's CommonJS build for the server's dependencies; Vite would pick the
    // .mjs build for our sources. Two copies break graphql's instanceof checks, so pin one.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  // TypeGraphQL and MikroORM read legacy decorators; every decorator also names its type explicitly.
  oxc: {
    decorator: { legacy: true, emitDecoratorMetadata: true },
    typescript: { removeClassFieldsWithoutInitializer: true },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    setupFiles: ['tests/helpers/setup.ts'],
    pool: 'forks',
    // Two cores: two test files at a time, each with its own database.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // A polled expectation waits as long as a browser locator does: the console loads each screen
    // on first use, and a loaded machine takes more than the default second to draw it.
    expect: { poll: { timeout: 15_000 } },
    // CI asks for a machine-readable summary next to the usual output.
    ...(process.env.VITEST_JSON_REPORT
      ? { reporters: ['default', 'json'], outputFile: { json: process.env.VITEST_JSON_REPORT } }
      : {}),
  },
});
