import { Migration } from '@mikro-orm/migrations';

export class Migration20261129092943_Evaluation extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "evaluation_scheme" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "name" varchar(100) not null, "subject_type" text check ("subject_type" in ('UNIT', 'PERSON')) not null, "period_kind" text check ("period_kind" in ('YEAR', 'QUARTER')) not null, "revision" int not null, "status" text check ("status" in ('DRAFT', 'PUBLISHED', 'RETIRED')) not null default 'DRAFT', "rules" jsonb not null, "note" text null, "published_at" timestamptz null, "retired_at" timestamptz null, constraint "evaluation_scheme_pkey" primary key ("id"));`);
    this.addSql(`create unique index "evaluation_scheme_published_unique" on "evaluation_scheme" ("subject_type", "period_kind") where "status" = 'PUBLISHED';`);
    this.addSql(`alter table "evaluation_scheme" add constraint "evaluation_scheme_subject_type_period_kind_revision_unique" unique ("subject_type", "period_kind", "revision");`);

    this.addSql(`create table "evaluation_run" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "scheme_id" uuid not null, "subject_type" text check ("subject_type" in ('UNIT', 'PERSON')) not null, "period" varchar(7) not null, "period_kind" text check ("period_kind" in ('YEAR', 'QUARTER')) not null, "period_start" date not null, "period_end" date not null, "revision" int not null, "status" text check ("status" in ('COMPUTED', 'PUBLISHED', 'SUPERSEDED', 'SIMULATION')) not null default 'COMPUTED', "subject_count" int not null default 0, "computed_at" timestamptz not null, "published_at" timestamptz null, constraint "evaluation_run_pkey" primary key ("id"));`);
    this.addSql(`create unique index "evaluation_run_published_unique" on "evaluation_run" ("subject_type", "period") where "status" = 'PUBLISHED';`);
    this.addSql(`create unique index "evaluation_run_revision_unique" on "evaluation_run" ("subject_type", "period", "revision") where "status" <> 'SIMULATION';`);

    this.addSql(`create table "evaluation_result" ("id" uuid not null, "run_id" uuid not null, "subject_type" text check ("subject_type" in ('UNIT', 'PERSON')) not null, "subject_id" uuid not null, "subject_name" varchar(100) not null, "unit_id" uuid not null, "unit_kind" text check ("unit_kind" in ('BUREAU', 'SECTION', 'AFFILIATED_UNIT', 'TOWNSHIP_OFFICE')) not null, "score" double precision not null, "deductions" double precision not null, "credits" double precision not null, "grade" text check ("grade" in ('A', 'B', 'C', 'D')) not null, constraint "evaluation_result_pkey" primary key ("id"));`);
    this.addSql(`create index "evaluation_result_subject_id_index" on "evaluation_result" ("subject_id");`);
    this.addSql(`alter table "evaluation_result" add constraint "evaluation_result_run_id_subject_id_unique" unique ("run_id", "subject_id");`);

    this.addSql(`create table "evaluation_ledger" ("id" bigserial primary key, "result_id" uuid not null, "position" int not null, "kind" text check ("kind" in ('BASE', 'DEDUCTION', 'DEDUCTION_CAP', 'CREDIT', 'CREDIT_CAP')) not null, "rule" varchar(60) not null, "indicator" varchar(20) null, "scheme_revision" int not null, "source_type" varchar(40) null, "source_id" uuid null, "source_date" date null, "points" double precision not null, "note" text not null);`);
    this.addSql(`create index "evaluation_ledger_result_id_position_index" on "evaluation_ledger" ("result_id", "position");`);

    this.addSql(`alter table "evaluation_run" add constraint "evaluation_run_scheme_id_foreign" foreign key ("scheme_id") references "evaluation_scheme" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "evaluation_result" add constraint "evaluation_result_run_id_foreign" foreign key ("run_id") references "evaluation_run" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "evaluation_result" add constraint "evaluation_result_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "evaluation_ledger" add constraint "evaluation_ledger_result_id_foreign" foreign key ("result_id") references "evaluation_result" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "evaluation_run" drop constraint "evaluation_run_scheme_id_foreign";`);

    this.addSql(`alter table "evaluation_result" drop constraint "evaluation_result_run_id_foreign";`);

    this.addSql(`alter table "evaluation_ledger" drop constraint "evaluation_ledger_result_id_foreign";`);

    this.addSql(`drop table if exists "evaluation_scheme" cascade;`);

    this.addSql(`drop table if exists "evaluation_run" cascade;`);

    this.addSql(`drop table if exists "evaluation_result" cascade;`);

    this.addSql(`drop table if exists "evaluation_ledger" cascade;`);
  }
}
