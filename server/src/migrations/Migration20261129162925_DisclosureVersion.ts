import { Migration } from '@mikro-orm/migrations';

/** The tables whose rows the public portal shows or computes its answers from. */
const DISCLOSED_TABLES = ['dishonesty_record', 'unit', 'credit_policy', 'evaluation_run'];

/**
 * The portal's cache is in each instance's memory. A transaction that writes a
 * disclosed table bumps one version as it commits; each cached answer remembers
 * the version it was loaded at, and a portal request compares it with one
 * statement. The triggers are deferred to the commit and bump once a transaction:
 * the version row is locked only for the moment of the commit (never for the life
 * of a long import), always as the last lock, and the new version becomes visible
 * together with the data, never before it.
 */
export class Migration20261129162925_DisclosureVersion extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "disclosure_version" ("id" int not null, "version" bigint not null, constraint "disclosure_version_pkey" primary key ("id"));`);
    this.addSql(`insert into "disclosure_version" ("id", "version") values (1, 0);`);
    this.addSql(`create or replace function disclosure_changed() returns trigger language plpgsql as $$
      begin
        if current_setting('integrity.disclosure_changed', true) is distinct from 'on' then
          perform set_config('integrity.disclosure_changed', 'on', true);
          update disclosure_version set version = version + 1 where id = 1;
        end if;
        return null;
      end $$;`);
    for (const table of DISCLOSED_TABLES) {
      this.addSql(`create constraint trigger "${table}_disclosure_changed" after insert or update or delete on "${table}"
        deferrable initially deferred for each row execute function disclosure_changed();`);
    }
  }

  override async down(): Promise<void> {
    for (const table of DISCLOSED_TABLES) this.addSql(`drop trigger if exists "${table}_disclosure_changed" on "${table}";`);
    this.addSql(`drop function if exists disclosure_changed();`);
    this.addSql(`drop table if exists "disclosure_version" cascade;`);
  }

}
