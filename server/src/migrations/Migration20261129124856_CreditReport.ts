import { Migration } from '@mikro-orm/migrations';

export class Migration20261129124856_CreditReport extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "credit_report" ("id" uuid not null, "report_number" varchar(32) not null, "verification_code" varchar(32) not null, "issued_at" timestamptz not null, "issued_by_id" uuid null, "issued_by_name" varchar(100) null, "subject_type" text check ("subject_type" in ('UNIT', 'PERSON')) not null, "subject_id" uuid not null, "subject_name" varchar(100) not null, "scope_unit_id" uuid not null, "purpose" varchar(300) not null, "content" jsonb not null, "content_hash" varchar(64) not null, constraint "credit_report_pkey" primary key ("id"));`);
    this.addSql(`alter table "credit_report" add constraint "credit_report_report_number_unique" unique ("report_number");`);
    this.addSql(`alter table "credit_report" add constraint "credit_report_verification_code_unique" unique ("verification_code");`);
    this.addSql(`create index "credit_report_scope_unit_id_index" on "credit_report" ("scope_unit_id");`);
    this.addSql(`create index "credit_report_subject_type_subject_id_index" on "credit_report" ("subject_type", "subject_id");`);

    this.addSql(`alter table "credit_report" add constraint "credit_report_issued_by_id_foreign" foreign key ("issued_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "credit_report" add constraint "credit_report_scope_unit_id_foreign" foreign key ("scope_unit_id") references "unit" ("id") on update cascade on delete restrict;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "credit_report" cascade;`);
  }

}
