import { Migration } from '@mikro-orm/migrations';

/** The tables whose rows the public portal shows or computes its answers from. */
const DISCLOSED_TABLES = ['dishonesty_record', 'unit', 'credit_policy', 'evaluation_run'];

/**
 * The data version of the disclosed tables becomes the id of the transaction that last changed
 * them, instead of a counter. Cached answers (the portal's, and list totals) compare versions for
 * equality only; a counter starts again at 0 when a database is made anew (a restore, a test's
 * fresh database), where a transaction id never repeats within a cluster. A truncate of one of
 * the tables (no row trigger sees it) sets the version too.
 */
export class Migration20261129230000_DataVersionIsTransactionId extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function disclosure_changed() returns trigger language plpgsql as $$
      begin
        if current_setting('integrity.disclosure_changed', true) is distinct from 'on' then
          perform set_config('integrity.disclosure_changed', 'on', true);
          update disclosure_version set version = pg_current_xact_id()::text::bigint where id = 1;
        end if;
        return null;
      end $$;`);
    for (const table of DISCLOSED_TABLES) {
      this.addSql(`create trigger "${table}_disclosure_truncated" after truncate on "${table}" for each statement execute function disclosure_changed();`);
    }
  }

  override async down(): Promise<void> {
    for (const table of DISCLOSED_TABLES) this.addSql(`drop trigger if exists "${table}_disclosure_truncated" on "${table}";`);
    this.addSql(`create or replace function disclosure_changed() returns trigger language plpgsql as $$
      begin
        if current_setting('integrity.disclosure_changed', true) is distinct from 'on' then
          perform set_config('integrity.disclosure_changed', 'on', true);
          update disclosure_version set version = version + 1 where id = 1;
        end if;
        return null;
      end $$;`);
  }
}
