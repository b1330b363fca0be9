import { Migration } from '@mikro-orm/migrations';

/** Which instance runs an import and when it last reported, so a job left by a stopped server can be run again. */
export class Migration20261129160823_ImportJobRunner extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "import_job" add column "runner" varchar(120) null, add column "heartbeat_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "import_job" drop column "runner", drop column "heartbeat_at";`);
  }

}
