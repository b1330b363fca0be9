import { Migration } from '@mikro-orm/migrations';

export class Migration20261129033044_Complaints extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "reply_template" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "category" text check ("category" in ('SERVICE_ATTITUDE', 'DELAY', 'ILLEGAL_CHARGE', 'BROKEN_COMMITMENT', 'FUNDS', 'PROCUREMENT', 'DISCIPLINE', 'OTHER')) not null, "title" varchar(100) not null, "body" text not null, "active" boolean not null default true, constraint "reply_template_pkey" primary key ("id"));`);

    this.addSql(`create table "complaint" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "case_number" varchar(20) not null, "channel" text check ("channel" in ('EFFICIENCY_MONITORING', 'REPORT_BOX', 'EMAIL', 'HOTLINE', 'PRESS', 'BROADCAST', 'TELEVISION', 'INTERNET', 'ONLINE_FORM', 'LETTER', 'VISIT')) not null, "category" text check ("category" in ('SERVICE_ATTITUDE', 'DELAY', 'ILLEGAL_CHARGE', 'BROKEN_COMMITMENT', 'FUNDS', 'PROCUREMENT', 'DISCIPLINE', 'OTHER')) not null, "title" varchar(200) not null, "content" text not null, "anonymous" boolean not null default false, "reporter_name" varchar(50) null, "reporter_phone" varchar(32) null, "reporter_contact" varchar(200) null, "receipt_lookup" varchar(8) not null, "receipt_hash" varchar(255) not null, "concerned_unit_id" uuid null, "concerned_person_id" uuid null, "concerned_text" varchar(200) null, "status" text check ("status" in ('RECEIVED', 'NOT_ACCEPTED', 'ACCEPTED', 'ASSIGNED', 'INVESTIGATING', 'CONCLUDED', 'REPLIED', 'CLOSED')) not null default 'RECEIVED', "received_on" date not null, "acceptance_due_on" date not null, "acceptance_decided_at" timestamptz null, "not_accepted_reason" text null, "lead_unit_id" uuid null, "assigned_on" date null, "handling_due_on" date null, "transfers" jsonb not null, "conclusion" text check ("conclusion" in ('SUBSTANTIATED', 'PARTLY_SUBSTANTIATED', 'UNSUBSTANTIATED')) null, "findings" text null, "concluded_at" timestamptz null, "reply" text null, "replied_at" timestamptz null, "satisfaction" text check ("satisfaction" in ('SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED')) null, "satisfaction_comment" text null, "rehandle_count" int not null default 0, "registered_by_id" uuid null, "record_id" uuid null, constraint "complaint_pkey" primary key ("id"));`);
    this.addSql(`alter table "complaint" add constraint "complaint_case_number_unique" unique ("case_number");`);
    this.addSql(`create index "complaint_receipt_lookup_index" on "complaint" ("receipt_lookup");`);
    this.addSql(`create index "complaint_lead_unit_id_index" on "complaint" ("lead_unit_id");`);
    this.addSql(`create index "complaint_status_received_on_index" on "complaint" ("status", "received_on");`);

    this.addSql(`create table "complaint_co_unit" ("complaint_id" uuid not null, "unit_id" uuid not null, constraint "complaint_co_unit_pkey" primary key ("complaint_id", "unit_id"));`);

    this.addSql(`alter table "complaint" add constraint "complaint_concerned_unit_id_foreign" foreign key ("concerned_unit_id") references "unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "complaint" add constraint "complaint_concerned_person_id_foreign" foreign key ("concerned_person_id") references "person" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "complaint" add constraint "complaint_lead_unit_id_foreign" foreign key ("lead_unit_id") references "unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "complaint" add constraint "complaint_registered_by_id_foreign" foreign key ("registered_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "complaint_co_unit" add constraint "complaint_co_unit_complaint_id_foreign" foreign key ("complaint_id") references "complaint" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "complaint_co_unit" add constraint "complaint_co_unit_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete cascade;`);

    // Case numbers (TS2026-00001 …) come from one sequence, safe under concurrent filings.
    this.addSql(`create sequence if not exists "complaint_case_seq";`);
    this.addSql(`insert into "reply_template" ("id", "created_at", "updated_at", "version", "category", "title", "body", "active") values
      (gen_random_uuid(), now(), now(), 1, 'SERVICE_ATTITUDE', '服务态度类答复', '您反映的问题（编号{caseNumber}）经调查核实，结论为：{conclusion}。{findings} 我局已对相关人员进行批评教育，并要求改进服务作风。感谢您的监督！', true),
      (gen_random_uuid(), now(), now(), 1, 'DELAY', '推诿拖延类答复', '您反映的问题（编号{caseNumber}）经调查核实，结论为：{conclusion}。{findings} 我局已督促相关单位限期办结，并将办理时效纳入绩效考核。感谢您的监督！', true),
      (gen_random_uuid(), now(), now(), 1, 'ILLEGAL_CHARGE', '违规收费类答复', '您反映的问题（编号{caseNumber}）经调查核实，结论为：{conclusion}。{findings} 违规收取的费用已责令退还，相关责任已依规处理。', true),
      (gen_random_uuid(), now(), now(), 1, 'FUNDS', '资金补贴类答复', '您反映的问题（编号{caseNumber}）经调查核实，结论为：{conclusion}。{findings} 如仍有疑问，可持本回执码继续查询或来电咨询。', true),
      (gen_random_uuid(), now(), now(), 1, 'OTHER', '通用答复', '您反映的问题（编号{caseNumber}）已办理完毕，结论为：{conclusion}。{findings} 感谢您对政务诚信建设的关心和监督。', true);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop sequence if exists "complaint_case_seq";`);
    this.addSql(`alter table "complaint_co_unit" drop constraint "complaint_co_unit_complaint_id_foreign";`);

    this.addSql(`drop table if exists "reply_template" cascade;`);

    this.addSql(`drop table if exists "complaint" cascade;`);

    this.addSql(`drop table if exists "complaint_co_unit" cascade;`);

  }

}
