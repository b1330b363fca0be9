import { Migration20261129024914_Initial } from './Migration20261129024914_Initial';
import type { MigrationObject } from '@mikro-orm/core';

/** Applied in this order; a new migration is appended here. */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261129024914_Initial', class: Migration20261129024914_Initial },
];
