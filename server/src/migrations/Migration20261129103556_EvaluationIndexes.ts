import { Migration } from '@mikro-orm/migrations';

export class Migration20261129103556_EvaluationIndexes extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "evaluation_ledger" drop constraint "evaluation_ledger_result_id_foreign";`);

    // Ledger lines written before this migration take their run from their result.
    this.addSql(`alter table "evaluation_ledger" add column "run_id" uuid null;`);
    this.addSql(`update "evaluation_ledger" l set "run_id" = r."run_id" from "evaluation_result" r where r."id" = l."result_id";`);
    this.addSql(`delete from "evaluation_ledger" where "run_id" is null;`);
    this.addSql(`alter table "evaluation_ledger" alter column "run_id" set not null;`);
    this.addSql(`alter table "evaluation_ledger" add constraint "evaluation_ledger_run_id_foreign" foreign key ("run_id") references "evaluation_run" ("id") on update cascade on delete cascade;`);

    this.addSql(`create index "supervision_task_responsible_person_id_index" on "supervision_task" ("responsible_person_id");`);

    this.addSql(`create index "dishonesty_record_subject_unit_id_index" on "dishonesty_record" ("subject_unit_id");`);
    this.addSql(`create index "dishonesty_record_subject_person_id_index" on "dishonesty_record" ("subject_person_id");`);

    this.addSql(`create index "measure_application_subject_unit_id_index" on "measure_application" ("subject_unit_id");`);
    this.addSql(`create index "measure_application_subject_person_id_index" on "measure_application" ("subject_person_id");`);

    this.addSql(`create index "commitment_subject_unit_id_index" on "commitment" ("subject_unit_id");`);
    this.addSql(`create index "commitment_subject_person_id_index" on "commitment" ("subject_person_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "evaluation_ledger" drop constraint "evaluation_ledger_run_id_foreign";`);

    this.addSql(`drop index "commitment_subject_unit_id_index";`);
    this.addSql(`drop index "commitment_subject_person_id_index";`);

    this.addSql(`drop index "dishonesty_record_subject_unit_id_index";`);
    this.addSql(`drop index "dishonesty_record_subject_person_id_index";`);

    this.addSql(`alter table "evaluation_ledger" drop column "run_id";`);

    this.addSql(`alter table "evaluation_ledger" add constraint "evaluation_ledger_result_id_foreign" foreign key ("result_id") references "evaluation_result" ("id") on update cascade on delete cascade;`);

    this.addSql(`drop index "measure_application_subject_unit_id_index";`);
    this.addSql(`drop index "measure_application_subject_person_id_index";`);

    this.addSql(`drop index "supervision_task_responsible_person_id_index";`);
  }

}
