// mikro-orm-pglite publishes its types for ESM resolution only; this is the
// part of its CommonJS entry the server uses.
declare module 'mikro-orm-pglite' {
  import type { AbstractSqlDriver, Configuration } from '@mikro-orm/postgresql';

  export class PGliteDriver extends AbstractSqlDriver {
    constructor(config: Configuration);
  }
}
