import { Migration } from '@mikro-orm/migrations';

export class Migration20261129095626_SchedulerLease extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "scheduler_lease" ("name" varchar(50) not null, "holder" varchar(120) not null, "started_at" timestamptz not null, constraint "scheduler_lease_pkey" primary key ("name"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "scheduler_lease" cascade;`);
  }

}
