import { Migration } from '@mikro-orm/migrations';

export class Migration20261129031322_CreditCore extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "calendar_day" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "date" date not null, "kind" text check ("kind" in ('HOLIDAY', 'MAKEUP_WORKDAY')) not null, "name" varchar(50) null, constraint "calendar_day_pkey" primary key ("id"));`);
    this.addSql(`alter table "calendar_day" add constraint "calendar_day_date_unique" unique ("date");`);

    this.addSql(`create table "credit_policy" ("id" varchar(16) not null default 'default', "disclosure_days_general" int not null default 365, "disclosure_days_serious" int not null default 1095, "disclosure_days_grave" int not null default 1825, "repair_min_days_general" int not null default 90, "repair_min_days_serious" int not null default 180, "repair_min_days_grave" int not null default 365, "objection_window_working_days" int not null default 15, "objection_decision_working_days" int not null default 10, "self_correction_waive_up_to" varchar(16) null default 'GENERAL', "self_correction_mitigate_up_to" varchar(16) null default 'SERIOUS', "version" int not null default 1, constraint "credit_policy_pkey" primary key ("id"));`);

    this.addSql(`create table "measure" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "code" varchar(32) not null, "name" varchar(100) not null, "kind" text check ("kind" in ('PUNISHMENT', 'INCENTIVE')) not null, "effect" text check ("effect" in ('NONE', 'RESTRICT_AWARDS', 'RESTRICT_PROMOTION', 'PRIORITY_IN_AWARDS')) not null default 'NONE', "description" text null, "automatic" boolean not null default false, "subject_types" text[] not null, "categories" text[] not null, "min_severity" text check ("min_severity" in ('GENERAL', 'SERIOUS', 'GRAVE')) null, "applies_when_mitigated" boolean not null default false, "duration_months" int not null default 0, "active" boolean not null default true, constraint "measure_pkey" primary key ("id"));`);
    this.addSql(`alter table "measure" add constraint "measure_code_unique" unique ("code");`);

    this.addSql(`create table "dishonesty_record" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "subject_type" text check ("subject_type" in ('UNIT', 'PERSON')) not null, "subject_unit_id" uuid null, "subject_person_id" uuid null, "scope_unit_id" uuid not null, "subject_name" varchar(100) not null, "category" text check ("category" in ('JUDICIAL_JUDGMENT', 'ADMIN_PENALTY', 'DISCIPLINARY_SANCTION', 'ACCOUNTABILITY', 'BROKEN_COMMITMENT', 'ONLINE_APPROVAL_SUBSTANDARD', 'PROCUREMENT_VIOLATION', 'CONTRACT_DEFAULT', 'RECTIFICATION_OVERDUE', 'COMPLAINT_SUBSTANTIATED', 'OTHER')) not null, "severity" text check ("severity" in ('GENERAL', 'SERIOUS', 'GRAVE')) not null, "facts" text not null, "legal_basis" text null, "document_number" varchar(100) null, "deciding_authority" varchar(100) null, "decision_date" date null, "source_type" text check ("source_type" in ('MANUAL', 'COMMITMENT', 'RECTIFICATION', 'COMPLAINT', 'JUDGMENT', 'PROJECT', 'CAMPAIGN')) not null default 'MANUAL', "source_id" varchar(100) null, "evidence" jsonb not null, "responsible_section_id" uuid null, "status" text check ("status" in ('DRAFT', 'SUBMITTED', 'RETURNED', 'CONFIRMED', 'REVOKED')) not null default 'DRAFT', "recorded_by_id" uuid null, "self_corrected" boolean not null default false, "self_correction_note" text null, "mitigation" text check ("mitigation" in ('NONE', 'MITIGATED', 'WAIVED')) not null default 'NONE', "return_reason" text null, "submitted_at" timestamptz null, "confirmed_at" timestamptz null, "confirmed_by_id" uuid null, "disclosure_start" date null, "disclosure_end" date null, "objection_deadline" date null, "disputed" boolean not null default false, "repaired_at" timestamptz null, "repaired_by_id" uuid null, "repair_reason" text null, "revoked_at" timestamptz null, "revoked_by_id" uuid null, "revoke_reason" text null, constraint "dishonesty_record_pkey" primary key ("id"));`);
    this.addSql(`create index "dishonesty_record_scope_unit_id_index" on "dishonesty_record" ("scope_unit_id");`);
    this.addSql(`create index "dishonesty_record_source_type_source_id_index" on "dishonesty_record" ("source_type", "source_id");`);
    this.addSql(`create index "dishonesty_record_status_category_index" on "dishonesty_record" ("status", "category");`);

    this.addSql(`create table "rectification" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "record_id" uuid not null, "required_actions" text not null, "working_days" int not null, "deadline" date not null, "responsible_unit_id" uuid not null, "responsible_person_id" uuid null, "progress" text null, "evidence" jsonb not null, "status" text check ("status" in ('OPEN', 'COMPLETED', 'VERIFIED', 'OVERDUE')) not null default 'OPEN', "completed_at" timestamptz null, "verified_by_id" uuid null, "verified_at" timestamptz null, "verification_note" text null, constraint "rectification_pkey" primary key ("id"));`);
    this.addSql(`create index "rectification_record_id_index" on "rectification" ("record_id");`);
    this.addSql(`create index "rectification_status_deadline_index" on "rectification" ("status", "deadline");`);

    this.addSql(`create table "record_objection" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "record_id" uuid not null, "filed_by_id" uuid null, "filed_on" date not null, "grounds" text not null, "evidence" jsonb not null, "decision_due_on" date not null, "status" text check ("status" in ('PENDING', 'UPHELD', 'CORRECTED', 'REVOKED')) not null default 'PENDING', "decided_by_id" uuid null, "decided_at" timestamptz null, "decision_reason" text null, "corrections" jsonb not null, constraint "record_objection_pkey" primary key ("id"));`);
    this.addSql(`create index "record_objection_record_id_index" on "record_objection" ("record_id");`);

    this.addSql(`create table "measure_application" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "subject_type" text check ("subject_type" in ('UNIT', 'PERSON')) not null, "subject_unit_id" uuid null, "subject_person_id" uuid null, "scope_unit_id" uuid not null, "subject_name" varchar(100) not null, "measure_id" uuid not null, "record_id" uuid null, "automatic" boolean not null default false, "status" text check ("status" in ('TRIGGERED', 'EXECUTED', 'FEEDBACK_RECORDED', 'CANCELLED')) not null default 'TRIGGERED', "effective_from" date not null, "effective_to" date null, "note" text null, "triggered_by_id" uuid null, "executed_at" timestamptz null, "feedback" text null, "feedback_at" timestamptz null, "cancel_reason" text null, constraint "measure_application_pkey" primary key ("id"));`);
    this.addSql(`create index "measure_application_scope_unit_id_index" on "measure_application" ("scope_unit_id");`);
    this.addSql(`create index "measure_application_measure_id_index" on "measure_application" ("measure_id");`);
    this.addSql(`create index "measure_application_record_id_index" on "measure_application" ("record_id");`);

    this.addSql(`create table "commitment" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "subject_type" text check ("subject_type" in ('UNIT', 'PERSON')) not null, "subject_unit_id" uuid null, "subject_person_id" uuid null, "scope_unit_id" uuid not null, "subject_name" varchar(100) not null, "kind" text check ("kind" in ('SERVICE_QUALITY', 'DEADLINE', 'GUARANTEE', 'TOLERANCE', 'PROACTIVE_DISCLOSURE', 'CREDIT_REPAIR')) not null, "content" text not null, "beneficiary" varchar(200) null, "made_on" date not null, "due_on" date not null, "evidence" jsonb not null, "responsible_section_id" uuid null, "status" text check ("status" in ('PENDING', 'FULFILLED', 'BROKEN', 'WAIVED')) not null default 'PENDING', "recorded_by_id" uuid null, "evaluated_at" timestamptz null, "evaluated_by_id" uuid null, "evaluation_note" text null, "evaluation_evidence" jsonb not null, "broken_automatically" boolean not null default false, constraint "commitment_pkey" primary key ("id"));`);
    this.addSql(`create index "commitment_scope_unit_id_index" on "commitment" ("scope_unit_id");`);
    this.addSql(`create index "commitment_status_due_on_index" on "commitment" ("status", "due_on");`);

    this.addSql(`alter table "dishonesty_record" add constraint "dishonesty_record_subject_unit_id_foreign" foreign key ("subject_unit_id") references "unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "dishonesty_record" add constraint "dishonesty_record_subject_person_id_foreign" foreign key ("subject_person_id") references "person" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "dishonesty_record" add constraint "dishonesty_record_scope_unit_id_foreign" foreign key ("scope_unit_id") references "unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "dishonesty_record" add constraint "dishonesty_record_responsible_section_id_foreign" foreign key ("responsible_section_id") references "unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "dishonesty_record" add constraint "dishonesty_record_recorded_by_id_foreign" foreign key ("recorded_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "dishonesty_record" add constraint "dishonesty_record_confirmed_by_id_foreign" foreign key ("confirmed_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "dishonesty_record" add constraint "dishonesty_record_repaired_by_id_foreign" foreign key ("repaired_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "dishonesty_record" add constraint "dishonesty_record_revoked_by_id_foreign" foreign key ("revoked_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "rectification" add constraint "rectification_record_id_foreign" foreign key ("record_id") references "dishonesty_record" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "rectification" add constraint "rectification_responsible_unit_id_foreign" foreign key ("responsible_unit_id") references "unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "rectification" add constraint "rectification_responsible_person_id_foreign" foreign key ("responsible_person_id") references "person" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "rectification" add constraint "rectification_verified_by_id_foreign" foreign key ("verified_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "record_objection" add constraint "record_objection_record_id_foreign" foreign key ("record_id") references "dishonesty_record" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "record_objection" add constraint "record_objection_filed_by_id_foreign" foreign key ("filed_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "record_objection" add constraint "record_objection_decided_by_id_foreign" foreign key ("decided_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "measure_application" add constraint "measure_application_subject_unit_id_foreign" foreign key ("subject_unit_id") references "unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "measure_application" add constraint "measure_application_subject_person_id_foreign" foreign key ("subject_person_id") references "person" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "measure_application" add constraint "measure_application_scope_unit_id_foreign" foreign key ("scope_unit_id") references "unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "measure_application" add constraint "measure_application_measure_id_foreign" foreign key ("measure_id") references "measure" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "measure_application" add constraint "measure_application_record_id_foreign" foreign key ("record_id") references "dishonesty_record" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "measure_application" add constraint "measure_application_triggered_by_id_foreign" foreign key ("triggered_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "commitment" add constraint "commitment_subject_unit_id_foreign" foreign key ("subject_unit_id") references "unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "commitment" add constraint "commitment_subject_person_id_foreign" foreign key ("subject_person_id") references "person" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "commitment" add constraint "commitment_scope_unit_id_foreign" foreign key ("scope_unit_id") references "unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "commitment" add constraint "commitment_responsible_section_id_foreign" foreign key ("responsible_section_id") references "unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "commitment" add constraint "commitment_recorded_by_id_foreign" foreign key ("recorded_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "commitment" add constraint "commitment_evaluated_by_id_foreign" foreign key ("evaluated_by_id") references "app_user" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "measure_application" drop constraint "measure_application_measure_id_foreign";`);

    this.addSql(`alter table "rectification" drop constraint "rectification_record_id_foreign";`);

    this.addSql(`alter table "record_objection" drop constraint "record_objection_record_id_foreign";`);

    this.addSql(`alter table "measure_application" drop constraint "measure_application_record_id_foreign";`);

    this.addSql(`drop table if exists "calendar_day" cascade;`);

    this.addSql(`drop table if exists "credit_policy" cascade;`);

    this.addSql(`drop table if exists "measure" cascade;`);

    this.addSql(`drop table if exists "dishonesty_record" cascade;`);

    this.addSql(`drop table if exists "rectification" cascade;`);

    this.addSql(`drop table if exists "record_objection" cascade;`);

    this.addSql(`drop table if exists "measure_application" cascade;`);

    this.addSql(`drop table if exists "commitment" cascade;`);
  }

}
