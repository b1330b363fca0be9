import { Migration } from '@mikro-orm/migrations';

/**
 * Supervision (S1–S3): NPC suggestions and CPPCC proposals, lawsuits, hearings,
 * judgments, judicial and procuratorate suggestions, supervision tasks, and the
 * policy row with the default time limits.
 */
export class Migration20261129034019_Supervision extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "supervision_policy" ("id" varchar(16) not null default 'default', "proposal_reply_months" int not null default 3, "misroute_return_working_days" int not null default 3, "rehandle_reply_months" int not null default 1, "suggestion_reply_months" int not null default 2, "judgment_grace_working_days" int not null default 10, "version" int not null default 1, constraint "supervision_policy_pkey" primary key ("id"));`);

    this.addSql(`create table "lawsuit" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "case_number" varchar(100) not null, "court" varchar(100) not null, "cause" varchar(200) not null, "unit_id" uuid not null, "party_role" text check ("party_role" in ('PLAINTIFF', 'DEFENDANT', 'THIRD_PARTY')) not null, "opposing_party" varchar(200) null, "filed_on" date not null, "status" text check ("status" in ('OPEN', 'DECIDED', 'CLOSED')) not null default 'OPEN', "closed_on" date null, "outcome" text null, constraint "lawsuit_pkey" primary key ("id"));`);
    this.addSql(`alter table "lawsuit" add constraint "lawsuit_case_number_unique" unique ("case_number");`);
    this.addSql(`create index "lawsuit_unit_id_index" on "lawsuit" ("unit_id");`);
    this.addSql(`create index "lawsuit_status_filed_on_index" on "lawsuit" ("status", "filed_on");`);

    this.addSql(`create table "supervision_task" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "title" varchar(200) not null, "requirement" text not null, "leading_group_id" uuid null, "assigned_unit_id" uuid not null, "responsible_person_id" uuid null, "assigned_on" date not null, "due_on" date not null, "status" text check ("status" in ('ASSIGNED', 'IN_PROGRESS', 'SUBMITTED', 'ACCEPTED', 'RETURNED')) not null default 'ASSIGNED', "progress" text null, "result" text null, "evidence" jsonb not null, "submitted_on" date null, "score" int null, "review_note" text null, "return_count" int not null default 0, "accepted_on" date null, "issued_by_id" uuid null, "reviewed_by_id" uuid null, "reviewed_at" timestamptz null, constraint "supervision_task_pkey" primary key ("id"));`);
    this.addSql(`create index "supervision_task_assigned_unit_id_index" on "supervision_task" ("assigned_unit_id");`);
    this.addSql(`create index "supervision_task_status_due_on_index" on "supervision_task" ("status", "due_on");`);

    this.addSql(`create table "supervision_proposal" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "kind" text check ("kind" in ('NPC_SUGGESTION', 'CPPCC_PROPOSAL')) not null, "number" varchar(64) not null, "title" varchar(200) not null, "content" text not null, "proposers" jsonb not null, "delegation" varchar(100) null, "received_on" date not null, "status" text check ("status" in ('RECEIVED', 'ASSIGNED', 'RETURNED_MISROUTED', 'REPLY_DRAFTED', 'REPLY_APPROVED', 'REPLIED', 'EVALUATED', 'CLOSED')) not null default 'RECEIVED', "lead_unit_id" uuid null, "assigned_on" date null, "reply_due_on" date null, "misroute_return_due_on" date null, "misroute_returns" int not null default 0, "misroute_reason" text null, "reply_content" text null, "reply_drafted_by_id" uuid null, "reply_drafted_at" timestamptz null, "reviewed_by_id" uuid null, "reviewed_at" timestamptz null, "review_note" text null, "replied_on" date null, "satisfaction" text check ("satisfaction" in ('SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED')) null, "first_satisfaction" text check ("first_satisfaction" in ('SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED')) null, "satisfaction_note" text null, "rehandle_count" int not null default 0, "rehandled_on" date null, "closed_on" date null, constraint "supervision_proposal_pkey" primary key ("id"));`);
    this.addSql(`create index "supervision_proposal_lead_unit_id_index" on "supervision_proposal" ("lead_unit_id");`);
    this.addSql(`create index "supervision_proposal_status_reply_due_on_index" on "supervision_proposal" ("status", "reply_due_on");`);
    this.addSql(`alter table "supervision_proposal" add constraint "supervision_proposal_kind_number_unique" unique ("kind", "number");`);

    this.addSql(`create table "supervision_proposal_co_unit" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "proposal_id" uuid not null, "unit_id" uuid not null, "opinion" text null, "opinion_at" timestamptz null, constraint "supervision_proposal_co_unit_pkey" primary key ("id"));`);
    this.addSql(`create index "supervision_proposal_co_unit_unit_id_index" on "supervision_proposal_co_unit" ("unit_id");`);
    this.addSql(`alter table "supervision_proposal_co_unit" add constraint "supervision_proposal_co_unit_proposal_id_unit_id_unique" unique ("proposal_id", "unit_id");`);

    this.addSql(`create table "judicial_suggestion" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "kind" text check ("kind" in ('JUDICIAL_SUGGESTION', 'PROCURATORATE_SUGGESTION')) not null, "issuing_organ" varchar(100) not null, "document_number" varchar(100) null, "content" text not null, "unit_id" uuid not null, "received_on" date not null, "reply_due_on" date not null, "status" text check ("status" in ('PENDING', 'REPLIED')) not null default 'PENDING', "replied_on" date null, "reply" text null, "replied_by_id" uuid null, "reply_recorded_at" timestamptz null, constraint "judicial_suggestion_pkey" primary key ("id"));`);
    this.addSql(`create index "judicial_suggestion_unit_id_index" on "judicial_suggestion" ("unit_id");`);
    this.addSql(`create index "judicial_suggestion_status_reply_due_on_index" on "judicial_suggestion" ("status", "reply_due_on");`);

    this.addSql(`create table "judgment" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "lawsuit_id" uuid not null, "unit_id" uuid not null, "document_number" varchar(100) null, "obligation" text not null, "effective_on" date not null, "fulfil_by" date not null, "status" text check ("status" in ('PENDING', 'FULFILLED', 'OVERDUE')) not null default 'PENDING', "warned_on" date null, "grace_ends_on" date null, "record_id" uuid null, "fulfilled_on" date null, "fulfilment_note" text null, "evidence" jsonb not null, "fulfilment_recorded_by_id" uuid null, "fulfilment_recorded_at" timestamptz null, constraint "judgment_pkey" primary key ("id"));`);
    this.addSql(`create index "judgment_lawsuit_id_index" on "judgment" ("lawsuit_id");`);
    this.addSql(`create index "judgment_unit_id_index" on "judgment" ("unit_id");`);
    this.addSql(`alter table "judgment" add constraint "judgment_record_id_unique" unique ("record_id");`);
    this.addSql(`create index "judgment_status_fulfil_by_index" on "judgment" ("status", "fulfil_by");`);

    this.addSql(`create table "court_appearance" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "lawsuit_id" uuid not null, "hearing_on" date not null, "head_required" boolean not null, "outcome" text check ("outcome" in ('HEAD_APPEARED', 'DELEGATED', 'ABSENT')) null, "appeared_name" varchar(100) null, "appeared_position" varchar(100) null, "absence_reason" text null, "recorded_at" timestamptz null, "recorded_by_id" uuid null, constraint "court_appearance_pkey" primary key ("id"));`);
    this.addSql(`create index "court_appearance_hearing_on_index" on "court_appearance" ("hearing_on");`);
    this.addSql(`create index "court_appearance_lawsuit_id_hearing_on_index" on "court_appearance" ("lawsuit_id", "hearing_on");`);

    this.addSql(`create table "supervision_proposal_commitment" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "proposal_id" uuid not null, "commitment_id" uuid not null, constraint "supervision_proposal_commitment_pkey" primary key ("id"));`);
    this.addSql(`create index "supervision_proposal_commitment_proposal_id_index" on "supervision_proposal_commitment" ("proposal_id");`);
    this.addSql(`alter table "supervision_proposal_commitment" add constraint "supervision_proposal_commitment_commitment_id_unique" unique ("commitment_id");`);

    this.addSql(`alter table "lawsuit" add constraint "lawsuit_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "supervision_task" add constraint "supervision_task_leading_group_id_foreign" foreign key ("leading_group_id") references "leading_group" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "supervision_task" add constraint "supervision_task_assigned_unit_id_foreign" foreign key ("assigned_unit_id") references "unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "supervision_task" add constraint "supervision_task_responsible_person_id_foreign" foreign key ("responsible_person_id") references "person" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "supervision_task" add constraint "supervision_task_issued_by_id_foreign" foreign key ("issued_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "supervision_task" add constraint "supervision_task_reviewed_by_id_foreign" foreign key ("reviewed_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "supervision_proposal" add constraint "supervision_proposal_lead_unit_id_foreign" foreign key ("lead_unit_id") references "unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "supervision_proposal" add constraint "supervision_proposal_reply_drafted_by_id_foreign" foreign key ("reply_drafted_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "supervision_proposal" add constraint "supervision_proposal_reviewed_by_id_foreign" foreign key ("reviewed_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "supervision_proposal_co_unit" add constraint "supervision_proposal_co_unit_proposal_id_foreign" foreign key ("proposal_id") references "supervision_proposal" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "supervision_proposal_co_unit" add constraint "supervision_proposal_co_unit_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "judicial_suggestion" add constraint "judicial_suggestion_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "judicial_suggestion" add constraint "judicial_suggestion_replied_by_id_foreign" foreign key ("replied_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "judgment" add constraint "judgment_lawsuit_id_foreign" foreign key ("lawsuit_id") references "lawsuit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "judgment" add constraint "judgment_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "judgment" add constraint "judgment_record_id_foreign" foreign key ("record_id") references "dishonesty_record" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "judgment" add constraint "judgment_fulfilment_recorded_by_id_foreign" foreign key ("fulfilment_recorded_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "court_appearance" add constraint "court_appearance_lawsuit_id_foreign" foreign key ("lawsuit_id") references "lawsuit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "court_appearance" add constraint "court_appearance_recorded_by_id_foreign" foreign key ("recorded_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "supervision_proposal_commitment" add constraint "supervision_proposal_commitment_proposal_id_foreign" foreign key ("proposal_id") references "supervision_proposal" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "supervision_proposal_commitment" add constraint "supervision_proposal_commitment_commitment_id_foreign" foreign key ("commitment_id") references "commitment" ("id") on update cascade on delete restrict;`);

    this.addSql(`insert into "supervision_policy" ("id") values ('default') on conflict do nothing;`);

    // An unfulfilled judgment gets one automatic record (no recorder) even when two
    // job runs race; records entered by hand for the same judgment stay possible.
    this.addSql(`create unique index "dishonesty_record_judgment_source_unique" on "dishonesty_record" ("source_id")
      where "source_type" = 'JUDGMENT' and "recorded_by_id" is null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "dishonesty_record_judgment_source_unique";`);

    this.addSql(`alter table "judgment" drop constraint "judgment_lawsuit_id_foreign";`);

    this.addSql(`alter table "court_appearance" drop constraint "court_appearance_lawsuit_id_foreign";`);

    this.addSql(`alter table "supervision_proposal_co_unit" drop constraint "supervision_proposal_co_unit_proposal_id_foreign";`);

    this.addSql(`alter table "supervision_proposal_commitment" drop constraint "supervision_proposal_commitment_proposal_id_foreign";`);

    this.addSql(`drop table if exists "supervision_policy" cascade;`);

    this.addSql(`drop table if exists "lawsuit" cascade;`);

    this.addSql(`drop table if exists "supervision_task" cascade;`);

    this.addSql(`drop table if exists "supervision_proposal" cascade;`);

    this.addSql(`drop table if exists "supervision_proposal_co_unit" cascade;`);

    this.addSql(`drop table if exists "judicial_suggestion" cascade;`);

    this.addSql(`drop table if exists "judgment" cascade;`);

    this.addSql(`drop table if exists "court_appearance" cascade;`);

    this.addSql(`drop table if exists "supervision_proposal_commitment" cascade;`);
  }

}
