import { Migration } from '@mikro-orm/migrations';

export class Migration20261129033354_Notifications extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "notification" ("id" uuid not null, "recipient_id" uuid not null, "level" text check ("level" in ('YELLOW', 'RED')) not null, "kind" varchar(40) not null, "entity_type" varchar(40) not null, "entity_id" varchar(100) not null, "title" varchar(300) not null, "body" text not null, "created_at" timestamptz not null, "read_at" timestamptz null, constraint "notification_pkey" primary key ("id"));`);
    this.addSql(`create index "notification_recipient_id_read_at_index" on "notification" ("recipient_id", "read_at");`);
    this.addSql(`alter table "notification" add constraint "notification_recipient_id_entity_type_entity_id_k_c75d0_unique" unique ("recipient_id", "entity_type", "entity_id", "kind", "level");`);

    this.addSql(`alter table "notification" add constraint "notification_recipient_id_foreign" foreign key ("recipient_id") references "app_user" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "notification" cascade;`);
  }

}
