import { Migration } from '@mikro-orm/migrations';

export class Migration20261129034523_KeyProjects extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "enterprise" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "name" varchar(200) not null, "credit_code" varchar(18) not null, "legal_representative" varchar(50) null, "address" varchar(200) null, "status" text check ("status" in ('ACTIVE', 'SUSPENDED', 'DEREGISTERED')) not null default 'ACTIVE', constraint "enterprise_pkey" primary key ("id"));`);
    this.addSql(`alter table "enterprise" add constraint "enterprise_credit_code_unique" unique ("credit_code");`);

    this.addSql(`create table "dishonesty_listing" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "enterprise_id" uuid not null, "list_name" varchar(100) not null, "source" varchar(100) not null, "listed_from" date not null, "listed_to" date null, "removal_conditions" text null, "removed_on" date null, constraint "dishonesty_listing_pkey" primary key ("id"));`);
    this.addSql(`create index "dishonesty_listing_enterprise_id_index" on "dishonesty_listing" ("enterprise_id");`);

    this.addSql(`create table "third_party_credit_report" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "enterprise_id" uuid not null, "issuer" varchar(100) not null, "issued_on" date not null, "rating" varchar(10) not null, "file_reference" varchar(200) null, constraint "third_party_credit_report_pkey" primary key ("id"));`);
    this.addSql(`create index "third_party_credit_report_enterprise_id_index" on "third_party_credit_report" ("enterprise_id");`);

    this.addSql(`create table "credit_check" ("id" uuid not null, "verification_code" varchar(32) not null, "checked_at" timestamptz not null, "checked_by_id" uuid null, "checked_by_name" varchar(100) null, "subject_type" text check ("subject_type" in ('ENTERPRISE', 'UNIT', 'PERSON')) not null, "subject_id" varchar(64) not null, "subject_name" varchar(200) not null, "purpose" varchar(300) not null, "decision" text check ("decision" in ('PASS', 'WARN', 'REFUSE')) not null, "reasons" jsonb not null, "snapshot" jsonb not null, constraint "credit_check_pkey" primary key ("id"));`);
    this.addSql(`alter table "credit_check" add constraint "credit_check_verification_code_unique" unique ("verification_code");`);
    this.addSql(`create index "credit_check_subject_type_subject_id_index" on "credit_check" ("subject_type", "subject_id");`);

    this.addSql(`create table "procurement_project" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "code" varchar(40) not null, "name" varchar(200) not null, "purchaser_id" uuid not null, "budget" numeric(16,2) not null, "method" text check ("method" in ('PUBLIC_TENDER', 'INVITED_TENDER', 'COMPETITIVE_NEGOTIATION', 'COMPETITIVE_CONSULTATION', 'SINGLE_SOURCE', 'INQUIRY', 'FRAMEWORK_AGREEMENT')) not null, "status" text check ("status" in ('PLANNED', 'BIDDING', 'AWARDED', 'ACCEPTED', 'CANCELLED')) not null default 'PLANNED', "contract_number" varchar(60) null, "supplier_id" uuid null, "contract_amount" numeric(16,2) null, "contract_signed_on" date null, "award_check_id" uuid null, "acceptance_due_on" date null, "accepted_on" date null, "acceptance_result" text check ("acceptance_result" in ('PASSED', 'PARTLY_PASSED', 'FAILED')) null, "acceptance_findings" text null, "purchaser_conduct" text check ("purchaser_conduct" in ('COMPLIANT', 'VIOLATION')) null, "violation_description" text null, "responsible_person_id" uuid null, "record_id" uuid null, constraint "procurement_project_pkey" primary key ("id"));`);
    this.addSql(`alter table "procurement_project" add constraint "procurement_project_code_unique" unique ("code");`);
    this.addSql(`create index "procurement_project_purchaser_id_index" on "procurement_project" ("purchaser_id");`);

    this.addSql(`create table "procurement_bid" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "project_id" uuid not null, "enterprise_id" uuid not null, "amount" numeric(16,2) null, "status" text check ("status" in ('REGISTERED', 'WON', 'LOST')) not null default 'REGISTERED', "registered_at" timestamptz not null, "credit_check_id" uuid not null, constraint "procurement_bid_pkey" primary key ("id"));`);
    this.addSql(`create index "procurement_bid_project_id_index" on "procurement_bid" ("project_id");`);

    this.addSql(`create table "ppp_project" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "code" varchar(40) not null, "name" varchar(200) not null, "implementing_unit_id" uuid not null, "partner_id" uuid null, "partner_check_id" uuid null, "total_investment" numeric(16,2) not null, "stage" text check ("stage" in ('PREPARATION', 'BIDDING', 'PROCUREMENT', 'FINANCING', 'IMPLEMENTATION', 'HANDOVER')) not null default 'PREPARATION', constraint "ppp_project_pkey" primary key ("id"));`);
    this.addSql(`alter table "ppp_project" add constraint "ppp_project_code_unique" unique ("code");`);
    this.addSql(`create index "ppp_project_implementing_unit_id_index" on "ppp_project" ("implementing_unit_id");`);

    this.addSql(`create table "ppp_stage" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "project_id" uuid not null, "stage" text check ("stage" in ('PREPARATION', 'BIDDING', 'PROCUREMENT', 'FINANCING', 'IMPLEMENTATION', 'HANDOVER')) not null, "responsible_person_id" uuid not null, "duties" text not null, "started_on" date not null, "ended_on" date null, constraint "ppp_stage_pkey" primary key ("id"));`);
    this.addSql(`create index "ppp_stage_project_id_index" on "ppp_stage" ("project_id");`);

    this.addSql(`create table "ppp_obligation" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "project_id" uuid not null, "kind" text check ("kind" in ('MILESTONE', 'PAYMENT')) not null, "description" varchar(300) not null, "amount" numeric(16,2) null, "paid_amount" numeric(16,2) not null default '0.00', "started_on" date not null, "due_on" date not null, "status" text check ("status" in ('PENDING', 'FULFILLED', 'DEFAULTED')) not null default 'PENDING', "fulfilled_on" date null, "default_description" text null, "default_responsible_id" uuid null, "record_id" uuid null, constraint "ppp_obligation_pkey" primary key ("id"));`);
    this.addSql(`create index "ppp_obligation_project_id_index" on "ppp_obligation" ("project_id");`);
    this.addSql(`create index "ppp_obligation_status_due_on_index" on "ppp_obligation" ("status", "due_on");`);

    this.addSql(`alter table "dishonesty_listing" add constraint "dishonesty_listing_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "third_party_credit_report" add constraint "third_party_credit_report_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "credit_check" add constraint "credit_check_checked_by_id_foreign" foreign key ("checked_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "procurement_project" add constraint "procurement_project_purchaser_id_foreign" foreign key ("purchaser_id") references "unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "procurement_project" add constraint "procurement_project_supplier_id_foreign" foreign key ("supplier_id") references "enterprise" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "procurement_project" add constraint "procurement_project_award_check_id_foreign" foreign key ("award_check_id") references "credit_check" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "procurement_project" add constraint "procurement_project_responsible_person_id_foreign" foreign key ("responsible_person_id") references "person" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "procurement_bid" add constraint "procurement_bid_project_id_foreign" foreign key ("project_id") references "procurement_project" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "procurement_bid" add constraint "procurement_bid_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "procurement_bid" add constraint "procurement_bid_credit_check_id_foreign" foreign key ("credit_check_id") references "credit_check" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "ppp_project" add constraint "ppp_project_implementing_unit_id_foreign" foreign key ("implementing_unit_id") references "unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "ppp_project" add constraint "ppp_project_partner_id_foreign" foreign key ("partner_id") references "enterprise" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "ppp_project" add constraint "ppp_project_partner_check_id_foreign" foreign key ("partner_check_id") references "credit_check" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "ppp_stage" add constraint "ppp_stage_project_id_foreign" foreign key ("project_id") references "ppp_project" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "ppp_stage" add constraint "ppp_stage_responsible_person_id_foreign" foreign key ("responsible_person_id") references "person" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "ppp_obligation" add constraint "ppp_obligation_project_id_foreign" foreign key ("project_id") references "ppp_project" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "ppp_obligation" add constraint "ppp_obligation_default_responsible_id_foreign" foreign key ("default_responsible_id") references "person" ("id") on update cascade on delete restrict;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "dishonesty_listing" drop constraint "dishonesty_listing_enterprise_id_foreign";`);

    this.addSql(`alter table "third_party_credit_report" drop constraint "third_party_credit_report_enterprise_id_foreign";`);

    this.addSql(`alter table "procurement_project" drop constraint "procurement_project_supplier_id_foreign";`);

    this.addSql(`alter table "procurement_bid" drop constraint "procurement_bid_enterprise_id_foreign";`);

    this.addSql(`alter table "ppp_project" drop constraint "ppp_project_partner_id_foreign";`);

    this.addSql(`alter table "procurement_project" drop constraint "procurement_project_award_check_id_foreign";`);

    this.addSql(`alter table "procurement_bid" drop constraint "procurement_bid_credit_check_id_foreign";`);

    this.addSql(`alter table "ppp_project" drop constraint "ppp_project_partner_check_id_foreign";`);

    this.addSql(`alter table "procurement_bid" drop constraint "procurement_bid_project_id_foreign";`);

    this.addSql(`alter table "ppp_stage" drop constraint "ppp_stage_project_id_foreign";`);

    this.addSql(`alter table "ppp_obligation" drop constraint "ppp_obligation_project_id_foreign";`);

    this.addSql(`drop table if exists "enterprise" cascade;`);

    this.addSql(`drop table if exists "dishonesty_listing" cascade;`);

    this.addSql(`drop table if exists "third_party_credit_report" cascade;`);

    this.addSql(`drop table if exists "credit_check" cascade;`);

    this.addSql(`drop table if exists "procurement_project" cascade;`);

    this.addSql(`drop table if exists "procurement_bid" cascade;`);

    this.addSql(`drop table if exists "ppp_project" cascade;`);

    this.addSql(`drop table if exists "ppp_stage" cascade;`);

    this.addSql(`drop table if exists "ppp_obligation" cascade;`);
  }

}
