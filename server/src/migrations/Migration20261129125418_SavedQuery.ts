import { Migration } from '@mikro-orm/migrations';

export class Migration20261129125418_SavedQuery extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "saved_query" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "owner_id" uuid not null, "name" varchar(100) not null, "query" text not null, "variables" text null, constraint "saved_query_pkey" primary key ("id"));`);
    this.addSql(`alter table "saved_query" add constraint "saved_query_owner_id_name_unique" unique ("owner_id", "name");`);

    this.addSql(`alter table "saved_query" add constraint "saved_query_owner_id_foreign" foreign key ("owner_id") references "app_user" ("id") on update cascade on delete cascade;`);

  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "saved_query" cascade;`);

  }

}
