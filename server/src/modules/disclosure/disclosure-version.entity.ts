import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One row whose version changes as each transaction that changed the disclosed tables commits
 * (triggers on them, see the migrations; the version is that transaction's id). Cached portal
 * answers and list totals remember the version they were loaded at (app/versioned-cache.ts).
 */
@Entity({ tableName: 'disclosure_version' })
export class DisclosureVersion {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  id!: number;

  @Property({ type: 'bigint' })
  version!: string;
}
