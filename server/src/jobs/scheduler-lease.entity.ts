import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Which instance ran the scheduled jobs last, and when. Every instance asks on
 * its own timer; the row lets exactly one of them run each round.
 */
@Entity({ tableName: 'scheduler_lease' })
export class SchedulerLease {
  @PrimaryKey({ type: 'string', length: 50 })
  name!: string;

  /** host:pid:random of the instance that claimed the last round. */
  @Property({ type: 'string', length: 120 })
  holder!: string;

  @Property({ type: 'datetime' })
  startedAt!: Date;
}
