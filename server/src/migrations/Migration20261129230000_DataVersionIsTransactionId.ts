import { Migration } from '@mikro-orm/migrations';

/**
 * The data version of the disclosed tables becomes the id of the transaction that last changed
 * them, instead of a counter. Cached answers (the portal's, and list totals) compare versions for
 * equality only; a counter starts again at 0 when a database is made anew (a restore, a test's
 * fresh database), where a transaction id never repeats within a cluster.
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
  }

  override async down(): Promise<void> {
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
