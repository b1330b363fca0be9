import { Migration } from '@mikro-orm/migrations';

export class Migration20261129130407_ImportJobs extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "import_job" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "kind" text check ("kind" in ('UNIT', 'PERSON', 'ENTERPRISE', 'COMMITMENT', 'DISHONESTY_RECORD')) not null, "file_name" varchar(200) not null, "format" text check ("format" in ('XLSX', 'CSV')) not null, "status" text check ("status" in ('UPLOADING', 'VALIDATING', 'VALID', 'INVALID', 'IMPORTING', 'DONE', 'FAILED')) not null default 'UPLOADING', "content" bytea null, "size" int not null default 0, "total" int not null default 0, "processed" int not null default 0, "created" int not null default 0, "error_rows" int not null default 0, "errors" jsonb not null, "finished_at" timestamptz null, "created_by_id" uuid not null, "scope_unit_id" uuid null, constraint "import_job_pkey" primary key ("id"));`);

    this.addSql(`alter table "import_job" add constraint "import_job_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "import_job" add constraint "import_job_scope_unit_id_foreign" foreign key ("scope_unit_id") references "unit" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "import_job_created_by_id_created_at_index" on "import_job" ("created_by_id", "created_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "import_job" cascade;`);
  }

}
