import { Migration } from '@mikro-orm/migrations';

export class Migration20261129035207_KeyAreas extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "training_policy" ("id" varchar(16) not null default 'default', "minimum_hours_per_year" double precision not null default 12, "version" int not null default 1, constraint "training_policy_pkey" primary key ("id"));`);

    this.addSql(`create table "training_session" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "topic" varchar(200) not null, "kind" text check ("kind" in ('COURSE', 'LECTURE', 'ONLINE', 'LEADERS_STUDY')) not null, "held_on" date not null, "hours" double precision not null, "trainer" varchar(100) null, "organiser_id" uuid not null, "audience" varchar(200) null, "description" text null, "exam_required" boolean not null default false, "pass_mark" int not null default 60, constraint "training_session_pkey" primary key ("id"));`);
    this.addSql(`create index "training_session_held_on_index" on "training_session" ("held_on");`);

    this.addSql(`create table "policy" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "title" varchar(200) not null, "document_number" varchar(100) not null, "issued_by" varchar(100) null, "level" text check ("level" in ('NATIONAL', 'PROVINCIAL', 'MUNICIPAL', 'COUNTY')) not null, "issued_on" date not null, "effective_from" date not null, "effective_to" date null, "summary" text null, "replaces_id" uuid null, "superseded_by_id" uuid null, "responsible_section_id" uuid not null, "status" text check ("status" in ('DRAFT', 'IN_FORCE', 'SUPERSEDED', 'EXPIRED')) not null default 'DRAFT', "enacted_on" date null, "ended_on" date null, "end_reason" text null, constraint "policy_pkey" primary key ("id"));`);
    this.addSql(`alter table "policy" add constraint "policy_document_number_unique" unique ("document_number");`);
    this.addSql(`create index "policy_responsible_section_id_index" on "policy" ("responsible_section_id");`);
    this.addSql(`create index "policy_status_level_index" on "policy" ("status", "level");`);
    this.addSql(`alter table "policy" add constraint "policy_replaces_id_unique" unique ("replaces_id");`);

    this.addSql(`create table "policy_task" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "policy_id" uuid not null, "measure" text not null, "lead_unit_id" uuid not null, "responsible_person_id" uuid null, "assigned_on" date not null, "deadline" date not null, "status" text check ("status" in ('OPEN', 'IN_PROGRESS', 'DONE', 'OVERDUE')) not null default 'OPEN', "completed_on" date null, "carried_over_from_id" uuid null, constraint "policy_task_pkey" primary key ("id"));`);
    this.addSql(`create index "policy_task_policy_id_index" on "policy_task" ("policy_id");`);
    this.addSql(`create index "policy_task_lead_unit_id_index" on "policy_task" ("lead_unit_id");`);
    this.addSql(`create index "policy_task_status_deadline_index" on "policy_task" ("status", "deadline");`);

    this.addSql(`create table "policy_task_unit" ("policy_task_id" uuid not null, "unit_id" uuid not null, constraint "policy_task_unit_pkey" primary key ("policy_task_id", "unit_id"));`);

    this.addSql(`create table "campaign" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "title" varchar(200) not null, "document_number" varchar(100) null, "description" text null, "starts_on" date not null, "ends_on" date not null, "responsible_section_id" uuid not null, "rectification_working_days" int not null default 20, "status" text check ("status" in ('PLANNED', 'ACTIVE', 'CLOSED')) not null default 'PLANNED', "closed_on" date null, constraint "campaign_pkey" primary key ("id"));`);

    this.addSql(`create table "training_attendance" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "session_id" uuid not null, "person_id" uuid not null, "scope_unit_id" uuid not null, "status" text check ("status" in ('ATTENDED', 'ABSENT', 'EXCUSED')) not null, "hours_attended" double precision not null default 0, "hours_credited" double precision not null default 0, "exam_score" int null, "passed" boolean null, "note" text null, "recorded_by_id" uuid null, constraint "training_attendance_pkey" primary key ("id"));`);
    this.addSql(`create index "training_attendance_session_id_index" on "training_attendance" ("session_id");`);
    this.addSql(`create index "training_attendance_person_id_index" on "training_attendance" ("person_id");`);
    this.addSql(`create index "training_attendance_scope_unit_id_index" on "training_attendance" ("scope_unit_id");`);
    this.addSql(`alter table "training_attendance" add constraint "training_attendance_session_id_person_id_unique" unique ("session_id", "person_id");`);

    this.addSql(`create table "policy_task_progress" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "task_id" uuid not null, "reported_on" date not null, "note" text not null, "evidence" jsonb not null, "completed" boolean not null default false, "reported_by_id" uuid null, constraint "policy_task_progress_pkey" primary key ("id"));`);
    this.addSql(`create index "policy_task_progress_task_id_index" on "policy_task_progress" ("task_id");`);

    this.addSql(`create table "policy_evaluation" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "policy_id" uuid not null, "evaluated_on" date not null, "evaluator" varchar(100) null, "score" int not null, "rating" text check ("rating" in ('EXCELLENT', 'GOOD', 'FAIR', 'POOR')) not null, "findings" text not null, "adjustments" text null, "recorded_by_id" uuid null, constraint "policy_evaluation_pkey" primary key ("id"));`);
    this.addSql(`create index "policy_evaluation_policy_id_index" on "policy_evaluation" ("policy_id");`);

    this.addSql(`create table "campaign_finding" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "campaign_id" uuid not null, "responsible_unit_id" uuid not null, "responsible_person_id" uuid null, "problem" text not null, "severity" text check ("severity" in ('GENERAL', 'SERIOUS', 'GRAVE')) not null, "found_on" date not null, "working_days" int not null, "deadline" date not null, "status" text check ("status" in ('OPEN', 'RECTIFIED', 'VERIFIED', 'OVERDUE')) not null default 'OPEN', "rectification" text null, "evidence" jsonb not null, "rectified_on" date null, "verified_by_id" uuid null, "verified_at" timestamptz null, "verification_note" text null, "registered_by_id" uuid null, "record_id" uuid null, constraint "campaign_finding_pkey" primary key ("id"));`);
    this.addSql(`create index "campaign_finding_campaign_id_index" on "campaign_finding" ("campaign_id");`);
    this.addSql(`create index "campaign_finding_responsible_unit_id_index" on "campaign_finding" ("responsible_unit_id");`);
    this.addSql(`create index "campaign_finding_status_deadline_index" on "campaign_finding" ("status", "deadline");`);

    this.addSql(`alter table "training_session" add constraint "training_session_organiser_id_foreign" foreign key ("organiser_id") references "unit" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "policy" add constraint "policy_replaces_id_foreign" foreign key ("replaces_id") references "policy" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "policy" add constraint "policy_superseded_by_id_foreign" foreign key ("superseded_by_id") references "policy" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "policy" add constraint "policy_responsible_section_id_foreign" foreign key ("responsible_section_id") references "unit" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "policy_task" add constraint "policy_task_policy_id_foreign" foreign key ("policy_id") references "policy" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "policy_task" add constraint "policy_task_lead_unit_id_foreign" foreign key ("lead_unit_id") references "unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "policy_task" add constraint "policy_task_responsible_person_id_foreign" foreign key ("responsible_person_id") references "person" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "policy_task" add constraint "policy_task_carried_over_from_id_foreign" foreign key ("carried_over_from_id") references "policy" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "policy_task_unit" add constraint "policy_task_unit_policy_task_id_foreign" foreign key ("policy_task_id") references "policy_task" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "policy_task_unit" add constraint "policy_task_unit_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "campaign" add constraint "campaign_responsible_section_id_foreign" foreign key ("responsible_section_id") references "unit" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "training_attendance" add constraint "training_attendance_session_id_foreign" foreign key ("session_id") references "training_session" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "training_attendance" add constraint "training_attendance_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "training_attendance" add constraint "training_attendance_scope_unit_id_foreign" foreign key ("scope_unit_id") references "unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "training_attendance" add constraint "training_attendance_recorded_by_id_foreign" foreign key ("recorded_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "policy_task_progress" add constraint "policy_task_progress_task_id_foreign" foreign key ("task_id") references "policy_task" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "policy_task_progress" add constraint "policy_task_progress_reported_by_id_foreign" foreign key ("reported_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "policy_evaluation" add constraint "policy_evaluation_policy_id_foreign" foreign key ("policy_id") references "policy" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "policy_evaluation" add constraint "policy_evaluation_recorded_by_id_foreign" foreign key ("recorded_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "campaign_finding" add constraint "campaign_finding_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "campaign_finding" add constraint "campaign_finding_responsible_unit_id_foreign" foreign key ("responsible_unit_id") references "unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "campaign_finding" add constraint "campaign_finding_responsible_person_id_foreign" foreign key ("responsible_person_id") references "person" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "campaign_finding" add constraint "campaign_finding_verified_by_id_foreign" foreign key ("verified_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "campaign_finding" add constraint "campaign_finding_registered_by_id_foreign" foreign key ("registered_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    // A finding misses its deadline once: the record the campaign job makes for it exists at most once.
    this.addSql(`create unique index "dishonesty_record_campaign_source_unique" on "dishonesty_record" ("source_type", "source_id") where "source_type" = 'CAMPAIGN';`);
    // The same guarantee for commitments and rectifications, dropped by an earlier generated
    // migration that did not know the index; the entity now declares both.
    this.addSql(`create unique index if not exists "dishonesty_record_automatic_source_unique" on "dishonesty_record" ("source_type", "source_id") where "source_type" in ('COMMITMENT', 'RECTIFICATION');`);

    this.addSql(`insert into "training_policy" ("id", "minimum_hours_per_year", "version") values ('default', 12, 1) on conflict ("id") do nothing;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "training_attendance" drop constraint "training_attendance_session_id_foreign";`);

    this.addSql(`alter table "policy" drop constraint "policy_replaces_id_foreign";`);

    this.addSql(`alter table "policy" drop constraint "policy_superseded_by_id_foreign";`);

    this.addSql(`alter table "policy_task" drop constraint "policy_task_policy_id_foreign";`);

    this.addSql(`alter table "policy_task" drop constraint "policy_task_carried_over_from_id_foreign";`);

    this.addSql(`alter table "policy_evaluation" drop constraint "policy_evaluation_policy_id_foreign";`);

    this.addSql(`alter table "policy_task_unit" drop constraint "policy_task_unit_policy_task_id_foreign";`);

    this.addSql(`alter table "policy_task_progress" drop constraint "policy_task_progress_task_id_foreign";`);

    this.addSql(`alter table "campaign_finding" drop constraint "campaign_finding_campaign_id_foreign";`);

    this.addSql(`drop table if exists "training_policy" cascade;`);

    this.addSql(`drop table if exists "training_session" cascade;`);

    this.addSql(`drop table if exists "policy" cascade;`);

    this.addSql(`drop table if exists "policy_task" cascade;`);

    this.addSql(`drop table if exists "policy_task_unit" cascade;`);

    this.addSql(`drop table if exists "campaign" cascade;`);

    this.addSql(`drop table if exists "training_attendance" cascade;`);

    this.addSql(`drop table if exists "policy_task_progress" cascade;`);

    this.addSql(`drop table if exists "policy_evaluation" cascade;`);

    this.addSql(`drop table if exists "campaign_finding" cascade;`);

    this.addSql(`drop index if exists "dishonesty_record_campaign_source_unique";`);
    // Back to the state before this migration (the earlier migration's own down re-creates it).
    this.addSql(`drop index if exists "dishonesty_record_automatic_source_unique";`);
  }

}
