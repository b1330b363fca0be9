import { Migration } from '@mikro-orm/migrations';

export class Migration20261129024914_Initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "audit_event" ("id" bigserial primary key, "occurred_at" timestamptz not null, "request_id" varchar(64) null, "actor_id" uuid null, "actor_name" varchar(100) null, "command" varchar(100) null, "action" text check ("action" in ('CREATE', 'UPDATE', 'DELETE')) not null, "entity_type" varchar(100) not null, "entity_id" varchar(100) not null, "changes" jsonb not null, "prev_hash" varchar(64) null, "hash" varchar(64) null);`);
    this.addSql(`create index "audit_event_entity_type_entity_id_index" on "audit_event" ("entity_type", "entity_id");`);

    this.addSql(`create table "unit" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "code" varchar(32) not null, "name" varchar(100) not null, "short_name" varchar(50) null, "kind" text check ("kind" in ('BUREAU', 'SECTION', 'AFFILIATED_UNIT', 'TOWNSHIP_OFFICE')) not null, "parent_id" uuid null, "head_id" uuid null, "responsible_areas" text[] not null, "phone" varchar(32) null, "active" boolean not null default true, "sort_order" int not null default 0, constraint "unit_pkey" primary key ("id"));`);
    this.addSql(`alter table "unit" add constraint "unit_code_unique" unique ("code");`);
    this.addSql(`alter table "unit" add constraint "unit_name_unique" unique ("name");`);
    this.addSql(`create index "unit_parent_id_index" on "unit" ("parent_id");`);

    this.addSql(`create table "person" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "name" varchar(50) not null, "staff_number" varchar(32) not null, "unit_id" uuid not null, "position" varchar(50) null, "is_civil_servant" boolean not null default true, "leadership_role" text check ("leadership_role" in ('NONE', 'DIRECTOR', 'DEPUTY_DIRECTOR', 'PARTY_GROUP_MEMBER', 'UNIT_HEAD', 'DEPUTY_UNIT_HEAD')) not null default 'NONE', "status" text check ("status" in ('ACTIVE', 'ON_LEAVE', 'TRANSFERRED', 'RETIRED')) not null default 'ACTIVE', "national_id_hash" varchar(64) null, constraint "person_pkey" primary key ("id"));`);
    this.addSql(`create index "person_name_index" on "person" ("name");`);
    this.addSql(`alter table "person" add constraint "person_staff_number_unique" unique ("staff_number");`);
    this.addSql(`create index "person_unit_id_index" on "person" ("unit_id");`);
    this.addSql(`create index "person_national_id_hash_index" on "person" ("national_id_hash");`);

    this.addSql(`create table "leading_group" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "name" varchar(100) not null, "document_number" varchar(100) null, "established_on" date null, "duties" text null, "office_unit_id" uuid null, constraint "leading_group_pkey" primary key ("id"));`);
    this.addSql(`alter table "leading_group" add constraint "leading_group_name_unique" unique ("name");`);

    this.addSql(`create table "leading_group_member" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "group_id" uuid not null, "person_id" uuid not null, "role" text check ("role" in ('LEADER', 'DEPUTY', 'MEMBER')) not null, "duty" varchar(200) null, "term_start" date not null, "term_end" date null, constraint "leading_group_member_pkey" primary key ("id"));`);
    this.addSql(`create index "leading_group_member_group_id_person_id_index" on "leading_group_member" ("group_id", "person_id");`);

    this.addSql(`create table "app_user" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "username" varchar(64) not null, "display_name" varchar(100) not null, "password_hash" varchar(255) not null, "roles" text[] not null, "unit_id" uuid null, "person_id" uuid null, "active" boolean not null default true, "last_login_at" timestamptz null, constraint "app_user_pkey" primary key ("id"));`);
    this.addSql(`alter table "app_user" add constraint "app_user_username_unique" unique ("username");`);

    this.addSql(`create table "session" ("id" uuid not null, "user_id" uuid not null, "token_hash" varchar(64) not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, constraint "session_pkey" primary key ("id"));`);
    this.addSql(`create index "session_user_id_index" on "session" ("user_id");`);
    this.addSql(`alter table "session" add constraint "session_token_hash_unique" unique ("token_hash");`);

    this.addSql(`alter table "unit" add constraint "unit_parent_id_foreign" foreign key ("parent_id") references "unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "unit" add constraint "unit_head_id_foreign" foreign key ("head_id") references "person" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "person" add constraint "person_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "leading_group" add constraint "leading_group_office_unit_id_foreign" foreign key ("office_unit_id") references "unit" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "leading_group_member" add constraint "leading_group_member_group_id_foreign" foreign key ("group_id") references "leading_group" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "leading_group_member" add constraint "leading_group_member_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "app_user" add constraint "app_user_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "app_user" add constraint "app_user_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "session" add constraint "session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "unit" drop constraint "unit_parent_id_foreign";`);

    this.addSql(`alter table "person" drop constraint "person_unit_id_foreign";`);

    this.addSql(`alter table "leading_group" drop constraint "leading_group_office_unit_id_foreign";`);

    this.addSql(`alter table "app_user" drop constraint "app_user_unit_id_foreign";`);

    this.addSql(`alter table "unit" drop constraint "unit_head_id_foreign";`);

    this.addSql(`alter table "leading_group_member" drop constraint "leading_group_member_person_id_foreign";`);

    this.addSql(`alter table "app_user" drop constraint "app_user_person_id_foreign";`);

    this.addSql(`alter table "leading_group_member" drop constraint "leading_group_member_group_id_foreign";`);

    this.addSql(`alter table "session" drop constraint "session_user_id_foreign";`);

    this.addSql(`drop table if exists "audit_event" cascade;`);

    this.addSql(`drop table if exists "unit" cascade;`);

    this.addSql(`drop table if exists "person" cascade;`);

    this.addSql(`drop table if exists "leading_group" cascade;`);

    this.addSql(`drop table if exists "leading_group_member" cascade;`);

    this.addSql(`drop table if exists "app_user" cascade;`);

    this.addSql(`drop table if exists "session" cascade;`);
  }

}
