import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One row whose version goes up when a transaction that changed what the portal
 * shows commits (triggers on the disclosed tables, see the migration). Every
 * instance's cached portal answer remembers the version it was loaded at.
 */
@Entity({ tableName: 'disclosure_version' })
export class DisclosureVersion {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  id!: number;

  @Property({ type: 'bigint' })
  version!: string;
}
